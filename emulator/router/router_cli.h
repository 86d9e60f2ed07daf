#pragma once

#include "cli/command_context.h"

namespace routerlab {

namespace cli {
class CommandTree;
}
class Router;
class RunningConfigWriters;
class Interface;

// The router's own commands: modes (enable, configure terminal, interface, end/exit),
// hostname, interface settings and the chassis show commands.
void installRouterCommands(cli::CommandTree &tree, RunningConfigWriters &config);

// The router a command runs on. The tree is shared by every router, so handlers find theirs
// through the session's host.
Router &routerOf(cli::CommandContext &context);
// The interface a config-if command applies to.
Interface &configuredInterface(cli::CommandContext &context);

} // namespace routerlab
