#pragma once

#include "router/debug_registry.h"

namespace routerlab::hsrp {

// `debug standby [events|packets|errors]`: plain `debug standby` switches on all three.
struct HsrpDebug {
    DebugCategoryId all;
    DebugCategoryId events;
    DebugCategoryId packets;
    DebugCategoryId errors;
};

// Installs the four categories into `tree` (hsrp_cli) and gives their ids.
const HsrpDebug &installHsrpDebug(cli::CommandTree &tree);
// The ids, for the module's hot paths.
const HsrpDebug &hsrpDebug();

} // namespace routerlab::hsrp
