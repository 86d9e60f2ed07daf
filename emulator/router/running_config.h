#pragma once

#include <string>

namespace routerlab {

namespace cli {
class CommandTree;
}
class Router;
class RunningConfigWriters;

// `show running-config` as the console prints it ("Building configuration..." and the byte
// count), from the writers every module registers (router/config_writer.h).
std::string runningConfig(const Router &router);
// The router's own parts (version, services, hostname, boot markers, interfaces, lines) and
// the `show running-config` command.
void installRunningConfigCommands(cli::CommandTree &tree, RunningConfigWriters &config);

} // namespace routerlab
