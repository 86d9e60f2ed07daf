#pragma once

namespace routerlab {
namespace cli {
class CommandTree;
}

// IP commands: `ip route`, `show ip route`, `show ip arp`, `ping`.
void installIpCommands(cli::CommandTree &tree);

} // namespace routerlab
