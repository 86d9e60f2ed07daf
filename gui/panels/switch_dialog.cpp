#include "panels/switch_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace routerlab::gui {

SwitchDialog::SwitchDialog(const LabNodeSpec &proposal, NodeNameField::Validator validator,
                           QWidget *parent)
    : QDialog(parent), m_proposal(proposal),
      m_name(new NodeNameField(proposal.name, std::move(validator), this)),
      m_ports(new QSpinBox(this))
{
    setWindowTitle(tr("New Ethernet switch"));
    // The lab file's limits (lab_file.cpp).
    m_ports->setRange(1, 64);
    m_ports->setValue(proposal.ports);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Ports:"), m_ports);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_name->isValid());
    connect(m_name, &NodeNameField::validityChanged, buttons->button(QDialogButtonBox::Ok),
            &QWidget::setEnabled);
}

LabNodeSpec SwitchDialog::node() const
{
    LabNodeSpec node = m_proposal;
    node.kind = LabNodeSpec::Kind::Switch;
    node.name = m_name->name();
    node.ports = m_ports->value();
    return node;
}

} // namespace routerlab::gui
