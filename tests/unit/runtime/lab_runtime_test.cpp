// The real-time runtime that `routerlab run` and the GUI share, without a widget in sight: it
// boots a lab or drives one booted elsewhere, gives each router a console line, serves the
// consoles over telnet, and reloads, stops and starts routers, each console starting over once
// its router is back. Play, pause, speed and a single reload are tested with the GUI's run bar
// (tests/gui/run_controls_test.cpp).
#include <QtTest>

#include "console/console_session.h"
#include "runtime/lab_runtime.h"
#include "support/lab_fixture.h"

#include <QTcpServer>
#include <QTcpSocket>

#include <string>

using namespace routerlab;

namespace {

LabSpec threeRouters()
{
    return loadLabFile(ROUTERLAB_TOPOLOGIES_DIR "/three-routers", *testing::catalog());
}

// What one console line showed, from now on.
class Screen {
public:
    explicit Screen(ConsoleSession &session)
        : m_session(session),
          m_writerId(session.attach([this](std::string_view bytes) { text += bytes; }))
    {
    }
    ~Screen() { m_session.detach(m_writerId); }
    bool shows(const std::string &what) const { return text.find(what) != std::string::npos; }

    std::string text;

private:
    ConsoleSession &m_session;
    int m_writerId;
};

} // namespace

class LabRuntimeTest : public QObject {
    Q_OBJECT
private slots:
    void listenersHearTheBootItselfAndLetGoBeforeTheLabGoes()
    {
        LabRuntime runtime(testing::catalog());
        runtime.pause();
        Subscription subscription;
        int eventsBeforeStarted = 0;
        bool started = false;
        bool labAliveWhenDetached = false;
        connect(&runtime, &LabRuntime::labAttached, this, [&](Lab *lab) {
            subscription = lab->bus().subscribeTo<InterfaceStateChanged>([&](const InterfaceStateChanged &) {
                if (!started)
                    ++eventsBeforeStarted;
            });
        });
        connect(&runtime, &LabRuntime::started, this, [&] { started = true; });
        connect(&runtime, &LabRuntime::labDetached, this, [&] {
            labAliveWhenDetached = runtime.lab() && runtime.lab()->router("R1");
            subscription.reset();
        });
        QVERIFY2(runtime.start(threeRouters()), qPrintable(runtime.errorString()));
        QVERIFY(runtime.ownsLab());
        QVERIFY(eventsBeforeStarted > 0);
        runtime.stop();
        QVERIFY(labAliveWhenDetached);
        QVERIFY(!runtime.isStarted());
    }

    void aLabThatCannotBeStartedSaysWhy()
    {
        LabRuntime withoutCatalog;
        QVERIFY(!withoutCatalog.start(threeRouters()));
        QVERIFY(!withoutCatalog.errorString().isEmpty());
        LabRuntime runtime(testing::catalog());
        QVERIFY(!runtime.start(std::unique_ptr<Lab>()));
        QVERIFY(!runtime.errorString().isEmpty());
        QVERIFY(!runtime.isStarted());
    }

    // `routerlab run`: the lab boots outside (its boot output is printed there), the runtime
    // drives it and lets go on stop.
    void aLabBootedElsewhereIsDrivenUntilStopped()
    {
        Lab lab(threeRouters(), testing::catalog(), 1);
        lab.start();
        LabRuntime runtime;
        Lab *attached = nullptr;
        connect(&runtime, &LabRuntime::labAttached, this, [&](Lab *handed) { attached = handed; });
        runtime.pause();
        runtime.attach(lab);
        QCOMPARE(attached, &lab);
        QVERIFY(runtime.isStarted() && !runtime.ownsLab());
        QVERIFY(runtime.console("R2"));
        QVERIFY(runtime.bootOutput("R2").isEmpty());
        const SimTime before = lab.scheduler().now();
        runtime.runFor(seconds(2));
        QCOMPARE(lab.scheduler().now(), before + seconds(2));
        runtime.stop();
        QVERIFY(!runtime.isStarted() && !runtime.console("R2"));
        lab.runFor(seconds(1)); // the lab lives on
    }

    void reloadAllReloadsEveryRouter()
    {
        LabRuntime runtime(testing::catalog());
        runtime.pause();
        QVERIFY(runtime.start(threeRouters()));
        QSignalSpy reloading(&runtime, &LabRuntime::nodeReloading);
        QSignalSpy reloaded(&runtime, &LabRuntime::nodeReloaded);
        runtime.reloadAll();
        const int routers = static_cast<int>(runtime.lab()->routerNames().size());
        QCOMPARE(reloading.count(), routers);
        QVERIFY(!runtime.lab()->router("R3")->isRunning());
        runtime.runFor(LabRuntime::kReloadDuration + seconds(1));
        QCOMPARE(reloaded.count(), routers);
        QVERIFY(runtime.lab()->router("R3")->isRunning());
    }

    void aStoppedRouterIsDarkUntilStartedAndItsConsoleStartsOver()
    {
        LabRuntime runtime(testing::catalog());
        runtime.pause();
        QVERIFY(runtime.start(threeRouters()));
        runtime.runFor(seconds(30));
        ConsoleSession &console = *runtime.console("R2");
        console.receive("\renable\rconfigure terminal\r");
        QSignalSpy stopped(&runtime, &LabRuntime::nodeStopped);
        QVERIFY(runtime.stopNode("R2"));
        QVERIFY(!runtime.stopNode("R2"));
        QCOMPARE(stopped.count(), 1);
        QVERIFY(runtime.isNodeStopped("R2"));
        QVERIFY(!runtime.startNode("R1")); // it is running
        QVERIFY(!runtime.startNode("R9"));

        Screen screen(console);
        console.receive("\r");
        runtime.runFor(seconds(5));
        QVERIFY(screen.text.empty()); // switched off: nobody answers

        QSignalSpy reloaded(&runtime, &LabRuntime::nodeReloaded);
        QVERIFY(runtime.startNode("R2"));
        runtime.runFor(seconds(1));
        QCOMPARE(reloaded.count(), 1);
        QVERIFY(!runtime.isNodeStopped("R2"));
        QVERIFY(screen.shows("Press RETURN to get started!"));
        console.receive("\r");
        QVERIFY2(screen.text.ends_with("R2>"), screen.text.c_str()); // user exec again
    }

    void consolesAreServedOverTelnetUntilTheLabStops()
    {
        LabRuntime runtime(testing::catalog());
        QCOMPARE(runtime.consolePort("R1"), quint16(0));
        QVERIFY(!runtime.serveConsoles(0));
        runtime.pause();
        QVERIFY(runtime.start(threeRouters()));
        QString error;
        QVERIFY2(runtime.serveConsoles(0, &error), qPrintable(error));
        QCOMPARE(runtime.consoleAddress(), QHostAddress(QHostAddress::LocalHost));
        const quint16 port = runtime.consolePort("R1");
        QVERIFY(port != 0);
        QVERIFY(runtime.consolePort("R2") != port);
        QCOMPARE(runtime.consolePort("SW1"), quint16(0));

        QTcpSocket telnet;
        telnet.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(telnet.waitForConnected(5000));
        telnet.write("\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += telnet.readAll()).contains("R1>"), 5000);

        runtime.stop();
        QCOMPARE(runtime.consolePort("R1"), quint16(0));
    }

    void aTakenConsolePortIsReportedAndNothingListens()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        LabRuntime runtime(testing::catalog());
        runtime.pause();
        QVERIFY(runtime.start(threeRouters()));
        QString error;
        QVERIFY(!runtime.serveConsoles(squatter.serverPort(), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(runtime.consolePort("R1"), quint16(0));
    }
};

QTEST_GUILESS_MAIN(LabRuntimeTest)
#include "lab_runtime_test.moc"
