#pragma once

// The startup configuration: `write memory`, `copy running-config startup-config`,
// `erase startup-config`, `show startup-config` and `reload`. The text lives in the router's
// StartupConfigStore (the lab keeps it in the node's config file), so a saved configuration is
// what the lab boots next time.

#include "core/sim_time.h"

namespace routerlab {

namespace cli {
class CommandTree;
}

// How long a reloading 7200 stays away before it boots its startup config again.
constexpr SimDuration kReloadDuration = std::chrono::seconds(10);
// The NVRAM size `show startup-config` reports.
constexpr int kNvramBytes = 129016;

void installStartupConfigCommands(cli::CommandTree &tree);

} // namespace routerlab
