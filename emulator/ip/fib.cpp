#include "ip/fib.h"

namespace routerlab {
namespace {
constexpr int kMaxRecursion = 8;

std::optional<Adjacency> resolve(const Rib &rib, Ipv4Address destination, int depth,
                                 const Ipv4Prefix *excluded)
{
    if (depth > kMaxRecursion)
        return std::nullopt;
    const Route *route = rib.lookup(destination);
    if (!route || (excluded && route->prefix == *excluded))
        return std::nullopt;
    for (const NextHop &hop : route->nextHops) {
        if (!hop.interface.empty()) {
            Adjacency adjacency{hop.interface,
                                hop.gateway.isUnspecified() ? destination : hop.gateway, route,
                                nullptr};
            return adjacency;
        }
        if (auto via = resolve(rib, hop.gateway, depth + 1, excluded)) {
            Adjacency adjacency{via->interface, via->nextHop, route, via->route};
            return adjacency;
        }
    }
    return std::nullopt;
}
} // namespace

std::optional<Adjacency> resolveAdjacency(const Rib &rib, Ipv4Address destination)
{
    return resolve(rib, destination, 0, nullptr);
}

bool resolvesWithout(const Rib &rib, Ipv4Address gateway, const Ipv4Prefix &excluded)
{
    return resolve(rib, gateway, 0, &excluded).has_value();
}

} // namespace routerlab
