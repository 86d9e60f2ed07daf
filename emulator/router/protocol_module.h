#pragma once

// The seam a protocol (HSRP, later OSPF, IKE, IPsec) plugs into. A module is a folder under
// protocols/ with one CMake target and one line in protocols/protocol_registry.cpp; it is
// written against three things only:
//
//   ModuleDefinition  what the module adds to an image, once: commands, configuration modes,
//                     running-config writers, debug categories, show commands, frame kinds
//   ModuleContext     what one router lends the module: clock and timers, logger, bus, random,
//                     the IPv4 services, RIB, tracks, redundancy groups, debug flags, interfaces
//   ProtocolModule    the module's per-router state and its life cycle
//
// Life cycle. A router creates a module the first time a command or a show needs it, inside
// the router's per-boot state (router/boot_state.h). The router then tells it of every
// interface change, and that the boot is over. On `reload`, power-off or destruction the router
// calls stop() first — the module releases what it claimed (addresses, tracks, redundancy
// names) and tells its followers while everything it uses still exists — then destroys it,
// before the interfaces, the IPv4 stack or anything else it borrowed. Registrations a module
// makes (UDP ports, protocol receivers, hooks, listeners) return RAII handles it keeps as
// members, so its destruction unregisters them.

#include "router/module_context.h"

#include <functional>
#include <memory>
#include <string>

namespace routerlab {

namespace cli {
class CommandTree;
}
class FrameClassifier;
class Interface;
class RunningConfigWriters;

class ProtocolModule {
public:
    virtual ~ProtocolModule() = default;

    // The startup configuration is in and the router is running.
    virtual void booted() {}
    // An interface changed its admin state, line protocol or primary address.
    virtual void interfaceChanged(Interface &) {}
    // The router is about to drop its per-boot state (reload, power-off, destruction): stop
    // timers, release claims, tell followers. The module is destroyed right after.
    virtual void stop() {}
};

// What a module installs into an image, shared by every router that runs it: its commands
// (with their modes, debug categories and show commands) and its running-config writers.
struct ImageParts {
    cli::CommandTree &commands;
    RunningConfigWriters &configWriters;
};

struct ModuleDefinition {
    std::string name; // "hsrp"
    std::function<void(ImageParts &)> install;
    // The frames the module puts on a wire, by name, for the GUI's packet dots.
    std::function<void(FrameClassifier &)> addFrameKinds;
};

} // namespace routerlab
