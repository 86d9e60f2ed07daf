#include "ip/route_table_show.h"

#include <map>
#include <set>

namespace routerlab {
namespace {

// The legend exactly as 12.3(7)T prints it (the seed document's layout).
const char *kCodes =
    "Codes: C - connected, S - static, R - RIP, M - mobile, B - BGP\n"
    "       D - EIGRP, EX - EIGRP external, O - OSPF, \n"
    "       IA - OSPF inter area, N1 - OSPF NSSA external type 1, \n"
    "       N2 - OSPF NSSA external type 2, E1 - OSPF external type 1, \n"
    "       E2 - OSPF external type 2, i - IS-IS, su - IS-IS summary, \n"
    "       L1 - IS-IS level-1, L2 - IS-IS level-2, ia - IS-IS inter area, \n"
    "       * - candidate default, U - per-user static route\n"
    "       o - ODR, P - periodic downloaded static route\n";

std::string padded(std::string text, std::size_t width)
{
    if (text.size() < width)
        text.append(width - text.size(), ' ');
    return text;
}

const char *sourceName(RouteSource source)
{
    switch (source) {
    case RouteSource::Connected:
        return "connected";
    case RouteSource::Static:
        return "static";
    case RouteSource::Ospf:
        return "ospf";
    }
    return "unknown";
}

// "[1/0] via 172.16.172.49" / "is directly connected, FastEthernet0/0" / OSPF with age.
std::string describeHop(const Route &route, const NextHop &hop, SimTime now)
{
    if (hop.gateway.isUnspecified())
        return "is directly connected, " + hop.interface;
    std::string text = "[" + std::to_string(route.distance) + "/" + std::to_string(route.metric) +
                       "] via " + hop.gateway.toString();
    if (route.source != RouteSource::Static && route.source != RouteSource::Connected)
        text += ", " + formatAge(now - route.installedAt);
    if (!hop.interface.empty())
        text += ", " + hop.interface;
    return text;
}

std::string routeLines(const Route &route, const std::string &destination, std::size_t codeWidth,
                       SimTime now, bool candidateDefault)
{
    std::string code = route.code + (candidateDefault ? "*" : "");
    std::string out;
    bool first = true;
    for (const NextHop &hop : route.nextHops) {
        if (first)
            out += padded(code, codeWidth) + destination + " " + describeHop(route, hop, now) + "\n";
        else
            out += std::string(codeWidth + destination.size() + 1, ' ') + describeHop(route, hop, now) + "\n";
        first = false;
    }
    return out;
}

// The routes themselves, grouped under their classful networks; only those `shown` picks.
std::string routeBlocks(const Rib &rib, SimTime now, const std::function<bool(const Route &)> &shown)
{
    std::string out;
    // Group by classful network; routes shorter than their class (supernets, default) stand alone.
    std::map<Ipv4Prefix, std::vector<const Route *>> groups;
    std::vector<const Route *> standalone;
    for (const Route *route : rib.installedRoutes()) {
        if (!shown(*route))
            continue;
        const Ipv4Prefix major = classfulNetwork(route->prefix.network());
        if (route->prefix.length() <= major.length())
            standalone.push_back(route);
        else
            groups[major].push_back(route);
    }
    // Walk networks in address order, standalone routes in their place.
    std::map<std::pair<std::uint32_t, int>, std::string> blocks;
    for (const auto &[major, routes] : groups) {
        std::set<int> lengths;
        for (const Route *route : routes)
            lengths.insert(route->prefix.length());
        std::string block;
        const std::string count = std::to_string(routes.size());
        if (lengths.size() == 1)
            block += "     " + major.toString().substr(0, major.toString().find('/')) + "/" +
                     std::to_string(*lengths.begin()) + " is subnetted, " + count + " subnets\n";
        else
            block += "     " + major.toString() + " is variably subnetted, " + count + " subnets, " +
                     std::to_string(lengths.size()) + " masks\n";
        for (const Route *route : routes) {
            const std::string destination = lengths.size() == 1 ? route->prefix.network().toString()
                                                                : route->prefix.toString();
            block += routeLines(*route, destination, 8, now, false);
        }
        blocks[{major.network().value(), major.length()}] += block;
    }
    for (const Route *route : standalone) {
        const bool isDefault = route->prefix.length() == 0;
        blocks[{route->prefix.network().value(), route->prefix.length()}] +=
            routeLines(*route, route->prefix.toString(), 5, now, isDefault);
    }
    for (const auto &[key, block] : blocks)
        out += block;
    return out;
}

} // namespace

std::string showIpRoute(const Rib &rib, SimTime now)
{
    std::string out = kCodes;
    out += "\n";
    const Route *defaultRoute = rib.installed(Ipv4Prefix(Ipv4Address(), 0));
    if (defaultRoute && !defaultRoute->nextHops.empty() && !defaultRoute->nextHops.front().gateway.isUnspecified())
        out += "Gateway of last resort is " + defaultRoute->nextHops.front().gateway.toString() +
               " to network 0.0.0.0\n\n";
    else
        out += "Gateway of last resort is not set\n\n";
    return out + routeBlocks(rib, now, [](const Route &) { return true; });
}

std::string showIpRouteOf(const Rib &rib, SimTime now, RouteSource source)
{
    return routeBlocks(rib, now, [source](const Route &route) { return route.source == source; });
}

std::string showIpRouteEntry(const Rib &rib, Ipv4Address address)
{
    const Route *route = rib.lookup(address);
    if (!route || route->prefix.length() == 0)
        return "% Network not in table\n";
    std::string out = "Routing entry for " + route->prefix.toString() + "\n";
    out += "  Known via \"" + std::string(sourceName(route->source)) + "\", distance " +
           std::to_string(route->distance) + ", metric " + std::to_string(route->metric);
    out += route->source == RouteSource::Connected ? " (connected, via interface)\n" : "\n";
    out += "  Routing Descriptor Blocks:\n";
    bool first = true;
    for (const NextHop &hop : route->nextHops) {
        out += first ? "  * " : "    ";
        if (hop.gateway.isUnspecified())
            out += "directly connected, via " + hop.interface + "\n";
        else
            out += hop.gateway.toString() + (hop.interface.empty() ? "" : ", via " + hop.interface) + "\n";
        out += "      Route metric is " + std::to_string(route->metric) + ", traffic share count is 1\n";
        first = false;
    }
    return out;
}

} // namespace routerlab
