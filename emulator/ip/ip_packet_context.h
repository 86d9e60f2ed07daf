#pragma once

#include "net/byte_writer.h"
#include "net/ethernet_frame.h"
#include "net/ipv4_packet.h"

#include <optional>

namespace routerlab {

class IpInterface;

// One IPv4 packet on its way through a router, as hooks (ACLs, crypto maps, debug) see it:
// decoded once, with the bytes it was decoded from. The bytes sit behind room for an Ethernet
// header, so the packet leaves in the same buffer it arrived in: forwarding costs one copy out
// of the received frame and none after.
class PacketContext {
public:
    // nullopt when `packet` is not a whole IPv4 packet.
    static std::optional<PacketContext> fromPacket(ByteView packet);
    // `decoded` is decodeIpv4(bytes): copies the packet without decoding it again.
    static PacketContext fromDecoded(const Ipv4Packet &decoded, ByteView bytes);
    PacketContext(PacketContext &&) noexcept = default;
    PacketContext &operator=(PacketContext &&) noexcept = default;
    PacketContext(const PacketContext &) = delete;
    PacketContext &operator=(const PacketContext &) = delete;

    const Ipv4Packet &packet() const { return m_packet; }
    ByteView bytes() const { return ByteView(m_buffer).subspan(kEthernetHeaderLength); }
    // Replaces the packet (decapsulation, NAT): false, and nothing changed, when the new bytes
    // are not a whole IPv4 packet.
    bool replace(ByteView packet);
    // Forwarding: TTL minus one, checksum patched (RFC 1624).
    void decrementTtl();
    // The frame around the packet, in place: the buffer is given away.
    Bytes takeFrame(MacAddress destination, MacAddress source);

    IpInterface *input = nullptr;
    IpInterface *output = nullptr;
    Ipv4Address nextHop;
    bool locallyOriginated = false;

private:
    PacketContext() = default;
    bool decode();

    Bytes m_buffer; // Ethernet header room, then the packet (link padding cut off)
    Ipv4Packet m_packet;
};

} // namespace routerlab
