#include "net/checksum.h"

#include <bit>
#include <cstring>

namespace routerlab {

namespace {

// The sum of `bytes` as 16-bit words in the host's byte order, folded to 16 bits but for
// 0 vs 0xffff, an odd last byte padded with zero. Eight bytes are loaded at a time and their
// two 32-bit halves added into a 64-bit accumulator: a 32-bit half carries into bit 16 just as
// the sum of its two 16-bit words would (2^16 = 1 in one's complement arithmetic, RFC 1071
// section 2(C)), and the accumulator cannot overflow before 2^31 loads.
std::uint64_t hostOrderSum(const std::uint8_t *bytes, std::size_t size)
{
    std::uint64_t sum = 0;
    std::size_t index = 0;
    for (; index + 8 <= size; index += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes + index, 8);
        sum += (word & 0xffffffffu) + (word >> 32);
    }
    // The tail in fixed-size loads (an IPv4 header ends in a four-byte one): a memcpy of
    // variable length would be a call.
    if (size - index >= 4) {
        std::uint32_t word;
        std::memcpy(&word, bytes + index, 4);
        sum += word;
        index += 4;
    }
    if (size - index >= 2) {
        std::uint16_t word;
        std::memcpy(&word, bytes + index, 2);
        sum += word;
        index += 2;
    }
    if (index < size) {
        std::uint16_t padded = 0;
        std::memcpy(&padded, bytes + index, 1);
        sum += padded;
    }
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return sum;
}

} // namespace

void InternetChecksum::addByte(std::uint8_t byte)
{
    m_sum += m_oddOffset ? byte : static_cast<std::uint64_t>(byte) << 8;
    m_oddOffset = !m_oddOffset;
}

void InternetChecksum::add(ByteView bytes)
{
    if (bytes.empty())
        return;
    if (m_oddOffset) {
        addByte(bytes.front());
        bytes = bytes.subspan(1);
    }
    const std::uint64_t sum = hostOrderSum(bytes.data(), bytes.size());
    // Sums of byte-swapped words are the byte-swapped sum (RFC 1071 section 2(B)), so a
    // little-endian host swaps the folded sum back to network order. A 64-bit accumulator
    // cannot overflow before 2^48 such pieces, so folding it waits until sum().
    m_sum += std::endian::native == std::endian::little ? (sum >> 8 | sum << 8) & 0xffff : sum;
    m_oddOffset = bytes.size() % 2 != 0;
}

void InternetChecksum::addU16(std::uint16_t value)
{
    const std::uint8_t bytes[] = {static_cast<std::uint8_t>(value >> 8),
                                  static_cast<std::uint8_t>(value)};
    add(bytes);
}

void InternetChecksum::addU32(std::uint32_t value)
{
    addU16(static_cast<std::uint16_t>(value >> 16));
    addU16(static_cast<std::uint16_t>(value));
}

std::uint16_t InternetChecksum::sum() const
{
    std::uint64_t folded = m_sum;
    while (folded >> 16)
        folded = (folded & 0xffff) + (folded >> 16);
    return static_cast<std::uint16_t>(folded);
}

std::uint16_t internetChecksum(ByteView bytes)
{
    InternetChecksum checksum;
    checksum.add(bytes);
    return checksum.checksum();
}

} // namespace routerlab
