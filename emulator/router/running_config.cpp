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
        return std::string("no service timestamps ") + kind + "\n";
    case TimestampStyle::Kind::Uptime:
        return line + " uptime\n";
    case TimestampStyle::Kind::Datetime:
        line += " datetime";
        if (style.msec)
            line += " msec";
        if (style.localtime)
            line += " localtime";
        if (style.showTimezone)
            line += " show-timezone";
        return line + "\n";
    }
    return line + "\n";
}

std::string interfaceSection(const Interface &interface)
{
    std::string out = "interface " + interface.name() + "\n";
    if (!interface.description.empty())
        out += " description " + interface.description + "\n";
    if (interface.carriesIp()) {
        if (interface.hasAddress())
            out += " ip address " + interface.address().toString() + " " + interface.mask().toString() + "\n";
        else
            out += " no ip address\n";
    } else {
        out += " no ip address\n";
    }
    if (!interface.adminUp())
        out += " shutdown\n";
    if (interface.kind() == Interface::Kind::Ethernet) {
        if (interface.duplex != "auto")
            out += " duplex " + interface.duplex + "\n";
        if (interface.speed != "auto")
            out += " speed " + interface.speed + "\n";
    }
    return out + "!\n";
}

} // namespace

std::string runningConfig(const Router &router)
{
    std::string body = "!\n";
    body += "version " + router.image().configVersion + "\n";
    body += timestampLine("debug", const_cast<Router &>(router).logger().debugStyle);
    body += timestampLine("log", const_cast<Router &>(router).logger().logStyle);
    body += router.global.passwordEncryption ? "service password-encryption\n!\n"
                                             : "no service password-encryption\n!\n";
    body += "hostname " + router.hostname() + "\n!\n";
    if (router.image().minorVersion >= 3)
        body += "boot-start-marker\nboot-end-marker\n!\n";
    // Loopbacks first, then the physical ports in slot order, as IOS lists them.
    for (const auto &interface : router.interfaces()) {
        if (interface->kind() == Interface::Kind::Loopback)
            body += interfaceSection(*interface);
    }
    for (const auto &interface : router.interfaces()) {
        if (interface->kind() != Interface::Kind::Loopback)
            body += interfaceSection(*interface);
    }
    if (router.global.ipClassless)
        body += "ip classless\n";
    for (const StaticRoute &route : const_cast<Router &>(router).staticRoutes().configured()) {
        body += "ip route " + route.prefix.network().toString() + " " + route.prefix.mask().toString();
        if (!route.interface.empty())
            body += " " + route.interface;
        if (!route.gateway.isUnspecified())
            body += " " + route.gateway.toString();
        if (route.distance != 1)
            body += " " + std::to_string(route.distance);
        body += "\n";
    }
    body += "!\n";
    body += "line con 0\nline aux 0\nline vty 0 4\n!\nend\n";
    return "Building configuration...\n\nCurrent configuration : " + std::to_string(body.size()) +
           " bytes\n" + body;
}

void installRunningConfigCommands(cli::CommandTree &tree)
{
    tree.install("exec", "show running-config",
                 {"Show running system information", "Current operating configuration"},
                 [](cli::CommandContext &context) {
                     context.session->write(runningConfig(routerOf(context)) + "\n");
                 },
                 {15, false});
}

} // namespace routerlab
