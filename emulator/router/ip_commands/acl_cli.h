#pragma once

namespace routerlab {

namespace cli {
class CommandTree;
}
class RunningConfigWriters;

// `access-list <1-99>|<100-199> ...`, `no access-list N`, their running-config lines and
// `show [ip] access-lists [N]`.
void installAccessListCommands(cli::CommandTree &tree, RunningConfigWriters &config);

} // namespace routerlab
