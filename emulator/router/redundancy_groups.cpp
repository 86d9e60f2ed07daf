#include "router/redundancy_groups.h"

namespace routerlab {

const char *redundancyStateName(RedundancyState state)
{
    switch (state) {
    case RedundancyState::Init: return "Init";
    case RedundancyState::Backup: return "Backup";
    case RedundancyState::Speak: return "Speak";
    case RedundancyState::Standby: return "Standby";
    case RedundancyState::Active: return "Active";
    }
    return "Unknown";
}

std::optional<RedundancyState> RedundancyGroups::enquire(const std::string &name) const
{
    auto found = m_providers.find(name);
    if (found == m_providers.end())
        return std::nullopt;
    return found->second();
}

} // namespace routerlab
