#include "ip/ip_packet_context.h"

#include "net/checksum.h"

#include <algorithm>

namespace routerlab {
namespace {
constexpr std::size_t kTtlOffset = 8;
constexpr std::size_t kChecksumOffset = 10;
} // namespace

std::optional<PacketContext> PacketContext::fromPacket(ByteView packet)
{
    PacketContext context;
    if (!context.replace(packet))
        return std::nullopt;
    return context;
}

PacketContext PacketContext::fromDecoded(const Ipv4Packet &decoded, ByteView bytes)
{
    PacketContext context;
    Bytes &buffer = context.m_buffer;
    buffer.reserve(std::max(kEthernetMinimumFrameLength, kEthernetHeaderLength + decoded.totalLength));
    buffer.resize(kEthernetHeaderLength);
    buffer.insert(buffer.end(), bytes.begin(), bytes.begin() + decoded.totalLength);
    context.m_packet = decoded;
    // The views point into the copy, not into the frame the packet came in.
    context.m_packet.options = context.bytes().subspan(kIpv4MinimumHeaderLength, decoded.options.size());
    context.m_packet.payload = context.bytes().subspan(decoded.headerLength());
    return context;
}

bool PacketContext::replace(ByteView packet)
{
    const auto decoded = decodeIpv4(packet);
    if (!decoded)
        return false;
    Bytes buffer(kEthernetHeaderLength);
    buffer.reserve(std::max(kEthernetMinimumFrameLength, kEthernetHeaderLength + decoded->totalLength));
    buffer.insert(buffer.end(), packet.begin(), packet.begin() + decoded->totalLength);
    m_buffer = std::move(buffer);
    return decode();
}

bool PacketContext::decode()
{
    auto decoded = decodeIpv4(bytes());
    if (!decoded)
        return false;
    m_packet = *decoded;
    return true;
}

void PacketContext::decrementTtl()
{
    std::uint8_t *header = m_buffer.data() + kEthernetHeaderLength;
    --header[kTtlOffset];
    header[kChecksumOffset] = 0;
    header[kChecksumOffset + 1] = 0;
    const std::uint16_t checksum = internetChecksum(ByteView(header, m_packet.headerLength()));
    header[kChecksumOffset] = static_cast<std::uint8_t>(checksum >> 8);
    header[kChecksumOffset + 1] = static_cast<std::uint8_t>(checksum);
    m_packet.ttl = header[kTtlOffset];
    m_packet.headerChecksum = checksum;
}

Bytes PacketContext::takeFrame(MacAddress destination, MacAddress source)
{
    std::copy(destination.octets().begin(), destination.octets().end(), m_buffer.begin());
    std::copy(source.octets().begin(), source.octets().end(), m_buffer.begin() + 6);
    m_buffer[12] = static_cast<std::uint8_t>(static_cast<std::uint16_t>(EtherType::Ipv4) >> 8);
    m_buffer[13] = static_cast<std::uint8_t>(static_cast<std::uint16_t>(EtherType::Ipv4));
    if (m_buffer.size() < kEthernetMinimumFrameLength)
        m_buffer.resize(kEthernetMinimumFrameLength, 0);
    m_packet = Ipv4Packet{};
    return std::move(m_buffer);
}

} // namespace routerlab
