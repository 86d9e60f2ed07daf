// The whole application, as a user runs it: open the seed-hsrp lab in the main window, start
// it, and watch the HSRP failover of the seed document on the canvas through the GUI's own
// driver (LabRuntime in virtual time), typing the shutdown into 7204VXR-1's console tab.
// Screenshots of each phase go to build/gui-screenshots/failover-*.png.
#include <QtTest>

#include "canvas/hsrp_overlay.h"
#include "canvas/lab_scene.h"
#include "canvas/lab_view.h"
#include "canvas/link_item.h"
#include "main_window.h"
#include "panels/capture_controller.h"
#include "panels/console_tab.h"
#include "panels/event_timeline_dock.h"
#include "runtime/lab_runtime.h"
#include "runtime/runtime_wiring.h"
#include "topology/image_catalog.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace routerlab;
using namespace routerlab::gui;

namespace {

const QString kVip = "172.16.172.53";

struct Application {
    std::shared_ptr<const ImageCatalog> catalog = ImageCatalog::load(ImageCatalog::defaultDirectory());
    MainWindow window{catalog};
    RuntimeWiring *runtime = new RuntimeWiring(window, catalog);

    QString role(const QString &node) const { return runtime->hsrp().roleOf(node, "FastEthernet0/0", 1); }
    void run(std::chrono::seconds duration) { runtime->runtime().runFor(duration); }
    void screenshot(const QString &name)
    {
        window.centralTabs()->setCurrentIndex(0);
        QCoreApplication::processEvents(); // lay the shown window out before fitting
        window.view()->fitToView();
        QDir().mkpath(ROUTERLAB_BINARY_DIR "/gui-screenshots");
        QVERIFY(window.grab().save(ROUTERLAB_BINARY_DIR "/gui-screenshots/" + name));
    }
    void type(const QString &node, const std::string &keys)
    {
        ConsoleTab *tab = runtime->openConsole(node);
        QVERIFY(tab);
        tab->sendKeys(keys);
        tab->flush();
    }
    LinkItem::EndState endState(const std::string &node, const std::string &port) const
    {
        LinkItem *link = window.scene()->linkItem(node, port);
        return link->endState(link->endAt(node, port));
    }
};

} // namespace

class HsrpFailoverGuiTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QDir().mkpath(ROUTERLAB_BINARY_DIR "/gui-screenshots"); }

    void badgesAndVipMarkerFollowTheFailover()
    {
        Application app;
        app.window.resize(1280, 800);
        app.window.show();
        app.runtime->hsrp().setAnimationsEnabled(false); // screenshots show where things end up
        QVERIFY(app.window.openLab(ROUTERLAB_TOPOLOGIES_DIR "/seed-hsrp"));
        QVERIFY(app.window.startLab());
        app.run(std::chrono::seconds(60));
        QCOMPARE(app.role("7204VXR-1"), QString("Active"));
        QCOMPARE(app.role("7204VXR-2"), QString("Standby"));
        QCOMPARE(app.runtime->hsrp().vipOwner(kVip), QString("7204VXR-1"));
        QCOMPARE(app.endState("7204VXR-1", "FastEthernet0/0"), LinkItem::EndState::Up);
        QVERIFY(app.runtime->timeline().totalRowCount() > 0);
        app.screenshot("failover-1-steady.png");

        // The user shuts Fa0/0 from 7204VXR-1's console tab.
        app.type("7204VXR-1", "\renable\rconfigure terminal\rinterface FastEthernet0/0\rshutdown\rend\r");
        app.run(std::chrono::seconds(5));
        QCOMPARE(app.role("7204VXR-1"), QString("Init"));
        QCOMPARE(app.role("7204VXR-2"), QString("Standby")); // its Active timer still runs
        QCOMPARE(app.endState("7204VXR-1", "FastEthernet0/0"), LinkItem::EndState::AdminDown);
        QVERIFY(app.runtime->consoleTab("7204VXR-1")->screenText().contains("Grp 1 state Active -> Init"));
        app.window.centralTabs()->setCurrentIndex(0);
        app.screenshot("failover-2-shut.png");

        app.run(std::chrono::seconds(10));
        QCOMPARE(app.role("7204VXR-2"), QString("Active"));
        QCOMPARE(app.runtime->hsrp().vipOwner(kVip), QString("7204VXR-2"));
        app.screenshot("failover-3-7204VXR-2-active.png");

        app.type("7204VXR-1", "configure terminal\rinterface FastEthernet0/0\rno shutdown\rend\r");
        app.run(std::chrono::seconds(60));
        QCOMPARE(app.role("7204VXR-1"), QString("Active"));
        QCOMPARE(app.role("7204VXR-2"), QString("Standby"));
        QCOMPARE(app.runtime->hsrp().vipOwner(kVip), QString("7204VXR-1"));
        QCOMPARE(app.endState("7204VXR-1", "FastEthernet0/0"), LinkItem::EndState::Up);
        app.window.centralTabs()->setCurrentIndex(0);
        app.screenshot("failover-4-recovered.png");
        app.window.stopLab();
    }

    void stoppingAndStartingOneRouterFailsOverAndBack()
    {
        Application app;
        QVERIFY(app.window.openLab(ROUTERLAB_TOPOLOGIES_DIR "/seed-hsrp"));
        QVERIFY(app.window.startLab());
        app.run(std::chrono::seconds(60));
        LabRuntime &runtime = app.runtime->runtime();
        QVERIFY(runtime.stopNode("7204VXR-1"));
        QVERIFY(runtime.isNodeStopped("7204VXR-1"));
        QVERIFY(!runtime.stopNode("7204VXR-1"));
        // Switched off: its ports go dark at the switch, and its console ignores typing.
        app.run(std::chrono::seconds(15));
        QCOMPARE(app.role("7204VXR-2"), QString("Active"));
        QCOMPARE(app.endState("SW-OUTSIDE", "2"), LinkItem::EndState::Down);
        ConsoleTab *console = app.runtime->openConsole("7204VXR-1");
        QVERIFY(console);
        const QString before = console->screenText();
        console->sendKeys("\renable\r");
        console->flush();
        QCOMPARE(console->screenText(), before);

        QVERIFY(runtime.startNode("7204VXR-1"));
        app.run(std::chrono::seconds(90));
        QCOMPARE(app.role("7204VXR-1"), QString("Active"));
        QCOMPARE(app.role("7204VXR-2"), QString("Standby"));
        QVERIFY(console->screenText().contains("Press RETURN to get started!"));
        app.window.stopLab();
    }

    void capturedLinkDecodesInTshark()
    {
        const QString tshark = QStandardPaths::findExecutable("tshark");
        if (tshark.isEmpty())
            QSKIP("tshark is not installed");
        Application app;
        QVERIFY(app.window.openLab(ROUTERLAB_TOPOLOGIES_DIR "/seed-hsrp"));
        QVERIFY(app.window.startLab());
        QTemporaryDir dir;
        const QString file = dir.filePath("outside.pcap");
        QString error;
        QVERIFY2(app.runtime->captureLink("7204VXR-2", "FastEthernet0/0", file, &error), qPrintable(error));
        QVERIFY(app.window.scene()->linkItem("7204VXR-2", "FastEthernet0/0")->isCapturing());
        app.run(std::chrono::seconds(45));
        app.runtime->captures().stopAll();
        QVERIFY(!app.window.scene()->linkItem("7204VXR-2", "FastEthernet0/0")->isCapturing());

        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("HOME", dir.path());
        process.setProcessEnvironment(environment);
        process.start(tshark, {"-r", file, "-T", "fields", "-e", "_ws.col.Protocol", "-e", "_ws.malformed"});
        QVERIFY(process.waitForFinished(60000));
        const QString output = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(output.contains("HSRP"), qPrintable(output));
        QVERIFY2(output.contains("STP"), qPrintable(output));
        QVERIFY2(!output.contains("Malformed", Qt::CaseInsensitive), qPrintable(output));
        app.window.stopLab();
    }
};

QTEST_MAIN(HsrpFailoverGuiTest)
#include "hsrp_failover_gui_test.moc"
