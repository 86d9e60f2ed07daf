// routerlab-gui: draw, run and watch a lab of emulated Cisco 7200 routers.
//
//   routerlab-gui [LAB]                                    the editor, LAB opened if given
//   routerlab-gui LAB --screenshot FILE.png [--after 5s]   run LAB in virtual time, save the
//                                                          window as a picture and exit
#include "main_window.h"
#include "runtime/runtime_wiring.h"
#include "runtime/screenshot.h"
#include "topology/image_catalog.h"
#include "topology/lab_file.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "routerlab-gui: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName("routerlab-gui");

    QCommandLineParser parser;
    parser.setApplicationDescription("Draw, run and watch a lab of emulated Cisco 7200 routers.");
    parser.addHelpOption();
    parser.addPositionalArgument("lab", "A lab folder or its lab.json to open.", "[LAB]");
    const QCommandLineOption screenshot(
        "screenshot", "Open LAB, start it, save the main window to FILE.png and exit.", "FILE.png");
    const QCommandLineOption after(
        "after", "Lab time to run before --screenshot, as fast as possible (500ms, 5s, 2m).",
        "DURATION", "0s");
    parser.addOption(screenshot);
    parser.addOption(after);
    parser.process(app);
    const QStringList labs = parser.positionalArguments();
    if (labs.size() > 1)
        return fail("one LAB at most (got " + labs.join(' ') + ")");

    std::shared_ptr<const routerlab::ImageCatalog> catalog;
    try {
        catalog = routerlab::ImageCatalog::load(routerlab::ImageCatalog::defaultDirectory());
    } catch (const std::exception &error) {
        if (!parser.isSet(screenshot))
            QMessageBox::critical(nullptr, "routerlab-gui", QString::fromUtf8(error.what()));
        return fail(QString::fromUtf8(error.what()));
    }

    if (parser.isSet(screenshot)) {
        if (labs.isEmpty())
            return fail("--screenshot needs a LAB to open");
        const auto duration = routerlab::parseDuration(parser.value(after).toStdString());
        if (!duration || duration->count() < 0)
            return fail("--after: \"" + parser.value(after) +
                        "\" is not a duration (500ms, 5s, 2m)");
        // A lab file that does not load is reported in the words `routerlab run` uses for it:
        // file, line, field and problem on one line.
        try {
            routerlab::loadLabFile(labs.front().toStdString(), *catalog);
        } catch (const routerlab::LabFileError &error) {
            return fail(QString::fromUtf8(error.what()));
        }
        routerlab::gui::MainWindow window(catalog);
        routerlab::gui::RuntimeWiring runtime(window, catalog);
        QString error;
        if (!routerlab::gui::takeLabScreenshot(window, labs.front(), parser.value(screenshot),
                                               *duration, &error))
            return fail(error);
        return 0;
    }

    routerlab::gui::MainWindow window(catalog);
    auto *runtime = new routerlab::gui::RuntimeWiring(window, catalog);
    (void)runtime; // owned by the window
    window.show();
    if (!labs.isEmpty())
        window.openLab(labs.front());
    return app.exec();
}
