#pragma once

// UDP over IPv4 (RFC 768). The checksum covers a pseudo-header of the IP addresses, protocol
// and UDP length; a computed 0 is sent as 0xffff because 0 on the wire means "no checksum".
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |          Source Port          |       Destination Port        |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |            Length             |           Checksum            |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                          Payload ...                          |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Pseudo-header (summed, never sent):
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                       Source Address                          |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                    Destination Address                        |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |     zero      | Protocol (17) |          UDP Length           |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

#include "net/byte_writer.h"
#include "net/ipv4_address.h"

#include <cstdint>
#include <optional>

namespace routerlab {

inline constexpr std::size_t kUdpHeaderLength = 8;

struct UdpDatagram {
    std::uint16_t sourcePort = 0;
    std::uint16_t destinationPort = 0;
    std::uint16_t length = 0;
    std::uint16_t checksum = 0;
    // Exactly length - 8 bytes.
    ByteView payload;
    // True when the checksum verifies or is 0 (the sender chose not to compute one).
    bool checksumValid = false;

    bool hasChecksum() const { return checksum != 0; }
};

// `bytes` is the IPv4 payload. nullopt when shorter than 8 bytes or when the length field is
// below 8 or beyond the bytes; bytes past the length field are ignored.
std::optional<UdpDatagram> decodeUdp(ByteView bytes, Ipv4Address source, Ipv4Address destination);
// Precondition: the payload fits a UDP length (at most 65527 bytes).
Bytes encodeUdp(Ipv4Address source, Ipv4Address destination, std::uint16_t sourcePort,
                std::uint16_t destinationPort, ByteView payload);

} // namespace routerlab
