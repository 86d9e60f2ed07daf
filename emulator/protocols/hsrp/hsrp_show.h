#pragma once

#include "core/sim_time.h"

#include <string>
#include <vector>

namespace routerlab {

namespace cli {
class CommandTree;
}

namespace hsrp {

class GroupEntry;

// `show standby` for the given groups, IOS 12.3's long form.
std::string showStandby(const std::vector<const GroupEntry *> &groups, SimTime now);
// `show standby brief`.
std::string showStandbyBrief(const std::vector<const GroupEntry *> &groups);
// `show standby [IFNAME [group]] [brief]`.
void installHsrpShowCommands(cli::CommandTree &tree);

} // namespace hsrp
} // namespace routerlab
