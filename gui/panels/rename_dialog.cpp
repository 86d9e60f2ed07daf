#include "panels/rename_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace routerlab::gui {

RenameDialog::RenameDialog(const std::string &name, NodeNameField::Validator validator,
                           QWidget *parent)
    : QDialog(parent), m_name(new NodeNameField(name, std::move(validator), this))
{
    setWindowTitle(tr("Rename %1").arg(QString::fromStdString(name)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("New name:"), m_name);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_name->isValid());
    connect(m_name, &NodeNameField::validityChanged, buttons->button(QDialogButtonBox::Ok),
            &QWidget::setEnabled);
    resize(320, sizeHint().height());
}

} // namespace routerlab::gui
