#include "net/ethernet_frame.h"

#include <algorithm>

namespace routerlab {

std::optional<MacAddress> readMacAddress(ByteReader &reader)
{
    const auto bytes = reader.bytes(6);
    if (!bytes)
        return std::nullopt;
    std::array<std::uint8_t, 6> octets{};
    std::copy(bytes->begin(), bytes->end(), octets.begin());
    return MacAddress(octets);
}

std::optional<EthernetFrame> decodeEthernet(ByteView bytes)
{
    ByteReader reader(bytes);
    const auto destination = readMacAddress(reader);
    const auto source = readMacAddress(reader);
    const auto etherType = reader.u16();
    if (!reader.ok())
        return std::nullopt;
    return EthernetFrame{*destination, *source, *etherType, reader.rest()};
}

Bytes encodeEthernet(MacAddress destination, MacAddress source, std::uint16_t etherType,
                     ByteView payload)
{
    Bytes frame;
    frame.reserve(std::max(kEthernetMinimumFrameLength, kEthernetHeaderLength + payload.size()));
    ByteWriter writer(frame);
    writer.bytes(destination.octets());
    writer.bytes(source.octets());
    writer.u16(etherType);
    writer.bytes(payload);
    if (frame.size() < kEthernetMinimumFrameLength)
        writer.zeros(kEthernetMinimumFrameLength - frame.size());
    return frame;
}

Bytes encodeEthernet(MacAddress destination, MacAddress source, EtherType etherType,
                     ByteView payload)
{
    return encodeEthernet(destination, source, static_cast<std::uint16_t>(etherType), payload);
}

} // namespace routerlab
