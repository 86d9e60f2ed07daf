#pragma once

// Named redundancy groups (`standby N name VPNHA`): the seam through which other modules follow
// a first-hop redundancy protocol's role without knowing the protocol. The provider (HSRP)
// registers the name and answers enquiries; followers (crypto maps with `redundancy NAME`) ask
// here for the current state and subscribe to RedundancyStateChanged on the event bus.

#include "core/sim_time.h"

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace routerlab {

// A named redundancy group (`standby N name VPNHA`) changed role. Followers such as crypto maps
// care about `active`; the state names are IOS's redundancy states (Init, Backup, Speak,
// Standby, Active). Sent again with the same state when the group re-asserts itself.
struct RedundancyStateChanged {
    std::string node;
    std::string name;
    std::string oldState;
    std::string newState;
    bool active;
    SimTime time;
};

// IOS's redundancy states; HSRP's Learn and Listen are both "Backup".
enum class RedundancyState { Init, Backup, Speak, Standby, Active };

const char *redundancyStateName(RedundancyState state);

class RedundancyGroups {
public:
    // Answers an enquiry; the provider may note it (HSRP debugs "Redundancy enquiry ...").
    using Provider = std::function<RedundancyState()>;

    void provide(const std::string &name, Provider provider) { m_providers[name] = std::move(provider); }
    void withdraw(const std::string &name) { m_providers.erase(name); }
    // nullopt when no group of that name exists (yet).
    std::optional<RedundancyState> enquire(const std::string &name) const;
    void clear() { m_providers.clear(); }

private:
    std::map<std::string, Provider> m_providers;
};

} // namespace routerlab
