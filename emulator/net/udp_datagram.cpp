#include "net/udp_datagram.h"

#include "net/checksum.h"

#include <cassert>

namespace routerlab {

namespace {

constexpr std::uint16_t kProtocolUdp = 17;
constexpr std::size_t kChecksumOffset = 6;

InternetChecksum pseudoHeaderSum(Ipv4Address source, Ipv4Address destination,
                                 std::uint16_t udpLength)
{
    InternetChecksum sum;
    sum.addU32(source.value());
    sum.addU32(destination.value());
    sum.addU16(kProtocolUdp);
    sum.addU16(udpLength);
    return sum;
}

} // namespace

std::optional<UdpDatagram> decodeUdp(ByteView bytes, Ipv4Address source, Ipv4Address destination)
{
    ByteReader reader(bytes);
    UdpDatagram datagram;
    const auto sourcePort = reader.u16();
    const auto destinationPort = reader.u16();
    const auto length = reader.u16();
    const auto checksum = reader.u16();
    if (!reader.ok() || *length < kUdpHeaderLength || *length > bytes.size())
        return std::nullopt;

    datagram.sourcePort = *sourcePort;
    datagram.destinationPort = *destinationPort;
    datagram.length = *length;
    datagram.checksum = *checksum;
    datagram.payload = bytes.subspan(kUdpHeaderLength, *length - kUdpHeaderLength);
    if (datagram.hasChecksum()) {
        InternetChecksum sum = pseudoHeaderSum(source, destination, *length);
        sum.add(bytes.first(*length));
        datagram.checksumValid = sum.checksum() == 0;
    } else {
        datagram.checksumValid = true;
    }
    return datagram;
}

Bytes encodeUdp(Ipv4Address source, Ipv4Address destination, std::uint16_t sourcePort,
                std::uint16_t destinationPort, ByteView payload)
{
    assert(kUdpHeaderLength + payload.size() <= 0xffff);
    const auto length = static_cast<std::uint16_t>(kUdpHeaderLength + payload.size());

    Bytes datagram;
    datagram.reserve(length);
    ByteWriter writer(datagram);
    writer.u16(sourcePort);
    writer.u16(destinationPort);
    writer.u16(length);
    writer.u16(0);
    writer.bytes(payload);

    InternetChecksum sum = pseudoHeaderSum(source, destination, length);
    sum.add(datagram);
    const std::uint16_t checksum = sum.checksum();
    writer.patch16(kChecksumOffset, checksum == 0 ? 0xffff : checksum);
    return datagram;
}

} // namespace routerlab
