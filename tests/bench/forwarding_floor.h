#pragma once

namespace routerlab::bench {

// The least a router hop can cost: copy the frame once and checksum the datagram once, with no
// lookup, no event and no allocation. Microseconds per hop for a datagram of that size. The
// checksum here is its own (eight bytes at a time), not net/checksum's, so the floor stays put
// while the emulator's code changes.
double forwardingFloorMicroseconds(int datagramBytes);

} // namespace routerlab::bench
