#include "router/ip_commands/cef_show.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "ip/fib.h"
#include "router/router.h"
#include "router/router_cli.h"

#include <cstdio>
#include <map>

namespace routerlab {
namespace {

struct CefEntry {
    enum class Kind { Drop, Receive, Attached, Host, Route };
    Kind kind = Kind::Route;
    Ipv4Prefix prefix;
    std::string interface;
    Ipv4Address nextHop;
    Ipv4Address via;        // the gateway of a recursive route
    Ipv4Prefix resolvedVia; // the prefix that resolved it
    bool recursive = false;
    bool defaultHandler = false;
    std::uint64_t version = 0;
};

struct PrefixOrder {
    bool operator()(const Ipv4Prefix &a, const Ipv4Prefix &b) const
    {
        if (a.network() != b.network())
            return a.network().value() < b.network().value();
        return a.length() < b.length();
    }
};

using CefTable = std::map<Ipv4Prefix, CefEntry, PrefixOrder>;

void addEntry(CefTable &table, CefEntry entry)
{
    table.try_emplace(entry.prefix, std::move(entry));
}

// The CEF table as IOS builds it: routes first (they win over ARP host entries), then the
// receive entries of every address, then the fixed multicast and broadcast entries.
CefTable buildTable(Router &router)
{
    CefTable table;
    const Rib &rib = router.rib();
    const Ipv4Stack &ip = router.ip();
    std::uint64_t lowestVersion = ip.cefTableVersion();
    for (const Route *route : rib.installedRoutes()) {
        const std::uint64_t version = ip.cefStats(route->prefix).version;
        lowestVersion = std::min(lowestVersion, version);
        if (route->nextHops.empty())
            continue;
        const NextHop &hop = route->nextHops.front();
        CefEntry entry;
        entry.prefix = route->prefix;
        entry.version = version;
        if (!hop.interface.empty()) {
            const Interface *interface = router.findInterface(hop.interface);
            if (interface && interface->kind() == Interface::Kind::Loopback)
                continue; // a loopback's network is its own address: a receive entry
            entry.interface = hop.interface;
            entry.kind =
                hop.gateway.isUnspecified() ? CefEntry::Kind::Attached : CefEntry::Kind::Route;
            entry.nextHop = hop.gateway;
        } else {
            const auto adjacency = resolveAdjacency(rib, hop.gateway);
            if (!adjacency)
                continue;
            entry.interface = adjacency->interface;
            entry.nextHop = adjacency->nextHop;
            entry.via = hop.gateway;
            entry.recursive = true;
            entry.resolvedVia = adjacency->route->prefix;
        }
        addEntry(table, entry);
    }
    for (const ArpEntry *arp : ip.arpCache().entries()) {
        if (!arp->complete)
            continue;
        CefEntry entry;
        entry.kind = CefEntry::Kind::Host;
        entry.prefix = Ipv4Prefix(arp->address, 32);
        entry.interface = arp->interface;
        entry.nextHop = arp->address;
        if (const Route *connected = rib.lookup(arp->address))
            entry.version = ip.cefStats(connected->prefix).version;
        addEntry(table, entry);
    }
    auto receive = [&table](Ipv4Address address, std::uint64_t version, int length = 32) {
        CefEntry entry;
        entry.kind = CefEntry::Kind::Receive;
        entry.prefix = Ipv4Prefix(address, length);
        entry.version = version;
        table.insert_or_assign(entry.prefix, entry);
    };
    for (const auto &interface : router.interfaces()) {
        const auto prefix = interface->primaryPrefix();
        if (!interface->hasAddress() || !interface->lineProtocolUp() || !prefix)
            continue;
        const std::uint64_t version = ip.cefStats(*prefix).version;
        receive(interface->address(), version);
        if (prefix->length() < 31) {
            receive(prefix->network(), version);
            receive(prefix->broadcast(), version);
        }
    }
    CefEntry drop;
    drop.kind = CefEntry::Kind::Drop;
    drop.prefix = Ipv4Prefix(Ipv4Address(0), 0);
    drop.defaultHandler = true;
    addEntry(table, drop);
    drop.defaultHandler = false;
    drop.prefix = Ipv4Prefix(Ipv4Address(0xe0000000), 4);
    drop.version = lowestVersion;
    addEntry(table, drop);
    receive(Ipv4Address(0), lowestVersion);
    receive(Ipv4Address(0xe0000000), lowestVersion, 24); // link-local multicast
    receive(Ipv4Address(0xffffffff), lowestVersion);
    return table;
}

int dependenciesOf(const CefTable &table, const Ipv4Prefix &prefix)
{
    int count = 0;
    for (const auto &[key, entry] : table) {
        if (entry.recursive && entry.resolvedVia == prefix)
            ++count;
    }
    return count;
}

std::string entryText(Router &router, const CefTable &table, const CefEntry &entry)
{
    const std::string prefix =
        entry.prefix.network().toString() + "/" + std::to_string(entry.prefix.length());
    std::string head = prefix + ", version " + std::to_string(entry.version) + ", epoch 0";
    if (entry.kind == CefEntry::Kind::Receive)
        return head + ", receive\n";
    const ArpEntry *arp =
        entry.kind == CefEntry::Kind::Attached || entry.kind == CefEntry::Kind::Drop
            ? nullptr
            : router.ip().arpCache().find(entry.nextHop);
    const bool cached = arp && arp->complete;
    const CefPrefixStats stats = router.ip().cefStats(entry.prefix);
    const std::string dependencies =
        std::to_string(dependenciesOf(table, entry.prefix)) + " dependencies";
    std::string body =
        std::to_string(stats.packets) + " packets, " + std::to_string(stats.bytes) + " bytes\n";
    switch (entry.kind) {
    case CefEntry::Kind::Drop:
        if (entry.defaultHandler)
            head += ", attached, default route handler";
        body += "  via 0.0.0.0, " + dependencies + "\n    valid " +
                (entry.defaultHandler ? "null" : "drop") + " adjacency\n";
        break;
    case CefEntry::Kind::Attached:
        head += ", attached, connected";
        body += "  via " + entry.interface + ", " + dependencies + "\n    valid glean adjacency\n";
        break;
    case CefEntry::Kind::Host:
    case CefEntry::Kind::Route:
        if (entry.kind == CefEntry::Kind::Host)
            head += ", connected";
        if (cached)
            head += ", cached adjacency " + entry.nextHop.toString();
        if (entry.recursive) {
            body += "  via " + entry.via.toString() + ", " + dependencies + ", recursive\n";
            body += "    next hop " + entry.nextHop.toString() + ", " + entry.interface + " via " +
                    entry.resolvedVia.network().toString() + "/" +
                    std::to_string(entry.resolvedVia.length()) + "\n";
        } else {
            body += "  via " + entry.nextHop.toString() + ", " + entry.interface + ", " +
                    dependencies + "\n";
            body += "    next hop " + entry.nextHop.toString() + ", " + entry.interface + "\n";
        }
        body += cached ? "    valid cached adjacency\n" : "    valid glean adjacency\n";
        break;
    case CefEntry::Kind::Receive:
        break;
    }
    return head + "\n" + body;
}

} // namespace

std::string showIpCefDetail(Router &router)
{
    if (!router.global().ipCef)
        return "%CEF not running\n";
    const CefTable table = buildTable(router);
    std::string out = "IP CEF with switching (Table Version " +
                      std::to_string(router.ip().cefTableVersion()) + "), flags=0x0\n  " +
                      std::to_string(table.size()) +
                      " routes, 0 reresolve, 0 unresolved (0 old, 0 new), peak " +
                      std::to_string(table.size()) + "\n";
    for (const auto &[prefix, entry] : table)
        out += entryText(router, table, entry);
    return out;
}

std::string showIpCef(Router &router)
{
    if (!router.global().ipCef)
        return "%CEF not running\n";
    std::string out = "Prefix              Next Hop             Interface\n";
    char line[160];
    for (const auto &[prefix, entry] : buildTable(router)) {
        const std::string text =
            prefix.network().toString() + "/" + std::to_string(prefix.length());
        std::string nextHop;
        std::string interface;
        switch (entry.kind) {
        case CefEntry::Kind::Drop:
            nextHop = "drop";
            interface = entry.defaultHandler ? "Null0 (default route handler entry)" : "";
            break;
        case CefEntry::Kind::Receive:
            nextHop = "receive";
            break;
        case CefEntry::Kind::Attached:
            nextHop = "attached";
            interface = entry.interface;
            break;
        case CefEntry::Kind::Host:
        case CefEntry::Kind::Route:
            nextHop = entry.nextHop.toString();
            interface = entry.interface;
            break;
        }
        if (interface.empty())
            std::snprintf(line, sizeof line, "%-20s%s\n", text.c_str(), nextHop.c_str());
        else
            std::snprintf(line, sizeof line, "%-20s%-21s%s\n", text.c_str(), nextHop.c_str(),
                          interface.c_str());
        out += line;
    }
    return out;
}

std::string showIpCefEntry(Router &router, const Ipv4Address &address, const Ipv4Address *mask)
{
    if (!router.global().ipCef)
        return "%CEF not running\n";
    const CefTable table = buildTable(router);
    if (mask) {
        const auto length = Ipv4Prefix::lengthFromMask(*mask);
        if (!length)
            return "%Inconsistent address and mask\n";
        auto found = table.find(Ipv4Prefix(address, *length));
        return found == table.end() ? std::string() : entryText(router, table, found->second);
    }
    const CefEntry *best = nullptr;
    for (const auto &[prefix, entry] : table) {
        if (prefix.contains(address) && (!best || prefix.length() > best->prefix.length()))
            best = &entry;
    }
    return best ? entryText(router, table, *best) : std::string();
}

void installCefShowCommands(cli::CommandTree &tree)
{
    tree.install("exec", "show ip cef [detail]",
                 {"Show running system information", "IP information", "Cisco Express Forwarding",
                  "Display detailed information"},
                 [](cli::CommandContext &context) {
                     Router &router = routerOf(context);
                     context.session->write(context.has("detail") ? showIpCefDetail(router)
                                                                  : showIpCef(router));
                 });
    tree.install("exec", "show ip cef A.B.C.D [A.B.C.D] [detail]",
                 {"Show running system information", "IP information", "Cisco Express Forwarding",
                  "prefix (requires mask)", "prefix mask", "Display detailed information"},
                 [](cli::CommandContext &context) {
                     const Ipv4Address mask = context.countOf(cli::TokenKind::Ipv4) > 1
                                                  ? context.ipv4(1)
                                                  : Ipv4Address();
                     context.session->write(showIpCefEntry(
                         routerOf(context), context.ipv4(0),
                         context.countOf(cli::TokenKind::Ipv4) > 1 ? &mask : nullptr));
                 });
}

} // namespace routerlab
