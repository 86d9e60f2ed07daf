#include "ip/static_routes.h"

#include "ip/fib.h"

#include <algorithm>
#include <set>

namespace routerlab {

StaticRoutes::StaticRoutes(Rib &rib, InterfaceUp interfaceUp)
    : m_rib(rib), m_interfaceUp(std::move(interfaceUp))
{
    m_ribListener = m_rib.addListener([this](const Ipv4Prefix &, const Route *) { reevaluate(); });
}

void StaticRoutes::add(const StaticRoute &route)
{
    if (std::find(m_routes.begin(), m_routes.end(), route) != m_routes.end())
        return;
    // Same prefix and next hop with another distance replaces the old entry, as IOS does.
    std::erase_if(m_routes, [&](const StaticRoute &r) {
        return r.prefix == route.prefix && r.gateway == route.gateway && r.interface == route.interface;
    });
    m_routes.push_back(route);
    reevaluate();
}

bool StaticRoutes::remove(const StaticRoute &route)
{
    const auto before = m_routes.size();
    std::erase_if(m_routes, [&](const StaticRoute &r) {
        return r.prefix == route.prefix &&
               (route.gateway.isUnspecified() || r.gateway == route.gateway) &&
               (route.interface.empty() || r.interface == route.interface);
    });
    if (m_routes.size() == before)
        return false;
    offerOrWithdraw(route.prefix);
    reevaluate();
    return true;
}

bool StaticRoutes::usable(const StaticRoute &route) const
{
    if (!route.interface.empty())
        return m_interfaceUp(route.interface);
    return resolvesWithout(m_rib, route.gateway, route.prefix);
}

void StaticRoutes::offerOrWithdraw(const Ipv4Prefix &prefix)
{
    Route route;
    route.prefix = prefix;
    route.source = RouteSource::Static;
    route.code = "S";
    int distance = 256;
    for (const StaticRoute &configured : m_routes) {
        if (configured.prefix != prefix || !usable(configured))
            continue;
        // Equal-cost statics share the entry; a lower distance replaces the others.
        if (configured.distance < distance) {
            distance = configured.distance;
            route.nextHops.clear();
        }
        if (configured.distance == distance)
            route.nextHops.push_back(NextHop{configured.gateway, configured.interface});
    }
    if (route.nextHops.empty()) {
        m_rib.withdraw(prefix, RouteSource::Static);
        return;
    }
    route.distance = distance;
    m_rib.offer(std::move(route));
}

void StaticRoutes::reevaluate()
{
    // RIB listeners call back into here while we offer routes; fold those calls into another
    // pass instead of recursing.
    if (m_evaluating) {
        m_again = true;
        return;
    }
    m_evaluating = true;
    int passes = 0;
    do {
        m_again = false;
        std::set<Ipv4Prefix> prefixes;
        for (const StaticRoute &route : m_routes)
            prefixes.insert(route.prefix);
        for (const Ipv4Prefix &prefix : prefixes)
            offerOrWithdraw(prefix);
    } while (m_again && ++passes < 16);
    m_evaluating = false;
}

} // namespace routerlab
