#pragma once

namespace routerlab {
class RunningConfigWriters;
namespace cli {
class CommandTree;
}

// IP commands: `ip route`, `show ip route`, `show ip arp`, `ping`.
void installIpCommands(cli::CommandTree &tree, RunningConfigWriters &config);

} // namespace routerlab
