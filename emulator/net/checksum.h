#pragma once

// The Internet checksum of RFC 1071 (used by IPv4, ICMP, UDP, IGMP and OSPF): the 16-bit one's
// complement of the one's complement sum of the data taken as big-endian 16-bit words, an odd
// trailing byte padded with a zero on the right.
//
// A receiver checks a message by summing it *including* the checksum field: the result is
// all ones, so `checksum()` over it is 0. Because the sum is commutative and associative
// (RFC 1071 section 2), a pseudo-header and the message can be fed in separate pieces.

#include "net/byte_reader.h"

#include <cstdint>

namespace routerlab {

class InternetChecksum {
public:
    // Pieces may have any length: a piece that ends on an odd byte leaves the next piece
    // starting on the low half of a word, exactly as if the pieces had been one buffer.
    void add(ByteView bytes);
    void addU16(std::uint16_t value);
    void addU32(std::uint32_t value);

    // The folded one's complement sum, not complemented (what Linux leaves in a UDP checksum
    // field it expects a NIC to finish, and what a verifier compares against 0xffff).
    std::uint16_t sum() const;
    // The value to put on the wire.
    std::uint16_t checksum() const { return static_cast<std::uint16_t>(~sum()); }

private:
    void addByte(std::uint8_t byte);
    std::uint64_t m_sum = 0;
    bool m_oddOffset = false;
};

std::uint16_t internetChecksum(ByteView bytes);

} // namespace routerlab
