#include "panels/node_name_field.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace routerlab::gui {

NodeNameField::NodeNameField(const std::string &name, Validator validator, QWidget *parent)
    : QWidget(parent), m_edit(new QLineEdit(QString::fromStdString(name), this)),
      m_problem(new QLabel(this)), m_validator(std::move(validator))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    m_problem->setStyleSheet("color: #b00020;");
    m_edit->setObjectName("nameEdit");
    m_edit->selectAll();
    connect(m_edit, &QLineEdit::textChanged, this, &NodeNameField::check);
    check();
}

std::string NodeNameField::name() const { return m_edit->text().trimmed().toStdString(); }

bool NodeNameField::isValid() const { return m_valid; }

void NodeNameField::check()
{
    const QString problem = m_validator ? m_validator(name()) : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    const bool valid = problem.isEmpty();
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

} // namespace routerlab::gui
