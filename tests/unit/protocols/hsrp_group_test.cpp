// One HSRP group's state machine, read like the RFC 2281 section 5.6 table: each test puts the
// group in a state, delivers one event (a timer expiring, a message arriving, the group being
// enabled or disabled) and checks the new state, the messages sent and the `debug standby
// events` lines. Everything runs in virtual time on a Scheduler; other routers are Neighbours
// whose messages the test hands to the group.
//
// The addresses are the seed-hsrp lab's outside segment: 7204VXR-1 is 172.16.172.52 (priority
// 200), 7204VXR-2 is 172.16.172.54 (priority 100), the virtual address 172.16.172.53, and the
// transit router 172.16.172.49 plays a third member where a test needs one.
#include <QtTest>

#include "core/scheduler.h"
#include "core/timer.h"
#include "protocols/hsrp/hsrp_group.h"

#include <optional>
#include <string>
#include <vector>

using namespace routerlab;
using namespace routerlab::hsrp;

namespace {

Ipv4Address ip(const char *dotted)
{
    return *Ipv4Address::parse(dotted);
}

const Ipv4Address kVpn1 = ip("172.16.172.52");
const Ipv4Address kVpn2 = ip("172.16.172.54");
const Ipv4Address kTransit = ip("172.16.172.49");
const Ipv4Address kVirtual = ip("172.16.172.53");

struct SentMessage {
    SimTime at;
    Message message;
};

struct StateChange {
    SimTime at;
    State from;
    State to;
};

// Everything the group asks of its router, recorded.
class FakeHost final : public GroupHost {
public:
    FakeHost(Scheduler &scheduler, Ipv4Address address, int priority)
        : address(address), priority(priority), m_scheduler(scheduler)
    {
    }

    Ipv4Address address;
    int priority;
    std::vector<SentMessage> sent;
    std::vector<bool> ownCalls;
    int gratuitousArps = 0;
    QStringList debug;
    std::vector<StateChange> changes;
    int stillActiveCalls = 0;

    Ipv4Address interfaceAddress() const override { return address; }
    int effectivePriority() const override { return priority; }
    void send(const Message &message) override { sent.push_back({m_scheduler.now(), message}); }
    void ownVirtualAddress(bool own) override { ownCalls.push_back(own); }
    void sendGratuitousArp() override { ++gratuitousArps; }
    void debugEvent(const std::string &text) override { debug << QString::fromStdString(text); }
    void stateChanged(State from, State to) override
    {
        changes.push_back({m_scheduler.now(), from, to});
    }
    void stillActive() override { ++stillActiveCalls; }

    // Forgets what was recorded, so a test sees only what its event caused.
    void clear()
    {
        sent.clear();
        ownCalls.clear();
        gratuitousArps = 0;
        debug.clear();
        changes.clear();
        stillActiveCalls = 0;
    }

    std::vector<SentMessage> sentOf(OpCode opCode) const
    {
        std::vector<SentMessage> matching;
        for (const SentMessage &entry : sent)
            if (entry.message.opCode == opCode)
                matching.push_back(entry);
        return matching;
    }

private:
    Scheduler &m_scheduler;
};

// The group under test, its host and its clock.
struct Bench {
    Bench(Ipv4Address address, int priority) : host(scheduler, address, priority)
    {
        group.config.ipConfigured = true;
        group.config.virtualIp = kVirtual;
    }

    void runFor(SimDuration duration) { scheduler.runUntil(scheduler.now() + duration); }
    void runUntil(SimDuration time) { scheduler.runUntil(SimTime(time)); }
    // Enabled alone on the segment and left until it is Active (20 s with default timers).
    void bringUpAlone()
    {
        group.enable();
        runFor(seconds(20));
    }

    Scheduler scheduler;
    FakeHost host;
    Group group{scheduler, host, 1};
};

// Another member of the group, as the group under test hears it.
class Neighbour {
public:
    Neighbour(Bench &bench, Ipv4Address address, int priority)
        : address(address), priority(priority), m_group(bench.group), m_timer(bench.scheduler)
    {
    }

    Ipv4Address address;
    int priority;
    int hellotime = 3;
    int holdtime = 10;
    Ipv4Address virtualIp = kVirtual;

    Message message(OpCode opCode, State state) const
    {
        Message message;
        message.opCode = opCode;
        message.state = state;
        message.hellotime = std::uint8_t(hellotime);
        message.holdtime = std::uint8_t(holdtime);
        message.priority = std::uint8_t(priority);
        message.group = 1;
        message.virtualIp = virtualIp;
        return message;
    }

    void hello(State state) { m_group.receive(message(OpCode::Hello, state), address); }
    void coup() { m_group.receive(message(OpCode::Coup, State::Active), address); }
    void resign() { m_group.receive(message(OpCode::Resign, State::Active), address); }

    // A Hello now and one every hellotime after, as a router settled in `state` sends them.
    void keepSaying(State state)
    {
        hello(state);
        m_timer.start(seconds(hellotime), [this, state] { keepSaying(state); });
    }
    void fallSilent() { m_timer.stop(); }

private:
    Group &m_group;
    Timer m_timer;
};

std::vector<State> statesOf(const std::vector<SentMessage> &sent)
{
    std::vector<State> states;
    for (const SentMessage &entry : sent)
        states.push_back(entry.message.state);
    return states;
}

std::vector<SimTime> timesOf(const std::vector<SentMessage> &sent)
{
    std::vector<SimTime> times;
    for (const SentMessage &entry : sent)
        times.push_back(entry.at);
    return times;
}

std::vector<SimTime> secondsList(std::initializer_list<int> values)
{
    std::vector<SimTime> times;
    for (int value : values)
        times.push_back(seconds(value));
    return times;
}

} // namespace

class HsrpGroupTest : public QObject {
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

QTEST_APPLESS_MAIN(HsrpGroupTest)
#include "hsrp_group_test.moc"
