#include "router/frame_kinds.h"

#include "net/frame_classifier.h"
#include "net/stp_bpdu.h"

namespace routerlab {
namespace {

constexpr std::uint16_t kIsakmpPort = 500;
constexpr std::uint16_t kIsakmpNatTraversalPort = 4500;

// RFC 3948: on port 4500 a zero "non-ESP marker" means IKE, anything else is an ESP SPI.
bool isNatTraversalIke(const FrameFacts &facts)
{
    const ByteView payload = facts.udp->payload;
    return payload.size() >= 4 && payload[0] == 0 && payload[1] == 0 && payload[2] == 0 && payload[3] == 0;
}

} // namespace

void addBaseFrameKinds(FrameClassifier &frames)
{
    frames.add("ARP", [](const FrameFacts &facts) { return facts.ethernet->hasType(EtherType::Arp); });
    frames.add("STP", [](const FrameFacts &facts) {
        return !facts.ethernet->isEthernetII() && decodeStpFrame(facts.frame).has_value();
    });
    frames.add("ICMP", [](const FrameFacts &facts) { return facts.isIpProtocol(IpProtocol::Icmp); });
    frames.add("OSPF", [](const FrameFacts &facts) { return facts.isIpProtocol(IpProtocol::Ospf); });
    frames.add("ESP", [](const FrameFacts &facts) {
        return facts.isIpProtocol(IpProtocol::Esp) ||
               (facts.hasUdpPort(kIsakmpNatTraversalPort) && !isNatTraversalIke(facts));
    });
    frames.add("ISAKMP", [](const FrameFacts &facts) {
        return facts.hasUdpPort(kIsakmpPort) || facts.hasUdpPort(kIsakmpNatTraversalPort);
    });
}

} // namespace routerlab
