#pragma once

// `debug ip packet [<1-199>] [detail]` and `debug arp`: IOS's process-switching packet trace
// and ARP trace. The stack calls attachIpDebug() once; the hooks and the ARP observer it adds
// cost one flag test per packet while debugging is off.

namespace routerlab {

namespace cli {
class CommandTree;
}
class Ipv4Stack;
class Router;

void attachIpDebug(Router &router, Ipv4Stack &stack);
void installIpDebugCommands(cli::CommandTree &tree);

} // namespace routerlab
