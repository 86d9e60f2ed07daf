#include "ip/ip_cli.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "ip/ping.h"
#include "ip/route_table_show.h"
#include "router/router.h"
#include "router/router_cli.h"

#include <cstdio>

namespace routerlab {
namespace {

using cli::CommandContext;
using cli::TokenKind;

std::optional<StaticRoute> staticRouteFrom(CommandContext &context)
{
    const Ipv4Address mask = context.ipv4(1);
    const auto length = Ipv4Prefix::lengthFromMask(mask);
    if (!length) {
        context.session->write("%Inconsistent address and mask\n");
        return std::nullopt;
    }
    StaticRoute route;
    route.prefix = Ipv4Prefix(context.ipv4(0), *length);
    if (route.prefix.network() != context.ipv4(0)) {
        context.session->write("%Inconsistent address and mask\n");
        return std::nullopt;
    }
    if (context.countOf(TokenKind::Interface) > 0)
        route.interface = context.interfaceName();
    if (context.countOf(TokenKind::Ipv4) > 2)
        route.gateway = context.ipv4(2);
    if (context.countOf(TokenKind::Range) > 0)
        route.distance = static_cast<int>(context.number());
    return route;
}

void startPing(CommandContext &context, Ipv4Address target)
{
    Router &router = routerOf(context);
    cli::CliSession *session = context.session;
    PingOperation::Options options;
    options.target = target;
    if (context.has("repeat"))
        options.repeat = static_cast<int>(context.number(0));
    if (context.has("size"))
        options.datagramSize = static_cast<int>(context.number(context.has("repeat") ? 1 : 0));
    if (context.has("source")) {
        if (context.countOf(TokenKind::Interface) > 0) {
            const Interface *interface = router.findInterface(context.interfaceName());
            if (!interface || !interface->hasAddress()) {
                session->write("% Invalid source interface\n");
                return;
            }
            options.source = interface->address();
        } else {
            options.source = context.ipv4(1);
            if (!router.ip().isLocalAddress(options.source)) {
                session->write("% Invalid source address- IP address not on any of our up interfaces\n");
                return;
            }
        }
    }
    session->hold();
    // The operation deletes itself when done; it lives in a shared_ptr its own callback owns.
    auto holder = std::make_shared<std::unique_ptr<PingOperation>>();
    *holder = std::make_unique<PingOperation>(
        router, options, [session](const std::string &text) { session->write(text); },
        [holder, session, &router] {
            router.scheduler().schedule(SimDuration{0}, [holder, session] {
                holder->reset();
                session->release();
            });
        });
    (*holder)->start();
}

std::string showIpArp(Router &router)
{
    std::string out = "Protocol  Address          Age (min)  Hardware Addr   Type   Interface\n";
    char line[160];
    const SimTime now = router.scheduler().now();
    for (const auto &interface : router.interfaces()) {
        if (interface->kind() != Interface::Kind::Ethernet || !interface->hasAddress() ||
            !interface->lineProtocolUp())
            continue;
        std::snprintf(line, sizeof line, "Internet  %-16s%10s  %-14s  ARPA   %s\n",
                      interface->address().toString().c_str(), "-", interface->mac().toCisco().c_str(),
                      interface->name().c_str());
        out += line;
    }
    router.ip().arpCache().expire(now);
    for (const ArpEntry *entry : router.ip().arpCache().entries()) {
        const std::string age =
            entry->complete ? std::to_string(std::chrono::duration_cast<std::chrono::minutes>(now - entry->learnedAt).count())
                            : "0";
        std::snprintf(line, sizeof line, "Internet  %-16s%10s  %-14s  ARPA   %s\n",
                      entry->address.toString().c_str(), age.c_str(),
                      entry->complete ? entry->mac.toCisco().c_str() : "Incomplete",
                      entry->complete ? entry->interface.c_str() : "");
        out += line;
    }
    return out;
}

} // namespace

void installIpCommands(cli::CommandTree &tree, RunningConfigWriters &config)
{
    config.add(config_order::IpRouting, [](const Router &router, ConfigWriter &out) {
        if (router.global.ipClassless)
            out.line("ip classless");
        for (const StaticRoute &route : const_cast<Router &>(router).staticRoutes().configured()) {
            std::string line = "ip route " + route.prefix.network().toString() + " " + route.prefix.mask().toString();
            if (!route.interface.empty())
                line += " " + route.interface;
            if (!route.gateway.isUnspecified())
                line += " " + route.gateway.toString();
            if (route.distance != 1)
                line += " " + std::to_string(route.distance);
            out.line(line);
        }
    });
    const std::vector<std::string> routeHelp = {
        "Global IP configuration subcommands", "Establish static routes", "Destination prefix",
        "Destination prefix mask", "Forwarding router's address", "Distance metric for this route"};
    auto addRoute = [](CommandContext &context) {
        if (auto route = staticRouteFrom(context))
            routerOf(context).staticRoutes().add(*route);
    };
    auto removeRoute = [](CommandContext &context) {
        if (auto route = staticRouteFrom(context))
            routerOf(context).staticRoutes().remove(*route);
    };
    tree.install("config", "ip route A.B.C.D A.B.C.D A.B.C.D [<1-255>]", routeHelp, addRoute);
    tree.install("config", "ip route A.B.C.D A.B.C.D IFNAME [A.B.C.D] [<1-255>]",
                 {"Global IP configuration subcommands", "Establish static routes", "Destination prefix",
                  "Destination prefix mask", "Interface name", "Forwarding router's address",
                  "Distance metric for this route"},
                 addRoute);
    tree.install("config", "no ip route A.B.C.D A.B.C.D [A.B.C.D] [<1-255>]",
                 {"Negate a command or set its defaults", "Global IP configuration subcommands",
                  "Establish static routes", "Destination prefix", "Destination prefix mask",
                  "Forwarding router's address", "Distance metric for this route"},
                 removeRoute);
    tree.install("config", "no ip route A.B.C.D A.B.C.D IFNAME [A.B.C.D] [<1-255>]",
                 {"Negate a command or set its defaults", "Global IP configuration subcommands",
                  "Establish static routes", "Destination prefix", "Destination prefix mask",
                  "Interface name", "Forwarding router's address", "Distance metric for this route"},
                 removeRoute);
    tree.install("config", "[no] ip classless",
                 {"Negate a command or set its defaults", "Global IP configuration subcommands",
                  "Follow classless routing forwarding rules"},
                 [](CommandContext &context) { routerOf(context).global.ipClassless = !context.negated(); });

    tree.install("exec", "show ip route",
                 {"Show running system information", "IP information", "IP routing table"},
                 [](CommandContext &context) {
                     Router &router = routerOf(context);
                     context.session->write(showIpRoute(router.rib(), router.scheduler().now()));
                 });
    tree.install("exec", "show ip route A.B.C.D",
                 {"Show running system information", "IP information", "IP routing table",
                  "Network to display information about or host"},
                 [](CommandContext &context) {
                     context.session->write(showIpRouteEntry(routerOf(context).rib(), context.ipv4()));
                 });
    tree.install("exec", "show ip arp",
                 {"Show running system information", "IP information", "IP ARP table"},
                 [](CommandContext &context) { context.session->write(showIpArp(routerOf(context))); });
    tree.install("exec", "show arp", {"Show running system information", "ARP table"},
                 [](CommandContext &context) { context.session->write(showIpArp(routerOf(context))); });

    const std::vector<std::string> pingHelp = {
        "Send echo messages", "Ping destination address or hostname", "specify repeat count",
        "Repeat count", "specify datagram size", "Datagram size", "specify source address or name",
        "Source interface", "Source address"};
    tree.install("exec", "ping A.B.C.D [repeat <1-2147483647>] [size <36-18024>] [source (IFNAME|A.B.C.D)]",
                 pingHelp, [](CommandContext &context) { startPing(context, context.ipv4(0)); });
}

} // namespace routerlab
