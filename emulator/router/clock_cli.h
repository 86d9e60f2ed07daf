#pragma once

// `show clock [detail]` and `clock set`: the router's calendar (core/calendar_clock.h), which
// datetime log stamps read too.

namespace routerlab {

namespace cli {
class CommandTree;
}

void installClockCommands(cli::CommandTree &tree);

} // namespace routerlab
