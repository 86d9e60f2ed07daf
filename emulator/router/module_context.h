#pragma once

#include "core/sim_time.h"

#include <memory>
#include <string>
#include <vector>

namespace routerlab {

class DebugFlags;
class EventBus;
class Interface;
class Ipv4Stack;
class Logger;
class Random;
class RedundancyGroups;
class Rib;
class Router;
class Scheduler;
class TrackObjects;
struct ImageProfile;

// What one router lends a protocol module (router/protocol_module.h): only what a protocol
// needs, so a module cannot reach into the router's configuration, its sessions or another
// module. Valid for the module's whole life: both live in the same per-boot state.
class ModuleContext {
public:
    explicit ModuleContext(Router &router) : m_router(router) {}

    // The lab's clock; timers (core/timer.h) run on it.
    Scheduler &scheduler() const;
    SimTime now() const;
    Logger &logger() const;
    EventBus &bus() const;
    Random &random() const;
    const std::string &nodeName() const;
    const ImageProfile &image() const;

    // The IPv4 services: send, receivers by protocol and port, hooks, address claims.
    Ipv4Stack &ip() const;
    Rib &rib() const;
    TrackObjects &tracks() const;
    RedundancyGroups &redundancy() const;
    const DebugFlags &debugFlags() const;

    const std::vector<std::unique_ptr<Interface>> &interfaces() const;
    Interface *findInterface(const std::string &canonicalName) const;

private:
    Router &m_router;
};

} // namespace routerlab
