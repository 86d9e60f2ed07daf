#include "panels/startup_config_dialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace routerlab::gui {

StartupConfigDialog::StartupConfigDialog(const std::string &node, const std::string &text,
                                         QWidget *parent)
    : QDialog(parent), m_editor(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Startup config of %1").arg(QString::fromStdString(node)));
    m_editor->setObjectName("startupConfigEditor");
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlainText(QString::fromStdString(text));
    auto *hint =
        new QLabel(tr("IOS replays this at boot. A running lab uses it from its next start or "
                      "<tt>reload</tt>."),
                   this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_editor);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 560);
}

std::string StartupConfigDialog::text() const { return m_editor->toPlainText().toStdString(); }

} // namespace routerlab::gui
