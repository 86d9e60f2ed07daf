#pragma once

#include "core/sim_time.h"

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace routerlab {

// Everything observable that happens in a lab. Plain data only (names, not pointers), so that
// subscribers — captures, the GUI, the event timeline, scenario tests — never reach into the
// emulator's objects. Protocol modules add their own alternatives as they arrive.

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

// An HSRP group changed state (RFC 2281 state names as IOS prints them: "Init", "Active"...).
struct HsrpStateChanged {
    std::string node;
    std::string interface;
    int group;
    std::string oldState;
    std::string newState;
    std::string virtualIp; // dotted quad; empty while unknown
    SimTime time;
};

// A named redundancy group (`standby N name VPNHA`) changed role. Followers such as crypto maps
// care about `active`; the state names are IOS's redundancy states (Init, Backup, Speak,
// Standby, Active). Sent again with the same state when the group re-asserts itself.
struct RedundancyStateChanged {
    std::string node;
    std::string name;
    std::string oldState;
    std::string newState;
    bool active;
    SimTime time;
};

using LabEvent = std::variant<LinkStateChanged, InterfaceStateChanged, FrameTransmitted,
                              RouteChanged, SyslogMessage, HsrpStateChanged, RedundancyStateChanged>;

} // namespace routerlab
