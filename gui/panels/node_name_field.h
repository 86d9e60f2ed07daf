#pragma once

#include <QWidget>

#include <functional>
#include <string>

class QLabel;
class QLineEdit;

namespace routerlab::gui {

// A node name line edit that says at once why a name will not do (taken, empty, a space),
// so the dialogs holding it can keep OK disabled instead of refusing after the fact.
class NodeNameField : public QWidget {
    Q_OBJECT
public:
    // Returns why a name is unusable, or an empty string.
    using Validator = std::function<QString(const std::string &name)>;

    NodeNameField(const std::string &name, Validator validator, QWidget *parent = nullptr);

    std::string name() const;
    bool isValid() const;
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    void validityChanged(bool valid);

private:
    void check();

    QLineEdit *m_edit;
    QLabel *m_problem;
    Validator m_validator;
    bool m_valid = false;
};

} // namespace routerlab::gui
