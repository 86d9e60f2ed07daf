#pragma once

#include "core/sim_time.h"

#include <array>
#include <cstddef>

namespace routerlab {

// What each end of a cable is set to (`speed`, `duplex`) and what IEEE 802.3 autonegotiation
// makes of the pair. An end that autonegotiates against a forced peer learns the speed by
// parallel detection but not the duplex, so it falls back to half duplex — the classic
// duplex mismatch when the peer was forced to full.
enum class Duplex { Auto, Full, Half };

struct EthernetMedia {
    int forcedSpeed = 0; // Mb/s, 0 = autonegotiate
    Duplex duplex = Duplex::Auto;
};

struct NegotiatedLink {
    bool linkPossible = true;         // forced speeds that differ never link
    int speed = 100;                  // Mb/s
    std::array<bool, 2> fullDuplex{}; // per side
    bool duplexMismatch() const { return fullDuplex[0] != fullDuplex[1]; }
};

NegotiatedLink negotiate(const EthernetMedia &side0, const EthernetMedia &side1);

// How long a frame of `bytes` occupies the wire (preamble and FCS included).
SimDuration serializationTime(std::size_t bytes, int speedMbps);

} // namespace routerlab
