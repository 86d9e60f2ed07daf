#include "net/arp_packet.h"

#include "net/ethernet_frame.h"

namespace routerlab {

namespace {

constexpr std::uint16_t kHardwareTypeEthernet = 1;
constexpr std::uint16_t kProtocolTypeIpv4 = 0x0800;
constexpr std::uint8_t kMacLength = 6;
constexpr std::uint8_t kIpv4Length = 4;

} // namespace

ArpPacket ArpPacket::request(MacAddress senderMac, Ipv4Address senderIp, Ipv4Address targetIp)
{
    return ArpPacket{ArpOperation::Request, senderMac, senderIp, MacAddress(), targetIp};
}

ArpPacket ArpPacket::gratuitous(MacAddress mac, Ipv4Address ip)
{
    return ArpPacket{ArpOperation::Request, mac, ip, MacAddress(), ip};
}

ArpPacket ArpPacket::replyTo(const ArpPacket &request, MacAddress mac)
{
    return ArpPacket{ArpOperation::Reply, mac, request.targetIp, request.senderMac,
                     request.senderIp};
}

std::optional<ArpPacket> decodeArp(ByteView bytes)
{
    ByteReader reader(bytes);
    const auto hardwareType = reader.u16();
    const auto protocolType = reader.u16();
    const auto hardwareLength = reader.u8();
    const auto protocolLength = reader.u8();
    const auto operation = reader.u16();
    const auto senderMac = readMacAddress(reader);
    const auto senderIp = reader.u32();
    const auto targetMac = readMacAddress(reader);
    const auto targetIp = reader.u32();
    if (!reader.ok())
        return std::nullopt;
    if (*hardwareType != kHardwareTypeEthernet || *protocolType != kProtocolTypeIpv4
        || *hardwareLength != kMacLength || *protocolLength != kIpv4Length)
        return std::nullopt;
    if (*operation != static_cast<std::uint16_t>(ArpOperation::Request)
        && *operation != static_cast<std::uint16_t>(ArpOperation::Reply))
        return std::nullopt;
    return ArpPacket{static_cast<ArpOperation>(*operation), *senderMac, Ipv4Address(*senderIp),
                     *targetMac, Ipv4Address(*targetIp)};
}

Bytes encodeArp(const ArpPacket &packet)
{
    ByteWriter writer;
    writer.u16(kHardwareTypeEthernet);
    writer.u16(kProtocolTypeIpv4);
    writer.u8(kMacLength);
    writer.u8(kIpv4Length);
    writer.u16(static_cast<std::uint16_t>(packet.operation));
    writer.bytes(packet.senderMac.octets());
    writer.u32(packet.senderIp.value());
    writer.bytes(packet.targetMac.octets());
    writer.u32(packet.targetIp.value());
    return writer.take();
}

} // namespace routerlab
