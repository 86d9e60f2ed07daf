#include "router/ip_commands/ip_cli.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "cli/interface_names.h"
#include "router/ip_commands/acl_cli.h"
#include "router/ip_commands/cef_show.h"
#include "router/ip_commands/ip_debug.h"
#include "router/ip_commands/ping.h"
#include "ip/route_table_show.h"
#include "router/ip_commands/traceroute.h"
#include "router/debug_registry.h"
#include "router/router.h"
#include "router/router_cli.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

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

// Runs an operation that holds the session until it is done (ping, traceroute). The
// operation deletes itself afterwards; it lives in a shared_ptr its own callback owns.
template <typename Operation>
void runHeld(Router &router, cli::CliSession *session, typename Operation::Options options)
{
    session->hold();
    auto holder = std::make_shared<std::unique_ptr<Operation>>();
    *holder = std::make_unique<Operation>(
        router, options, [session](const std::string &text) { session->write(text); },
        [holder, session, &router] {
            router.scheduler().schedule(SimDuration{0}, [holder, session] {
                holder->reset();
                session->release();
            });
        });
    Operation *operation = holder->get();
    session->setInterrupt([operation] { operation->abort(); });
    operation->start();
}

// A source given as an interface name or one of our addresses; nullopt (and IOS's complaint
// written) when it is neither.
std::optional<Ipv4Address> pingSource(Router &router, cli::CliSession &session,
                                      const std::string &text)
{
    if (const auto address = Ipv4Address::parse(text)) {
        if (!router.ip().isLocalAddress(*address)) {
            session.write("% Invalid source address- IP address not on any of our up interfaces\n");
            return std::nullopt;
        }
        return *address;
    }
    const auto name = cli::canonicalInterfaceName(text);
    const Interface *interface = name ? router.findInterface(*name) : nullptr;
    if (!interface || !interface->hasAddress()) {
        session.write("% Invalid source interface\n");
        return std::nullopt;
    }
    return interface->address();
}

// `ping A.B.C.D [repeat N] [size N] [source X] [timeout N] [df-bit]`, options in any order.
void startPing(CommandContext &context)
{
    Router &router = routerOf(context);
    PingOperation::Options options;
    options.target = context.ipv4(0);
    const auto &tokens = context.tokens;
    for (std::size_t at = 2; at < tokens.size(); ++at) {
        const std::string &keyword = tokens[at].value;
        if (keyword == "df-bit") {
            options.dontFragment = true;
            continue;
        }
        if (at + 1 >= tokens.size())
            break;
        const std::string &value = tokens[++at].value;
        if (keyword == "repeat")
            options.repeat = std::stoi(value);
        else if (keyword == "size")
            options.datagramSize = std::stoi(value);
        else if (keyword == "timeout")
            options.timeout = std::chrono::seconds(std::stoi(value));
        else if (keyword == "source") {
            const auto source = pingSource(router, *context.session, value);
            if (!source)
                return;
            options.source = *source;
        }
    }
    runHeld<PingOperation>(router, context.session, options);
}

// Extended ping: IOS's dialogue, one question at a time, each answer read by the next step.
class ExtendedPingDialogue : public std::enable_shared_from_this<ExtendedPingDialogue> {
public:
    ExtendedPingDialogue(Router &router, cli::CliSession &session)
        : m_router(router), m_session(session)
    {}

    void start()
    {
        ask("Protocol [ip]: ", [](ExtendedPingDialogue &self, const std::string &answer) {
            if (!answer.empty() && answer != "ip") {
                self.m_session.write("% Unknown protocol - \"" + answer +
                                     "\", type \"ping ?\" for help\n");
                return;
            }
            self.askTarget();
        });
    }

private:
    using Step = void (*)(ExtendedPingDialogue &, const std::string &);

    void ask(const std::string &question, Step step)
    {
        auto self = shared_from_this();
        m_session.ask(question,
                      [self, step](const std::string &answer) { step(*self, trimmed(answer)); });
    }
    static std::string trimmed(const std::string &text)
    {
        const auto first = text.find_first_not_of(' ');
        if (first == std::string::npos)
            return {};
        return text.substr(first, text.find_last_not_of(' ') - first + 1);
    }
    // A number within bounds, or the default for an empty answer; nullopt after IOS's complaint.
    std::optional<long long> number(const std::string &answer, long long fallback, long long low,
                                    long long high)
    {
        if (answer.empty())
            return fallback;
        char *end = nullptr;
        const long long value = std::strtoll(answer.c_str(), &end, 0);
        if (*end != '\0' || value < low || value > high) {
            m_session.write("% A decimal number between " + std::to_string(low) + " and " +
                            std::to_string(high) + ".\n");
            return std::nullopt;
        }
        return value;
    }
    static bool yes(const std::string &answer)
    {
        return !answer.empty() && (answer[0] == 'y' || answer[0] == 'Y');
    }

    void askTarget()
    {
        ask("Target IP address: ", [](ExtendedPingDialogue &self, const std::string &answer) {
            const auto target = Ipv4Address::parse(answer);
            if (!target) {
                self.m_session.write(
                    "% Unrecognized host or address, or protocol not running.\n\n");
                return;
            }
            self.m_options.target = *target;
            self.ask("Repeat count [5]: ",
                     [](ExtendedPingDialogue &self, const std::string &answer) {
                         const auto repeat = self.number(answer, 5, 1, 2147483647);
                         if (!repeat)
                             return;
                         self.m_options.repeat = static_cast<int>(*repeat);
                         self.askSize();
                     });
        });
    }
    void askSize()
    {
        ask("Datagram size [100]: ", [](ExtendedPingDialogue &self, const std::string &answer) {
            const auto size = self.number(answer, 100, 36, 18024);
            if (!size)
                return;
            self.m_options.datagramSize = static_cast<int>(*size);
            self.ask("Timeout in seconds [2]: ",
                     [](ExtendedPingDialogue &self, const std::string &answer) {
                         const auto timeout = self.number(answer, 2, 0, 3600);
                         if (!timeout)
                             return;
                         self.m_options.timeout = std::chrono::seconds(*timeout);
                         self.ask("Extended commands [n]: ",
                                  [](ExtendedPingDialogue &self, const std::string &answer) {
                                      if (yes(answer))
                                          self.askSource();
                                      else
                                          self.askSweep();
                                  });
                     });
        });
    }
    void askSource()
    {
        ask("Source address or interface: ",
            [](ExtendedPingDialogue &self, const std::string &answer) {
                if (!answer.empty()) {
                    const auto source = pingSource(self.m_router, self.m_session, answer);
                    if (!source)
                        return;
                    self.m_options.source = *source;
                }
                self.ask("Type of service [0]: ",
                         [](ExtendedPingDialogue &self, const std::string &answer) {
                             const auto tos = self.number(answer, 0, 0, 255);
                             if (!tos)
                                 return;
                             self.m_options.tos = static_cast<std::uint8_t>(*tos);
                             self.ask("Set DF bit in IP header? [no]: ",
                                      [](ExtendedPingDialogue &self, const std::string &answer) {
                                          self.m_options.dontFragment = yes(answer);
                                          self.askData();
                                      });
                         });
            });
    }
    void askData()
    {
        ask("Validate reply data? [no]: ", [](ExtendedPingDialogue &self, const std::string &) {
            self.ask("Data pattern [0xABCD]: ", [](ExtendedPingDialogue &self,
                                                   const std::string &answer) {
                const auto pattern = self.number(answer, 0xabcd, 0, 0xffff);
                if (!pattern)
                    return;
                self.m_options.pattern = static_cast<std::uint16_t>(*pattern);
                self.ask("Loose, Strict, Record, Timestamp, Verbose[none]: ",
                         [](ExtendedPingDialogue &self, const std::string &) { self.askSweep(); });
            });
        });
    }
    void askSweep()
    {
        ask("Sweep range of sizes [n]: ", [](ExtendedPingDialogue &self, const std::string &) {
            self.m_options.blankLineFirst = false;
            runHeld<PingOperation>(self.m_router, &self.m_session, self.m_options);
        });
    }

    Router &m_router;
    cli::CliSession &m_session;
    PingOperation::Options m_options;
};

void startTraceroute(CommandContext &context)
{
    TracerouteOperation::Options options;
    options.target = context.ipv4(0);
    runHeld<TracerouteOperation>(routerOf(context), context.session, options);
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
                      interface->address().toString().c_str(), "-",
                      interface->mac().toCisco().c_str(), interface->name().c_str());
        out += line;
    }
    for (const AddressClaim &entry : router.ip().claims().all()) {
        std::snprintf(line, sizeof line, "Internet  %-16s%10s  %-14s  ARPA   %s\n",
                      entry.address.toString().c_str(), "-", entry.mac.toCisco().c_str(),
                      entry.interface.c_str());
        out += line;
    }
    router.ip().arpCache().expire(now);
    for (const ArpEntry *entry : router.ip().arpCache().entries()) {
        const std::string age =
            entry->complete ? std::to_string(std::chrono::duration_cast<std::chrono::minutes>(
                                                 now - entry->learnedAt)
                                                 .count())
                            : "0";
        std::snprintf(line, sizeof line, "Internet  %-16s%10s  %-14s  ARPA   %s\n",
                      entry->address.toString().c_str(), age.c_str(),
                      entry->complete ? entry->mac.toCisco().c_str() : "Incomplete",
                      entry->complete ? entry->interface.c_str() : "");
        out += line;
    }
    return out;
}

void installPingCommands(cli::CommandTree &tree)
{
    // IOS takes ping's options in any order; three of them is as many as anyone types.
    const std::string option =
        " [(repeat <1-2147483647>|size <36-18024>|source (IFNAME|A.B.C.D)|timeout <0-3600>|df-bit)]";
    const std::vector<std::string> optionHelp = {"specify repeat count",
                                                 "Repeat count",
                                                 "specify datagram size",
                                                 "Datagram size",
                                                 "specify source address or name",
                                                 "Source interface",
                                                 "Source address",
                                                 "specify timeout interval",
                                                 "Timeout in seconds",
                                                 "enable do not fragment bit in IP header"};
    std::vector<std::string> help = {"Send echo messages", "Ping destination address or hostname"};
    for (int slot = 0; slot < 3; ++slot)
        help.insert(help.end(), optionHelp.begin(), optionHelp.end());
    tree.install("exec", "ping A.B.C.D" + option + option + option, help, startPing);
    tree.install(
        "exec", "ping", {"Send echo messages"},
        [](CommandContext &context) {
            auto dialogue =
                std::make_shared<ExtendedPingDialogue>(routerOf(context), *context.session);
            dialogue->start();
        },
        cli::CommandOptions{15, false});
    tree.install("exec", "traceroute A.B.C.D",
                 {"Trace route to destination", "Trace route to destination address or hostname"},
                 startTraceroute);
}

} // namespace

void installIpCommands(cli::CommandTree &tree, RunningConfigWriters &config)
{
    config.add(config_order::IpRouting, [](const Router &router, ConfigWriter &out) {
        if (router.global().ipClassless)
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
                 [](CommandContext &context) { routerOf(context).global().ipClassless = !context.negated(); });

    tree.install("exec", "show ip route",
                 {"Show running system information", "IP information", "IP routing table"},
                 [](CommandContext &context) {
                     Router &router = routerOf(context);
                     context.session->write(showIpRoute(router.rib(), router.scheduler().now()));
                 });
    tree.install("exec", "show ip route (static|connected)$source",
                 {"Show running system information", "IP information", "IP routing table",
                  "Static routes", "Connected networks"},
                 [](CommandContext &context) {
                     Router &router = routerOf(context);
                     const bool isStatic = context.arguments().get<std::string>("source") == "static";
                     context.session->write(showIpRouteOf(router.rib(), router.scheduler().now(),
                                                          isStatic ? RouteSource::Static : RouteSource::Connected));
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

    installPingCommands(tree);
    installAccessListCommands(tree, config);
    installDebugCommands(tree);
    installIpDebugCommands(tree);
    installCefShowCommands(tree);
    cli::installDoCommand(tree);
}

} // namespace routerlab
