#pragma once

#include "core/registration.h"
#include "core/timer.h"
#include "ip/arp_cache.h"
#include "ip/ip_counters.h"
#include "ip/ip_interface.h"
#include "net/byte_writer.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace routerlab {

class AddressClaims;
class PacketContext;
class Scheduler;
struct ArpPacket;

// ARP (RFC 826) for one router as IOS does it: answers for the interfaces' addresses and the
// claimed ones, merges what it hears, resolves next hops with retries every 2 s (five tries),
// holds a few locally originated packets while a neighbour resolves and drops transit packets
// meanwhile (CEF's glean adjacency).
class ArpResolver {
public:
    // Every ARP packet the router sends (`sent`) or receives, for `debug arp`.
    using Observer = std::function<void(IpInterface &, const ArpPacket &, bool sent)>;

    ArpResolver(Ipv4Host &host, Scheduler &scheduler, IpCounters &counters, const AddressClaims &claims);
    ~ArpResolver();

    void receive(IpInterface &interface, ByteView payload);
    // Puts the packet on the wire to `nextHop` through `interface`, resolving its MAC first.
    void transmit(IpInterface &interface, Ipv4Address nextHop, PacketContext &&context,
                  std::optional<MacAddress> sourceMac, bool mayHold);
    void sendGratuitous(IpInterface &interface, Ipv4Address address, MacAddress mac);
    void interfaceDown(IpInterface &interface);

    [[nodiscard]] Registration addObserver(Observer observer) { return m_observers.add(std::move(observer)); }
    ArpCache &cache() { return m_cache; }
    const ArpCache &cache() const { return m_cache; }

private:
    void sendRequest(IpInterface &interface, Ipv4Address target);
    void transmitArp(IpInterface &interface, MacAddress destination, MacAddress source, const ArpPacket &arp);
    void releaseHeld(IpInterface &interface, Ipv4Address neighbour, ArpEntry &entry);

    Ipv4Host &m_host;
    Scheduler &m_scheduler;
    IpCounters &m_counters;
    const AddressClaims &m_claims;
    ArpCache m_cache;
    std::map<Ipv4Address, std::unique_ptr<Timer>> m_retryTimers;
    RegistrationList<Observer> m_observers;
};

} // namespace routerlab
