#pragma once

// `show ip cef [A.B.C.D [A.B.C.D]] [detail]` in IOS 12.3's words: the FIB as CEF presents it,
// built from the RIB (routes and how their next hops resolve), the interfaces (receive and
// attached entries) and the ARP cache (host adjacencies).

#include <string>

namespace routerlab {

namespace cli {
class CommandTree;
}
class Router;
class Ipv4Address;

std::string showIpCef(Router &router);
// `show ip cef detail`: a short table header, then every entry as showIpCefEntry prints it.
std::string showIpCefDetail(Router &router);
// The entry covering `address` (longest match), or exactly `address mask` when a mask is given.
std::string showIpCefEntry(Router &router, const Ipv4Address &address, const Ipv4Address *mask);
void installCefShowCommands(cli::CommandTree &tree);

} // namespace routerlab
