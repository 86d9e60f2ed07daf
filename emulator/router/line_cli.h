#pragma once

// `line con 0`, `line aux 0` and `line vty 0 4`: the config-line commands (exec-timeout,
// login, password, stopbits, transport, logging synchronous) that fill the router's LineConfig
// blocks, and the running-config part that prints them in IOS's order.

namespace routerlab {

namespace cli {
class CommandTree;
}
class RunningConfigWriters;

void installLineCommands(cli::CommandTree &tree, RunningConfigWriters &config);

} // namespace routerlab
