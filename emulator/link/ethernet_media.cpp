#include "link/ethernet_media.h"

namespace routerlab {

NegotiatedLink negotiate(const EthernetMedia &side0, const EthernetMedia &side1)
{
    NegotiatedLink link;
    const std::array<const EthernetMedia *, 2> ends{&side0, &side1};
    if (side0.forcedSpeed && side1.forcedSpeed && side0.forcedSpeed != side1.forcedSpeed)
        link.linkPossible = false;
    link.speed = side0.forcedSpeed ? side0.forcedSpeed : (side1.forcedSpeed ? side1.forcedSpeed : 100);
    // Autonegotiation happens only when both ends run it with nothing forced.
    const bool bothNegotiate = side0.forcedSpeed == 0 && side1.forcedSpeed == 0 &&
                               side0.duplex == Duplex::Auto && side1.duplex == Duplex::Auto;
    for (std::size_t side = 0; side < 2; ++side) {
        const EthernetMedia &end = *ends[side];
        if (end.duplex != Duplex::Auto)
            link.fullDuplex[side] = end.duplex == Duplex::Full;
        else if (bothNegotiate)
            link.fullDuplex[side] = true;
        else
            link.fullDuplex[side] = false; // parallel detection: half duplex
    }
    return link;
}

SimDuration serializationTime(std::size_t bytes, int speedMbps)
{
    // 8 bytes of preamble and 4 of FCS travel with every frame.
    const auto bits = static_cast<std::int64_t>((bytes + 12) * 8);
    return std::chrono::nanoseconds(bits * 1000 / (speedMbps > 0 ? speedMbps : 100));
}

} // namespace routerlab
