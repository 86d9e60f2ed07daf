#pragma once

#include "core/sim_time.h"
#include "net/ipv4_address.h"
#include "net/mac_address.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace routerlab {

// The ARP table of one router (RFC 826 with IOS's timers): learned entries live for four
// hours; an entry being resolved is "Incomplete" and holds a few locally originated packets.
struct ArpEntry {
    Ipv4Address address;
    MacAddress mac;
    std::string interface;
    SimTime learnedAt{0};
    bool complete = false;
    int requestsSent = 0;
    std::vector<std::vector<std::uint8_t>> heldPackets; // IPv4 packets waiting for the MAC
};

class ArpCache {
public:
    static constexpr SimDuration kTimeout = std::chrono::hours(4);
    static constexpr std::size_t kHoldLimit = 4;

    ArpEntry *find(Ipv4Address address);
    const ArpEntry *find(Ipv4Address address) const;
    ArpEntry &entry(Ipv4Address address);
    void erase(Ipv4Address address);
    void eraseInterface(const std::string &interface);
    void expire(SimTime now);
    std::vector<const ArpEntry *> entries() const;

private:
    std::map<Ipv4Address, ArpEntry> m_entries;
};

} // namespace routerlab
