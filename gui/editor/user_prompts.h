#pragma once

#include "topology/lab_spec.h"

#include <QPoint>
#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class QWidget;

namespace routerlab::gui {

class LabDocument;

enum class SaveChoice { Save, Discard, Cancel };

// Every question the editor asks the user, as replaceable functions. dialogs() gives the real
// dialogs and menus; tests swap single entries for scripted answers, so they drive the same
// actions a user triggers without a modal dialog blocking the offscreen run.
struct UserPrompts {
    // A new node's settings, starting from `proposal` (kind, suggested name, position);
    // nothing when cancelled.
    std::function<std::optional<LabNodeSpec>(QWidget *parent, const LabDocument &document,
                                             const LabNodeSpec &proposal)>
        askNewNode;
    std::function<std::optional<std::string>(QWidget *parent, const LabDocument &document,
                                             const std::string &name)>
        askNewName;
    std::function<std::optional<std::string>(QWidget *parent, const std::string &node,
                                             const std::string &text)>
        askStartupConfig;
    // One of `freePorts` of `node` (the link tool's menu, shown at `screenPos`).
    std::function<std::optional<std::string>(QWidget *parent, const std::string &node,
                                             const std::vector<std::string> &freePorts,
                                             QPoint screenPos)>
        choosePort;
    // The lab has unsaved changes and is about to be closed or replaced.
    std::function<SaveChoice(QWidget *parent, const QString &labName)> askSaveChanges;
    // A lab.json or lab folder to open; empty when cancelled.
    std::function<QString(QWidget *parent)> askOpenPath;
    // Where to save the lab (a lab.json path); empty when cancelled.
    std::function<QString(QWidget *parent, const QString &suggestion)> askSavePath;
    // Where to export the canvas; `format` is "png" or "svg".
    std::function<QString(QWidget *parent, const QString &format, const QString &suggestion)>
        askExportPath;
    std::function<void(QWidget *parent, const QString &title, const QString &text)> showError;

    static UserPrompts dialogs();
};

} // namespace routerlab::gui
