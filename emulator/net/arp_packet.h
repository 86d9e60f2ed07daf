#pragma once

// ARP for IPv4 over Ethernet (RFC 826; request/reply opcodes from RFC 5227's summary). Only
// the Ethernet/IPv4 form exists on a 7200's Ethernet ports, so any other hardware or protocol
// type, address length or opcode is rejected rather than half-decoded.
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |    Hardware type (1)          |    Protocol type (0x0800)     |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  HW len (6)   | Proto len (4) |    Operation (1 req, 2 rep)   |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                  Sender hardware address                      |
// +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                               |  Sender protocol address      |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  Sender protocol address      |                               |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
// |                  Target hardware address                      |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                  Target protocol address                      |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

#include "net/byte_writer.h"
#include "net/ipv4_address.h"
#include "net/mac_address.h"

#include <cstdint>
#include <optional>

namespace routerlab {

enum class ArpOperation : std::uint16_t {
    Request = 1,
    Reply = 2,
};

inline constexpr std::size_t kArpPacketLength = 28;

struct ArpPacket {
    ArpOperation operation = ArpOperation::Request;
    MacAddress senderMac;
    Ipv4Address senderIp;
    MacAddress targetMac;
    Ipv4Address targetIp;

    // A request leaves the target MAC zero, as IOS and Linux do.
    static ArpPacket request(MacAddress senderMac, Ipv4Address senderIp, Ipv4Address targetIp);
    // A gratuitous ARP in the request form RFC 5227 section 3 prefers: sender and target IP
    // are both one's own address.
    static ArpPacket gratuitous(MacAddress mac, Ipv4Address ip);
    // The reply to `request`, answering for `mac`.
    static ArpPacket replyTo(const ArpPacket &request, MacAddress mac);

    bool operator==(const ArpPacket &) const = default;
};

// Ignores bytes past the 28 (Ethernet padding); nullopt when short or not Ethernet/IPv4.
std::optional<ArpPacket> decodeArp(ByteView bytes);
Bytes encodeArp(const ArpPacket &packet);

} // namespace routerlab
