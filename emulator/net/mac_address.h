#pragma once

#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace routerlab {

class MacAddress {
public:
    constexpr MacAddress() = default;
    constexpr explicit MacAddress(std::array<std::uint8_t, 6> octets) : m_octets(octets) {}
    static MacAddress fromU64(std::uint64_t value); // low 48 bits
    // Accepts IOS "0000.0c07.ac01" and "00:00:0c:07:ac:01".
    static std::optional<MacAddress> parse(std::string_view text);
    static constexpr MacAddress broadcast() { return MacAddress({0xff, 0xff, 0xff, 0xff, 0xff, 0xff}); }

    std::string toCisco() const; // 0000.0c07.ac01
    std::string toColon() const; // 00:00:0c:07:ac:01
    std::uint64_t toU64() const;
    bool isBroadcast() const { return *this == broadcast(); }
    bool isMulticast() const { return (m_octets[0] & 1) != 0; }
    const std::array<std::uint8_t, 6> &octets() const { return m_octets; }

    auto operator<=>(const MacAddress &) const = default;

private:
    std::array<std::uint8_t, 6> m_octets{};
};

} // namespace routerlab
