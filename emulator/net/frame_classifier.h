#pragma once

#include "net/byte_writer.h"
#include "net/ethernet_frame.h"
#include "net/ipv4_packet.h"
#include "net/udp_datagram.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace routerlab {

// A frame decoded as far as telling its protocol needs, once, with the emulator's own codecs.
struct FrameFacts {
    ByteView frame;
    std::optional<EthernetFrame> ethernet;
    std::optional<Ipv4Packet> ipv4;
    std::optional<UdpDatagram> udp;

    bool isIpProtocol(IpProtocol protocol) const { return ipv4 && ipv4->protocol == protocol; }
    bool hasUdpPort(std::uint16_t port) const
    {
        return udp && (udp->sourcePort == port || udp->destinationPort == port);
    }
};
FrameFacts frameFactsOf(ByteView frame);

// Which protocol a frame on a link carries, by Wireshark's column name ("ARP", "HSRP"): what
// the GUI colours its packet dots by. Each protocol adds its own rule next to its own port or
// EtherType constants (ModuleDefinition::install); the first rule that matches names the frame.
class FrameClassifier {
public:
    static constexpr const char *kOther = "Other";
    using Rule = std::function<bool(const FrameFacts &)>;

    void add(std::string kind, Rule rule) { m_rules.push_back({std::move(kind), std::move(rule)}); }
    // kOther for a frame no rule claims or the codecs reject.
    const std::string &classify(ByteView frame) const;

private:
    struct NamedRule {
        std::string kind;
        Rule rule;
    };
    std::vector<NamedRule> m_rules;
    std::string m_other = kOther;
};

} // namespace routerlab
