#pragma once

namespace routerlab {

class FrameClassifier;

// The frame kinds of what every router speaks without a protocol module: ARP and ICMP (ip/),
// spanning tree BPDUs (from the switches, link/), and — until their modules arrive — OSPF, ESP
// and ISAKMP by their protocol numbers and ports.
void addBaseFrameKinds(FrameClassifier &frames);

} // namespace routerlab
