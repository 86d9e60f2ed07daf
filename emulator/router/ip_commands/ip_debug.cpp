#include "router/ip_commands/ip_debug.h"

#include "cli/command_tree.h"
#include "ip/ipv4_stack.h"
#include "net/arp_packet.h"
#include "net/byte_reader.h"
#include "router/debug_registry.h"
#include "router/router.h"

namespace routerlab {
namespace {

constexpr const char *kIpPacket = "ip packet";
constexpr const char *kArp = "arp";

DebugCategory ipPacketCategory()
{
    return {kIpPacket,
            "Generic IP",
            "IP packet debugging",
            {"IP information", "General IP debugging and IPSO security transactions"}};
}

DebugCategory arpCategory()
{
    return {kArp, "Generic IP", "ARP packet debugging", {"IP ARP and HP Probe transactions"}};
}

// The indented line `debug ip packet detail` adds under each packet.
std::string detailLine(const Ipv4Packet &packet)
{
    ByteReader reader(packet.payload);
    switch (packet.protocol) {
    case IpProtocol::Icmp: {
        const auto type = reader.u8();
        const auto code = reader.u8();
        if (type && code)
            return "\n    ICMP type=" + std::to_string(*type) + ", code=" + std::to_string(*code);
        break;
    }
    case IpProtocol::Udp:
    case IpProtocol::Tcp: {
        const auto source = reader.u16();
        const auto destination = reader.u16();
        if (source && destination)
            return std::string("\n    ") + (packet.protocol == IpProtocol::Udp ? "UDP" : "TCP") +
                   " src=" + std::to_string(*source) + ", dst=" + std::to_string(*destination);
        break;
    }
    default:
        break;
    }
    return {};
}

// The packet as the debug line describes it, when ip packet debugging wants it.
const Ipv4Packet *wanted(Router &router, const PacketContext &context, bool &detail)
{
    const DebugFlags::Setting *setting = router.debugFlags().find(kIpPacket);
    if (!setting)
        return nullptr;
    const Ipv4Packet *packet = &context.packet();
    // A list that does not exist permits everything, as in IOS.
    if (setting->accessList != 0) {
        if (AccessList *list = router.ip().accessLists().find(setting->accessList);
            list && !list->permits(*packet))
            return nullptr;
    }
    detail = setting->detail;
    return packet;
}

std::string interfaceText(const IpInterface *interface)
{
    return interface ? interface->name() : std::string("local");
}

void hookPackets(Router &router, Ipv4Stack &stack, std::vector<Registration> &handles)
{
    handles.push_back(stack.addHook(HookPoint::LocalIn, -1000, [&router](PacketContext &context) {
        bool detail = false;
        if (auto packet = wanted(router, context, detail)) {
            router.logger().debug(
                "IP: s=" + packet->source.toString() + " (" + interfaceText(context.input) +
                "), d=" + packet->destination.toString() + " (" + interfaceText(context.input) +
                "), len " + std::to_string(packet->totalLength) + ", rcvd 3" +
                (detail ? detailLine(*packet) : ""));
        }
        return Verdict::Accept;
    }));
    // Forwarded and sent packets: first the routing decision, then the switching of it.
    auto routedVia = [&router](const Ipv4Packet &packet, const PacketContext &context) {
        router.logger().debug(
            "IP: tableid=0, s=" + packet.source.toString() + " (" + interfaceText(context.input) +
            "), d=" + packet.destination.toString() + " (" + interfaceText(context.output) +
            "), routed via " + (router.global().ipCef ? "FIB" : "RIB"));
    };
    handles.push_back(stack.addHook(HookPoint::Forward, -1000, [&router, routedVia](PacketContext &context) {
        bool detail = false;
        // CEF switches transit packets in the fast path, which `debug ip packet` never sees.
        if (router.global().ipCef)
            return Verdict::Accept;
        if (auto packet = wanted(router, context, detail)) {
            routedVia(*packet, context);
            router.logger().debug(
                "IP: s=" + packet->source.toString() + " (" + interfaceText(context.input) +
                "), d=" + packet->destination.toString() + " (" + interfaceText(context.output) +
                "), g=" + context.nextHop.toString() + ", len " +
                std::to_string(packet->totalLength) + ", forward" +
                (detail ? detailLine(*packet) : ""));
        }
        return Verdict::Accept;
    }));
    handles.push_back(stack.addHook(HookPoint::LocalOut, -1000, [&router, routedVia](PacketContext &context) {
        bool detail = false;
        if (auto packet = wanted(router, context, detail)) {
            routedVia(*packet, context);
            router.logger().debug("IP: s=" + packet->source.toString() +
                                  " (local), d=" + packet->destination.toString() + " (" +
                                  interfaceText(context.output) + "), len " +
                                  std::to_string(packet->totalLength) + ", sending" +
                                  (detail ? detailLine(*packet) : ""));
        }
        return Verdict::Accept;
    }));
}

Registration observeArp(Router &router, Ipv4Stack &stack)
{
    return stack.arp().addObserver([&router](IpInterface &interface, const ArpPacket &arp, bool sent) {
        if (!router.debugFlags().enabled(kArp))
            return;
        const char *operation = arp.operation == ArpOperation::Request ? "req" : "rep";
        std::string line = std::string("IP ARP: ") + (sent ? "sent " : "rcvd ") + operation +
                           " src " + arp.senderIp.toString() + " " + arp.senderMac.toCisco() + ",";
        // IOS spells out the target MAC only for what it sends, on a second line.
        if (sent)
            line += "\n                 dst " + arp.targetIp.toString() + " " +
                    arp.targetMac.toCisco() + " " + interface.name();
        else
            line += " dst " + arp.targetIp.toString() + " " + interface.name();
        router.logger().debug(line);
    });
}

void enableIpPacket(cli::CommandContext &context)
{
    DebugFlags::Setting setting;
    setting.group = ipPacketCategory().group;
    setting.detail = context.has("detail");
    if (context.countOf(cli::TokenKind::Range) > 0)
        setting.accessList = static_cast<int>(context.number());
    setting.text = "IP packet debugging is on";
    if (setting.detail)
        setting.text += " (detailed)";
    if (setting.accessList != 0)
        setting.text += " for access list " + std::to_string(setting.accessList);
    enableDebug(context, kIpPacket, setting);
}

} // namespace

std::vector<Registration> attachIpDebug(Router &router, Ipv4Stack &stack)
{
    std::vector<Registration> handles;
    hookPackets(router, stack, handles);
    handles.push_back(observeArp(router, stack));
    return handles;
}

void installIpDebugCommands(cli::CommandTree &tree)
{
    const DebugCategory ipPacket = ipPacketCategory();
    tree.install("exec", "debug ip packet [<1-199>] [detail]",
                 {"Debugging functions (see also 'undebug')", ipPacket.help[0], ipPacket.help[1],
                  "Access list", "Print more debugging detail"},
                 enableIpPacket, cli::CommandOptions{15, false});
    auto off = [](cli::CommandContext &context) { disableDebug(context, ipPacketCategory()); };
    tree.install(
        "exec", "undebug ip packet",
        {"Disable debugging functions (see also 'debug')", ipPacket.help[0], ipPacket.help[1]}, off,
        cli::CommandOptions{15, false});
    tree.install("exec", "no debug ip packet",
                 {"Negate a command or set its defaults",
                  "Debugging functions (see also 'undebug')", ipPacket.help[0], ipPacket.help[1]},
                 off, cli::CommandOptions{15, false});
    installDebugCategory(tree, arpCategory());
}

} // namespace routerlab
