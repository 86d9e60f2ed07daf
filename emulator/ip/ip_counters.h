#pragma once

#include <cstdint>

namespace routerlab {

// `show ip traffic`-style counters of one router's IPv4 stack.
struct IpCounters {
    std::uint64_t received = 0;
    std::uint64_t badHeader = 0;   // malformed or bad checksum: dropped and counted
    std::uint64_t delivered = 0;
    std::uint64_t forwarded = 0;
    std::uint64_t noRoute = 0;
    std::uint64_t ttlExpired = 0;
    std::uint64_t sent = 0;
    std::uint64_t encapsulationFailed = 0; // dropped while ARP was incomplete
    std::uint64_t unknownProtocol = 0;
    std::uint64_t filtered = 0;    // dropped by a hook
    std::uint64_t icmpSent = 0;
    std::uint64_t icmpReceived = 0;
    std::uint64_t arpRequestsSent = 0;
    std::uint64_t arpRepliesSent = 0;
    std::uint64_t arpReceived = 0;
    std::uint64_t badFrames = 0;
};

} // namespace routerlab
