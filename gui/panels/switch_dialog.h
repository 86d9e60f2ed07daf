#pragma once

#include "panels/node_name_field.h"
#include "topology/lab_spec.h"

#include <QDialog>

class QSpinBox;

namespace routerlab::gui {

// Asks for a new Ethernet switch: its name and how many ports it has.
class SwitchDialog : public QDialog {
    Q_OBJECT
public:
    SwitchDialog(const LabNodeSpec &proposal, NodeNameField::Validator validator,
                 QWidget *parent = nullptr);

    LabNodeSpec node() const;
    NodeNameField *nameField() const { return m_name; }
    QSpinBox *portCount() const { return m_ports; }

private:
    LabNodeSpec m_proposal;
    NodeNameField *m_name;
    QSpinBox *m_ports;
};

} // namespace routerlab::gui
