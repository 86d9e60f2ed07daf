#pragma once

namespace routerlab {

// The per-router state of a protocol module (HSRP's groups, later OSPF's areas and IKE's SAs).
// A Router owns one of each kind, created the first time a command or show needs it, so a
// router that never configures a protocol carries none of its state. A module registers its
// hooks, listeners and reset listener with the router in its constructor.
class RouterModule {
public:
    virtual ~RouterModule() = default;
};

} // namespace routerlab
