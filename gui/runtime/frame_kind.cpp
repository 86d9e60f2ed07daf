#include "runtime/frame_kind.h"

#include "net/ethernet_frame.h"
#include "net/ipv4_packet.h"
#include "net/stp_bpdu.h"
#include "net/udp_datagram.h"

namespace routerlab::gui {
namespace {

constexpr std::uint16_t kHsrpPort = 1985;
constexpr std::uint16_t kIsakmpPort = 500;
constexpr std::uint16_t kIsakmpNatTraversalPort = 4500;

// RFC 3948: on port 4500 a zero "non-ESP marker" means IKE, anything else is an ESP SPI.
FrameKind classifyNatTraversal(ByteView payload)
{
    if (payload.size() >= 4 && payload[0] == 0 && payload[1] == 0 && payload[2] == 0 &&
        payload[3] == 0)
        return FrameKind::Isakmp;
    return FrameKind::Esp;
}

FrameKind classifyUdp(const Ipv4Packet &packet)
{
    const auto udp = decodeUdp(packet.payload, packet.source, packet.destination);
    if (!udp)
        return FrameKind::Other;
    const auto isPort = [&udp](std::uint16_t port) {
        return udp->sourcePort == port || udp->destinationPort == port;
    };
    if (isPort(kHsrpPort))
        return FrameKind::Hsrp;
    if (isPort(kIsakmpNatTraversalPort))
        return classifyNatTraversal(udp->payload);
    if (isPort(kIsakmpPort))
        return FrameKind::Isakmp;
    return FrameKind::Other;
}

FrameKind classifyIpv4(ByteView bytes)
{
    const auto packet = decodeIpv4(bytes);
    if (!packet)
        return FrameKind::Other;
    switch (packet->protocol) {
    case IpProtocol::Icmp: return FrameKind::Icmp;
    case IpProtocol::Ospf: return FrameKind::Ospf;
    case IpProtocol::Esp: return FrameKind::Esp;
    case IpProtocol::Udp: return classifyUdp(*packet);
    default: return FrameKind::Other;
    }
}

} // namespace

FrameKind classifyFrame(ByteView frame)
{
    const auto ethernet = decodeEthernet(frame);
    if (!ethernet)
        return FrameKind::Other;
    if (!ethernet->isEthernetII())
        return decodeStpFrame(frame) ? FrameKind::Stp : FrameKind::Other;
    if (ethernet->hasType(EtherType::Arp))
        return FrameKind::Arp;
    if (ethernet->hasType(EtherType::Ipv4))
        return classifyIpv4(ethernet->payload);
    return FrameKind::Other;
}

QString frameKindName(FrameKind kind)
{
    switch (kind) {
    case FrameKind::Arp: return QStringLiteral("ARP");
    case FrameKind::Icmp: return QStringLiteral("ICMP");
    case FrameKind::Hsrp: return QStringLiteral("HSRP");
    case FrameKind::Stp: return QStringLiteral("STP");
    case FrameKind::Ospf: return QStringLiteral("OSPF");
    case FrameKind::Isakmp: return QStringLiteral("ISAKMP");
    case FrameKind::Esp: return QStringLiteral("ESP");
    case FrameKind::Other: break;
    }
    return QStringLiteral("Other");
}

QColor frameKindColor(FrameKind kind)
{
    switch (kind) {
    case FrameKind::Arp: return QColor(0xf5, 0xa6, 0x23);    // orange
    case FrameKind::Icmp: return QColor(0x2f, 0x80, 0xed);   // blue
    case FrameKind::Hsrp: return QColor(0x27, 0xae, 0x60);   // green, like an Active badge
    case FrameKind::Stp: return QColor(0x9b, 0x51, 0xe0);    // purple
    case FrameKind::Ospf: return QColor(0xeb, 0x57, 0x57);   // red
    case FrameKind::Isakmp: return QColor(0x00, 0xa3, 0xa3); // teal
    case FrameKind::Esp: return QColor(0x1a, 0x5e, 0x63);    // dark teal
    case FrameKind::Other: break;
    }
    return QColor(0x82, 0x82, 0x82);
}

} // namespace routerlab::gui
