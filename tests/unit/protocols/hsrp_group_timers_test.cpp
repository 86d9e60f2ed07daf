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
// This file: enabling and disabling (a, b), the timers (c, d, e) and what `show standby` reads.
#include <QtTest>

#include "hsrp_group_bench.h"

class HsrpGroupTimersTest : public QObject {
    Q_OBJECT
private slots:
    // ---- a: HSRP configured on an interface that is up

    void a_InitToListenWhenTheVirtualIpIsConfigured()
    {
        Bench bench(kVpn2, 100);
        QCOMPARE(bench.group.state(), State::Initial);
        QVERIFY(!bench.group.enabled());
        bench.group.enable();
        QCOMPARE(bench.group.state(), State::Listen);
        QVERIFY(bench.group.enabled());
        QCOMPARE(bench.host.debug, QStringList({"Init: a/HSRP enabled", "Init -> Listen"}));
        QCOMPARE(bench.host.changes.size(), std::size_t(1));
        QCOMPARE(bench.host.changes[0].from, State::Initial);
        QCOMPARE(bench.host.changes[0].to, State::Listen);
        QVERIFY(bench.host.sent.empty());
        QVERIFY(bench.host.ownCalls.empty());
        QCOMPARE(bench.group.virtualIp(), kVirtual);
        QCOMPARE(bench.group.virtualMac(), *MacAddress::parse("0000.0c07.ac01"));
        QVERIFY(!bench.group.activeRouter());
        QVERIFY(!bench.group.standbyRouter());
        QVERIFY(!bench.group.nextHelloIn());
    }

    void a_SecondEnableIsIgnored()
    {
        Bench bench(kVpn2, 100);
        bench.group.enable();
        bench.runFor(seconds(4));
        bench.host.clear();
        bench.group.enable();
        QCOMPARE(bench.group.state(), State::Listen);
        QVERIFY(bench.host.debug.isEmpty());
        // The timers still run from the first enable: Speak 10 s after it, not after this call.
        bench.runUntil(seconds(10));
        QCOMPARE(bench.group.state(), State::Speak);
    }

    void a_InitToLearnWithoutAVirtualIp()
    {
        Bench bench(kVpn2, 100);
        bench.group.config.virtualIp.reset();
        bench.group.enable();
        QCOMPARE(bench.group.state(), State::Learn);
        QCOMPARE(bench.host.debug, QStringList({"Init: a/HSRP enabled", "Init -> Learn"}));
        QVERIFY(bench.group.virtualIp().isUnspecified());
        // Learn never speaks and never times out into Speak: it waits for an Active router.
        bench.host.clear();
        bench.runFor(seconds(60));
        QCOMPARE(bench.group.state(), State::Learn);
        QVERIFY(bench.host.sent.empty());
        QVERIFY(bench.host.debug.isEmpty());
    }

    void learnToListenOnLearningTheVirtualIpFromTheActive()
    {
        Bench bench(kVpn2, 100);
        bench.group.config.virtualIp.reset();
        bench.group.enable();
        bench.runFor(seconds(2));
        bench.host.clear();
        Neighbour active(bench, kVpn1, 200);
        active.hello(State::Active);
        QCOMPARE(bench.group.state(), State::Listen);
        QCOMPARE(bench.group.virtualIp(), kVirtual);
        QCOMPARE(bench.host.debug,
                 QStringList({"Active router is 172.16.172.52", "Learn -> Listen"}));
        QVERIFY(bench.group.activeRouter());
        QCOMPARE(bench.group.activeRouter()->address, kVpn1);
        QCOMPARE(bench.group.activeRouter()->priority, 200);
        QCOMPARE(bench.group.activeExpiresIn(), std::optional<SimDuration>(seconds(10)));
        QVERIFY(bench.host.sent.empty());
    }

    void learnIgnoresAnActiveHelloWithoutAnAddress()
    {
        Bench bench(kVpn2, 100);
        bench.group.config.virtualIp.reset();
        bench.group.enable();
        Neighbour active(bench, kVpn1, 200);
        active.virtualIp = Ipv4Address();
        active.hello(State::Active);
        QCOMPARE(bench.group.state(), State::Learn);
        QVERIFY(bench.group.virtualIp().isUnspecified());
    }

    void learnDoesNotTakeTheAddressFromARouterThatIsNotActive()
    {
        Bench bench(kVpn2, 100);
        bench.group.config.virtualIp.reset();
        bench.group.enable();
        Neighbour standby(bench, kVpn1, 200);
        standby.hello(State::Standby);
        standby.hello(State::Speak);
        QCOMPARE(bench.group.state(), State::Learn);
        QVERIFY(bench.group.virtualIp().isUnspecified());
    }

    void configuringTheAddressMovesLearnToListen()
    {
        Bench bench(kVpn2, 100);
        bench.group.config.virtualIp.reset();
        bench.group.enable();
        bench.group.config.virtualIp = kVirtual;
        bench.group.configurationChanged();
        QCOMPARE(bench.group.state(), State::Listen);
    }

    // ---- c: Active timer expiry

    void c_InListenGoesToSpeakAndSendsAHello()
    {
        // Listen because both an Active and a Standby are heard; then the Active falls silent.
        Bench bench(kVpn2, 100);
        Neighbour active(bench, kVpn1, 200);
        Neighbour standby(bench, kTransit, 150);
        bench.group.enable();
        active.keepSaying(State::Active);
        standby.keepSaying(State::Standby);
        bench.runUntil(seconds(30));
        QCOMPARE(bench.group.state(), State::Listen);
        active.fallSilent(); // its last Hello was at 30 s
        bench.host.clear();

        bench.runUntil(milliseconds(39999));
        QCOMPARE(bench.group.state(), State::Listen);
        bench.runUntil(seconds(40));
        QCOMPARE(bench.group.state(), State::Speak);
        QCOMPARE(bench.host.debug,
                 QStringList({"Listen: c/Active timer expired (172.16.172.52)",
                              "Active router is unknown, was 172.16.172.52", "Listen -> Speak"}));
        QCOMPARE(bench.host.sent.size(), std::size_t(1));
        QCOMPARE(bench.host.sent[0].at, SimTime(seconds(40)));
        QCOMPARE(bench.host.sent[0].message.opCode, OpCode::Hello);
        QCOMPARE(bench.host.sent[0].message.state, State::Speak);
        QCOMPARE(bench.host.sent[0].message.virtualIp, kVirtual);
        QVERIFY(!bench.group.activeRouter());
        QCOMPARE(bench.group.stateChanges(), 0);
    }

    void c_InStandbyGoesActiveOwnsTheAddressAndAnnouncesIt()
    {
        Bench bench(kVpn2, 100);
        Neighbour active(bench, kVpn1, 200);
        bench.group.enable();
        active.keepSaying(State::Active);
        bench.runUntil(seconds(30));
        QCOMPARE(bench.group.state(), State::Standby);
        active.fallSilent(); // last Hello at 30 s

        bench.runUntil(milliseconds(39999));
        QCOMPARE(bench.group.state(), State::Standby);
        bench.host.clear();
        bench.runUntil(seconds(40));
        QCOMPARE(bench.group.state(), State::Active);
        QCOMPARE(bench.host.debug,
                 QStringList({"Standby: c/Active timer expired (172.16.172.52)",
                              "Active router is local, was 172.16.172.52",
                              "Standby router is unknown, was local", "Standby -> Active"}));
        QCOMPARE(bench.host.ownCalls, std::vector<bool>({true}));
        QCOMPARE(bench.host.gratuitousArps, 1);
        QCOMPARE(bench.host.sent.size(), std::size_t(1));
        const Message &hello = bench.host.sent[0].message;
        QCOMPARE(hello.opCode, OpCode::Hello);
        QCOMPARE(hello.state, State::Active);
        QCOMPARE(int(hello.priority), 100);
        QCOMPARE(int(hello.group), 1);
        QCOMPARE(int(hello.hellotime), 3);
        QCOMPARE(int(hello.holdtime), 10);
        QCOMPARE(hello.authentication, std::string("cisco"));
        QCOMPARE(hello.virtualIp, kVirtual);
        QVERIFY(bench.group.isActive());
        QVERIFY(bench.group.activeIsLocal());
        QVERIFY(!bench.group.activeRouter());
        QVERIFY(!bench.group.standbyRouter());
        QCOMPARE(bench.host.changes.size(), std::size_t(1));
        QCOMPARE(bench.host.changes[0].from, State::Standby);
        QCOMPARE(bench.host.changes[0].to, State::Active);
    }

    // ---- d: Standby timer expiry

    void d_InListenGoesToSpeakAndInSpeakToStandby()
    {
        Bench bench(kVpn2, 100);
        Neighbour active(bench, kVpn1, 200);
        bench.group.enable();
        active.keepSaying(State::Active);
        bench.host.clear();

        bench.runUntil(seconds(10));
        QCOMPARE(bench.group.state(), State::Speak);
        QCOMPARE(bench.host.debug,
                 QStringList({"Listen: d/Standby timer expired (unknown)", "Listen -> Speak"}));
        bench.host.clear();

        bench.runUntil(milliseconds(19999));
        QCOMPARE(bench.group.state(), State::Speak);
        bench.runUntil(seconds(20));
        QCOMPARE(bench.group.state(), State::Standby);
        QCOMPARE(bench.host.debug,
                 QStringList({"Speak: d/Standby timer expired (unknown)", "Standby router is local",
                              "Speak -> Standby"}));
        QCOMPARE(bench.host.sent.back().at, SimTime(seconds(20)));
        QCOMPARE(bench.host.sent.back().message.state, State::Standby);
        QVERIFY(bench.group.standbyIsLocal());
        QCOMPARE(bench.group.activeRouter()->address, kVpn1);
        QCOMPARE(bench.group.stateChanges(), 1);
    }

    void d_InActiveForgetsTheSilentStandby()
    {
        Bench bench(kVpn1, 200);
        bench.bringUpAlone();
        Neighbour standby(bench, kVpn2, 100);
        standby.keepSaying(State::Standby);
        bench.runFor(seconds(1));
        QCOMPARE(bench.group.standbyRouter()->address, kVpn2);
        standby.fallSilent(); // last Hello at 20 s
        bench.host.clear();
        bench.runUntil(seconds(31));
        QCOMPARE(bench.group.state(), State::Active);
        QVERIFY(!bench.group.standbyRouter());
        QCOMPARE(bench.host.debug,
                 QStringList({"Active: d/Standby timer expired (172.16.172.54)",
                              "Standby router is unknown, was 172.16.172.54"}));
    }

    // ---- a, c, d, e together: a router alone on its segment

    void loneRouterGoesListenSpeakStandbyActiveWithDefaultTimers()
    {
        Bench bench(kVpn2, 100);
        bench.runUntil(seconds(5));
        bench.group.enable();
        bench.runUntil(seconds(60));
        const auto &changes = bench.host.changes;
        QCOMPARE(changes.size(), std::size_t(4));
        QCOMPARE(changes[0].to, State::Listen);
        QCOMPARE(changes[0].at, SimTime(seconds(5)));
        QCOMPARE(changes[1].to, State::Speak);
        QCOMPARE(changes[1].at, SimTime(seconds(15)));
        QCOMPARE(changes[2].to, State::Standby);
        QCOMPARE(changes[2].at, SimTime(seconds(25)));
        QCOMPARE(changes[3].to, State::Active);
        QCOMPARE(changes[3].at, SimTime(seconds(25)));
        // The sequence IOS prints for the only router on a subnet.
        QCOMPARE(bench.host.debug,
                 QStringList({"Init: a/HSRP enabled", "Init -> Listen",
                              "Listen: c/Active timer expired (unknown)", "Listen -> Speak",
                              "Speak: d/Standby timer expired (unknown)", "Standby router is local",
                              "Speak -> Standby", "Standby: c/Active timer expired (unknown)",
                              "Active router is local", "Standby router is unknown, was local",
                              "Standby -> Active"}));
        QCOMPARE(bench.host.ownCalls, std::vector<bool>({true}));
        QCOMPARE(bench.host.gratuitousArps, 1);
        QVERIFY(bench.host.sentOf(OpCode::Coup).empty());
        QVERIFY(bench.host.sentOf(OpCode::Resign).empty());
    }

    void e_HellosEveryHelloTimeFromSpeakOnNoneInListen()
    {
        Bench bench(kVpn2, 100);
        bench.group.enable();
        bench.runUntil(milliseconds(9999));
        QVERIFY(bench.host.sent.empty()); // Listen is silent
        bench.runUntil(seconds(30));
        const auto hellos = bench.host.sentOf(OpCode::Hello);
        QCOMPARE(hellos.size(), bench.host.sent.size());
        QCOMPARE(timesOf(hellos), secondsList({10, 13, 16, 19, 20, 20, 23, 26, 29}));
        QCOMPARE(statesOf(hellos),
                 std::vector<State>({State::Speak, State::Speak, State::Speak, State::Speak,
                                     State::Standby, State::Active, State::Active, State::Active,
                                     State::Active}));
        for (const SentMessage &hello : hellos) {
            QCOMPARE(int(hello.message.priority), 100);
            QCOMPARE(int(hello.message.group), 1);
            QCOMPARE(hello.message.virtualIp, kVirtual);
        }
    }

    void e_HellosEveryHelloTimeInStandby()
    {
        Bench bench(kVpn2, 100);
        Neighbour active(bench, kVpn1, 200);
        bench.group.enable();
        active.keepSaying(State::Active);
        bench.runUntil(seconds(20));
        bench.host.clear();
        bench.runUntil(seconds(32));
        QCOMPARE(bench.group.state(), State::Standby);
        QCOMPARE(timesOf(bench.host.sent), secondsList({23, 26, 29, 32}));
        for (const SentMessage &hello : bench.host.sent)
            QCOMPARE(hello.message.state, State::Standby);
    }

    void e_ListenSendsNothingWhileActiveAndStandbyAreHeard()
    {
        Bench bench(kVpn2, 100);
        Neighbour active(bench, kVpn1, 200);
        Neighbour standby(bench, kTransit, 150);
        bench.group.enable();
        active.keepSaying(State::Active);
        standby.keepSaying(State::Standby);
        bench.runUntil(seconds(120));
        QCOMPARE(bench.group.state(), State::Listen);
        QVERIFY(bench.host.sent.empty());
        QCOMPARE(bench.host.changes.size(), std::size_t(1));
        QCOMPARE(bench.group.activeRouter()->address, kVpn1);
        QCOMPARE(bench.group.standbyRouter()->address, kTransit);
    }

    // ---- b: HSRP disabled or the interface went down

    void b_FromActiveResignsReleasesTheAddressAndGoesToInit()
    {
        Bench bench(kVpn1, 200);
        bench.bringUpAlone();
        bench.runFor(seconds(5));
        bench.host.clear();
        bench.group.disable();

        QCOMPARE(bench.group.state(), State::Initial);
        QVERIFY(!bench.group.enabled());
        QCOMPARE(bench.host.debug.first(), QString("Active: b/HSRP disabled"));
        QCOMPARE(bench.host.debug.last(), QString("Active -> Init"));
        const auto resigns = bench.host.sentOf(OpCode::Resign);
        QCOMPARE(resigns.size(), std::size_t(1));
        QCOMPARE(resigns[0].message.state, State::Active);
        QCOMPARE(int(resigns[0].message.priority), 200);
        QCOMPARE(bench.host.ownCalls, std::vector<bool>({false}));
        QCOMPARE(bench.group.stateChanges(), 3);
        QVERIFY(!bench.group.nextHelloIn());
        QVERIFY(!bench.group.activeExpiresIn());
        QVERIFY(!bench.group.standbyExpiresIn());

        bench.host.clear();
        bench.runFor(seconds(60)); // every timer stopped
        QVERIFY(bench.host.sent.empty());
        QVERIFY(bench.host.changes.empty());
        QVERIFY(bench.host.debug.isEmpty());
    }

    void b_FromStandbyGoesToInitWithoutResigning()
    {
        Bench bench(kVpn2, 100);
        Neighbour vpn1(bench, kVpn1, 200);
        bench.group.enable();
        vpn1.keepSaying(State::Active);
        bench.runUntil(seconds(21));
        bench.host.clear();
        bench.group.disable();
        QCOMPARE(bench.group.state(), State::Initial);
        QVERIFY(bench.host.sent.empty());
        QVERIFY(bench.host.ownCalls.empty());
        QVERIFY(!bench.group.activeRouter());
        // Messages reaching a disabled group change nothing.
        bench.host.clear();
        bench.runFor(seconds(30));
        QCOMPARE(bench.group.state(), State::Initial);
        QVERIFY(bench.host.debug.isEmpty());
    }

    void b_ThenAAgainStartsOverFromListen()
    {
        Bench bench(kVpn1, 200);
        bench.bringUpAlone();
        bench.group.disable();
        bench.runFor(seconds(5));
        bench.host.clear();
        bench.group.enable();
        QCOMPARE(bench.group.state(), State::Listen);
        bench.runFor(seconds(20));
        QCOMPARE(bench.group.state(), State::Active);
        QCOMPARE(bench.host.ownCalls, std::vector<bool>({true}));
    }

    // ---- timers

    void timersAreLearnedFromTheActiveWhenNotConfigured()
    {
        Bench bench(kVpn2, 100);
        Neighbour vpn1(bench, kVpn1, 200);
        vpn1.hellotime = 1;
        vpn1.holdtime = 4;
        bench.group.enable();
        QCOMPARE(bench.group.timers().hello, SimDuration(seconds(3)));
        QCOMPARE(bench.group.timers().hold, SimDuration(seconds(10)));
        vpn1.keepSaying(State::Active);
        QCOMPARE(bench.group.timers().hello, SimDuration(seconds(1)));
        QCOMPARE(bench.group.timers().hold, SimDuration(seconds(4)));
        QCOMPARE(bench.group.activeExpiresIn(), std::optional<SimDuration>(seconds(4)));

        // The standby timer started with the default hold before anything was learned.
        bench.runUntil(seconds(10));
        QCOMPARE(bench.group.state(), State::Speak);
        bench.runUntil(seconds(14));
        QCOMPARE(bench.group.state(), State::Standby);
        const auto hellos = bench.host.sentOf(OpCode::Hello);
        QCOMPARE(timesOf(hellos), secondsList({10, 11, 12, 13, 14}));
        for (const SentMessage &hello : hellos) {
            QCOMPARE(int(hello.message.hellotime), 1);
            QCOMPARE(int(hello.message.holdtime), 4);
        }
    }

    void configuredTimersWinOverTheActivesHello()
    {
        Bench bench(kVpn2, 100);
        bench.group.config.timers = Timers{seconds(5), seconds(15)};
        Neighbour vpn1(bench, kVpn1, 200);
        bench.group.enable();
        vpn1.keepSaying(State::Active); // 3 / 10
        QCOMPARE(bench.group.timers().hello, SimDuration(seconds(5)));
        QCOMPARE(bench.group.timers().hold, SimDuration(seconds(15)));
        bench.runUntil(seconds(15));
        QCOMPARE(bench.group.state(), State::Speak);
        bench.runUntil(seconds(29));
        const auto hellos = bench.host.sentOf(OpCode::Hello);
        QCOMPARE(timesOf(hellos), secondsList({15, 20, 25}));
        for (const SentMessage &hello : hellos) {
            QCOMPARE(int(hello.message.hellotime), 5);
            QCOMPARE(int(hello.message.holdtime), 15);
        }
        bench.runUntil(seconds(30));
        QCOMPARE(bench.group.state(), State::Standby);
    }

    void subSecondTimersAreSentRoundedUpToWholeSeconds()
    {
        Bench bench(kVpn2, 100);
        bench.group.config.timers = Timers{milliseconds(300), milliseconds(1100)};
        bench.group.config.timersInMsec = true;
        bench.bringUpAlone();
        QVERIFY(bench.group.isActive());
        const Message &hello = bench.host.sent.back().message;
        QCOMPARE(int(hello.hellotime), 1);
        QCOMPARE(int(hello.holdtime), 2);
    }

    void configuredAuthenticationIsSent()
    {
        Bench bench(kVpn2, 100);
        bench.group.config.authentication = "VPNHA";
        bench.bringUpAlone();
        QCOMPARE(bench.host.sent.back().message.authentication, std::string("VPNHA"));
    }

    // ---- what `show standby` reads

    void timersLeftAsShowStandbyPrintsThem()
    {
        Bench bench(kVpn2, 100);
        Neighbour vpn1(bench, kVpn1, 200);
        bench.group.enable();
        QVERIFY(!bench.group.nextHelloIn()); // Listen
        QVERIFY(!bench.group.activeExpiresIn()); // no Active known
        QVERIFY(!bench.group.standbyExpiresIn()); // no Standby known
        vpn1.keepSaying(State::Active);
        bench.runUntil(seconds(21)); // Standby at 20 s; Active's last Hello at 21 s
        QCOMPARE(bench.group.state(), State::Standby);
        QCOMPARE(bench.group.nextHelloIn(), std::optional<SimDuration>(seconds(2)));
        QCOMPARE(bench.group.activeExpiresIn(), std::optional<SimDuration>(seconds(10)));
        QVERIFY(!bench.group.standbyExpiresIn()); // we are the Standby
        bench.runUntil(milliseconds(22500));
        QCOMPARE(bench.group.nextHelloIn(), std::optional<SimDuration>(milliseconds(500)));
        QCOMPARE(bench.group.activeExpiresIn(), std::optional<SimDuration>(milliseconds(8500)));

        // The same router seen from the Active: the Standby's timer counts down instead.
        Bench active(kVpn1, 200);
        active.bringUpAlone();
        QVERIFY(!active.group.activeExpiresIn()); // local
        QVERIFY(!active.group.standbyExpiresIn()); // unknown
        Neighbour standby(active, kVpn2, 100);
        standby.hello(State::Standby);
        active.runFor(seconds(4));
        QCOMPARE(active.group.standbyExpiresIn(), std::optional<SimDuration>(seconds(6)));
        QCOMPARE(active.group.standbyRouter()->priority, 100);
    }

    void onlyChangesIntoOrOutOfStandbyOrActiveAreCounted()
    {
        Bench bench(kVpn2, 100);
        Neighbour vpn1(bench, kVpn1, 200);
        Neighbour transit(bench, kTransit, 150);
        bench.group.enable();
        vpn1.keepSaying(State::Active);
        bench.runUntil(seconds(11)); // Init -> Listen -> Speak
        QCOMPARE(bench.group.state(), State::Speak);
        transit.hello(State::Speak); // Speak -> Listen
        QCOMPARE(bench.group.state(), State::Listen);
        QCOMPARE(bench.host.changes.size(), std::size_t(3));
        QCOMPARE(bench.group.stateChanges(), 0);
        QCOMPARE(bench.group.lastStateChange(), SimTime(0));

        bench.runUntil(seconds(40)); // the speaker went quiet: Listen -> Speak -> Standby
        QCOMPARE(bench.group.state(), State::Standby);
        QCOMPARE(bench.group.stateChanges(), 1);
        const SimTime intoStandby = bench.host.changes.back().at;
        QCOMPARE(bench.group.lastStateChange(), intoStandby);

        bench.runFor(seconds(1));
        vpn1.fallSilent();
        vpn1.resign(); // Standby -> Active
        QCOMPARE(bench.group.stateChanges(), 2);
        QCOMPARE(bench.group.lastStateChange(), bench.scheduler.now());
    }

    void messagesForAnotherGroupAreIgnored()
    {
        Bench bench(kVpn1, 200);
        bench.group.config.preempt = true;
        bench.group.enable();
        Neighbour vpn2(bench, kVpn2, 100);
        Message message = vpn2.message(OpCode::Hello, State::Active);
        message.group = 2;
        bench.group.receive(message, kVpn2);
        QCOMPARE(bench.group.state(), State::Listen);
        QVERIFY(!bench.group.activeRouter());
        QVERIFY(bench.host.sent.empty());
    }

    void messagesBeforeEnableAreIgnored()
    {
        Bench bench(kVpn1, 200);
        Neighbour vpn2(bench, kVpn2, 100);
        vpn2.hello(State::Active);
        vpn2.coup();
        vpn2.resign();
        QCOMPARE(bench.group.state(), State::Initial);
        QVERIFY(bench.host.debug.isEmpty());
        QVERIFY(bench.host.sent.empty());
    }

};

QTEST_APPLESS_MAIN(HsrpGroupTimersTest)
#include "hsrp_group_timers_test.moc"
