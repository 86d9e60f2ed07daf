#include "router/running_config.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "router/router.h"
#include "router/router_cli.h"

namespace routerlab {
namespace {

void writeInterface(const Router &router, const Interface &interface, ConfigWriter &out)
{
    out.line("interface " + interface.name());
    if (!interface.description.empty())
        out.line(" description " + interface.description);
    if (interface.carriesIp() && interface.hasAddress())
        out.line(" ip address " + interface.address().toString() + " " + interface.mask().toString());
    else
        out.line(" no ip address");
    if (interface.directedBroadcast)
        out.line(" ip directed-broadcast");
    const RunningConfigWriters &parts = router.configWriters();
    parts.writeInterfaceParts(router, interface, out, 0, interface_config_order::Media);
    if (!interface.adminUp())
        out.line(" shutdown");
    if (interface.kind() == Interface::Kind::Atm && !interface.atmIlmiKeepalive)
        out.line(" no atm ilmi-keepalive");
    if (interface.kind() == Interface::Kind::Ethernet) {
        if (interface.duplex != "auto")
            out.line(" duplex " + interface.duplex);
        if (interface.speed != "auto")
            out.line(" speed " + interface.speed);
    }
    parts.writeInterfaceParts(router, interface, out, interface_config_order::Media, INT32_MAX);
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
    config.add(config_order::Hostname, [](const Router &router, ConfigWriter &out) {
        out.line("hostname " + router.hostname());
    });
    config.add(config_order::Interfaces, [](const Router &router, ConfigWriter &out) {
        // Loopbacks first, then the physical ports in slot order, as IOS lists them.
        for (const auto &interface : router.interfaces()) {
            if (interface->kind() == Interface::Kind::Loopback)
                writeInterface(router, *interface, out);
        }
        for (const auto &interface : router.interfaces()) {
            if (interface->kind() != Interface::Kind::Loopback)
                writeInterface(router, *interface, out);
        }
    });
    tree.install("exec", "show running-config",
                 {"Show running system information", "Current operating configuration"},
                 [](cli::CommandContext &context) {
                     context.session->write(runningConfig(routerOf(context)) + "\n");
                 },
                 {15, false});
    tree.install("exec", "show running-config interface IFNAME",
                 {"Show running system information", "Current operating configuration",
                  "Show interface configuration", "Interface name"},
                 [](cli::CommandContext &context) {
                     const Router &router = routerOf(context);
                     const Interface *interface = router.findInterface(context.interfaceName());
                     if (!interface) {
                         context.session->reportInvalidAt(context.typedLine,
                                                          context.typedLine.rfind(' ') + 1);
                         return;
                     }
                     ConfigWriter out;
                     out.separator();
                     writeInterface(router, *interface, out);
                     // The block ends at "end", without the "!" the whole config has there.
                     std::string body = out.text().substr(0, out.text().size() - 2) + "end\n";
                     context.session->write("Building configuration...\n\nCurrent configuration : " +
                                            std::to_string(body.size()) + " bytes\n" + body + "\n");
                 },
                 {15, false});
}

} // namespace routerlab
