#pragma once

// One HSRP group on one interface: the RFC 2281 section 5 state machine. It knows nothing of
// routers, interfaces or sockets; everything it needs from outside goes through GroupHost, so
// the state table can be exercised message by message in a test.

#include "core/scheduler.h"
#include "core/timer.h"
#include "net/ipv4_address.h"
#include "net/mac_address.h"
#include "protocols/hsrp/hsrp_packet.h"

#include <optional>
#include <string>
#include <vector>

namespace routerlab::hsrp {

// RFC 2281 section 5.4 events, lettered as the RFC and IOS's `debug standby events` letter them.
enum class Event : char {
    Enabled = 'a',               // HSRP configured on an enabled interface
    Disabled = 'b',              // HSRP unconfigured or the interface went down
    ActiveTimerExpired = 'c',
    StandbyTimerExpired = 'd',
    HelloTimerExpired = 'e',
    HigherSpeakHello = 'f',      // a Hello of higher priority from a router in Speak state
    HigherActiveHello = 'g',     // a Hello of higher priority from the Active router
    LowerActiveHello = 'h',      // a Hello of lower priority from the Active router
    ResignReceived = 'i',        // a Resign from the Active router
    CoupReceived = 'j',          // a Coup from a higher priority router
    HigherStandbyHello = 'k',
    LowerStandbyHello = 'l',
};

struct Timers {
    SimDuration hello = std::chrono::seconds(3);
    SimDuration hold = std::chrono::seconds(10);
};

// What `standby N ...` configured. The group reads it on every decision; the module calls
// configurationChanged() after a command changes it.
struct GroupConfig {
    bool ipConfigured = false;           // `standby N ip` (with or without an address)
    std::optional<Ipv4Address> virtualIp; // nullopt: learn it from the Active router
    std::vector<Ipv4Address> secondaryIps;
    std::optional<int> priority;         // nullopt: the default 100
    bool preempt = false;
    SimDuration preemptDelay{0};         // `preempt delay minimum N`
    std::optional<Timers> timers;        // nullopt: the defaults, or learned from the Active
    bool timersInMsec = false;
    std::string authentication = "cisco";

    int configuredPriority() const { return priority.value_or(100); }
};

// A router the group knows of: the Active or the Standby, with what its last Hello said.
struct Peer {
    Ipv4Address address;
    int priority = 0;
};

class GroupHost {
public:
    virtual ~GroupHost() = default;
    virtual Ipv4Address interfaceAddress() const = 0;
    // The priority with tracked objects' decrements applied.
    virtual int effectivePriority() const = 0;
    // Sends a message out of the group's interface; the Active router's from the virtual MAC.
    virtual void send(const Message &message) = 0;
    // Entering and leaving Active: own the virtual IP and MAC (answer ARP, accept frames).
    virtual void ownVirtualAddress(bool own) = 0;
    virtual void sendGratuitousArp() = 0;
    // `debug standby events` text after "HSRP: Fa0/0 Grp N ".
    virtual void debugEvent(const std::string &text) = 0;
    virtual void stateChanged(State from, State to) = 0;
    // A Resign reached us while Active: we stay Active, and followers of the group are told so.
    virtual void stillActive() = 0;
};

class Group {
public:
    Group(Scheduler &scheduler, GroupHost &host, int number);
    Group(const Group &) = delete;
    Group &operator=(const Group &) = delete;

    GroupConfig config;

    int number() const { return m_number; }
    State state() const { return m_state; }
    bool isActive() const { return m_state == State::Active; }
    // The configured or learned address; unspecified while in Learn.
    Ipv4Address virtualIp() const;
    MacAddress virtualMac() const;
    Timers timers() const;
    // nullopt: unknown; a Peer with our own address when we are it.
    const std::optional<Peer> &activeRouter() const { return m_active; }
    const std::optional<Peer> &standbyRouter() const { return m_standby; }
    bool activeIsLocal() const { return m_state == State::Active; }
    bool standbyIsLocal() const { return m_state == State::Standby; }
    int stateChanges() const { return m_stateChanges; }
    SimTime lastStateChange() const { return m_lastStateChange; }
    // Time left on the timers `show standby` prints; nullopt when the timer is not running.
    std::optional<SimDuration> nextHelloIn() const;
    std::optional<SimDuration> activeExpiresIn() const;
    std::optional<SimDuration> standbyExpiresIn() const;

    // Event a (the interface is up and the group is configured) and b.
    void enable();
    void disable();
    bool enabled() const { return m_state != State::Initial; }
    // A message from `source` (the IP source of the packet) that passed authentication.
    void receive(const Message &message, Ipv4Address source);
    // The configuration or the effective priority changed (tracking, `standby N priority`).
    void configurationChanged();
    // Leaves Active with a Resign, as `no standby N` on the Active router does.
    void resign();

private:
    void handleHello(const Message &message, Ipv4Address source);
    void handleCoup(const Message &message, Ipv4Address source);
    void handleResign(const Message &message, Ipv4Address source);
    void timerExpired(Event event);
    void note(Event event, const std::string &detail);
    void changeState(State to);
    void announceRouters();
    bool higherThanUs(int priority, Ipv4Address address) const;
    bool shouldPreempt(int activePriority, Ipv4Address activeAddress) const;
    void preemptOrWait(const Peer &active);
    void becomeActive();
    void coup();
    SimDuration holdFor(std::optional<SimDuration> heard) const;
    void startActiveTimer(std::optional<SimDuration> hold = std::nullopt);
    void startStandbyTimer(std::optional<SimDuration> hold = std::nullopt);
    void startHelloTimer();
    void stopTimers();
    void sendMessage(OpCode opCode);
    void learn(const Message &message);
    std::string activeText() const;
    std::string standbyText() const;

    Scheduler &m_scheduler;
    GroupHost &m_host;
    int m_number;
    State m_state = State::Initial;
    std::optional<Peer> m_active;   // a remote Active router
    std::optional<Peer> m_standby;  // a remote Standby router
    std::optional<Ipv4Address> m_learnedIp;
    std::optional<Timers> m_learnedTimers;
    Timer m_activeTimer;
    Timer m_standbyTimer;
    Timer m_helloTimer;
    Timer m_preemptTimer;
    SimTime m_enabledAt{0};
    std::string m_announcedActive = "unknown";
    std::string m_announcedStandby = "unknown";
    int m_stateChanges = 0;
    SimTime m_lastStateChange{0};
};

} // namespace routerlab::hsrp
