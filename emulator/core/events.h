#pragma once

#include "core/sim_time.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace routerlab {

// The lab-wide events every layer may publish (core/event_bus.h): links, frames, interfaces,
// routes and syslog. Plain data only (names, not pointers). Protocol modules declare their own
// events in their own folders (protocols/hsrp/hsrp_events.h).

using FrameBytes = std::shared_ptr<const std::vector<std::uint8_t>>;

struct LinkStateChanged {
    std::string linkName;
    bool up;
};

struct InterfaceStateChanged {
    std::string node;
    std::string interface;
    bool adminUp;
    bool lineProtocolUp;
};

// A frame put on the wire of link `link` by `node`'s `port` (an interface or a switch port).
struct FrameTransmitted {
    std::string link;
    std::string node;
    std::string port;
    SimTime time;
    FrameBytes frame;
};

struct RouteChanged {
    std::string node;
    std::uint32_t network;
    int prefixLength;
    char source; // IOS route code letter: 'C', 'S', 'O'
    bool added;
};

struct SyslogMessage {
    std::string node;
    SimTime time;
    std::string facility;
    int severity;
    std::string mnemonic;
    std::string text; // the whole line as the console prints it, timestamp included
};

} // namespace routerlab
