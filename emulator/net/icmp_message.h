#pragma once

// ICMP for IPv4 (RFC 792), the messages a router originates and answers: echo, destination
// unreachable (with RFC 1191's next-hop MTU for "fragmentation needed") and time exceeded.
// Error messages quote the offending datagram's IP header plus its first 64 bits of data, as
// RFC 792 asks.
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |     Type      |     Code      |          Checksum             |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  Rest of header: Identifier | Sequence Number (echo),         |
// |  unused | Next-Hop MTU (unreachable code 4), unused (others)   |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |  Data: echo payload, or original IP header + 8 bytes ...      |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

#include "net/byte_writer.h"

#include <cstdint>
#include <optional>

namespace routerlab {

// Any other byte value is carried as is.
enum class IcmpType : std::uint8_t {
    EchoReply = 0,
    DestinationUnreachable = 3,
    EchoRequest = 8,
    TimeExceeded = 11,
};

enum class IcmpUnreachableCode : std::uint8_t {
    Network = 0,
    Host = 1,
    Protocol = 2,
    Port = 3,
    FragmentationNeeded = 4,
    SourceRouteFailed = 5,
    AdministrativelyProhibited = 13, // RFC 1812; what an IOS access list answers with
};

enum class IcmpTimeExceededCode : std::uint8_t {
    TtlExceeded = 0,
    FragmentReassembly = 1,
};

inline constexpr std::size_t kIcmpHeaderLength = 8;

struct IcmpMessage {
    IcmpType type = IcmpType::EchoRequest;
    std::uint8_t code = 0;
    std::uint32_t restOfHeader = 0;
    ByteView data;
    bool checksumValid = false;

    std::uint16_t identifier() const { return static_cast<std::uint16_t>(restOfHeader >> 16); }
    std::uint16_t sequence() const { return static_cast<std::uint16_t>(restOfHeader); }
    std::uint16_t nextHopMtu() const { return static_cast<std::uint16_t>(restOfHeader); }
};

// `bytes` is the IPv4 payload (already trimmed to the IP total length). nullopt when shorter
// than the 8-byte header; a bad checksum decodes with checksumValid false.
std::optional<IcmpMessage> decodeIcmp(ByteView bytes);
Bytes encodeIcmp(IcmpType type, std::uint8_t code, std::uint32_t restOfHeader, ByteView data);

Bytes encodeIcmpEchoRequest(std::uint16_t identifier, std::uint16_t sequence, ByteView data);
Bytes encodeIcmpEchoReply(std::uint16_t identifier, std::uint16_t sequence, ByteView data);
// `originalDatagram` is the offending IPv4 packet as received; only its header and the first
// 8 bytes of its payload are quoted (fewer if it is shorter).
Bytes encodeIcmpDestinationUnreachable(IcmpUnreachableCode code, ByteView originalDatagram,
                                       std::uint16_t nextHopMtu = 0);
Bytes encodeIcmpTimeExceeded(IcmpTimeExceededCode code, ByteView originalDatagram);
// The part of a datagram an ICMP error quotes (RFC 792: "Internet Header + 64 bits of
// Original Data Datagram").
ByteView icmpQuotedDatagram(ByteView originalDatagram);

} // namespace routerlab
