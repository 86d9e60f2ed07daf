// Running a lab from the GUI: LabRuntime boots it with a console per router and pumps it
// through the RealtimeDriver at the chosen speed; the bridge follows its labs; the run bar's
// buttons and clock follow it.
#include <QtTest>

#include "console/console_session.h"
#include "runtime/emulator_bridge.h"
#include "runtime/lab_runtime.h"
#include "runtime/run_controls.h"
#include "support/lab_fixture.h"
#include "topology/lab.h"

#include <QAction>
#include <QComboBox>
#include <QDir>

using namespace routerlab;
using namespace routerlab::gui;

namespace {

LabSpec threeRouters()
{
    return loadLabFile(ROUTERLAB_TOPOLOGIES_DIR "/three-routers", *routerlab::testing::catalog());
}

qint64 nanoseconds(std::chrono::nanoseconds duration) { return duration.count(); }

} // namespace

class RunControlsTest : public QObject {
    Q_OBJECT
private slots:
    void startBootsTheLabWithAConsolePerRouter()
    {
        LabRuntime runtime(routerlab::testing::catalog());
        EmulatorBridge bridge;
        bridge.follow(runtime);
        QSignalSpy started(&runtime, &LabRuntime::started);
        runtime.pause();
        QVERIFY2(runtime.start(threeRouters()), qPrintable(runtime.errorString()));
        QCOMPARE(started.count(), 1);
        QVERIFY(runtime.isStarted());
        QVERIFY(runtime.console("R1"));
        QVERIFY(!runtime.console("SW1")); // a switch has no console
        QVERIFY(runtime.lab()->router("R3")->isRunning());
        QVERIFY(bridge.isAttached());
    }

    void pausedLabTimeMovesOnlyWhenRun()
    {
        LabRuntime runtime(routerlab::testing::catalog());
        runtime.pause();
        QVERIFY(runtime.start(threeRouters()));
        const SimTime frozen = runtime.labTime();
        QTest::qWait(50);
        QCOMPARE(runtime.labTime(), frozen);
        QSignalSpy advanced(&runtime, &LabRuntime::labTimeAdvanced);
        runtime.runFor(seconds(5));
        QCOMPARE(runtime.labTime(), frozen + seconds(5));
        QCOMPARE(advanced.last().at(0).toLongLong(), nanoseconds(frozen + seconds(5)));
    }

    void playingRunsAtTheChosenSpeed()
    {
        LabRuntime runtime(routerlab::testing::catalog());
        runtime.setSpeed(30);
        QVERIFY(runtime.start(threeRouters()));
        QVERIFY(!runtime.isPaused());
        // 30× the wall clock: three seconds of lab time in about a tenth of a second.
        QTRY_VERIFY_WITH_TIMEOUT(runtime.labTime() >= seconds(3), 5000);
        runtime.pause();
        const SimTime paused = runtime.labTime();
        QTest::qWait(100);
        QCOMPARE(runtime.labTime(), paused);
    }

    void reloadBootsTheRouterAgainAndRestartsItsConsole()
    {
        LabRuntime runtime(routerlab::testing::catalog());
        runtime.pause();
        QVERIFY(runtime.start(threeRouters()));
        std::string screen;
        runtime.console("R1")->attach([&screen](std::string_view bytes) { screen += bytes; });
        QSignalSpy reloaded(&runtime, &LabRuntime::nodeReloaded);
        QVERIFY(!runtime.reloadNode("R9"));
        QVERIFY(runtime.reloadNode("R1"));
        QVERIFY(!runtime.lab()->router("R1")->isRunning());
        runtime.runFor(LabRuntime::kReloadDuration + seconds(1));
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(reloaded.first().at(0).toString(), QString("R1"));
        QVERIFY(runtime.lab()->router("R1")->isRunning());
        QCOMPARE(runtime.lab()->router("R1")->hostname(), std::string("R1"));
        QVERIFY(screen.find("%SYS-5-RELOAD") != std::string::npos);
        QVERIFY(screen.find("Press RETURN to get started!") != std::string::npos);
    }

    void stopLetsEveryoneLetGoBeforeTheLabGoes()
    {
        LabRuntime runtime(routerlab::testing::catalog());
        EmulatorBridge bridge;
        bridge.follow(runtime);
        QVERIFY(runtime.start(threeRouters()));
        bool labAliveWhenAsked = false;
        connect(&runtime, &LabRuntime::aboutToStop, this,
                [&] { labAliveWhenAsked = runtime.lab() && runtime.console("R1"); });
        QSignalSpy stopped(&runtime, &LabRuntime::stopped);
        runtime.stop();
        QVERIFY(labAliveWhenAsked);
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!runtime.isStarted());
        QVERIFY(!runtime.console("R1"));
        QVERIFY(!bridge.isAttached());
        QVERIFY(!runtime.start(std::unique_ptr<Lab>()));
    }

    void aLabBootedElsewhereIsDrivenUntilStopped()
    {
        Lab lab(threeRouters(), routerlab::testing::catalog(), 1);
        lab.start();
        LabRuntime runtime;
        EmulatorBridge bridge;
        bridge.follow(runtime);
        runtime.pause();
        runtime.attach(lab);
        QVERIFY(runtime.isStarted());
        QVERIFY(!runtime.ownsLab());
        QVERIFY(runtime.console("R2"));
        const SimTime before = lab.scheduler().now();
        runtime.runFor(seconds(2));
        QCOMPARE(lab.scheduler().now(), before + seconds(2));
        runtime.stop();
        QVERIFY(!runtime.isStarted());
        QVERIFY(!lab.bus().hasSubscribers()); // the bridge let go; the lab lives on
        lab.runFor(seconds(1));
    }

    void theRunBarFollowsTheRuntime()
    {
        LabRuntime runtime(routerlab::testing::catalog());
        RunControls controls(runtime);
        QSignalSpy startRequested(&controls, &RunControls::startRequested);
        QVERIFY(controls.startAction()->isEnabled());
        QVERIFY(!controls.stopAction()->isEnabled());
        controls.startAction()->trigger();
        QCOMPARE(startRequested.count(), 1);

        QVERIFY(runtime.start(threeRouters()));
        QVERIFY(!controls.startAction()->isEnabled());
        QVERIFY(controls.stopAction()->isEnabled() && controls.reloadAllAction()->isEnabled());
        controls.pauseAction()->trigger();
        QVERIFY(runtime.isPaused());
        QCOMPARE(controls.pauseAction()->text(), QString("Resume"));
        runtime.runFor(seconds(83));
        QCOMPARE(controls.clockText(), QString("00:01:23"));

        controls.speedSelector()->setCurrentIndex(controls.speedSelector()->findData(30.0));
        QCOMPARE(runtime.speed(), 30.0);
        runtime.setSpeed(5);
        QCOMPARE(controls.speedSelector()->currentText(), QString("5×"));

        controls.resize(controls.sizeHint().width() + 40, controls.sizeHint().height());
        QDir().mkpath(ROUTERLAB_BINARY_DIR "/gui-screenshots");
        QVERIFY(controls.grab().save(ROUTERLAB_BINARY_DIR "/gui-screenshots/run-controls.png"));

        QSignalSpy stopRequested(&controls, &RunControls::stopRequested);
        controls.stopAction()->trigger();
        QCOMPARE(stopRequested.count(), 1);
        runtime.stop(); // what the owner of the lab does when asked
        QVERIFY(!runtime.isStarted());
        QVERIFY(controls.startAction()->isEnabled());
        QVERIFY(!controls.pauseAction()->isEnabled());
    }

    void theClockReadsLikeIos()
    {
        QCOMPARE(RunControls::labTimeText(nanoseconds(seconds(83) + std::chrono::milliseconds(500))),
                 QString("00:01:23"));
        QCOMPARE(RunControls::labTimeText(nanoseconds(std::chrono::hours(101))), QString("101:00:00"));
        QCOMPARE(RunControls::iosClockText(nanoseconds(seconds(83) + std::chrono::milliseconds(456))),
                 QString("*00:01:23.456 UTC Mon Mar 1 1993"));
        QCOMPARE(RunControls::iosClockText(nanoseconds(std::chrono::hours(25)), false),
                 QString("*01:00:00 UTC Tue Mar 2 1993"));
    }

    void consolesCanBeServedOverTelnet()
    {
        LabRuntime runtime(routerlab::testing::catalog());
        QCOMPARE(runtime.consolePort("R1"), quint16(0));
        QVERIFY(!runtime.serveConsoles(0));
        runtime.pause();
        QVERIFY(runtime.start(threeRouters()));
        QString error;
        QVERIFY2(runtime.serveConsoles(0, &error), qPrintable(error));
        QVERIFY(runtime.consolePort("R1") != 0);
        QVERIFY(runtime.consolePort("R2") != runtime.consolePort("R1"));
        QCOMPARE(runtime.consolePort("SW1"), quint16(0));
        runtime.stop();
        QCOMPARE(runtime.consolePort("R1"), quint16(0));
    }
};

QTEST_MAIN(RunControlsTest)
#include "run_controls_test.moc"
