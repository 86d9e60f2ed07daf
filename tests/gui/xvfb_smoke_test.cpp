// The real routerlab-gui binary on a real X server (Xvfb), as a user's desktop runs it: it opens
// the seed-hsrp lab, runs it and renders its window. Skipped where xvfb-run is not installed.
#include <QtTest>

#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

class XvfbSmokeTest : public QObject {
    Q_OBJECT
private slots:
    void guiStartsOnAnXServerAndRendersTheLab()
    {
        const QString xvfbRun = QStandardPaths::findExecutable("xvfb-run");
        if (xvfbRun.isEmpty())
            QSKIP("xvfb-run is not installed");
        QTemporaryDir dir;
        const QString png = dir.filePath("seed-hsrp.png");
        QProcess gui;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("QT_QPA_PLATFORM", "xcb");
        environment.insert("XDG_RUNTIME_DIR", dir.path());
        gui.setProcessEnvironment(environment);
        gui.start(xvfbRun, {"-a", "-s", "-screen 0 1280x800x24", ROUTERLAB_BINARY_DIR "/bin/routerlab-gui",
                            ROUTERLAB_TOPOLOGIES_DIR "/seed-hsrp", "--screenshot", png, "--after", "45s"});
        QVERIFY(gui.waitForFinished(120000));
        const QString errors = QString::fromUtf8(gui.readAllStandardError());
        QVERIFY2(gui.exitStatus() == QProcess::NormalExit && gui.exitCode() == 0, qPrintable(errors));
        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(errors));
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // Not a blank window: the canvas, icons and timeline give many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
    }
};

QTEST_GUILESS_MAIN(XvfbSmokeTest)
#include "xvfb_smoke_test.moc"
