#pragma once

// `line con 0`, `line aux 0` and `line vty 0 4`: the config-line commands (exec-timeout,
// login [local], password, stopbits, transport, logging synchronous) that fill the router's
// LineConfig blocks, the running-config part that prints them in IOS's order, and `show users`.
// What the console does with them is router/console_line_exec.h.

namespace routerlab {

namespace cli {
class CommandTree;
}
class RunningConfigWriters;

void installLineCommands(cli::CommandTree &tree, RunningConfigWriters &config);

} // namespace routerlab
