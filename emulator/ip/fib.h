#pragma once

#include "ip/rib.h"

#include <optional>

namespace routerlab {

// The forwarding decision for one destination: out of which interface, to which neighbour.
// Recursive routes (a static via a gateway) are resolved here, as CEF resolves them into an
// adjacency: `via 172.16.172.69` becomes `next hop 172.16.172.49, FastEthernet0/0`.
struct Adjacency {
    std::string interface;
    Ipv4Address nextHop;      // the neighbour to ARP for (the destination itself when attached)
    const Route *route = nullptr;   // the route that matched the destination
    const Route *resolvedVia = nullptr; // the route that resolved a recursive next hop, if any
};

std::optional<Adjacency> resolveAdjacency(const Rib &rib, Ipv4Address destination);

// Whether `gateway` resolves without using the route for `excluded` (a static route may not
// resolve through itself).
bool resolvesWithout(const Rib &rib, Ipv4Address gateway, const Ipv4Prefix &excluded);

} // namespace routerlab
