#include "router/router_cli.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "router/kept_config_cli.h"
#include "router/line_cli.h"
#include "router/router.h"
#include "router/router_show.h"
#include "router/running_config.h"
#include "router/startup_config.h"
#include "router/system_cli.h"
#include "router/user_accounts_cli.h"

namespace routerlab {

using cli::CommandContext;

Router &routerOf(CommandContext &context) { return static_cast<Router &>(context.session->host()); }

Interface &configuredInterface(CommandContext &context)
{
    return *routerOf(context).findInterface(context.session->modeTarget());
}

namespace {

void enterInterface(CommandContext &context)
{
    Router &router = routerOf(context);
    const std::string &name = context.interfaceName();
    Interface *interface = router.findOrCreateInterface(name);
    if (!interface) {
        // The name is well formed but this chassis has no such port.
        const auto firstSpace = context.typedLine.find(' ');
        const auto secondWord = context.typedLine.find_first_not_of(' ', firstSpace);
        context.session->reportInvalidAt(context.typedLine, secondWord);
        return;
    }
    // A saved configuration lists every interface and writes `shutdown` only for those that
    // are down; replaying it therefore brings up each interface it names.
    if (context.session->replaying() && interface->isPhysical())
        interface->setAdminUp(true);
    context.session->enterMode("config-if", name);
}

void setTimestamps(CommandContext &context)
{
    Router &router = routerOf(context);
    TimestampStyle style;
    if (context.negated()) {
        style.kind = TimestampStyle::Kind::None;
    } else if (context.has("datetime")) {
        style.kind = TimestampStyle::Kind::Datetime;
        style.msec = context.has("msec");
        style.localtime = context.has("localtime");
        style.showTimezone = context.has("show-timezone");
    } else {
        style.kind = TimestampStyle::Kind::Uptime;
    }
    if (context.has("log"))
        router.logger().logStyle = style;
    else
        router.logger().debugStyle = style;
}

// Commands of a real 7200's exec mode that have nothing to act on in a lab without outbound
// sessions. They exist so that abbreviations resolve as on a router: `w` is `where` or
// `write`, `r` `reload` or `resume`, `e` `enable` or `exit`.
void installSessionCommands(cli::CommandTree &tree)
{
    for (const char *word : {"exit", "logout", "quit"}) {
        tree.install("exec", word, {"Exit from the EXEC"},
                     [](CommandContext &context) { context.session->logout(); });
    }
    tree.install("exec", "where", {"List active connections"},
                 [](CommandContext &context) { context.session->write("% No connections open\n"); });
    tree.install("exec", "resume", {"Resume an active network connection"},
                 [](CommandContext &context) { context.session->write("% No connection to resume\n"); });
}

void installModeCommands(cli::CommandTree &tree)
{
    installSessionCommands(tree);
    tree.install("exec", "disable", {"Turn off privileged commands"},
                 [](CommandContext &context) { context.session->setPrivilege(1); });
    tree.install("exec", "configure terminal",
                 {"Enter configuration mode", "Configure from the terminal"},
                 [](CommandContext &context) {
                     context.session->write(
                         "Enter configuration commands, one per line.  End with CNTL/Z.\n");
                     context.session->enterMode("config");
                 },
                 {15, false});
    // Every configuration mode, those modules and kept blocks declare too.
    tree.installInEveryConfigMode("end", {"Exit from configure mode"}, [](CommandContext &context) {
        context.session->endConfig();
        Router &router = routerOf(context);
        router.logger().log("SYS", 5, "CONFIG_I", "Configured from console by console");
    });
    tree.installInEveryConfigMode("exit", {"Exit from configure mode"},
                                  [](CommandContext &context) { context.session->exitMode(); });
    tree.install("config", "interface IFNAME", {"Select an interface to configure", "Interface name"},
                 enterInterface);
    tree.install("config", "no interface IFNAME",
                 {"Negate a command or set its defaults", "Select an interface to configure",
                  "Interface name"},
                 [](CommandContext &context) {
                     Router &router = routerOf(context);
                     if (!router.removeInterface(context.interfaceName()))
                         context.session->write("% Removal of physical interfaces is not permitted\n");
                     else
                         router.keptConfig().forgetScope(context.interfaceName());
                 });
}

void installGlobalCommands(cli::CommandTree &tree)
{
    tree.install("config", "hostname WORD", {"Set system's network name", "This system's network name"},
                 [](CommandContext &context) { routerOf(context).setHostname(context.word()); });
    tree.install("config", "service timestamps (debug|log) [uptime]",
                 {"Modify use of network based services", "Timestamp debug/log messages",
                  "Timestamp debug messages", "Timestamp log messages",
                  "Timestamp with system uptime"},
                 setTimestamps);
    tree.install("config",
                 "service timestamps (debug|log) datetime [msec] [localtime] [show-timezone]",
                 {"Modify use of network based services", "Timestamp debug/log messages",
                  "Timestamp debug messages", "Timestamp log messages",
                  "Timestamp with date and time", "Include milliseconds in timestamp",
                  "Use local time zone for timestamps", "Add time zone information to timestamp"},
                 setTimestamps);
    tree.install("config", "no service timestamps (debug|log)",
                 {"Negate a command or set its defaults", "Modify use of network based services",
                  "Timestamp debug/log messages", "Timestamp debug messages",
                  "Timestamp log messages"},
                 setTimestamps);
}

void installInterfaceCommands(cli::CommandTree &tree)
{
    tree.install("config-if", "ip address A.B.C.D A.B.C.D",
                 {"Interface Internet Protocol config commands", "Set the IP address of an interface",
                  "IP address", "IP subnet mask"},
                 [](CommandContext &context) {
                     Interface &interface = configuredInterface(context);
                     const Ipv4Address mask = context.ipv4(1);
                     if (!Ipv4Prefix::lengthFromMask(mask)) {
                         context.session->write("Bad mask 0x" + [&] {
                             char text[16];
                             std::snprintf(text, sizeof text, "%X", mask.value());
                             return std::string(text);
                         }() + " for address " + context.ipv4(0).toString() + "\n");
                         return;
                     }
                     interface.setAddress(context.ipv4(0), mask);
                 });
    tree.install("config-if", "no ip address [A.B.C.D A.B.C.D]",
                 {"Negate a command or set its defaults", "Interface Internet Protocol config commands",
                  "Set the IP address of an interface", "IP address", "IP subnet mask"},
                 [](CommandContext &context) { configuredInterface(context).clearAddress(); });
    tree.install("config-if", "[no] shutdown",
                 {"Negate a command or set its defaults", "Shutdown the selected interface"},
                 [](CommandContext &context) {
                     configuredInterface(context).setAdminUp(context.negated());
                 });
    tree.install("config-if", "duplex (full|half|auto)",
                 {"Configure duplex operation.", "Force full duplex operation",
                  "Force half-duplex operation", "Enable AUTO duplex configuration"},
                 [](CommandContext &context) {
                     configuredInterface(context).setDuplex(context.tokens.back().value);
                 });
    tree.install("config-if", "speed (10|100|auto)",
                 {"Configure speed operation.", "Force 10 Mbps operation",
                  "Force 100 Mbps operation", "Enable AUTO speed configuration"},
                 [](CommandContext &context) {
                     configuredInterface(context).setSpeed(context.tokens.back().value);
                 });
    tree.install("config-if", "no (duplex|speed)",
                 {"Negate a command or set its defaults", "Configure duplex operation.",
                  "Configure speed operation."},
                 [](CommandContext &context) {
                     Interface &interface = configuredInterface(context);
                     if (context.has("duplex"))
                         interface.setDuplex("auto");
                     else
                         interface.setSpeed("auto");
                 });
    tree.install("config-if", "[no] ip directed-broadcast",
                 {"Negate a command or set its defaults", "Interface Internet Protocol config commands",
                  "Enable forwarding of directed broadcasts"},
                 [](CommandContext &context) {
                     configuredInterface(context).directedBroadcast = !context.negated();
                 });
    tree.install("config-if", "[no] atm ilmi-keepalive",
                 {"Negate a command or set its defaults", "Modify ATM parameters",
                  "Enable ILMI keepalive"},
                 [](CommandContext &context) {
                     Interface &interface = configuredInterface(context);
                     if (interface.kind() != Interface::Kind::Atm) {
                         // Only ATM interfaces know the `atm` commands.
                         context.session->reportInvalidAt(context.typedLine,
                                                          context.typedLine.find("atm"));
                         return;
                     }
                     interface.atmIlmiKeepalive = !context.negated();
                 });
    tree.install("config-if", "description LINE",
                 {"Interface specific description", "Up to 240 characters describing this interface"},
                 [](CommandContext &context) { configuredInterface(context).description = context.line(); });
    tree.install("config-if", "no description",
                 {"Negate a command or set its defaults", "Interface specific description"},
                 [](CommandContext &context) { configuredInterface(context).description.clear(); });
}

} // namespace

void installRouterCommands(cli::CommandTree &tree, RunningConfigWriters &config)
{
    installModeCommands(tree);
    installGlobalCommands(tree);
    installSystemCommands(tree, config);
    installLineCommands(tree, config);
    installUserAccountCommands(tree, config);
    installInterfaceCommands(tree);
    installKeptConfigCommands(tree, config);
    installRouterShowCommands(tree);
    installRunningConfigCommands(tree, config);
    installStartupConfigCommands(tree);
    tree.install("exec", "show track", {"Show running system information", "Tracking information"},
                 [](CommandContext &context) {
                     Router &router = routerOf(context);
                     context.session->write(showTrack(router.tracks(), router.scheduler().now()));
                 });
}

} // namespace routerlab
