#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

#include "console/console_session.h"
#include "console/telnet_server.h"
#include "runtime/realtime_driver.h"
#include "support/lab_fixture.h"

#include <memory>

using namespace routerlab;

namespace {

constexpr int kTimeoutMs = 15000;

// The three-routers lab in real time (sped up), its consoles served on free loopback ports.
struct RunningLab {
    RunningLab(double speed)
    {
        const auto catalog = testing::catalog();
        lab = std::make_unique<Lab>(
            loadLabFile(ROUTERLAB_TOPOLOGIES_DIR "/three-routers", *catalog), catalog, 1);
        lab->start();
        std::vector<TelnetServer::Console> consoles;
        for (const std::string &name : lab->routerNames()) {
            sessions.push_back(std::make_unique<ConsoleSession>(*lab->router(name)));
            sessions.back()->start();
            consoles.push_back({name, sessions.back().get()});
        }
        driver = std::make_unique<RealtimeDriver>(lab->scheduler());
        driver->setSpeed(speed);
        driver->start();
        server = std::make_unique<TelnetServer>();
        listening = server->listen(consoles, 0);
    }
    ~RunningLab()
    {
        server.reset();
        driver.reset();
        sessions.clear();
    }

    std::unique_ptr<Lab> lab;
    std::vector<std::unique_ptr<ConsoleSession>> sessions;
    std::unique_ptr<RealtimeDriver> driver;
    std::unique_ptr<TelnetServer> server;
    bool listening = false;
};

// A telnet client socket that keeps everything it received.
struct Client {
    explicit Client(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    void type(const char *keys) { socket.write(keys); }
    qsizetype count(const QByteArray &text, qsizetype from = 0) const
    {
        return received.mid(from).count(text);
    }

    QTcpSocket socket;
    QByteArray received;
};

const QByteArray kWillEcho("\xff\xfb\x01", 3);
const QByteArray kWillSuppressGoAhead("\xff\xfb\x03", 3);

} // namespace

class TelnetConsoleTest : public QObject {
    Q_OBJECT
private slots:
    void negotiatesAndAnswersAShowCommand()
    {
        RunningLab running(50);
        QVERIFY2(running.listening, qPrintable(running.server->errorString()));
        Client client(running.server->port(0));
        QTRY_VERIFY_WITH_TIMEOUT(client.received.size() >= 6, kTimeoutMs);
        QVERIFY(client.received.left(9).contains(kWillEcho));
        QVERIFY(client.received.left(9).contains(kWillSuppressGoAhead));
        client.type("\xff\xfd\x01\xff\xfd\x03\xff\xfb\x03"); // DO ECHO, DO SGA, WILL SGA

        client.type("\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.received.contains("R1>"), kTimeoutMs);
        client.type("enable\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.received.contains("R1#"), kTimeoutMs);
        const qsizetype before = client.received.size();
        client.type("show ip interface brief\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(client.count("R1#", before) >= 1, kTimeoutMs);
        const QByteArray answer = client.received.mid(before);
        QVERIFY2(answer.contains("show ip interface brief\r\n"), answer.constData()); // echoed
        QVERIFY2(answer.contains("Interface"), answer.constData());
        QVERIFY2(answer.contains("FastEthernet0/0"), answer.constData());
        QVERIFY2(answer.contains("192.168.1.1"), answer.constData());
        // Negotiation answers to our own requests draw no further option bytes.
        QVERIFY(!answer.contains('\xff'));
    }

    void eachRouterHasItsOwnPort()
    {
        RunningLab running(50);
        QVERIFY(running.listening);
        QCOMPARE(running.server->consoles().size(), running.lab->routerNames().size());
        for (std::size_t index = 0; index < running.lab->routerNames().size(); ++index) {
            Client client(running.server->port(index));
            client.type("\r");
            const std::string node = running.lab->routerNames()[index];
            const QByteArray prompt = QByteArray::fromStdString(node + ">");
            QTRY_VERIFY_WITH_TIMEOUT(client.received.contains(prompt), kTimeoutMs);
        }
    }

    void secondClientSharesTheConsoleLine()
    {
        RunningLab running(50);
        QVERIFY(running.listening);
        Client typing(running.server->port(1));
        Client watching(running.server->port(1));
        QTRY_COMPARE_WITH_TIMEOUT(running.server->connectionCount(), std::size_t(2), kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(watching.received.contains(kWillEcho), kTimeoutMs);
        typing.type("\r\nenable\r\nshow ip interface brief\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(typing.count("R2#") >= 2, kTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(watching.count("R2#") >= 2, kTimeoutMs);
        QVERIFY(watching.received.contains("show ip interface brief"));
        QVERIFY(watching.received.contains("FastEthernet0/1"));
        // Both saw the same bytes from the point they joined (they joined together).
        QCOMPARE(watching.received, typing.received);
    }

    void clientLeavingMidPingLeavesTheOtherWorking()
    {
        RunningLab running(10);
        QVERIFY(running.listening);
        Client leaving(running.server->port(0));
        Client staying(running.server->port(0));
        QTRY_COMPARE_WITH_TIMEOUT(running.server->connectionCount(), std::size_t(2), kTimeoutMs);
        QSignalSpy gone(running.server.get(), &TelnetServer::clientDisconnected);
        leaving.type("\r\nenable\r\nping 192.168.1.99\r\n"); // nobody: five 2 s timeouts
        QTRY_VERIFY_WITH_TIMEOUT(staying.received.contains("Sending 5"), kTimeoutMs);
        leaving.socket.abort();
        QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, kTimeoutMs);
        QCOMPARE(running.server->connectionCount(), std::size_t(1));
        QCOMPARE(running.sessions[0]->attachedCount(), std::size_t(1));

        QTRY_VERIFY_WITH_TIMEOUT(staying.received.contains("Success rate is 0 percent"),
                                 kTimeoutMs);
        const qsizetype before = staying.received.size();
        staying.type("show ip interface brief\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(staying.count("R1#", before) >= 1, kTimeoutMs);
        QVERIFY(staying.received.mid(before).contains("FastEthernet0/0"));
    }

    void driverFollowsTheWallClockAtItsSpeed()
    {
        Scheduler scheduler;
        bool fired = false;
        scheduler.schedule(seconds(2), [&fired] { fired = true; });
        RealtimeDriver driver(scheduler);
        driver.setSpeed(100);
        QElapsedTimer wall;
        wall.start();
        bool aheadOfWallClock = false;
        connect(&driver, &RealtimeDriver::advanced, this, [&](SimTime now) {
            // 100x: never beyond a hundred times the wall time gone by
            if (now > std::chrono::nanoseconds(wall.nsecsElapsed() * 100))
                aheadOfWallClock = true;
        });
        driver.start();
        QTRY_VERIFY_WITH_TIMEOUT(fired, kTimeoutMs);
        QVERIFY(!aheadOfWallClock);
        QVERIFY(wall.elapsed() >= 15); // 2 s of lab time take 20 ms at 100x

        driver.pause();
        const SimTime paused = scheduler.now();
        bool tick = false;
        QTimer::singleShot(50, this, [&tick] { tick = true; });
        QTRY_VERIFY_WITH_TIMEOUT(tick, kTimeoutMs);
        QCOMPARE(scheduler.now(), paused);
        driver.resume();
        QTRY_VERIFY_WITH_TIMEOUT(scheduler.now() > paused, kTimeoutMs);
    }
};

QTEST_GUILESS_MAIN(TelnetConsoleTest)
#include "telnet_console_test.moc"
