#pragma once

#include <bit>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace routerlab {

class Ipv4Address {
public:
    constexpr Ipv4Address() = default;
    constexpr explicit Ipv4Address(std::uint32_t value) : m_value(value) {}
    static std::optional<Ipv4Address> parse(std::string_view dotted);

    constexpr std::uint32_t value() const { return m_value; }
    std::string toString() const;
    bool isUnspecified() const { return m_value == 0; }
    bool isMulticast() const { return (m_value >> 28) == 0xe; }
    bool isLimitedBroadcast() const { return m_value == 0xffffffffu; }

    auto operator<=>(const Ipv4Address &) const = default;

private:
    std::uint32_t m_value = 0;
};

// A network and its length. The network bits are always masked, so 10.1.1.7/24 reads 10.1.1.0/24.
class Ipv4Prefix {
public:
    constexpr Ipv4Prefix() = default;
    Ipv4Prefix(Ipv4Address address, int length);
    // `255.255.255.0` -> 24; nullopt for a non-contiguous mask. Inline: forwarding asks for
    // every packet.
    static constexpr std::optional<int> lengthFromMask(Ipv4Address mask)
    {
        // Contiguous when every set bit is one of the leading ones.
        const int length = std::countl_one(mask.value());
        if (std::popcount(mask.value()) != length)
            return std::nullopt;
        return length;
    }
    static constexpr Ipv4Address maskFromLength(int length)
    {
        if (length <= 0)
            return Ipv4Address(0);
        if (length >= 32)
            return Ipv4Address(0xffffffffu);
        return Ipv4Address(~((1u << (32 - length)) - 1));
    }
    // "10.1.1.0/24"
    static std::optional<Ipv4Prefix> parse(std::string_view text);

    Ipv4Address network() const { return m_network; }
    int length() const { return m_length; }
    Ipv4Address mask() const { return maskFromLength(m_length); }
    Ipv4Address broadcast() const { return Ipv4Address(m_network.value() | ~mask().value()); }
    bool contains(Ipv4Address address) const;
    bool contains(const Ipv4Prefix &other) const;
    std::string toString() const; // "10.1.1.0/24"

    auto operator<=>(const Ipv4Prefix &) const = default;

private:
    Ipv4Address m_network;
    int m_length = 0;
};

// The classful network an address belongs to (A /8, B /16, C /24), as `show ip route` groups by.
Ipv4Prefix classfulNetwork(Ipv4Address address);

} // namespace routerlab

template<>
struct std::hash<routerlab::Ipv4Address> {
    std::size_t operator()(const routerlab::Ipv4Address &a) const noexcept
    {
        return std::hash<std::uint32_t>()(a.value());
    }
};
