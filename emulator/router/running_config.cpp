#include "router/running_config.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "router/router.h"
#include "router/router_cli.h"

namespace routerlab {
namespace {

std::string timestampLine(const char *kind, const TimestampStyle &style)
{
    std::string line = std::string("service timestamps ") + kind;
    switch (style.kind) {
    case TimestampStyle::Kind::None:
        return std::string("no service timestamps ") + kind;
    case TimestampStyle::Kind::Uptime:
        return line + " uptime";
    case TimestampStyle::Kind::Datetime:
        line += " datetime";
        if (style.msec)
            line += " msec";
        if (style.localtime)
            line += " localtime";
        if (style.showTimezone)
            line += " show-timezone";
        return line;
    }
    return line;
}

void writeInterface(const Interface &interface, ConfigWriter &out)
{
    out.line("interface " + interface.name());
    if (!interface.description.empty())
        out.line(" description " + interface.description);
    if (interface.carriesIp() && interface.hasAddress())
        out.line(" ip address " + interface.address().toString() + " " + interface.mask().toString());
    else
        out.line(" no ip address");
    if (!interface.adminUp())
        out.line(" shutdown");
    if (interface.kind() == Interface::Kind::Ethernet) {
        if (interface.duplex != "auto")
            out.line(" duplex " + interface.duplex);
        if (interface.speed != "auto")
            out.line(" speed " + interface.speed);
    }
    out.separator();
}

} // namespace

std::string runningConfig(const Router &router)
{
    const std::string body = router.runningConfig();
    return "Building configuration...\n\nCurrent configuration : " + std::to_string(body.size()) +
           " bytes\n" + body;
}

void installRunningConfigCommands(cli::CommandTree &tree, RunningConfigWriters &config)
{
    config.add(config_order::Version, [](const Router &router, ConfigWriter &out) {
        out.line("version " + router.image().configVersion);
    });
    config.add(config_order::Services, [](const Router &router, ConfigWriter &out) {
        Logger &logger = const_cast<Router &>(router).logger();
        out.line(timestampLine("debug", logger.debugStyle));
        out.line(timestampLine("log", logger.logStyle));
        out.line(router.global.passwordEncryption ? "service password-encryption"
                                                  : "no service password-encryption");
    });
    config.add(config_order::Hostname, [](const Router &router, ConfigWriter &out) {
        out.line("hostname " + router.hostname());
    });
    config.add(config_order::Boot, [](const Router &router, ConfigWriter &out) {
        if (router.image().minorVersion >= 3) {
            out.line("boot-start-marker");
            out.line("boot-end-marker");
        }
    });
    config.add(config_order::Interfaces, [](const Router &router, ConfigWriter &out) {
        // Loopbacks first, then the physical ports in slot order, as IOS lists them.
        for (const auto &interface : router.interfaces()) {
            if (interface->kind() == Interface::Kind::Loopback)
                writeInterface(*interface, out);
        }
        for (const auto &interface : router.interfaces()) {
            if (interface->kind() != Interface::Kind::Loopback)
                writeInterface(*interface, out);
        }
    });
    config.add(config_order::Lines, [](const Router &, ConfigWriter &out) {
        out.line("line con 0");
        out.line("line aux 0");
        out.line("line vty 0 4");
    });
    tree.install("exec", "show running-config",
                 {"Show running system information", "Current operating configuration"},
                 [](cli::CommandContext &context) {
                     context.session->write(runningConfig(routerOf(context)) + "\n");
                 },
                 {15, false});
}

} // namespace routerlab
