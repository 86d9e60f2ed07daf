#pragma once

#include "router/protocol_module.h"

namespace routerlab::hsrp {

// HSRP version 1 (RFC 2281) as IOS 12.3 runs it: the module's line in the registry.
ModuleDefinition definition();

} // namespace routerlab::hsrp
