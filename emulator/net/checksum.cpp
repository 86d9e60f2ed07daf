#include "net/checksum.h"

namespace routerlab {

void InternetChecksum::addByte(std::uint8_t byte)
{
    m_sum += m_oddOffset ? byte : static_cast<std::uint64_t>(byte) << 8;
    m_oddOffset = !m_oddOffset;
}

void InternetChecksum::add(ByteView bytes)
{
    std::size_t index = 0;
    if (m_oddOffset && !bytes.empty())
        addByte(bytes[index++]);
    // A 64-bit accumulator cannot overflow before 2^48 words, so folding waits until sum().
    for (; index + 1 < bytes.size(); index += 2)
        m_sum += static_cast<std::uint64_t>(bytes[index]) << 8 | bytes[index + 1];
    if (index < bytes.size())
        addByte(bytes[index]);
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
