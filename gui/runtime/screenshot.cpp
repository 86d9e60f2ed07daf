#include "runtime/screenshot.h"

#include "canvas/lab_view.h"
#include "main_window.h"
#include "runtime/lab_runtime.h"
#include "topology/lab.h"

#include <QApplication>
#include <QFileInfo>
#include <QPixmap>

namespace routerlab::gui {
namespace {

const QSize screenshotSize(1280, 800);

} // namespace

bool takeLabScreenshot(MainWindow &window, const QString &labPath, const QString &pngPath,
                       SimDuration after, QString *error)
{
    // Errors come back as text instead of message boxes nobody would close.
    const UserPrompts interactive = window.prompts();
    QString reported;
    window.prompts().showError = [&reported](QWidget *, const QString &title, const QString &text) {
        reported = title + ":\n" + text;
    };
    const bool started = window.openLab(labPath) && window.startLab();
    window.prompts() = interactive;
    if (!started) {
        if (error)
            *error = reported;
        return false;
    }
    // Through the runtime when the window has one, so its clock and overlays see the time pass.
    if (auto *runtime = window.findChild<LabRuntime *>(); runtime && runtime->lab() == window.lab())
        runtime->runFor(after);
    else
        window.lab()->runFor(after);
    window.refreshLinkStates();

    if (!window.isVisible())
        window.setAttribute(Qt::WA_DontShowOnScreen, true);
    window.resize(screenshotSize);
    window.show();
    // Lets the layouts give the canvas its size before fitting the lab into it.
    QApplication::processEvents();
    window.view()->fitToView();
    const QPixmap picture = window.grab();
    if (picture.isNull() || !picture.save(pngPath, "PNG")) {
        if (error)
            *error = QObject::tr("cannot write the screenshot %1")
                         .arg(QFileInfo(pngPath).absoluteFilePath());
        return false;
    }
    return true;
}

} // namespace routerlab::gui
