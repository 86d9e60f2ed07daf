#pragma once

#include "core/events.h"
#include "core/timer.h"
#include "ip/access_list.h"
#include "ip/arp_cache.h"
#include "net/byte_writer.h"
#include "net/icmp_message.h"
#include "net/ipv4_packet.h"

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace routerlab {

class Interface;
class Router;
struct ArpPacket;

// Hook points of the IPv4 path (the netfilter model INET and Linux use). ACLs, crypto maps and
// HSRP attach here instead of being special cases inside the stack.
enum class HookPoint { PreRouting, LocalIn, Forward, PostRouting, LocalOut };
enum class Verdict { Accept, Drop, Stolen };

struct PacketContext {
    Bytes packet;             // the whole IPv4 packet; hooks may rewrite it (and then re-decode)
    Interface *input = nullptr;
    Interface *output = nullptr;
    Ipv4Address nextHop;
    bool locallyOriginated = false;
};

struct IpDelivery {
    const Ipv4Packet &packet;
    Interface &input;
};

struct UdpDelivery {
    const Ipv4Packet &packet;
    Interface &input;
    std::uint16_t sourcePort;
    std::uint16_t destinationPort;
    ByteView payload;
};

struct SendOptions {
    Interface *interface = nullptr;   // send out of this interface (multicast, link-local)
    std::optional<MacAddress> sourceMac; // HSRP's Active router speaks from the virtual MAC
};

// An address the router answers ARP for with a MAC of its own besides the interface's (HSRP's
// virtual IP while Active): `show ip arp` lists it with age "-".
struct OwnArpEntry {
    Ipv4Address address;
    MacAddress mac;
    std::string interface;
};

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

// What `show ip cef` counts per prefix: the table version the entry was last changed at, and
// the packets and bytes CEF switched with it.
struct CefPrefixStats {
    std::uint64_t version = 0;
    std::uint64_t packets = 0;
    std::uint64_t bytes = 0;
};

// IPv4 input, local delivery, forwarding and output for one router, with ARP (RFC 826) and the
// ICMP echo responder and error messages (RFC 792, RFC 1812 section 4.3).
class Ipv4Stack {
public:
    using ProtocolReceiver = std::function<void(const IpDelivery &)>;
    using UdpReceiver = std::function<void(const UdpDelivery &)>;
    using Hook = std::function<Verdict(PacketContext &)>;
    // Answers ARP for addresses that are not an interface's own (HSRP's virtual IP).
    using ArpResponder = std::function<std::optional<MacAddress>(Interface &, Ipv4Address target)>;
    using IcmpObserver = std::function<void(const Ipv4Packet &, const IcmpMessage &)>;
    // Every ARP packet the router sends (`sent`) or receives, for `debug arp`.
    using ArpObserver = std::function<void(Interface &, const ArpPacket &, bool sent)>;

    explicit Ipv4Stack(Router &router);
    ~Ipv4Stack();

    void receiveFrame(Interface &interface, const FrameBytes &frame);

    void registerProtocol(IpProtocol protocol, ProtocolReceiver receiver);
    void registerUdpPort(std::uint16_t port, UdpReceiver receiver);
    void addHook(HookPoint point, int order, Hook hook);
    void addArpResponder(ArpResponder responder) { m_arpResponders.push_back(std::move(responder)); }
    void addOwnArpEntries(std::function<std::vector<OwnArpEntry>()> source) { m_ownArpSources.push_back(std::move(source)); }
    std::vector<OwnArpEntry> ownArpEntries() const;
    void addLocalAddressCheck(std::function<bool(Ipv4Address)> check) { m_localChecks.push_back(std::move(check)); }
    // Echo replies and ICMP errors addressed to us (ping and traceroute listen here).
    std::uint64_t addIcmpObserver(IcmpObserver observer);
    void removeIcmpObserver(std::uint64_t id);
    void addArpObserver(ArpObserver observer) { m_arpObservers.push_back(std::move(observer)); }

    // Sends a locally originated packet; the source address defaults to the outgoing
    // interface's. Returns false when there is no route.
    bool send(Ipv4Header header, ByteView payload, const SendOptions &options = {});
    void sendUdp(Ipv4Header header, std::uint16_t sourcePort, std::uint16_t destinationPort,
                 ByteView payload, const SendOptions &options = {});
    void sendGratuitousArp(Interface &interface, Ipv4Address address, MacAddress mac);

    bool isLocalAddress(Ipv4Address address) const;
    ArpCache &arpCache() { return m_arp; }
    const ArpCache &arpCache() const { return m_arp; }
    const IpCounters &counters() const { return m_counters; }
    AccessLists &accessLists() { return m_accessLists; }
    const AccessLists &accessLists() const { return m_accessLists; }
    // CEF's view of the RIB: a table version bumped by every route change, and per-prefix stats.
    std::uint64_t cefTableVersion() const { return m_cefVersion; }
    CefPrefixStats cefStats(const Ipv4Prefix &prefix) const;
    void interfaceDown(Interface &interface);

private:
    void handleArp(Interface &interface, ByteView payload);
    void handleIpv4(Interface &interface, ByteView payload);
    void deliverLocally(PacketContext &context, const Ipv4Packet &packet);
    void forward(PacketContext &context, const Ipv4Packet &packet);
    void sendOut(PacketContext &context);
    void transmitResolved(Interface &interface, Ipv4Address nextHop, Bytes packet,
                          std::optional<MacAddress> sourceMac, bool mayHold);
    void sendArpRequest(Interface &interface, Ipv4Address target);
    void loopBack(Bytes packet, Ipv4Address destination);
    void answerEcho(const Ipv4Packet &packet, const IcmpMessage &message);
    void sendIcmpError(const Ipv4Packet &offending, ByteView originalBytes, IcmpType type,
                       std::uint8_t code);
    Verdict runHooks(HookPoint point, PacketContext &context);
    void transmitArp(Interface &interface, MacAddress destination, MacAddress source,
                     const ArpPacket &arp);
    std::uint16_t nextIdentification() { return m_identification++; }

    Router &m_router;
    ArpCache m_arp;
    IpCounters m_counters;
    std::map<std::uint8_t, ProtocolReceiver> m_protocols;
    std::map<std::uint16_t, UdpReceiver> m_udpPorts;
    std::map<HookPoint, std::multimap<int, Hook>> m_hooks;
    std::vector<ArpResponder> m_arpResponders;
    std::vector<std::function<std::vector<OwnArpEntry>()>> m_ownArpSources;
    std::vector<std::function<bool(Ipv4Address)>> m_localChecks;
    std::vector<std::pair<std::uint64_t, IcmpObserver>> m_icmpObservers;
    std::uint64_t m_nextObserverId = 1;
    std::uint16_t m_identification = 0;
    SimTime m_lastUnreachable{-std::chrono::hours(1)};
    std::map<Ipv4Address, std::unique_ptr<Timer>> m_arpRetryTimers;
    std::vector<ArpObserver> m_arpObservers;
    AccessLists m_accessLists;
    std::uint64_t m_cefVersion = 0;
    std::map<Ipv4Prefix, CefPrefixStats> m_cefStats;
};

} // namespace routerlab
