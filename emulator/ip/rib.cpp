#include "ip/rib.h"

#include <algorithm>

namespace routerlab {

int defaultDistance(RouteSource source)
{
    switch (source) {
    case RouteSource::Connected:
        return 0;
    case RouteSource::Static:
        return 1;
    case RouteSource::Ospf:
        return 110;
    }
    return 255;
}

void Rib::offer(Route route)
{
    route.installedAt = m_clock ? m_clock() : SimTime{0};
    auto &list = m_candidates[route.prefix];
    auto it = std::find_if(list.begin(), list.end(),
                           [&](const Route &r) { return r.source == route.source; });
    if (it != list.end()) {
        if (*it == route)
            return;
        route.installedAt = it->nextHops == route.nextHops ? it->installedAt : route.installedAt;
        *it = std::move(route);
        reselect(it->prefix);
    } else {
        const Ipv4Prefix prefix = route.prefix;
        list.push_back(std::move(route));
        reselect(prefix);
    }
}

void Rib::withdraw(const Ipv4Prefix &prefix, RouteSource source)
{
    auto found = m_candidates.find(prefix);
    if (found == m_candidates.end())
        return;
    const auto before = found->second.size();
    std::erase_if(found->second, [&](const Route &r) { return r.source == source; });
    if (found->second.size() == before)
        return;
    if (found->second.empty())
        m_candidates.erase(found);
    reselect(prefix);
}

void Rib::reselect(const Ipv4Prefix &prefix)
{
    const Route *best = nullptr;
    if (auto found = m_candidates.find(prefix); found != m_candidates.end()) {
        for (const Route &route : found->second) {
            if (!best || route.distance < best->distance)
                best = &route;
        }
    }
    auto current = m_installed.find(prefix);
    if (!best) {
        if (current == m_installed.end())
            return;
        m_installed.erase(current);
        if (--m_lengthUse[prefix.length()] == 0)
            m_lengthUse.erase(prefix.length());
    } else if (current == m_installed.end()) {
        m_installed.emplace(prefix, *best);
        ++m_lengthUse[prefix.length()];
    } else if (current->second == *best) {
        return;
    } else {
        current->second = *best;
    }
    ++m_version;
    const Route *installedNow = installed(prefix);
    m_listeners.forEach([&](const Listener &listener) { listener(prefix, installedNow); });
}

const Route *Rib::installed(const Ipv4Prefix &prefix) const
{
    auto found = m_installed.find(prefix);
    return found == m_installed.end() ? nullptr : &found->second;
}

const Route *Rib::candidate(const Ipv4Prefix &prefix, RouteSource source) const
{
    auto found = m_candidates.find(prefix);
    if (found == m_candidates.end())
        return nullptr;
    for (const Route &route : found->second) {
        if (route.source == source)
            return &route;
    }
    return nullptr;
}

const Route *Rib::lookup(Ipv4Address destination) const
{
    for (const auto &[length, uses] : m_lengthUse) {
        if (const Route *route = installed(Ipv4Prefix(destination, length)))
            return route;
    }
    return nullptr;
}

std::vector<const Route *> Rib::installedRoutes() const
{
    std::vector<const Route *> routes;
    routes.reserve(m_installed.size());
    for (const auto &[prefix, route] : m_installed)
        routes.push_back(&route);
    return routes;
}

} // namespace routerlab
