#pragma once

// The test bench of the HSRP group tests: a fake host that records what the group does, a
// scheduler, and neighbours whose messages the tests hand to the group. Include <QtTest> first.

#include "core/scheduler.h"
#include "core/timer.h"
#include "protocols/hsrp/hsrp_group.h"

#include <optional>
#include <string>
#include <vector>

using namespace routerlab;
using namespace routerlab::hsrp;

namespace hsrp_bench {

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

} // namespace hsrp_bench

using namespace hsrp_bench;
