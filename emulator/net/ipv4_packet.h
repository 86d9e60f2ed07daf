#pragma once

// The IPv4 header (RFC 791 section 3.1, checksum per RFC 1071; the TOS byte is kept whole,
// DSCP and ECN are the reader's business). The decoder is a router's first line of defence, so
// it checks what RFC 1812 section 5.2.2 asks a router to check (version, header length, total
// length against what arrived) and reports the checksum instead of trusting it. Fragments are
// decoded, not reassembled.
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |Version|  IHL  |Type of Service|          Total Length         |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |         Identification        |0|D|M|      Fragment Offset    |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  Time to Live |    Protocol   |         Header Checksum       |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                       Source Address                          |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                    Destination Address                        |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                    Options (IHL > 5)          |    Padding    |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

#include "net/byte_writer.h"
#include "net/ipv4_address.h"

#include <cstdint>
#include <optional>

namespace routerlab {

// Protocol numbers from the IANA registry; any other byte value is carried as is.
enum class IpProtocol : std::uint8_t {
    Icmp = 1,
    Igmp = 2,
    Tcp = 6,
    Udp = 17,
    Esp = 50,
    Ospf = 89,
};

inline constexpr std::size_t kIpv4MinimumHeaderLength = 20;
inline constexpr std::size_t kIpv4MaximumOptionsLength = 40;

// What a sender chooses; the lengths and the checksum follow from it.
struct Ipv4Header {
    std::uint8_t tos = 0;
    std::uint16_t identification = 0;
    bool dontFragment = false;
    bool moreFragments = false;
    std::uint16_t fragmentOffset = 0; // in 8-byte units, as on the wire
    std::uint8_t ttl = 255;
    IpProtocol protocol = IpProtocol::Icmp;
    Ipv4Address source;
    Ipv4Address destination;
    // Raw option bytes; the encoder zero-pads them to a 4-byte boundary (RFC 791 "Padding").
    ByteView options;
};

// A decoded packet: the header fields plus what the receiver found.
struct Ipv4Packet : Ipv4Header {
    std::uint16_t totalLength = 0;
    std::uint16_t headerChecksum = 0;
    // Exactly totalLength - header length bytes: link-layer padding is already cut off.
    ByteView payload;
    bool checksumValid = false;

    std::size_t headerLength() const { return kIpv4MinimumHeaderLength + options.size(); }
    bool isFragment() const { return moreFragments || fragmentOffset != 0; }
};

// nullopt unless version 4, 20 <= header length <= total length <= bytes.size(). Bytes past
// totalLength (Ethernet padding) are ignored. A bad checksum still decodes, with
// checksumValid false, so the caller decides (and can count it).
std::optional<Ipv4Packet> decodeIpv4(ByteView bytes);

// Precondition: options at most 40 bytes and the whole packet at most 65535 bytes (the caller
// fragments first).
Bytes encodeIpv4(const Ipv4Header &header, ByteView payload);

} // namespace routerlab
