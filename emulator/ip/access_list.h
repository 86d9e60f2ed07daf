#pragma once

// Numbered IP access lists as IOS 12.x has them: standard (1-99, source address only) and
// extended (100-199: protocol, source, destination, TCP/UDP ports). Entries are tested in order,
// the first match decides, and a packet nothing matches is denied (the implicit "deny any" at
// the end). Each entry counts its matches for `show access-lists`.
//
//   access_list   (this file) entries, matching, the text of an entry
//   acl_cli       `access-list ...` commands, running config, `show access-lists`
//
// Users are `debug ip packet <acl>` now and crypto maps' `match address` later; they look a
// list up by number in the router's AccessLists and call permits().

#include "net/ipv4_address.h"
#include "net/ipv4_packet.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace routerlab {

// An address with IOS wildcard bits (set bits are "don't care"): `any` is 0.0.0.0
// 255.255.255.255, `host A` is A 0.0.0.0.
struct WildcardAddress {
    Ipv4Address address;
    Ipv4Address wildcard;

    static WildcardAddress any() { return {Ipv4Address(0), Ipv4Address(0xffffffff)}; }
    static WildcardAddress host(Ipv4Address address) { return {address, Ipv4Address(0)}; }
    bool matches(Ipv4Address candidate) const
    {
        return ((candidate.value() ^ address.value()) & ~wildcard.value()) == 0;
    }
    bool isAny() const { return wildcard.value() == 0xffffffff; }
    bool isHost() const { return wildcard.value() == 0; }
    // "any", "host 1.1.1.1" or "10.0.0.0 0.0.0.255", as extended entries print it.
    std::string toString() const;
    bool operator==(const WildcardAddress &) const = default;
};

struct AccessListEntry {
    enum class Protocol { Ip = 0, Icmp = 1, Tcp = 6, Udp = 17 }; // IP protocol numbers
    bool permit = true;
    Protocol protocol = Protocol::Ip;
    WildcardAddress source = WildcardAddress::any();
    WildcardAddress destination = WildcardAddress::any();
    std::optional<std::uint16_t> sourcePort;      // `eq N` after the source (TCP/UDP)
    std::optional<std::uint16_t> destinationPort; // `eq N` after the destination
    int sequence = 10;
    std::uint64_t matches = 0;

    bool matchesPacket(const Ipv4Packet &packet, bool extended) const;
    // What follows "access-list N " in the running config: "permit icmp host 1.1.1.1 any".
    std::string toConfig(bool extended) const;
    bool sameRule(const AccessListEntry &other) const;
};

class AccessList {
public:
    explicit AccessList(int number) : m_number(number) {}

    int number() const { return m_number; }
    bool extended() const { return m_number >= 100; }
    // Appends an entry (IOS ignores a duplicate of an existing one).
    void add(AccessListEntry entry);
    const std::vector<AccessListEntry> &entries() const { return m_entries; }

    // First match wins and is counted; no match is the implicit deny.
    bool permits(const Ipv4Packet &packet);
    // Matching without counting, for callers that only look.
    bool wouldPermit(const Ipv4Packet &packet) const;

    // `show access-lists` text of this list. 12.3 images number the entries (10, 20 ...).
    std::string show(bool sequenceNumbers) const;

private:
    int m_number;
    std::vector<AccessListEntry> m_entries;
};

// The numbered lists of one router.
class AccessLists {
public:
    AccessList &getOrCreate(int number);
    AccessList *find(int number);
    const AccessList *find(int number) const;
    void remove(int number) { m_lists.erase(number); }
    const std::map<int, AccessList> &all() const { return m_lists; }

private:
    std::map<int, AccessList> m_lists;
};

} // namespace routerlab
