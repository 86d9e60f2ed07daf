#pragma once

#include "panels/node_name_field.h"

#include <QDialog>

#include <string>

namespace routerlab::gui {

// Asks for a node's new name; OK stays disabled while the name is taken or malformed.
class RenameDialog : public QDialog {
    Q_OBJECT
public:
    RenameDialog(const std::string &name, NodeNameField::Validator validator,
                 QWidget *parent = nullptr);

    std::string name() const { return m_name->name(); }
    NodeNameField *nameField() const { return m_name; }

private:
    NodeNameField *m_name;
};

} // namespace routerlab::gui
