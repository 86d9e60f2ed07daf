#pragma once

// One configured HSRP group and everything around its state machine (hsrp_group): the
// interface it runs on, its name in the redundancy groups, the objects it tracks, the virtual
// address it claims while Active, its syslog and bus events.

#include "protocols/hsrp/hsrp_group.h"
#include "router/redundancy_groups.h"

#include <optional>
#include <string>
#include <vector>

namespace routerlab {

class Interface;
class ModuleContext;
struct TrackObject;

namespace hsrp {

class HsrpModule;

// `standby N track INTERFACE [decrement]`.
struct TrackedInterface {
    std::string interface;
    int decrement = 10;
    bool decrementConfigured = false;
    int object = 0; // the track object number (show track)
};

class GroupEntry final : public GroupHost {
public:
    GroupEntry(HsrpModule &module, Interface &interface, int number);
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
    // Claims exactly the addresses the group answers for now: the virtual IP and the secondary
    // ones while Active, nothing otherwise. Called on every change of either.
    void updateClaims();

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
    std::string trackClient() const;
    ModuleContext &context() const;

    HsrpModule &m_module;
    Interface &m_interface;
    bool m_ownsAddress = false;
    std::vector<Ipv4Address> m_claimed;
};

} // namespace hsrp
} // namespace routerlab
