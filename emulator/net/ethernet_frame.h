#pragma once

// Ethernet II framing (DIX / IEEE 802.3 with a type field, RFC 894 for IPv4 over it), as a
// 7200's port adapter puts it on the wire and libpcap captures it: no preamble, no FCS.
// 802.3 length-field frames (type <= 1500, e.g. CDP or STP over LLC) decode with the length in
// `etherType`; `isEthernetII()` tells the caller to drop them. 802.1Q tags are not handled.
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                    Destination MAC address                    |
// +                               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                               |                               |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               +
// |                      Source MAC address                       |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |           EtherType           |  Payload (46..1500 bytes,     |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+  zero padded up to 46) ...    |

#include "net/byte_writer.h"
#include "net/mac_address.h"

#include <cstdint>
#include <optional>

namespace routerlab {

enum class EtherType : std::uint16_t {
    Ipv4 = 0x0800,
    Arp = 0x0806,
};

inline constexpr std::size_t kEthernetHeaderLength = 14;
// Without the 4-byte FCS: 64 on the wire, 60 as captured.
inline constexpr std::size_t kEthernetMinimumFrameLength = 60;
inline constexpr std::size_t kEthernetMaximumPayload = 1500;

struct EthernetFrame {
    MacAddress destination;
    MacAddress source;
    std::uint16_t etherType = 0;
    // Everything after the header, padding included: the network layer trims it (IPv4 by its
    // total length, ARP by its fixed size).
    ByteView payload;

    // Type values from 0x0600 up are EtherTypes; 1500 and below are 802.3 lengths.
    bool isEthernetII() const { return etherType >= 0x0600; }
    bool hasType(EtherType type) const { return etherType == static_cast<std::uint16_t>(type); }
};

// Reads six octets; shared by the codecs that carry MAC addresses (Ethernet, ARP).
std::optional<MacAddress> readMacAddress(ByteReader &reader);

// nullopt when shorter than the 14-byte header. The view points into `bytes`.
std::optional<EthernetFrame> decodeEthernet(ByteView bytes);

// Pads with zeros to 60 bytes, as the NIC does before adding the FCS.
Bytes encodeEthernet(MacAddress destination, MacAddress source, std::uint16_t etherType,
                     ByteView payload);
Bytes encodeEthernet(MacAddress destination, MacAddress source, EtherType etherType,
                     ByteView payload);

} // namespace routerlab
