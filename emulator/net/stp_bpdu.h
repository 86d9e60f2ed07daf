#pragma once

// IEEE 802.1D spanning-tree BPDUs (802.1D-1998 clause 9): the Configuration BPDU a root bridge
// sends every hello time and the four-octet Topology Change Notification. BPDUs travel in
// IEEE 802.3 frames with a length field (never an EtherType) and an LLC header, to the
// bridge group address, zero padded to the 60-byte minimum:
//
// +-------------------+------------+--------+------+------+------+-------------+---------+
// | 01:80:c2:00:00:00 | source MAC | length | DSAP | SSAP | ctrl | BPDU        | padding |
// |                   | (the port) | 3 + n  | 0x42 | 0x42 | 0x03 | n = 35 or 4 | to 60   |
// +-------------------+------------+--------+------+------+------+-------------+---------+
//
// Configuration BPDU (9.3.1), octet offsets from 0; times in units of 1/256 second:
//
//    0    1     2       3      4      5 .. 12     13 .. 16    17 .. 24    25  26
// +----+----+-------+------+-------+-----------+-----------+-----------+--------+
// | protocol | vers- | type | flags | root id   | root path | bridge id | port   |
// | id (0)   | ion 0 | 0x00 | A.. T | prio, MAC | cost      | prio, MAC | id     |
// +----+----+-------+------+-------+-----------+-----------+-----------+--------+
//    27  28    29  30    31  32    33  34
// +---------+---------+---------+---------+
// | message | max age | hello   | forward |
// | age     |         | time    | delay   |
// +---------+---------+---------+---------+
//
// flags: bit 0x01 Topology Change, bit 0x80 Topology Change Acknowledgment.
// A Topology Change Notification is octets 0..3 only, type 0x80.

#include "core/sim_time.h"
#include "net/byte_writer.h"
#include "net/mac_address.h"

#include <compare>
#include <cstdint>
#include <optional>

namespace routerlab {

inline constexpr MacAddress kStpBridgeGroupAddress{{0x01, 0x80, 0xc2, 0x00, 0x00, 0x00}};
inline constexpr std::size_t kStpConfigBpduLength = 35;
inline constexpr std::size_t kStpTcnBpduLength = 4;
inline constexpr std::size_t kLlcHeaderLength = 3;
inline constexpr std::uint8_t kLlcSapSpanningTree = 0x42;
inline constexpr std::uint8_t kLlcUnnumberedInformation = 0x03;
inline constexpr std::uint8_t kStpFlagTopologyChange = 0x01;
inline constexpr std::uint8_t kStpFlagTopologyChangeAck = 0x80;
// The unit of BPDU times: 1/256 s is exactly 3,906,250 ns, so every wire value round-trips.
inline constexpr SimDuration kStpTimeUnit{3'906'250};

enum class StpBpduType : std::uint8_t {
    Configuration = 0x00,
    TopologyChangeNotification = 0x80,
};

// Priority then MAC, compared in that order as 802.1D compares bridge identifiers.
struct BridgeId {
    std::uint16_t priority = 32768;
    MacAddress mac;

    auto operator<=>(const BridgeId &) const = default;
};

struct StpBpdu {
    StpBpduType type = StpBpduType::Configuration;
    std::uint8_t version = 0;
    // The fields below are carried by Configuration BPDUs only.
    std::uint8_t flags = 0;
    BridgeId rootId;
    std::uint32_t rootPathCost = 0;
    BridgeId bridgeId;
    std::uint16_t portId = 0; // port priority (high octet) and port number (low octet)
    SimDuration messageAge{0};
    SimDuration maxAge = seconds(20);
    SimDuration helloTime = seconds(2);
    SimDuration forwardDelay = seconds(15);

    bool operator==(const StpBpdu &) const = default;
};

// `bytes` is what follows the LLC header; octets past the BPDU (padding) are ignored. nullopt
// when short, when the protocol identifier is not 0 or the type is neither of the two above.
std::optional<StpBpdu> decodeStpBpdu(ByteView bytes);
// 35 octets for a Configuration BPDU, 4 for a TCN. Times are rounded down to 1/256 s and
// saturate at 0xffff units.
Bytes encodeStpBpdu(const StpBpdu &bpdu);

// A whole Ethernet frame: nullopt unless it is addressed to the bridge group address, has an
// 802.3 length that fits the frame and an LLC header 42 42 03, and carries a valid BPDU.
std::optional<StpBpdu> decodeStpFrame(ByteView frame);
Bytes encodeStpFrame(MacAddress source, const StpBpdu &bpdu);

} // namespace routerlab
