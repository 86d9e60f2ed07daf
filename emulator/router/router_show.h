#pragma once

#include <string>

namespace routerlab {

namespace cli {
class CommandTree;
}
class Router;
class Interface;

// show version, show interfaces, show ip interface brief: text computed from the router's
// chassis, image and interface state in IOS 12.x layout.
void installRouterShowCommands(cli::CommandTree &tree);

std::string showVersion(Router &router);
std::string showInterface(Router &router, const Interface &interface);
std::string showIpInterfaceBrief(const Router &router);
// `show controllers`: which port adapter and controller an interface is, and its media state.
std::string showController(const Interface &interface);
// "5 minutes", "1 hour, 2 minutes", "2 days, 3 hours, 4 minutes"
std::string formatUptime(long long seconds);

} // namespace routerlab
