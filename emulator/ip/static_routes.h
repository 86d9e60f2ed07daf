#pragma once

#include "core/registration.h"
#include "ip/rib.h"

#include <functional>
#include <vector>

namespace routerlab {

// `ip route PREFIX MASK {GATEWAY | INTERFACE [GATEWAY]} [DISTANCE]` as configured. A static
// route is offered to the RIB only while it is usable: its interface is up, or its gateway
// resolves through some other route. Re-evaluated whenever the RIB or an interface changes,
// which is how a static leaves the table while its next hop is unreachable.
struct StaticRoute {
    Ipv4Prefix prefix;
    Ipv4Address gateway;
    std::string interface;
    int distance = 1;
    bool operator==(const StaticRoute &) const = default;
};

class StaticRoutes {
public:
    using InterfaceUp = std::function<bool(const std::string &interface)>;

    StaticRoutes(Rib &rib, InterfaceUp interfaceUp);

    void add(const StaticRoute &route);
    // Removes matching routes; an unspecified gateway/empty interface matches any.
    bool remove(const StaticRoute &route);
    const std::vector<StaticRoute> &configured() const { return m_routes; }
    void reevaluate();

private:
    bool usable(const StaticRoute &route) const;
    void offerOrWithdraw(const Ipv4Prefix &prefix);

    Rib &m_rib;
    InterfaceUp m_interfaceUp;
    std::vector<StaticRoute> m_routes;
    bool m_evaluating = false;
    bool m_again = false;
    Registration m_ribListener;
};

} // namespace routerlab
