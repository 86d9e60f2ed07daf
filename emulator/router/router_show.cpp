#include "router/router_show.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "router/router.h"
#include "router/router_cli.h"

#include <cstdio>
#include <map>

namespace routerlab {
namespace {

std::string plural(long long count, const char *unit)
{
    return std::to_string(count) + " " + unit + (count == 1 ? "" : "s");
}

std::string hardwareName(const Interface &interface)
{
    if (interface.kind() == Interface::Kind::Loopback)
        return "Loopback";
    if (interface.kind() == Interface::Kind::Atm)
        return "ENHANCED ATM PA";
    const PortAdapterType *adapter = interface.portAdapter();
    if (adapter && adapter->portCount > 1)
        return "i82543 (Livengood)";
    return "DEC21140A";
}

std::string lastTime(SimTime now, std::optional<SimTime> when)
{
    if (!when)
        return "never";
    return formatAge(now - *when);
}

} // namespace

std::string formatUptime(long long seconds)
{
    const long long minutes = seconds / 60 % 60;
    const long long hours = seconds / 3600 % 24;
    const long long days = seconds / 86400 % 7;
    const long long weeks = seconds / (7 * 86400);
    std::string text;
    if (weeks)
        text += plural(weeks, "week") + ", ";
    if (weeks || days)
        text += plural(days, "day") + ", ";
    if (weeks || days || hours)
        text += plural(hours, "hour") + ", ";
    return text + plural(minutes, "minute");
}

std::string showVersion(Router &router)
{
    const ImageProfile &image = router.image();
    const RouterHardware &hardware = router.hardware();
    const ChassisDescriptor &chassis = router.chassis();
    std::string out;
    out += "Cisco Internetwork Operating System Software \n";
    out += "IOS (tm) " + image.softwareTitle + " (" + image.featureSet + "), " + image.releaseLine + "\n";
    for (const std::string &line : image.bannerLines)
        out += line + "\n";
    out += "\n";
    out += "ROM: " + image.romVersion + "\n";
    if (!image.bootLoader.empty())
        out += "BOOTLDR: " + image.bootLoader + "\n";
    out += "\n";
    const auto uptime = std::chrono::duration_cast<std::chrono::seconds>(
        router.scheduler().now() - router.bootedAt()).count();
    out += router.hostname() + " uptime is " + formatUptime(uptime) + "\n";
    out += std::string("System returned to ROM by ") + router.lastRestartCause() + "\n";
    out += "System image file is \"disk0:" + image.imageFile + "\"\n\n";
    const std::string model = hardware.model.empty() ? chassis.defaultModel : hardware.model;
    const std::string npe = hardware.npe.empty() ? chassis.defaultNpe : hardware.npe;
    auto npeInfo = chassis.npes.find(npe);
    out += "cisco " + model + " (" + npe.substr(0, 3) + npe.substr(4) + ") processor (revision A) with " +
           (npeInfo != chassis.npes.end() ? npeInfo->second : std::string("245760K/16384K")) +
           " bytes of memory.\n";
    out += "Processor board ID " + std::to_string(4000000 + hardware.macBase % 1000000) + "\n";
    out += "R7000 CPU at 350MHz, Implementation 39, Rev 3.3, 256KB L2, 4096KB L3 Cache\n";
    auto modelInfo = chassis.models.find(model);
    const int slotCount = modelInfo != chassis.models.end() ? modelInfo->second.slotCount : 7;
    out += std::to_string(slotCount - 1) + " slot VXR midplane, Version 2.1\n\n";
    out += "Last reset from power-on\n\n";
    std::map<std::string, int> counts;
    for (const auto &interface : router.interfaces()) {
        if (interface->isPhysical())
            ++counts[interface->portAdapter() ? interface->portAdapter()->interfaceType : "Ethernet"];
    }
    // IOS names each family by its media: "FastEthernet/IEEE 802.3", "ATM network".
    for (const auto &[type, count] : counts) {
        const std::string family = type == "FastEthernet" || type == "Ethernet"
                                       ? type + "/IEEE 802.3"
                                       : type == "ATM" ? std::string("ATM network") : type;
        out += std::to_string(count) + " " + family + " interface(s)\n";
    }
    out += "125K bytes of non-volatile configuration memory.\n\n";
    out += "Configuration register is 0x2102\n\n";
    return out;
}

std::string showInterface(Router &router, const Interface &interface)
{
    const SimTime now = router.scheduler().now();
    const InterfaceCounters &c = interface.counters;
    char line[256];
    std::string out = interface.name() + " is " + interface.statusText() + ", line protocol is " +
                      interface.protocolText() + " \n";
    out += "  Hardware is " + hardwareName(interface);
    if (interface.kind() == Interface::Kind::Ethernet)
        out += ", address is " + interface.mac().toCisco() + " (bia " + interface.mac().toCisco() + ")";
    out += "\n";
    if (!interface.description.empty())
        out += "  Description: " + interface.description + "\n";
    if (auto prefix = interface.primaryPrefix())
        out += "  Internet address is " + interface.address().toString() + "/" +
               std::to_string(prefix->length()) + "\n";
    // A PA-A3's AAL5 MTU is 4470 bytes and its delay 80 usec, as IOS prints them.
    const bool atm = interface.kind() == Interface::Kind::Atm;
    const bool loopback = interface.kind() == Interface::Kind::Loopback;
    const int mtu = loopback ? 1514 : atm ? 4470 : 1500;
    const int delay = loopback ? 5000 : atm ? 80 : 100;
    std::snprintf(line, sizeof line, "  MTU %d bytes, BW %d Kbit, DLY %d usec, \n", mtu,
                  interface.bandwidthKbit(), delay);
    out += line;
    out += "     reliability 255/255, txload 1/255, rxload 1/255\n";
    if (interface.kind() == Interface::Kind::Loopback) {
        out += "  Encapsulation LOOPBACK, loopback not set\n";
    } else if (interface.kind() == Interface::Kind::Atm) {
        out += "  Encapsulation ATM, loopback not set\n";
    } else {
        out += "  Encapsulation ARPA, loopback not set\n";
        out += "  Keepalive set (10 sec)\n";
        const bool full = interface.operatingFullDuplex();
        const std::string speed = std::to_string(interface.operatingSpeed()) + "Mb/s";
        out += std::string("  ") + (full ? "Full-duplex" : "Half-duplex") + ", " + speed + ", 100BaseTX/FX\n";
        out += "  ARP type: ARPA, ARP Timeout 04:00:00\n";
    }
    out += "  Last input " + lastTime(now, c.inputPackets ? std::optional<SimTime>(c.lastInput) : std::nullopt) +
           ", output " + lastTime(now, c.outputPackets ? std::optional<SimTime>(c.lastOutput) : std::nullopt) +
           ", output hang never\n";
    out += "  Last clearing of \"show interface\" counters never\n";
    const auto n = [](std::uint64_t value) { return std::to_string(value); };
    out += "  Input queue: 0/75/" + n(c.inputDrops) + "/0 (size/max/drops/flushes); Total output drops: " +
           n(c.outputDrops) + "\n";
    out += "  Queueing strategy: fifo\n  Output queue: 0/40 (size/max)\n";
    const auto inRate = interface.inputRate.rate(now);
    const auto outRate = interface.outputRate.rate(now);
    out += "  5 minute input rate " + n(inRate.bitsPerSecond) + " bits/sec, " + n(inRate.packetsPerSecond) +
           " packets/sec\n";
    out += "  5 minute output rate " + n(outRate.bitsPerSecond) + " bits/sec, " +
           n(outRate.packetsPerSecond) + " packets/sec\n";
    out += "     " + n(c.inputPackets) + " packets input, " + n(c.inputBytes) + " bytes\n";
    if (interface.kind() != Interface::Kind::Loopback)
        out += "     Received " + n(c.inputBroadcasts) + " broadcasts, " + n(c.inputErrors - c.crcErrors) +
               " runts, 0 giants, 0 throttles\n";
    out += "     " + n(c.inputErrors) + " input errors, " + n(c.crcErrors) + " CRC, 0 frame, 0 overrun, 0 ignored\n";
    out += "     " + n(c.outputPackets) + " packets output, " + n(c.outputBytes) + " bytes, 0 underruns\n";
    out += "     " + n(c.lateCollisions) + " output errors, " + n(c.collisions) + " collisions, " + n(c.resets) +
           " interface resets\n";
    if (interface.kind() == Interface::Kind::Ethernet) {
        out += "     0 babbles, " + n(c.lateCollisions) + " late collision, 0 deferred\n";
        out += "     " + n(c.carrierTransitions / 2) + " lost carrier, 0 no carrier\n";
    }
    out += "     0 output buffer failures, 0 output buffers swapped out\n";
    return out;
}

std::string showIpInterfaceBrief(const Router &router)
{
    std::string out = "Interface                  IP-Address      OK? Method Status                Protocol\n";
    char line[160];
    for (const auto &interface : router.interfaces()) {
        const std::string address = interface->hasAddress() ? interface->address().toString() : "unassigned";
        std::snprintf(line, sizeof line, "%-26s %-15s YES %-6s %-21s %s\n", interface->name().c_str(),
                      address.c_str(), interface->hasAddress() ? "NVRAM" : "unset",
                      interface->statusText(), interface->protocolText());
        out += line;
    }
    return out;
}

std::string showController(const Interface &interface)
{
    std::string out = "Interface " + interface.name() + "\n";
    out += "Hardware is " + hardwareName(interface) + "\n";
    if (const PortAdapterType *adapter = interface.portAdapter()) {
        out += "  Port adapter " + adapter->name + " (" + adapter->description + "), slot " +
               std::to_string(interface.slot()) + ", port " + std::to_string(interface.port()) + "\n";
    }
    if (interface.kind() == Interface::Kind::Ethernet) {
        out += "  Station address " + interface.mac().toCisco() + ", carrier " +
               (interface.carrier() ? "up" : "down") + ", " +
               (interface.operatingFullDuplex() ? "full" : "half") + " duplex, " +
               std::to_string(interface.operatingSpeed()) + " Mbps (" +
               (interface.speed == "auto" ? "auto" : "forced") + ")\n";
        char line[200];
        std::snprintf(line, sizeof line,
                      "  rx packets %llu, rx bytes %llu, runts %llu; tx packets %llu, tx bytes %llu, "
                      "tx drops %llu\n",
                      static_cast<unsigned long long>(interface.counters.inputPackets),
                      static_cast<unsigned long long>(interface.counters.inputBytes),
                      static_cast<unsigned long long>(interface.counters.inputErrors),
                      static_cast<unsigned long long>(interface.counters.outputPackets),
                      static_cast<unsigned long long>(interface.counters.outputBytes),
                      static_cast<unsigned long long>(interface.counters.outputDrops));
        out += line;
    } else if (interface.kind() == Interface::Kind::Atm) {
        out += std::string("  SAR is ") + (interface.adminUp() ? "running" : "halted") +
               ", framing SONET OC-3, carrier " + (interface.carrier() ? "up" : "down") + "\n";
    }
    return out;
}

void installRouterShowCommands(cli::CommandTree &tree)
{
    using cli::CommandContext;
    tree.install("exec", "show controllers [IFNAME]",
                 {"Show running system information", "Interface controller status", "Interface name"},
                 [](CommandContext &context) {
                     Router &router = routerOf(context);
                     for (const auto &interface : router.interfaces()) {
                         const bool wanted = context.countOf(cli::TokenKind::Interface) == 0 ||
                                             interface->name() == context.interfaceName();
                         if (wanted && interface->isPhysical())
                             context.session->write(showController(*interface));
                     }
                 });
    tree.install("exec", "terminal length <0-512>",
                 {"Set terminal line parameters", "Set number of lines on a screen",
                  "Number of lines on screen (0 for no pausing)"},
                 [](CommandContext &context) {
                     context.session->terminal.length = static_cast<int>(context.number());
                 });
    tree.install("exec", "terminal width <0-512>",
                 {"Set terminal line parameters", "Set width of the display terminal",
                  "Number of characters on a screen line"},
                 [](CommandContext &context) {
                     context.session->terminal.width = static_cast<int>(context.number());
                 });
    tree.install("exec", "terminal monitor",
                 {"Set terminal line parameters", "Copy debug output to the current terminal line"},
                 [](CommandContext &context) { context.session->terminal.monitor = true; });
    tree.install("exec", "terminal no monitor",
                 {"Set terminal line parameters", "Negate a command or set its defaults",
                  "Copy debug output to the current terminal line"},
                 [](CommandContext &context) { context.session->terminal.monitor = false; });
    tree.install("exec", "show version", {"Show running system information", "System hardware and software status"},
                 [](CommandContext &context) { context.session->write(showVersion(routerOf(context))); });
    tree.install("exec", "show interfaces [IFNAME]",
                 {"Show running system information", "Interface status and configuration", "Interface name"},
                 [](CommandContext &context) {
                     Router &router = routerOf(context);
                     if (context.countOf(cli::TokenKind::Interface) > 0) {
                         const Interface *interface = router.findInterface(context.interfaceName());
                         if (!interface) {
                             const auto offset = context.typedLine.rfind(' ');
                             context.session->reportInvalidAt(context.typedLine, offset + 1);
                             return;
                         }
                         context.session->write(showInterface(router, *interface));
                         return;
                     }
                     for (const auto &interface : router.interfaces())
                         context.session->write(showInterface(router, *interface));
                 });
    tree.install("exec", "show ip interface brief",
                 {"Show running system information", "IP information", "IP interface status and configuration",
                  "Brief summary of IP status and configuration"},
                 [](CommandContext &context) { context.session->write(showIpInterfaceBrief(routerOf(context))); });
}

} // namespace routerlab
