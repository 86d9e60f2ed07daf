#pragma once

// `debug ip packet [<1-199>] [detail]` and `debug arp`: IOS's process-switching packet trace
// and ARP trace. Each boot calls attachIpDebug() once and keeps the handles as long as its
// stack; the hooks and the ARP observer cost one flag test per packet while debugging is off.

#include "core/registration.h"

#include <vector>

namespace routerlab {

namespace cli {
class CommandTree;
}
class Ipv4Stack;
class Router;

[[nodiscard]] std::vector<Registration> attachIpDebug(Router &router, Ipv4Stack &stack);
void installIpDebugCommands(cli::CommandTree &tree);

} // namespace routerlab
