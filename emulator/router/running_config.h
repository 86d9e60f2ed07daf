#pragma once

#include <string>

namespace routerlab {

namespace cli {
class CommandTree;
}
class Router;

// `show running-config`: each part written from the state that the commands set, in the order
// IOS 12.x prints them, so that load -> show run -> load gives the same text.
std::string runningConfig(const Router &router);
void installRunningConfigCommands(cli::CommandTree &tree);

} // namespace routerlab
