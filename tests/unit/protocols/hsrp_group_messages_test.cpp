// One HSRP group's state machine, read like the RFC 2281 section 5.6 table: each test puts the
// group in a state, delivers one event (a timer expiring, a message arriving, the group being
// enabled or disabled) and checks the new state, the messages sent and the `debug standby
// events` lines. Everything runs in virtual time on a Scheduler; other routers are Neighbours
// whose messages the test hands to the group.
//
// The addresses are the seed-hsrp lab's outside segment: 7204VXR-1 is 172.16.172.52 (priority
// 200), 7204VXR-2 is 172.16.172.54 (priority 100), the virtual address 172.16.172.53, and the
// transit router 172.16.172.49 plays a third member where a test needs one.
//
// This file: messages from other routers (f to l) and the election between them.
#include <QtTest>

#include "hsrp_group_bench.h"

class HsrpGroupMessagesTest : public QObject {
    Q_OBJECT
private slots:
    // ---- g: Hello of higher priority from the Active router

    void g_InActiveResignsAndGoesToSpeak()
    {
        Bench bench(kVpn2, 100);
        bench.bringUpAlone();
        QVERIFY(bench.group.isActive());
        bench.host.clear();
        Neighbour vpn1(bench, kVpn1, 200);
        vpn1.hello(State::Active);

        QCOMPARE(bench.group.state(), State::Speak);
        QVERIFY(bench.host.debug.contains(
            "Active: g/Hello rcvd from higher pri Active router (200/172.16.172.52)"));
        QVERIFY(bench.host.debug.contains("Active router is 172.16.172.52, was local"));
        QCOMPARE(bench.host.debug.last(), QString("Active -> Speak"));
        const auto resigns = bench.host.sentOf(OpCode::Resign);
        QCOMPARE(resigns.size(), std::size_t(1));
        QCOMPARE(resigns[0].message.state, State::Active);
        QCOMPARE(int(resigns[0].message.priority), 100);
        QCOMPARE(bench.host.sent.back().message.opCode, OpCode::Hello);
        QCOMPARE(bench.host.sent.back().message.state, State::Speak);
        QCOMPARE(bench.host.ownCalls, std::vector<bool>({false}));
        QCOMPARE(bench.group.activeRouter()->address, kVpn1);
        QCOMPARE(bench.group.activeExpiresIn(), std::optional<SimDuration>(seconds(10)));
        QCOMPARE(bench.group.stateChanges(), 3); // Standby, Active, and out of Active
    }

    void g_InListenOrSpeakOnlyRefreshesTheActiveTimer()
    {
        Bench bench(kVpn2, 100);
        Neighbour vpn1(bench, kVpn1, 200);
        bench.group.enable();
        vpn1.hello(State::Active);
        bench.runFor(seconds(4));
        QCOMPARE(bench.group.activeExpiresIn(), std::optional<SimDuration>(seconds(6)));
        vpn1.hello(State::Active);
        QCOMPARE(bench.group.state(), State::Listen);
        QCOMPARE(bench.group.activeExpiresIn(), std::optional<SimDuration>(seconds(10)));
        QVERIFY(bench.host.sent.empty());
    }

    // ---- h: Hello of lower priority from the Active router

    void h_WithPreemptInListenSendsCoupAndGoesActive()
    {
        Bench bench(kVpn1, 200);
        bench.group.config.preempt = true;
        bench.group.enable();
        bench.host.clear();
        Neighbour vpn2(bench, kVpn2, 100);
        vpn2.hello(State::Active);

        QCOMPARE(bench.group.state(), State::Active);
        QCOMPARE(bench.host.debug,
                 QStringList({"Active router is 172.16.172.54",
                              "Listen: h/Hello rcvd from lower pri Active router (100/172.16.172.54)",
                              "Active router is local, was 172.16.172.54", "Listen -> Active"}));
        const auto coups = bench.host.sentOf(OpCode::Coup);
        QCOMPARE(coups.size(), std::size_t(1));
        QCOMPARE(int(coups[0].message.priority), 200);
        QCOMPARE(int(coups[0].message.group), 1);
        QCOMPARE(coups[0].message.virtualIp, kVirtual);
        QCOMPARE(bench.host.ownCalls, std::vector<bool>({true}));
        QCOMPARE(bench.host.gratuitousArps, 1);
        QVERIFY(!bench.group.activeRouter());
        QCOMPARE(bench.group.stateChanges(), 1);
    }

    void h_WithPreemptInStandbySendsCoupAndGoesActive()
    {
        Bench bench(kVpn1, 200);
        Neighbour vpn2(bench, kVpn2, 100);
        bench.group.enable();
        vpn2.keepSaying(State::Active);
        bench.runUntil(seconds(25));
        QCOMPARE(bench.group.state(), State::Standby);
        bench.group.config.preempt = true; // `standby 1 preempt`, heard on the next Hello
        bench.host.clear();

        bench.runUntil(seconds(27));
        QCOMPARE(bench.group.state(), State::Active);
        QCOMPARE(bench.host.debug,
                 QStringList({"Standby: h/Hello rcvd from lower pri Active router (100/172.16.172.54)",
                              "Active router is local, was 172.16.172.54",
                              "Standby router is unknown, was local", "Standby -> Active"}));
        const auto coups = bench.host.sentOf(OpCode::Coup);
        QCOMPARE(coups.size(), std::size_t(1));
        QCOMPARE(coups[0].at, SimTime(seconds(27)));
        QCOMPARE(bench.host.ownCalls, std::vector<bool>({true}));
        QCOMPARE(bench.host.gratuitousArps, 1);
    }

    void h_WithoutPreemptAHigherPriorityRouterStaysStandby()
    {
        Bench bench(kVpn1, 200);
        Neighbour vpn2(bench, kVpn2, 100);
        bench.group.enable();
        vpn2.keepSaying(State::Active);
        bench.runUntil(seconds(120));
        QCOMPARE(bench.group.state(), State::Standby);
        QVERIFY(bench.host.sentOf(OpCode::Coup).empty());
        QVERIFY(bench.host.ownCalls.empty());
        QCOMPARE(bench.group.activeRouter()->address, kVpn2);
    }

    void h_InActiveAnswersALesserActiveWithACoup()
    {
        Bench bench(kVpn1, 200);
        bench.bringUpAlone();
        bench.host.clear();
        Neighbour vpn2(bench, kVpn2, 100);
        vpn2.hello(State::Active);
        QCOMPARE(bench.group.state(), State::Active);
        QCOMPARE(bench.host.debug,
                 QStringList({"Active: h/Hello rcvd from lower pri Active router (100/172.16.172.54)"}));
        QCOMPARE(bench.host.sent.size(), std::size_t(1));
        QCOMPARE(bench.host.sent[0].message.opCode, OpCode::Coup);
        QCOMPARE(bench.host.sent[0].message.state, State::Active);
        QVERIFY(bench.host.changes.empty());
        QVERIFY(!bench.group.activeRouter());
    }

    void preemptWaitsForTheMinimumDelayAfterEnable()
    {
        Bench bench(kVpn1, 200);
        bench.group.config.preempt = true;
        bench.group.config.preemptDelay = seconds(30);
        Neighbour vpn2(bench, kVpn2, 100);
        bench.group.enable();
        vpn2.keepSaying(State::Active);

        bench.runUntil(milliseconds(29999));
        QVERIFY(bench.host.sentOf(OpCode::Coup).empty());
        QCOMPARE(bench.group.state(), State::Standby);
        QCOMPARE(bench.group.activeRouter()->address, kVpn2);

        bench.runUntil(seconds(30));
        QCOMPARE(bench.group.state(), State::Active);
        const auto coups = bench.host.sentOf(OpCode::Coup);
        QVERIFY(!coups.empty());
        QCOMPARE(coups[0].at, SimTime(seconds(30)));
        QCOMPARE(bench.host.changes.back().at, SimTime(seconds(30)));
    }

    void preemptDelayIsMeasuredFromEnableNotFromTheFirstHello()
    {
        Bench bench(kVpn1, 200);
        bench.group.config.preempt = true;
        bench.group.config.preemptDelay = seconds(30);
        Neighbour vpn2(bench, kVpn2, 100);
        bench.group.enable();
        bench.runUntil(seconds(5));
        vpn2.keepSaying(State::Active); // first heard 5 s after the enable
        bench.runUntil(milliseconds(29999));
        QVERIFY(bench.host.sentOf(OpCode::Coup).empty());
        bench.runUntil(seconds(30));
        QCOMPARE(bench.group.state(), State::Active);
        QCOMPARE(bench.host.sentOf(OpCode::Coup).at(0).at, SimTime(seconds(30)));
    }

    void raisedPriorityWithPreemptTakesOverOnTheNextActiveHello()
    {
        // Tracking restores the priority; as in IOS the group acts on the Active's next Hello.
        Bench bench(kVpn1, 50);
        bench.group.config.preempt = true;
        Neighbour vpn2(bench, kVpn2, 100);
        bench.group.enable();
        vpn2.keepSaying(State::Active);
        bench.runUntil(seconds(25));
        QCOMPARE(bench.group.state(), State::Standby);
        QVERIFY(bench.host.sentOf(OpCode::Coup).empty());
        bench.host.priority = 200;
        bench.group.configurationChanged();
        bench.runUntil(seconds(27));
        QCOMPARE(bench.group.state(), State::Active);
        const auto coups = bench.host.sentOf(OpCode::Coup);
        QCOMPARE(coups.size(), std::size_t(1));
        QCOMPARE(coups[0].at, SimTime(seconds(27)));
        QCOMPARE(int(coups[0].message.priority), 200);
    }

    // ---- i: Resign from the Active router

    void i_InStandbyGoesActive()
    {
        Bench bench(kVpn2, 100);
        Neighbour vpn1(bench, kVpn1, 200);
        bench.group.enable();
        vpn1.keepSaying(State::Active);
        bench.runUntil(seconds(25));
        QCOMPARE(bench.group.state(), State::Standby);
        vpn1.fallSilent();
        bench.host.clear();
        vpn1.resign();

        QCOMPARE(bench.group.state(), State::Active);
        QCOMPARE(bench.host.debug,
                 QStringList({"Standby: i/Resign rcvd (200/172.16.172.52)",
                              "Active router is local, was 172.16.172.52",
                              "Standby router is unknown, was local", "Standby -> Active"}));
        QCOMPARE(bench.host.ownCalls, std::vector<bool>({true}));
        QCOMPARE(bench.host.gratuitousArps, 1);
        QCOMPARE(bench.host.sent.size(), std::size_t(1));
        QCOMPARE(bench.host.sent[0].message.opCode, OpCode::Hello);
        QCOMPARE(bench.host.sent[0].message.state, State::Active);
    }

    void i_InActiveStaysActiveAndSaysSo()
    {
        Bench bench(kVpn1, 200);
        bench.bringUpAlone();
        bench.host.clear();
        Neighbour vpn2(bench, kVpn2, 100);
        vpn2.resign();
        QCOMPARE(bench.group.state(), State::Active);
        QCOMPARE(bench.host.debug, QStringList({"Active: i/Resign rcvd (100/172.16.172.54)"}));
        QCOMPARE(bench.host.stillActiveCalls, 1);
        QVERIFY(bench.host.changes.empty());
        QVERIFY(bench.host.ownCalls.empty());
        QVERIFY(bench.host.sent.empty());
    }

    void i_FromARouterThatIsNotTheActiveIsIgnored()
    {
        Bench bench(kVpn2, 100);
        Neighbour vpn1(bench, kVpn1, 200);
        Neighbour transit(bench, kTransit, 150);
        bench.group.enable();
        vpn1.keepSaying(State::Active);
        bench.runUntil(seconds(25));
        QCOMPARE(bench.group.state(), State::Standby);
        bench.host.clear();
        transit.resign();
        QCOMPARE(bench.group.state(), State::Standby);
        QVERIFY(bench.host.debug.isEmpty());
        QCOMPARE(bench.group.activeRouter()->address, kVpn1);
    }

    // ---- j: Coup from a higher priority router

    void j_InActiveResignsAndGoesToSpeak()
    {
        Bench bench(kVpn2, 100);
        bench.bringUpAlone();
        bench.host.clear();
        Neighbour vpn1(bench, kVpn1, 200);
        vpn1.coup();

        QCOMPARE(bench.group.state(), State::Speak);
        QVERIFY(bench.host.debug.contains(
            "Active: j/Coup rcvd from higher pri router (200/172.16.172.52)"));
        QVERIFY(bench.host.debug.contains("Active router is 172.16.172.52, was local"));
        QCOMPARE(bench.host.debug.last(), QString("Active -> Speak"));
        QCOMPARE(bench.host.sentOf(OpCode::Resign).size(), std::size_t(1));
        QCOMPARE(bench.host.ownCalls, std::vector<bool>({false}));
        QCOMPARE(bench.group.activeRouter()->address, kVpn1);
        QVERIFY(bench.group.activeExpiresIn());
    }

    void j_FromALowerPriorityRouterIsIgnored()
    {
        Bench bench(kVpn1, 200);
        bench.bringUpAlone();
        bench.host.clear();
        Neighbour vpn2(bench, kVpn2, 100);
        vpn2.coup();
        QCOMPARE(bench.group.state(), State::Active);
        QVERIFY(bench.host.debug.isEmpty());
        QVERIFY(bench.host.sent.empty());
        QVERIFY(bench.host.ownCalls.empty());
    }

    // ---- k: Hello of higher priority from the Standby router

    void k_InSpeakGoesToListen()
    {
        Bench bench(kVpn2, 100);
        Neighbour vpn1(bench, kVpn1, 200);
        Neighbour transit(bench, kTransit, 150);
        bench.group.enable();
        vpn1.keepSaying(State::Active);
        bench.runUntil(seconds(11));
        QCOMPARE(bench.group.state(), State::Speak);
        bench.host.clear();
        transit.keepSaying(State::Standby);

        QCOMPARE(bench.group.state(), State::Listen);
        QVERIFY(bench.host.debug.contains(
            "Speak: k/Hello rcvd from higher pri Standby router (150/172.16.172.49)"));
        QCOMPARE(bench.host.debug.last(), QString("Speak -> Listen"));
        QCOMPARE(bench.group.standbyRouter()->address, kTransit);
        QCOMPARE(bench.group.standbyExpiresIn(), std::optional<SimDuration>(seconds(10)));
        bench.host.clear();
        bench.runFor(seconds(30));
        QVERIFY(bench.host.sent.empty()); // back in Listen: silent
        QCOMPARE(bench.group.state(), State::Listen);
    }

    void k_InStandbyGoesToListen()
    {
        Bench bench(kVpn2, 100);
        Neighbour vpn1(bench, kVpn1, 200);
        Neighbour transit(bench, kTransit, 150);
        bench.group.enable();
        vpn1.keepSaying(State::Active);
        bench.runUntil(seconds(21));
        QCOMPARE(bench.group.state(), State::Standby);
        bench.host.clear();
        transit.hello(State::Standby);

        QCOMPARE(bench.group.state(), State::Listen);
        QCOMPARE(bench.host.debug,
                 QStringList({"Standby: k/Hello rcvd from higher pri Standby router (150/172.16.172.49)",
                              "Standby router is 172.16.172.49, was local", "Standby -> Listen"}));
        QCOMPARE(bench.group.stateChanges(), 2); // into Standby and out of it
        QVERIFY(bench.host.sent.empty());
    }

    // ---- l: Hello of lower priority from the Standby router

    void l_InListenGoesToSpeak()
    {
        Bench bench(kVpn2, 100);
        Neighbour vpn1(bench, kVpn1, 200);
        Neighbour transit(bench, kTransit, 50);
        bench.group.enable();
        vpn1.keepSaying(State::Active);
        bench.host.clear();
        transit.hello(State::Standby);

        QCOMPARE(bench.group.state(), State::Speak);
        QVERIFY(bench.host.debug.contains(
            "Listen: l/Hello rcvd from lower pri Standby router (50/172.16.172.49)"));
        QCOMPARE(bench.host.debug.last(), QString("Listen -> Speak"));
        QCOMPARE(bench.host.sent.size(), std::size_t(1));
        QCOMPARE(bench.host.sent[0].message.state, State::Speak);
    }

    void l_InStandbyKeepsStandby()
    {
        Bench bench(kVpn2, 100);
        Neighbour vpn1(bench, kVpn1, 200);
        Neighbour transit(bench, kTransit, 50);
        bench.group.enable();
        vpn1.keepSaying(State::Active);
        bench.runUntil(seconds(21));
        bench.host.clear();
        transit.hello(State::Standby);
        QCOMPARE(bench.group.state(), State::Standby);
        QVERIFY(bench.host.debug.isEmpty());
        QVERIFY(bench.group.standbyIsLocal());
    }

    // ---- f: Hello of higher priority from a router in Speak

    void f_InStandbyGoesToListen()
    {
        Bench bench(kVpn2, 100);
        Neighbour vpn1(bench, kVpn1, 200);
        Neighbour transit(bench, kTransit, 150);
        bench.group.enable();
        vpn1.keepSaying(State::Active);
        bench.runUntil(seconds(21));
        QCOMPARE(bench.group.state(), State::Standby);
        bench.host.clear();
        transit.hello(State::Speak);

        QCOMPARE(bench.group.state(), State::Listen);
        QCOMPARE(bench.host.debug,
                 QStringList({"Standby: f/Hello rcvd from higher pri Speak router (150/172.16.172.49)",
                              "Standby router is unknown, was local", "Standby -> Listen"}));
        QVERIFY(!bench.group.standbyRouter());
        QVERIFY(bench.host.sent.empty());
        QVERIFY(!bench.group.nextHelloIn());
    }

    void f_InSpeakGoesToListen()
    {
        Bench bench(kVpn2, 100);
        Neighbour vpn1(bench, kVpn1, 200);
        Neighbour transit(bench, kTransit, 150);
        bench.group.enable();
        vpn1.keepSaying(State::Active);
        bench.runUntil(seconds(11));
        QCOMPARE(bench.group.state(), State::Speak);
        bench.host.clear();
        transit.hello(State::Speak);
        QCOMPARE(bench.group.state(), State::Listen);
        QCOMPARE(bench.host.debug,
                 QStringList({"Speak: f/Hello rcvd from higher pri Speak router (150/172.16.172.49)",
                              "Speak -> Listen"}));
    }

    void f_FromALowerPrioritySpeakerIsIgnored()
    {
        Bench bench(kVpn2, 100);
        Neighbour vpn1(bench, kVpn1, 200);
        Neighbour transit(bench, kTransit, 50);
        bench.group.enable();
        vpn1.keepSaying(State::Active);
        bench.runUntil(seconds(21));
        bench.host.clear();
        transit.hello(State::Speak);
        QCOMPARE(bench.group.state(), State::Standby);
        QVERIFY(bench.host.debug.isEmpty());
    }

    // ---- the election: priority, then the higher IP address

    void priorityTieIsWonByTheHigherAddress_data()
    {
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<bool>("localWins");
        QTest::newRow(".54 beats .52") << "172.16.172.54" << "172.16.172.52" << true;
        QTest::newRow(".52 loses to .54") << "172.16.172.52" << "172.16.172.54" << false;
        QTest::newRow("10.0.0.1 beats 9.255.255.255") << "10.0.0.1" << "9.255.255.255" << true;
    }

    void priorityTieIsWonByTheHigherAddress()
    {
        QFETCH(QString, local);
        QFETCH(QString, remote);
        QFETCH(bool, localWins);
        const Ipv4Address localAddress = ip(qPrintable(local));
        const Ipv4Address remoteAddress = ip(qPrintable(remote));

        // A preempting router in Listen: coups only an Active it beats.
        {
            Bench bench(localAddress, 100);
            bench.group.config.preempt = true;
            bench.group.enable();
            Neighbour other(bench, remoteAddress, 100);
            other.hello(State::Active);
            QCOMPARE(bench.group.state(), localWins ? State::Active : State::Listen);
            QCOMPARE(bench.host.sentOf(OpCode::Coup).size(), std::size_t(localWins ? 1 : 0));
        }
        // An Active router hearing a second Active of equal priority: Coup (h) or step down (g).
        {
            Bench bench(localAddress, 100);
            bench.bringUpAlone();
            bench.host.clear();
            Neighbour other(bench, remoteAddress, 100);
            other.hello(State::Active);
            QCOMPARE(bench.group.state(), localWins ? State::Active : State::Speak);
            QCOMPARE(bench.host.sentOf(OpCode::Coup).size(), std::size_t(localWins ? 1 : 0));
            QCOMPARE(bench.host.sentOf(OpCode::Resign).size(), std::size_t(localWins ? 0 : 1));
        }
        // A Standby router hearing an equal-priority Standby: steps back only when it loses.
        {
            Bench bench(localAddress, 100);
            Neighbour active(bench, ip("192.168.255.254"), 255);
            bench.group.enable();
            active.keepSaying(State::Active);
            bench.runUntil(seconds(21));
            QCOMPARE(bench.group.state(), State::Standby);
            Neighbour other(bench, remoteAddress, 100);
            other.hello(State::Standby);
            QCOMPARE(bench.group.state(), localWins ? State::Standby : State::Listen);
        }
    }

    void priorityBeatsAddress()
    {
        Bench bench(kVpn1, 101); // the lower address, the higher priority
        bench.group.config.preempt = true;
        bench.group.enable();
        Neighbour vpn2(bench, kVpn2, 100);
        vpn2.hello(State::Active);
        QCOMPARE(bench.group.state(), State::Active);
    }

    void effectivePriorityIsWhatTheHelloCarries()
    {
        Bench bench(kVpn1, 200);
        bench.bringUpAlone();
        bench.host.priority = 50; // a tracked interface went down
        bench.host.clear();
        bench.runFor(seconds(3));
        QCOMPARE(bench.host.sent.size(), std::size_t(1));
        QCOMPARE(int(bench.host.sent[0].message.priority), 50);
    }

};

QTEST_APPLESS_MAIN(HsrpGroupMessagesTest)
#include "hsrp_group_messages_test.moc"
