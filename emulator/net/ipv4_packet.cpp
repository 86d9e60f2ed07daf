#include "net/ipv4_packet.h"

#include "net/checksum.h"

#include <cassert>

namespace routerlab {

namespace {

constexpr std::uint8_t kVersion = 4;
constexpr std::uint16_t kDontFragmentBit = 0x4000;
constexpr std::uint16_t kMoreFragmentsBit = 0x2000;
constexpr std::uint16_t kFragmentOffsetMask = 0x1fff;
constexpr std::size_t kChecksumOffset = 10;

} // namespace

std::optional<Ipv4Packet> decodeIpv4(ByteView bytes)
{
    ByteReader reader(bytes);
    const auto versionAndLength = reader.u8();
    const auto tos = reader.u8();
    const auto totalLength = reader.u16();
    const auto identification = reader.u16();
    const auto flagsAndOffset = reader.u16();
    const auto ttl = reader.u8();
    const auto protocol = reader.u8();
    const auto checksum = reader.u16();
    const auto source = reader.u32();
    const auto destination = reader.u32();
    if (!reader.ok())
        return std::nullopt;

    const std::size_t headerLength = static_cast<std::size_t>(*versionAndLength & 0x0f) * 4;
    if (*versionAndLength >> 4 != kVersion || headerLength < kIpv4MinimumHeaderLength
        || headerLength > *totalLength || *totalLength > bytes.size())
        return std::nullopt;

    Ipv4Packet packet;
    packet.tos = *tos;
    packet.totalLength = *totalLength;
    packet.identification = *identification;
    packet.dontFragment = (*flagsAndOffset & kDontFragmentBit) != 0;
    packet.moreFragments = (*flagsAndOffset & kMoreFragmentsBit) != 0;
    packet.fragmentOffset = *flagsAndOffset & kFragmentOffsetMask;
    packet.ttl = *ttl;
    packet.protocol = static_cast<IpProtocol>(*protocol);
    packet.headerChecksum = *checksum;
    packet.source = Ipv4Address(*source);
    packet.destination = Ipv4Address(*destination);
    packet.options = bytes.subspan(kIpv4MinimumHeaderLength,
                                   headerLength - kIpv4MinimumHeaderLength);
    packet.payload = bytes.subspan(headerLength, *totalLength - headerLength);
    packet.checksumValid = internetChecksum(bytes.first(headerLength)) == 0;
    return packet;
}

Bytes encodeIpv4(const Ipv4Header &header, ByteView payload)
{
    assert(header.options.size() <= kIpv4MaximumOptionsLength);
    const std::size_t optionsPadding = (4 - header.options.size() % 4) % 4;
    const std::size_t headerLength =
        kIpv4MinimumHeaderLength + header.options.size() + optionsPadding;
    assert(headerLength + payload.size() <= 0xffff);

    std::uint16_t flagsAndOffset = header.fragmentOffset & kFragmentOffsetMask;
    if (header.dontFragment)
        flagsAndOffset |= kDontFragmentBit;
    if (header.moreFragments)
        flagsAndOffset |= kMoreFragmentsBit;

    Bytes packet;
    packet.reserve(headerLength + payload.size());
    ByteWriter writer(packet);
    writer.u8(static_cast<std::uint8_t>(kVersion << 4 | headerLength / 4));
    writer.u8(header.tos);
    writer.u16(static_cast<std::uint16_t>(headerLength + payload.size()));
    writer.u16(header.identification);
    writer.u16(flagsAndOffset);
    writer.u8(header.ttl);
    writer.u8(static_cast<std::uint8_t>(header.protocol));
    writer.u16(0);
    writer.u32(header.source.value());
    writer.u32(header.destination.value());
    writer.bytes(header.options);
    writer.zeros(optionsPadding);
    writer.patch16(kChecksumOffset, internetChecksum(ByteView(packet).first(headerLength)));
    writer.bytes(payload);
    return packet;
}

} // namespace routerlab
