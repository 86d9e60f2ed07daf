#pragma once

namespace routerlab {

namespace cli {
class CommandTree;
}
class RunningConfigWriters;

namespace hsrp {

// The `standby ...` interface commands with their `no` forms and running-config lines,
// `debug standby [events|packets|errors]`, and the show commands of hsrp_show.
void installHsrpCommands(cli::CommandTree &tree, RunningConfigWriters &config);

} // namespace hsrp
} // namespace routerlab
