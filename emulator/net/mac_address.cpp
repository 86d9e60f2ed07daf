#include "net/mac_address.h"

#include <cstdio>

namespace routerlab {

MacAddress MacAddress::fromU64(std::uint64_t value)
{
    std::array<std::uint8_t, 6> octets{};
    for (int i = 5; i >= 0; --i) {
        octets[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(value);
        value >>= 8;
    }
    return MacAddress(octets);
}

std::uint64_t MacAddress::toU64() const
{
    std::uint64_t value = 0;
    for (auto octet : m_octets)
        value = value << 8 | octet;
    return value;
}

std::optional<MacAddress> MacAddress::parse(std::string_view text)
{
    std::uint64_t value = 0;
    int digits = 0;
    for (char c : text) {
        int nibble;
        if (c >= '0' && c <= '9')
            nibble = c - '0';
        else if (c >= 'a' && c <= 'f')
            nibble = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            nibble = c - 'A' + 10;
        else if (c == '.' || c == ':' || c == '-')
            continue;
        else
            return std::nullopt;
        value = value << 4 | static_cast<std::uint64_t>(nibble);
        if (++digits > 12)
            return std::nullopt;
    }
    if (digits != 12)
        return std::nullopt;
    return fromU64(value);
}

std::string MacAddress::toCisco() const
{
    char text[16];
    std::snprintf(text, sizeof text, "%02x%02x.%02x%02x.%02x%02x", m_octets[0], m_octets[1],
                  m_octets[2], m_octets[3], m_octets[4], m_octets[5]);
    return text;
}

std::string MacAddress::toColon() const
{
    char text[20];
    std::snprintf(text, sizeof text, "%02x:%02x:%02x:%02x:%02x:%02x", m_octets[0], m_octets[1],
                  m_octets[2], m_octets[3], m_octets[4], m_octets[5]);
    return text;
}

} // namespace routerlab
