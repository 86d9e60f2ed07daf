#include "editor/user_prompts.h"

#include "editor/lab_document.h"
#include "panels/rename_dialog.h"
#include "panels/router_dialog.h"
#include "panels/startup_config_dialog.h"
#include "panels/switch_dialog.h"

#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

#include <cctype>

namespace routerlab::gui {
namespace {

std::optional<LabNodeSpec> newNodeDialog(QWidget *parent, const LabDocument &document,
                                         const LabNodeSpec &proposal)
{
    auto validator = [&document](const std::string &name) { return document.nameProblem(name); };
    if (proposal.kind == LabNodeSpec::Kind::Router) {
        RouterDialog dialog(document.catalog(), proposal, validator, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.node();
    }
    SwitchDialog dialog(proposal, validator, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.node();
}

std::optional<std::string> renameDialog(QWidget *parent, const LabDocument &document,
                                        const std::string &name)
{
    RenameDialog dialog(
        name,
        [&document, name](const std::string &newName) {
            return document.nameProblem(newName, name);
        },
        parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.name();
}

std::optional<std::string> startupConfigDialog(QWidget *parent, const std::string &node,
                                               const std::string &text)
{
    StartupConfigDialog dialog(node, text, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.text();
}

std::optional<std::string> portMenu(QWidget *parent, const std::string &node,
                                    const std::vector<std::string> &freePorts, QPoint screenPos)
{
    QMenu menu(parent);
    menu.addSection(QString::fromStdString(node));
    for (const std::string &port : freePorts) {
        // Switch ports are bare numbers; say what they are.
        const bool switchPort =
            !port.empty() && std::isdigit(static_cast<unsigned char>(port.front()));
        QAction *action =
            menu.addAction(switchPort ? QObject::tr("Port %1").arg(QString::fromStdString(port))
                                      : QString::fromStdString(port));
        action->setData(QString::fromStdString(port));
    }
    QAction *chosen = menu.exec(screenPos);
    if (!chosen)
        return std::nullopt;
    return chosen->data().toString().toStdString();
}

SaveChoice saveChangesQuestion(QWidget *parent, const QString &labName)
{
    const auto answer = QMessageBox::question(
        parent, QObject::tr("Unsaved changes"),
        QObject::tr("The lab \"%1\" has changes that are not saved. Save them?").arg(labName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Save      ? SaveChoice::Save
           : answer == QMessageBox::Discard ? SaveChoice::Discard
                                            : SaveChoice::Cancel;
}

QString openDialog(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, QObject::tr("Open lab"), QString(),
                                        QObject::tr("Lab files (lab.json *.json)"));
}

QString saveDialog(QWidget *parent, const QString &suggestion)
{
    return QFileDialog::getSaveFileName(parent, QObject::tr("Save lab as"), suggestion,
                                        QObject::tr("Lab files (lab.json *.json)"));
}

QString exportDialog(QWidget *parent, const QString &format, const QString &suggestion)
{
    const QString filter =
        format == "svg" ? QObject::tr("SVG images (*.svg)") : QObject::tr("PNG images (*.png)");
    return QFileDialog::getSaveFileName(parent, QObject::tr("Export canvas"), suggestion, filter);
}

void errorBox(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

} // namespace

UserPrompts UserPrompts::dialogs()
{
    UserPrompts prompts;
    prompts.askNewNode = newNodeDialog;
    prompts.askNewName = renameDialog;
    prompts.askStartupConfig = startupConfigDialog;
    prompts.choosePort = portMenu;
    prompts.askSaveChanges = saveChangesQuestion;
    prompts.askOpenPath = openDialog;
    prompts.askSavePath = saveDialog;
    prompts.askExportPath = exportDialog;
    prompts.showError = errorBox;
    return prompts;
}

} // namespace routerlab::gui
