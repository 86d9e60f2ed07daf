#include "net/byte_reader.h"

namespace routerlab {

bool ByteReader::take(std::size_t count)
{
    if (!m_ok || count > remaining()) {
        m_ok = false;
        return false;
    }
    return true;
}

std::optional<std::uint8_t> ByteReader::u8()
{
    if (!take(1))
        return std::nullopt;
    return m_data[m_offset++];
}

std::optional<std::uint16_t> ByteReader::u16()
{
    if (!take(2))
        return std::nullopt;
    const auto value = static_cast<std::uint16_t>(m_data[m_offset] << 8 | m_data[m_offset + 1]);
    m_offset += 2;
    return value;
}

std::optional<std::uint32_t> ByteReader::u32()
{
    if (!take(4))
        return std::nullopt;
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i)
        value = value << 8 | m_data[m_offset++];
    return value;
}

std::optional<std::uint64_t> ByteReader::u64()
{
    if (!take(8))
        return std::nullopt;
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i)
        value = value << 8 | m_data[m_offset++];
    return value;
}

std::optional<ByteView> ByteReader::bytes(std::size_t count)
{
    if (!take(count))
        return std::nullopt;
    ByteView view = m_data.subspan(m_offset, count);
    m_offset += count;
    return view;
}

bool ByteReader::skip(std::size_t count)
{
    if (!take(count))
        return false;
    m_offset += count;
    return true;
}

} // namespace routerlab
