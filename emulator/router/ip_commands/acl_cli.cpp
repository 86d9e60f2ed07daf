#include "router/ip_commands/acl_cli.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "ip/access_list.h"
#include "router/router.h"
#include "router/router_cli.h"

namespace routerlab {
namespace {

using cli::CommandContext;
using cli::MatchedToken;
using cli::TokenKind;

// Reads "any" | "host A.B.C.D" | "A.B.C.D WILDCARD" [eq PORT] from the matched tokens at `at`.
WildcardAddress readAddress(const std::vector<MatchedToken> &tokens, std::size_t &at)
{
    WildcardAddress result = WildcardAddress::any();
    if (at >= tokens.size())
        return result;
    if (tokens[at].kind == TokenKind::Keyword && tokens[at].value == "any") {
        ++at;
        return result;
    }
    if (tokens[at].kind == TokenKind::Keyword && tokens[at].value == "host") {
        result =
            WildcardAddress::host(Ipv4Address::parse(tokens[at + 1].value).value_or(Ipv4Address()));
        at += 2;
        return result;
    }
    const Ipv4Address address = Ipv4Address::parse(tokens[at].value).value_or(Ipv4Address());
    Ipv4Address wildcard(0);
    if (at + 1 < tokens.size() && tokens[at + 1].kind == TokenKind::Ipv4) {
        wildcard = Ipv4Address::parse(tokens[at + 1].value).value_or(Ipv4Address());
        ++at;
    }
    ++at;
    // IOS keeps only the bits the wildcard does not mask.
    return WildcardAddress{Ipv4Address(address.value() & ~wildcard.value()), wildcard};
}

std::optional<std::uint16_t> readPort(const std::vector<MatchedToken> &tokens, std::size_t &at)
{
    if (at + 1 >= tokens.size() || tokens[at].kind != TokenKind::Keyword ||
        tokens[at].value != "eq")
        return std::nullopt;
    const auto port = static_cast<std::uint16_t>(std::stoi(tokens[at + 1].value));
    at += 2;
    return port;
}

void addEntry(CommandContext &context)
{
    const auto &tokens = context.tokens;
    // access-list N (permit|deny) ...
    const int number = std::stoi(tokens[1].value);
    AccessListEntry entry;
    entry.permit = tokens[2].value == "permit";
    std::size_t at = 3;
    if (number >= 100) {
        const std::string &protocol = tokens[at++].value;
        entry.protocol = protocol == "icmp"  ? AccessListEntry::Protocol::Icmp
                         : protocol == "tcp" ? AccessListEntry::Protocol::Tcp
                         : protocol == "udp" ? AccessListEntry::Protocol::Udp
                                             : AccessListEntry::Protocol::Ip;
        entry.source = readAddress(tokens, at);
        entry.sourcePort = readPort(tokens, at);
        entry.destination = readAddress(tokens, at);
        entry.destinationPort = readPort(tokens, at);
    } else {
        entry.source = readAddress(tokens, at);
    }
    routerOf(context).ip().accessLists().getOrCreate(number).add(entry);
}

std::string showLists(Router &router, int only)
{
    const bool sequenceNumbers =
        router.image().majorVersion > 12 ||
        (router.image().majorVersion == 12 && router.image().minorVersion >= 3);
    std::string out;
    for (const auto &[number, list] : router.ip().accessLists().all()) {
        if (only == 0 || only == number)
            out += list.show(sequenceNumbers);
    }
    return out;
}

} // namespace

void installAccessListCommands(cli::CommandTree &tree, RunningConfigWriters &config)
{
    config.add(config_order::AccessLists, [](const Router &router, ConfigWriter &out) {
        for (const auto &[number, list] : const_cast<Router &>(router).ip().accessLists().all()) {
            for (const AccessListEntry &entry : list.entries())
                out.line("access-list " + std::to_string(number) + " " +
                         entry.toConfig(list.extended()));
        }
    });

    tree.install("config", "access-list <1-99> (permit|deny) (any|host A.B.C.D|A.B.C.D [A.B.C.D])",
                 {"Add an access list entry", "IP standard access list",
                  "Specify packets to forward", "Specify packets to reject", "Any source host",
                  "A single host address", "Host address", "Address to match", "Wildcard bits"},
                 addEntry);
    const std::string addresses = "(any|host A.B.C.D|A.B.C.D A.B.C.D)";
    const std::vector<std::string> sourceHelp = {"Any source host", "A single source host",
                                                 "Source address", "Source address",
                                                 "Source wildcard bits"};
    const std::vector<std::string> destinationHelp = {
        "Any destination host", "A single destination host", "Destination address",
        "Destination address", "Destination wildcard bits"};
    const std::vector<std::string> portHelp = {"Match only packets on a given port number",
                                               "Port number"};
    std::vector<std::string> help = {
        "Add an access list entry",   "IP extended access list",
        "Specify packets to forward", "Specify packets to reject",
        "Any Internet Protocol",      "Internet Control Message Protocol"};
    help.insert(help.end(), sourceHelp.begin(), sourceHelp.end());
    help.insert(help.end(), destinationHelp.begin(), destinationHelp.end());
    tree.install("config",
                 "access-list <100-199> (permit|deny) (ip|icmp) " + addresses + " " + addresses,
                 help, addEntry);
    help = {"Add an access list entry",      "IP extended access list",
            "Specify packets to forward",    "Specify packets to reject",
            "Transmission Control Protocol", "User Datagram Protocol"};
    help.insert(help.end(), sourceHelp.begin(), sourceHelp.end());
    help.insert(help.end(), portHelp.begin(), portHelp.end());
    help.insert(help.end(), destinationHelp.begin(), destinationHelp.end());
    help.insert(help.end(), portHelp.begin(), portHelp.end());
    tree.install("config",
                 "access-list <100-199> (permit|deny) (tcp|udp) " + addresses + " [eq <0-65535>] " +
                     addresses + " [eq <0-65535>]",
                 help, addEntry);
    auto removeList = [](CommandContext &context) {
        routerOf(context).ip().accessLists().remove(static_cast<int>(context.number()));
    };
    tree.install("config", "no access-list <1-99>",
                 {"Negate a command or set its defaults", "Add an access list entry",
                  "IP standard access list"},
                 removeList);
    tree.install("config", "no access-list <100-199>",
                 {"Negate a command or set its defaults", "Add an access list entry",
                  "IP extended access list"},
                 removeList);

    auto show = [](CommandContext &context) {
        const int only = context.countOf(TokenKind::Range) ? static_cast<int>(context.number()) : 0;
        context.session->write(showLists(routerOf(context), only));
    };
    tree.install("exec", "show access-lists [<1-199>]",
                 {"Show running system information", "List access lists", "ACL number"}, show);
    tree.install("exec", "show ip access-lists [<1-199>]",
                 {"Show running system information", "IP information", "List IP access lists",
                  "Access list number"},
                 show);
}

} // namespace routerlab
