#include "router/line_cli.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "router/router.h"
#include "router/router_cli.h"

#include <algorithm>

namespace routerlab {

using cli::CommandContext;

namespace {

constexpr const char *kNo = "Negate a command or set its defaults";

// The block a config-line command applies to: the mode target is "con 0", "aux 0" or "vty 0 4".
LineConfig &configuredLine(CommandContext &context)
{
    Router &router = routerOf(context);
    const std::string &target = context.session->modeTarget();
    if (target.rfind("con", 0) == 0)
        return router.consoleLine();
    if (target.rfind("aux", 0) == 0)
        return router.auxLine();
    return router.vtyLines();
}

void installLineModes(cli::CommandTree &tree)
{
    tree.install("config", "line (con|aux) <0-0>",
                 {"Configure a terminal line", "Primary terminal line", "Auxiliary line",
                  "First Line number"},
                 [](CommandContext &context) {
                     context.session->enterMode("config-line", context.tokens[1].value + " 0");
                 });
    tree.install(
        "config", "line vty <0-15> [<0-15>]",
        {"Configure a terminal line", "Virtual terminal", "First Line number", "Last Line number"},
        [](CommandContext &context) {
            // One block serves every vty, written as IOS's default `line vty 0 4`.
            context.session->enterMode("config-line", "vty 0 4");
        });
}

void installLineSettings(cli::CommandTree &tree)
{
    tree.install("config-line", "exec-timeout <0-35791> [<0-2147483>]",
                 {"Set the EXEC timeout", "Timeout in minutes", "Timeout in seconds"},
                 [](CommandContext &context) {
                     LineConfig &line = configuredLine(context);
                     line.execTimeoutMinutes = static_cast<int>(context.number(0));
                     line.execTimeoutSeconds = context.countOf(cli::TokenKind::Range) > 1
                                                   ? static_cast<int>(context.number(1))
                                                   : 0;
                 });
    tree.install("config-line", "no exec-timeout", {kNo, "Set the EXEC timeout"},
                 [](CommandContext &context) {
                     LineConfig &line = configuredLine(context);
                     line.execTimeoutMinutes = LineConfig{}.execTimeoutMinutes;
                     line.execTimeoutSeconds = LineConfig{}.execTimeoutSeconds;
                 });
    tree.install("config-line", "login", {"Enable password checking"},
                 [](CommandContext &context) {
                     configuredLine(context).login = LineLogin::Password;
                 });
    tree.install("config-line", "login local",
                 {"Enable password checking", "Local password checking"},
                 [](CommandContext &context) { configuredLine(context).login = LineLogin::Local; });
    tree.install("config-line", "no login [local]",
                 {kNo, "Enable password checking", "Local password checking"},
                 [](CommandContext &context) { configuredLine(context).login = LineLogin::None; });
    tree.install(
        "config-line", "password LINE",
        {"Set a password", "The UNENCRYPTED (cleartext) line password"},
        [](CommandContext &context) { configuredLine(context).password = context.line(); });
    tree.install("config-line", "no password", {kNo, "Set a password"},
                 [](CommandContext &context) { configuredLine(context).password.clear(); });
    tree.install(
        "config-line", "stopbits (1|1.5|2)",
        {"Set async line stop bits", "One stop bit", "One and one-half stop bits", "Two stop bits"},
        [](CommandContext &context) {
            const std::string &value = context.tokens.back().value;
            // 1.5 is kept as 15 so the field stays an int; IOS prints it back as 1.5.
            configuredLine(context).stopbits = value == "1.5" ? 15 : std::stoi(value);
        });
    tree.install(
        "config-line", "no stopbits", {kNo, "Set async line stop bits"},
        [](CommandContext &context) { configuredLine(context).stopbits = LineConfig{}.stopbits; });
    tree.install("config-line", "[no] logging synchronous",
                 {kNo, "Modify message logging facilities", "Synchronized message output"},
                 [](CommandContext &context) {
                     configuredLine(context).loggingSynchronous = !context.negated();
                 });

    const std::vector<std::string> transportHelp = {
        "Define transport protocols for line",
        "Define which protocols to use when connecting to the terminal server",
        "Define which protocols to use for outgoing connections",
        "Specify the preferred protocol to use",
        "All protocols",
        "No protocols",
        "TCP/IP Telnet protocol",
        "TCP/IP SSH protocol"};
    const auto setTransport = [](CommandContext &context) {
        LineConfig &line = configuredLine(context);
        std::string protocols;
        for (std::size_t i = 2; i < context.tokens.size(); ++i)
            protocols += (protocols.empty() ? "" : " ") + context.tokens[i].value;
        const std::string &which = context.tokens[1].value;
        (which == "input"    ? line.transportInput
         : which == "output" ? line.transportOutput
                             : line.transportPreferred) = protocols;
    };
    tree.install("config-line", "transport (input|output|preferred) (all|none|telnet|ssh)",
                 transportHelp, setTransport);
    tree.install("config-line", "transport (input|output|preferred) (telnet|ssh) (telnet|ssh)",
                 {transportHelp[0], transportHelp[1], transportHelp[2], transportHelp[3],
                  transportHelp[6], transportHelp[7], transportHelp[6], transportHelp[7]},
                 setTransport);
    tree.install("config-line", "no transport (input|output|preferred)",
                 {kNo, transportHelp[0], transportHelp[1], transportHelp[2], transportHelp[3]},
                 [](CommandContext &context) {
                     LineConfig &line = configuredLine(context);
                     const std::string &which = context.tokens[2].value;
                     (which == "input"    ? line.transportInput
                      : which == "output" ? line.transportOutput
                                          : line.transportPreferred)
                         .clear();
                 });
}

// The console is the only line a user can be on, so it is the line `show users` runs on (the
// star), idle for no time at all; the user is the one `login local` let in.
std::string showUsers(const cli::CliSession &session)
{
    std::string user = session.user;
    user.resize(std::max<std::size_t>(user.size(), 10), ' '); // IOS's %-10s
    return "    Line       User       Host(s)              Idle       Location\n"
           "*  0 con 0     " +
           user + " idle                 00:00:00   \n\n"
                  "  Interface    User               Mode         Idle     Peer Address\n\n";
}

// IOS order inside a line block: exec-timeout, password, logging synchronous, login,
// transport preferred/input/output, stopbits.
void writeLine(const std::string &header, const LineConfig &line, ConfigWriter &out)
{
    const LineConfig defaults;
    out.line(header);
    if (line.execTimeoutMinutes != defaults.execTimeoutMinutes ||
        line.execTimeoutSeconds != defaults.execTimeoutSeconds)
        out.line(" exec-timeout " + std::to_string(line.execTimeoutMinutes) + " " +
                 std::to_string(line.execTimeoutSeconds));
    if (!line.password.empty())
        out.line(" password " + line.password);
    if (line.loggingSynchronous)
        out.line(" logging synchronous");
    if (line.login == LineLogin::Password)
        out.line(" login");
    else if (line.login == LineLogin::Local)
        out.line(" login local");
    if (!line.transportPreferred.empty())
        out.line(" transport preferred " + line.transportPreferred);
    if (!line.transportInput.empty())
        out.line(" transport input " + line.transportInput);
    if (!line.transportOutput.empty())
        out.line(" transport output " + line.transportOutput);
    if (line.stopbits != defaults.stopbits)
        out.line(" stopbits " +
                 (line.stopbits == 15 ? std::string("1.5") : std::to_string(line.stopbits)));
}

} // namespace

void installLineCommands(cli::CommandTree &tree, RunningConfigWriters &config)
{
    installLineModes(tree);
    installLineSettings(tree);
    tree.install("exec", "show users",
                 {"Show running system information", "Display information about terminal lines"},
                 [](CommandContext &context) {
                     context.session->write(showUsers(*context.session));
                 });
    config.add(config_order::Lines, [](const Router &router, ConfigWriter &out) {
        writeLine("line con 0", router.consoleLine(), out);
        writeLine("line aux 0", router.auxLine(), out);
        writeLine("line vty 0 4", router.vtyLines(), out);
    });
}

} // namespace routerlab
