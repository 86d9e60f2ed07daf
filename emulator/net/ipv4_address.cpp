#include "net/ipv4_address.h"

#include <charconv>

namespace routerlab {

std::optional<Ipv4Address> Ipv4Address::parse(std::string_view dotted)
{
    std::uint32_t value = 0;
    const char *cursor = dotted.data();
    const char *end = dotted.data() + dotted.size();
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (cursor == end || *cursor != '.')
                return std::nullopt;
            ++cursor;
        }
        if (cursor == end || *cursor < '0' || *cursor > '9')
            return std::nullopt;
        unsigned octet = 0;
        auto [next, error] = std::from_chars(cursor, end, octet);
        if (error != std::errc() || octet > 255 || next - cursor > 3)
            return std::nullopt;
        cursor = next;
        value = value << 8 | octet;
    }
    if (cursor != end)
        return std::nullopt;
    return Ipv4Address(value);
}

std::string Ipv4Address::toString() const
{
    return std::to_string(m_value >> 24) + "." + std::to_string(m_value >> 16 & 0xff) + "." +
           std::to_string(m_value >> 8 & 0xff) + "." + std::to_string(m_value & 0xff);
}

Ipv4Prefix::Ipv4Prefix(Ipv4Address address, int length)
    : m_network(address.value() & maskFromLength(length).value()), m_length(length)
{
}

std::optional<Ipv4Prefix> Ipv4Prefix::parse(std::string_view text)
{
    const auto slash = text.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    auto address = Ipv4Address::parse(text.substr(0, slash));
    int length = -1;
    auto lengthText = text.substr(slash + 1);
    auto [next, error] = std::from_chars(lengthText.data(), lengthText.data() + lengthText.size(), length);
    if (!address || error != std::errc() || next != lengthText.data() + lengthText.size() ||
        length < 0 || length > 32)
        return std::nullopt;
    return Ipv4Prefix(*address, length);
}

bool Ipv4Prefix::contains(Ipv4Address address) const
{
    return (address.value() & mask().value()) == m_network.value();
}

bool Ipv4Prefix::contains(const Ipv4Prefix &other) const
{
    return other.m_length >= m_length && contains(other.m_network);
}

std::string Ipv4Prefix::toString() const
{
    return m_network.toString() + "/" + std::to_string(m_length);
}

Ipv4Prefix classfulNetwork(Ipv4Address address)
{
    const std::uint32_t first = address.value() >> 24;
    if (first < 128)
        return Ipv4Prefix(address, 8);
    if (first < 192)
        return Ipv4Prefix(address, 16);
    return Ipv4Prefix(address, 24);
}

} // namespace routerlab
