#pragma once

#include "core/registration.h"
#include "core/sim_time.h"
#include "net/ipv4_address.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace routerlab {

// Where a route came from. Every source offers candidates; the RIB installs, per prefix, the
// candidate with the lowest administrative distance (RFC 1812 section 5.2.4.3 "best route").
enum class RouteSource { Connected, Static, Ospf };

struct NextHop {
    Ipv4Address gateway;   // unspecified for a directly attached route
    std::string interface; // empty for a recursive route (resolved through another route)
    bool operator==(const NextHop &) const = default;
};

struct Route {
    Ipv4Prefix prefix;
    RouteSource source = RouteSource::Static;
    std::string code = "S"; // what `show ip route` prints: "C", "S", "O", "O E2"
    int distance = 1;
    std::uint32_t metric = 0;
    std::vector<NextHop> nextHops;
    SimTime installedAt{0};
    bool operator==(const Route &other) const
    {
        return prefix == other.prefix && source == other.source && code == other.code &&
               distance == other.distance && metric == other.metric && nextHops == other.nextHops;
    }
};

// The routing information base of one router. Sources add and withdraw candidates; a change of
// the installed (best) route of a prefix is reported to listeners (the FIB, static route
// re-evaluation, and later OSPF redistribution).
class Rib {
public:
    using Listener = std::function<void(const Ipv4Prefix &prefix, const Route *installed)>;

    // Adds or replaces the candidate of `route.source` for `route.prefix`.
    void offer(Route route);
    void withdraw(const Ipv4Prefix &prefix, RouteSource source);

    const Route *installed(const Ipv4Prefix &prefix) const;
    const Route *candidate(const Ipv4Prefix &prefix, RouteSource source) const;
    // Longest-prefix match over installed routes.
    const Route *lookup(Ipv4Address destination) const;
    // Installed routes in address order (then by length), as `show ip route` walks them.
    std::vector<const Route *> installedRoutes() const;
    std::size_t installedCount() const { return m_installed.size(); }

    // Every change of an installed route; the handle unsubscribes.
    [[nodiscard]] Registration addListener(Listener listener) { return m_listeners.add(std::move(listener)); }
    // Route ages (`00:11:21` in show ip route) are measured on this clock.
    void setClock(std::function<SimTime()> clock) { m_clock = std::move(clock); }
    std::uint64_t version() const { return m_version; }

private:
    void reselect(const Ipv4Prefix &prefix);

    std::map<Ipv4Prefix, std::vector<Route>> m_candidates;
    std::map<Ipv4Prefix, Route> m_installed;
    // Installed prefix lengths present, so a lookup tries only lengths that exist.
    std::map<int, int, std::greater<int>> m_lengthUse;
    RegistrationList<Listener> m_listeners;
    std::function<SimTime()> m_clock;
    std::uint64_t m_version = 0;
};

// Administrative distances of IOS.
int defaultDistance(RouteSource source);

} // namespace routerlab
