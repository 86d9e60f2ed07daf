#include "net/stp_bpdu.h"

#include "net/ethernet_frame.h"

#include <algorithm>

namespace routerlab {

namespace {

constexpr std::uint16_t kStpProtocolIdentifier = 0;

std::optional<BridgeId> readBridgeId(ByteReader &reader)
{
    const auto priority = reader.u16();
    const auto mac = readMacAddress(reader);
    if (!priority || !mac)
        return std::nullopt;
    return BridgeId{*priority, *mac};
}

void writeBridgeId(ByteWriter &writer, const BridgeId &id)
{
    writer.u16(id.priority);
    writer.bytes(id.mac.octets());
}

std::optional<SimDuration> readTime(ByteReader &reader)
{
    const auto units = reader.u16();
    if (!units)
        return std::nullopt;
    return *units * kStpTimeUnit;
}

void writeTime(ByteWriter &writer, SimDuration time)
{
    const auto units = std::clamp<SimDuration::rep>(time / kStpTimeUnit, 0, 0xffff);
    writer.u16(static_cast<std::uint16_t>(units));
}

} // namespace

std::optional<StpBpdu> decodeStpBpdu(ByteView bytes)
{
    ByteReader reader(bytes);
    const auto protocol = reader.u16();
    const auto version = reader.u8();
    const auto type = reader.u8();
    if (!reader.ok() || *protocol != kStpProtocolIdentifier)
        return std::nullopt;
    StpBpdu bpdu;
    bpdu.version = *version;
    if (*type == static_cast<std::uint8_t>(StpBpduType::TopologyChangeNotification)) {
        bpdu.type = StpBpduType::TopologyChangeNotification;
        return bpdu;
    }
    if (*type != static_cast<std::uint8_t>(StpBpduType::Configuration))
        return std::nullopt;
    const auto flags = reader.u8();
    const auto rootId = readBridgeId(reader);
    const auto rootPathCost = reader.u32();
    const auto bridgeId = readBridgeId(reader);
    const auto portId = reader.u16();
    const auto messageAge = readTime(reader);
    const auto maxAge = readTime(reader);
    const auto helloTime = readTime(reader);
    const auto forwardDelay = readTime(reader);
    if (!reader.ok())
        return std::nullopt;
    bpdu.flags = *flags;
    bpdu.rootId = *rootId;
    bpdu.rootPathCost = *rootPathCost;
    bpdu.bridgeId = *bridgeId;
    bpdu.portId = *portId;
    bpdu.messageAge = *messageAge;
    bpdu.maxAge = *maxAge;
    bpdu.helloTime = *helloTime;
    bpdu.forwardDelay = *forwardDelay;
    return bpdu;
}

Bytes encodeStpBpdu(const StpBpdu &bpdu)
{
    ByteWriter writer;
    writer.u16(kStpProtocolIdentifier);
    writer.u8(bpdu.version);
    writer.u8(static_cast<std::uint8_t>(bpdu.type));
    if (bpdu.type == StpBpduType::TopologyChangeNotification)
        return writer.take();
    writer.u8(bpdu.flags);
    writeBridgeId(writer, bpdu.rootId);
    writer.u32(bpdu.rootPathCost);
    writeBridgeId(writer, bpdu.bridgeId);
    writer.u16(bpdu.portId);
    writeTime(writer, bpdu.messageAge);
    writeTime(writer, bpdu.maxAge);
    writeTime(writer, bpdu.helloTime);
    writeTime(writer, bpdu.forwardDelay);
    return writer.take();
}

std::optional<StpBpdu> decodeStpFrame(ByteView frame)
{
    const auto ethernet = decodeEthernet(frame);
    if (!ethernet || ethernet->destination != kStpBridgeGroupAddress || ethernet->isEthernetII())
        return std::nullopt;
    const std::size_t length = ethernet->etherType;
    if (length < kLlcHeaderLength || length > ethernet->payload.size())
        return std::nullopt;
    ByteReader reader(ethernet->payload.first(length));
    const auto dsap = reader.u8();
    const auto ssap = reader.u8();
    const auto control = reader.u8();
    if (*dsap != kLlcSapSpanningTree || *ssap != kLlcSapSpanningTree
        || *control != kLlcUnnumberedInformation)
        return std::nullopt;
    return decodeStpBpdu(reader.rest());
}

Bytes encodeStpFrame(MacAddress source, const StpBpdu &bpdu)
{
    Bytes llc;
    ByteWriter writer(llc);
    writer.u8(kLlcSapSpanningTree);
    writer.u8(kLlcSapSpanningTree);
    writer.u8(kLlcUnnumberedInformation);
    writer.bytes(encodeStpBpdu(bpdu));
    return encodeEthernet(kStpBridgeGroupAddress, source, static_cast<std::uint16_t>(llc.size()),
                          llc);
}

} // namespace routerlab
