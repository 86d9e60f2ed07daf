#pragma once

// HSRP on one router: the glue between the per-group state machines (hsrp_group) and the
// router — UDP port 1985, the virtual IP and MAC while Active (ARP, frames, ping), interface
// state with IOS's minimum interface delay, tracked objects, syslog, `debug standby` and the
// event bus (HsrpStateChanged, RedundancyStateChanged).
//
//   hsrp_packet   the v1 message codec
//   hsrp_group    one group's RFC 2281 state machine
//   hsrp_module   this file
//   hsrp_cli      `standby ...` commands and running-config lines
//   hsrp_show     `show standby [brief]`

#include "core/timer.h"
#include "protocols/hsrp/hsrp_group.h"
#include "router/redundancy_groups.h"
#include "router/router_module.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace routerlab {

class Interface;
class Router;
struct TrackObject;
struct UdpDelivery;

namespace hsrp {

// `standby N track INTERFACE [decrement]`.
struct TrackedInterface {
    std::string interface;
    int decrement = 10;
    bool decrementConfigured = false;
    int object = 0; // the track object number (show track)
};

// One configured group and everything around its state machine.
class GroupEntry final : public GroupHost {
public:
    GroupEntry(Router &router, Interface &interface, int number);
    ~GroupEntry() override;

    Group group;
    std::string name;                  // `standby N name`; empty: the default hsrp-Fa0/0-N
    std::vector<TrackedInterface> tracks;

    Interface &interface() const { return m_interface; }
    std::string redundancyName() const;
    RedundancyState redundancyState() const;
    void setName(const std::string &newName);
    void addTrack(const std::string &interfaceName, std::optional<int> decrement);
    void removeTrack(const std::string &interfaceName);
    void trackChanged(const TrackObject &object);
    bool trackUp(const TrackedInterface &track) const;
    // The `debug standby` prefix: "HSRP: Fa0/0 Grp 1 ".
    std::string debugPrefix() const;

    // GroupHost
    Ipv4Address interfaceAddress() const override;
    int effectivePriority() const override;
    void send(const Message &message) override;
    void ownVirtualAddress(bool own) override;
    void sendGratuitousArp() override;
    void debugEvent(const std::string &text) override;
    void stateChanged(State from, State to) override;
    void stillActive() override;

private:
    void publishRedundancy(RedundancyState from, RedundancyState to);

    Router &m_router;
    Interface &m_interface;
    bool m_ownsAddress = false;
};

class HsrpModule final : public RouterModule {
public:
    explicit HsrpModule(Router &router);
    ~HsrpModule() override;

    // The group, created (in Init) when configured for the first time.
    GroupEntry &group(Interface &interface, int number);
    GroupEntry *findGroup(const std::string &interface, int number) const;
    void removeGroup(const std::string &interface, int number);
    // Groups of one interface, by number; every interface with groups, in router order.
    std::vector<GroupEntry *> groups(const std::string &interface) const;
    std::vector<GroupEntry *> allGroups() const;
    // Starts or stops a group after its configuration changed (`standby N ip` added/removed).
    void refresh(GroupEntry &entry);

    bool eventsDebug() const;
    bool packetsDebug() const;
    bool errorsDebug() const;

    struct Counters {
        std::uint64_t received = 0;
        std::uint64_t malformed = 0;
        std::uint64_t authFailed = 0;
        std::uint64_t sent = 0;
    };
    const Counters &counters() const { return m_counters; }
    Counters &counters() { return m_counters; }

private:
    struct InterfaceState {
        bool ready = false;       // up, and the minimum interface delay has passed
        bool lineUp = false;
        bool adminUp = false;
        std::unique_ptr<Timer> settle;
        std::map<int, std::unique_ptr<GroupEntry>> groups;
    };

    void receive(const UdpDelivery &delivery);
    void interfaceChanged(Interface &interface);
    void interfaceCameUp(Interface &interface);
    void interfaceWentDown(Interface &interface);
    void reset();
    void apiDebug(const Interface *interface, const std::string &text);
    InterfaceState &stateOf(Interface &interface);
    bool canRun(const GroupEntry &entry) const;

    Router &m_router;
    std::map<std::string, InterfaceState> m_interfaces;
    Timer m_hardwareNotice;
    std::uint64_t m_trackListener = 0;
    Counters m_counters;
};

} // namespace hsrp
} // namespace routerlab
