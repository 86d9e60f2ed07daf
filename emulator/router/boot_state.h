#pragma once

#include "ip/ipv4_stack.h"
#include "ip/rib.h"
#include "ip/static_routes.h"
#include "router/debug_registry.h"
#include "router/kept_config.h"
#include "router/line_config.h"
#include "router/module_context.h"
#include "router/module_set.h"
#include "router/redundancy_groups.h"
#include "router/track_objects.h"
#include "router/user_accounts.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace routerlab {

class Router;

// Service and global settings that later issues grow (`service timestamps`, `ip cef` ...).
// Defaults are those of a 7200 with an empty configuration under IOS 12.2/12.3.
struct GlobalConfig {
    bool ipCef = false;
    bool ipClassless = true;
    bool ipSubnetZero = true;
    bool domainLookup = true;
    bool passwordEncryption = false;
    bool servicePad = true;
    bool aaaNewModel = false;
    bool sourceRoute = true;
    bool httpServer = false;
    bool httpSecureServer = false;
    std::vector<std::string> bootSystem;  // `boot system ...` arguments, in the order given
    std::vector<std::pair<std::string, Ipv4Address>> hosts; // `ip host`, in the order given
    std::string enableSecret;   // the MD5-crypt hash `enable secret 5` prints
    std::string enablePassword; // `enable password`, clear text
    UserAccounts users;         // `username`: who may log in on a line with `login local`
};

// Everything one boot of a router knows and a `reload` or power-off forgets: configuration
// (hostname, global settings, lines), debug flags, routes, the IPv4 stack (ARP, access lists,
// counters, CEF), tracked objects, redundancy names and every protocol module. The router
// destroys it and builds a fresh one instead of resetting each part in place, so nothing a
// later module adds can be forgotten by a reset. What survives is the hardware: the chassis,
// its ports and the cables on them.
struct BootState {
    explicit BootState(Router &router);
    BootState(const BootState &) = delete;
    BootState &operator=(const BootState &) = delete;
    ~BootState();

    std::string hostname = "Router";
    GlobalConfig global;
    DebugFlags debugFlags;
    LineConfig consoleLine;
    LineConfig auxLine;
    LineConfig vtyLines;
    Rib rib;
    StaticRoutes staticRoutes;
    std::unique_ptr<Ipv4Stack> ip;
    std::vector<Registration> ipDebug; // `debug ip packet` and `debug arp` on this stack
    Registration routesToBus;
    TrackObjects tracks;
    RedundancyGroups redundancy;
    KeptConfig kept; // accepted lines without behaviour yet (router/kept_config.h)
    // Startup-config lines this boot did not accept: `write memory` would lose them.
    std::vector<std::string> rejectedStartupLines;
    ModuleContext moduleContext;
    // Last, so modules stop and go before anything they borrowed.
    ModuleSet modules;
};

} // namespace routerlab
