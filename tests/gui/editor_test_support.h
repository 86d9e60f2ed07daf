#pragma once
// Shared by the editor's GUI tests: the image catalog, the shipped labs, and prompts that
// answer like a user would without opening a modal dialog.
#include "editor/lab_document.h"
#include "editor/user_prompts.h"
#include "topology/image_catalog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <memory>
#include <string>

namespace routerlab::gui::test {

inline std::shared_ptr<const ImageCatalog> catalog()
{
    static auto shared = ImageCatalog::load(ImageCatalog::defaultDirectory());
    return shared;
}

inline QString topology(const char *name)
{
    return QStringLiteral(ROUTERLAB_TOPOLOGIES_DIR "/") + name;
}

inline QString screenshotPath(const QString &file)
{
    const QString folder = QStringLiteral(ROUTERLAB_BINARY_DIR "/gui-screenshots");
    QDir().mkpath(folder);
    return folder + "/" + file;
}

inline std::string readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

inline void writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(text);
}

// Every prompt answered without a dialog: new nodes take the proposal as it is, errors are
// recorded, questions about unsaved changes answer `saveChoice`.
struct ScriptedPrompts {
    QStringList errors;
    SaveChoice saveChoice = SaveChoice::Cancel;
    int saveQuestions = 0;
    std::string nextPort;
    std::string nextName;
    std::string nextConfig;
    QString savePath;

    void install(UserPrompts &prompts)
    {
        prompts.askNewNode = [](QWidget *, const LabDocument &, const LabNodeSpec &proposal) {
            return std::optional<LabNodeSpec>(proposal);
        };
        prompts.askNewName = [this](QWidget *, const LabDocument &, const std::string &) {
            return nextName.empty() ? std::nullopt : std::optional<std::string>(nextName);
        };
        prompts.askStartupConfig = [this](QWidget *, const std::string &, const std::string &) {
            return std::optional<std::string>(nextConfig);
        };
        prompts.choosePort = [this](QWidget *, const std::string &,
                                    const std::vector<std::string> &ports, QPoint) {
            if (std::find(ports.begin(), ports.end(), nextPort) == ports.end())
                return std::optional<std::string>();
            return std::optional<std::string>(nextPort);
        };
        prompts.askSaveChanges = [this](QWidget *, const QString &) {
            ++saveQuestions;
            return saveChoice;
        };
        prompts.askOpenPath = [](QWidget *) { return QString(); };
        prompts.askSavePath = [this](QWidget *, const QString &) { return savePath; };
        prompts.askExportPath = [](QWidget *, const QString &, const QString &) {
            return QString();
        };
        prompts.showError = [this](QWidget *, const QString &title, const QString &text) {
            errors << title + "\n" + text;
        };
    }
};

} // namespace routerlab::gui::test
