#pragma once

#include "core/sim_time.h"

#include <string>

namespace routerlab {

// An HSRP group changed state (RFC 2281 state names as IOS prints them: "Init", "Active"...),
// published on the lab's bus (core/event_bus.h) for the GUI's badges and the timeline.
struct HsrpStateChanged {
    std::string node;
    std::string interface;
    int group;
    std::string oldState;
    std::string newState;
    std::string virtualIp; // dotted quad; empty while unknown
    SimTime time;
};

} // namespace routerlab
