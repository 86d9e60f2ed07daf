// `routerlab-gui LAB --screenshot FILE.png --after 5s`: the lab runs in virtual time and the
// window is rendered to a PNG; failures name the file at fault and exit 1.
#include <QtTest>

#include "editor_test_support.h"
#include "main_window.h"
#include "runtime/screenshot.h"
#include "topology/lab.h"

#include <QProcess>

#include <set>

using namespace routerlab;
using namespace routerlab::gui;
using namespace routerlab::gui::test;

namespace {

const QString guiBinary = QStringLiteral(ROUTERLAB_BINARY_DIR "/bin/routerlab-gui");

// Enough different colours to be a drawn window, not a blank or a solid fill.
int distinctColours(const QImage &image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

struct Run {
    int exitCode = -1;
    QString errors;
};

Run runGui(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("QT_QPA_PLATFORM", "offscreen");
    process.setProcessEnvironment(environment);
    process.start(guiBinary, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardError())};
}

} // namespace

class ScreenshotTest : public QObject {
    Q_OBJECT
private slots:
    void theWindowOfARunningLabIsSavedAsPng()
    {
        MainWindow window(catalog());
        const QString png = screenshotPath("seed-hsrp-30s.png");
        QFile::remove(png);
        QString error;
        QVERIFY2(takeLabScreenshot(window, topology("seed-hsrp"), png, seconds(30), &error),
                 qPrintable(error));
        QCOMPARE(window.lab()->scheduler().now(), SimTime(seconds(30)));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY(distinctColours(image) > 50);
    }

    void aBadLabIsReportedByFileName()
    {
        MainWindow window(catalog());
        QString error;
        QVERIFY(!takeLabScreenshot(window, "/nonexistent/lab", screenshotPath("never.png"),
                                   seconds(1), &error));
        QVERIFY2(error.contains("File: /nonexistent/lab"), qPrintable(error));
        QVERIFY2(error.contains("cannot open"), qPrintable(error));
        QVERIFY(!QFile::exists(screenshotPath("never.png")));
    }

    void theBinaryRunsTheLabAndWritesThePicture()
    {
        QVERIFY2(QFile::exists(guiBinary), "build routerlab-gui first");
        const QString png = screenshotPath("three-routers-cli.png");
        QFile::remove(png);
        const Run run = runGui({topology("three-routers"), "--screenshot", png, "--after", "5s"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1280, 800));
        QVERIFY(distinctColours(image) > 50);
    }

    void theBinaryExitsOneNamingTheFile()
    {
        QVERIFY2(QFile::exists(guiBinary), "build routerlab-gui first");
        QTemporaryDir folder;
        writeText(folder.filePath("lab.json"), "{ \"nodes\": [ { \"name\": \"R1\" ");
        Run run = runGui({folder.path(), "--screenshot", folder.filePath("x.png")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(folder.filePath("lab.json")), qPrintable(run.errors));
        QVERIFY(!QFile::exists(folder.filePath("x.png")));

        // A value of the wrong type: the error `routerlab run` gives, on one line.
        writeText(folder.filePath("lab.json"),
                  "{\n  \"nodes\": [\n    { \"name\": \"SW1\", \"type\": \"switch\",\n"
                  "      \"ports\": \"8\" }\n  ]\n}\n");
        run = runGui({folder.path(), "--screenshot", folder.filePath("x.png")});
        QCOMPARE(run.exitCode, 1);
        const QString expected = "routerlab-gui: " + folder.filePath("lab.json") +
                                 ":4: nodes[0].ports: must be a number, not a string\n";
        QVERIFY2(run.errors.contains(expected), qPrintable(run.errors));
        QVERIFY(!QFile::exists(folder.filePath("x.png")));

        run = runGui(
            {topology("three-routers"), "--screenshot", folder.filePath("no/such/dir/x.png")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(folder.filePath("no/such/dir/x.png")), qPrintable(run.errors));

        run = runGui({topology("three-routers"), "--screenshot", folder.filePath("x.png"),
                      "--after", "soon"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains("--after"), qPrintable(run.errors));
    }
};

QTEST_MAIN(ScreenshotTest)
#include "screenshot_test.moc"
