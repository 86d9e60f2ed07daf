#pragma once

// HSRP on one router: the glue between the per-group state machines (hsrp_group) and the
// router — UDP port 1985, the virtual IP and MAC while Active (ARP, frames, ping), interface
// state with IOS's minimum interface delay, tracked objects, syslog, `debug standby` and the
// event bus (HsrpStateChanged, RedundancyStateChanged).
//
//   hsrp_packet   the v1 message codec
//   hsrp_group    one group's RFC 2281 state machine
//   hsrp_group_entry  a configured group around it: tracks, names, claims, events
//   hsrp_module   this file: the router's groups, UDP 1985, interface state
//   hsrp_events   what it publishes on the bus
//   hsrp_cli      `standby ...` commands and running-config lines
//   hsrp_show     `show standby [brief]`

#include "core/registration.h"
#include "core/timer.h"
#include "protocols/hsrp/hsrp_group_entry.h"
#include "router/debug_registry.h"
#include "router/protocol_module.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace routerlab {

class Interface;
struct UdpDelivery;

namespace hsrp {

class HsrpModule final : public ProtocolModule {
public:
    explicit HsrpModule(ModuleContext &context);
    ~HsrpModule() override;

    ModuleContext &context() const { return m_context; }
    // ProtocolModule
    void interfaceChanged(Interface &interface) override;
    // Groups leave Active (followers hear of it) and go, releasing what they claimed.
    void stop() override;

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
    void interfaceCameUp(Interface &interface);
    void interfaceWentDown(Interface &interface);
    void apiDebug(const Interface *interface, const std::string &text);
    InterfaceState &stateOf(Interface &interface);
    bool enabled(DebugCategoryId category) const;
    bool canRun(const GroupEntry &entry) const;

    ModuleContext &m_context;
    std::map<std::string, InterfaceState> m_interfaces;
    Timer m_hardwareNotice;
    Counters m_counters;
    Registration m_udpPort;
    Registration m_trackListener;
};

} // namespace hsrp
} // namespace routerlab
