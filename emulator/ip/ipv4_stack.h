#pragma once

// IPv4 on one router: input, local delivery, forwarding and output, with the hooks, receivers
// and address claims protocol modules plug into.
//
//   ipv4_stack          (this file) the packet path and the registrations
//   ip_packet_context   one packet on its way, decoded once, forwarded in its own buffer
//   arp_resolver        ARP (RFC 826): replies, the cache, resolution and the hold queue
//   icmp_service        echo replies, ICMP errors (RFC 792, RFC 1812 4.3), ping's observers
//   address_claims      addresses owned besides the interfaces' (HSRP's virtual IP)

#include "core/registration.h"
#include "core/timer.h"
#include "ip/access_list.h"
#include "ip/address_claims.h"
#include "ip/arp_resolver.h"
#include "ip/icmp_service.h"
#include "ip/ip_counters.h"
#include "ip/ip_interface.h"
#include "ip/ip_packet_context.h"

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace routerlab {

class Rib;
class Scheduler;
struct ArpPacket;

// Hook points of the IPv4 path (the netfilter model INET and Linux use). ACLs, crypto maps and
// `debug ip packet` attach here instead of being special cases inside the stack.
enum class HookPoint { PreRouting, LocalIn, Forward, PostRouting, LocalOut };
enum class Verdict { Accept, Drop, Stolen };

struct IpDelivery {
    const Ipv4Packet &packet;
    IpInterface &input;
};

struct UdpDelivery {
    const Ipv4Packet &packet;
    IpInterface &input;
    std::uint16_t sourcePort;
    std::uint16_t destinationPort;
    ByteView payload;
};

// A frame of an EtherType the stack does not handle itself (IPv4 and ARP are its own).
struct FrameDelivery {
    const EthernetFrame &frame;
    IpInterface &input;
};

struct SendOptions {
    IpInterface *interface = nullptr;    // send out of this interface (multicast, link-local)
    std::optional<MacAddress> sourceMac; // HSRP's Active router speaks from the virtual MAC
};

// What `show ip cef` counts per prefix: the table version the entry was last changed at, and
// the packets and bytes CEF switched with it.
struct CefPrefixStats {
    std::uint64_t version = 0;
    std::uint64_t packets = 0;
    std::uint64_t bytes = 0;
};

class Ipv4Stack {
public:
    using ProtocolReceiver = std::function<void(const IpDelivery &)>;
    using UdpReceiver = std::function<void(const UdpDelivery &)>;
    using FrameReceiver = std::function<void(const FrameDelivery &)>;
    using Hook = std::function<Verdict(PacketContext &)>;

    Ipv4Stack(Ipv4Host &host, Scheduler &scheduler, Rib &rib);
    ~Ipv4Stack();
    Ipv4Stack(const Ipv4Stack &) = delete;
    Ipv4Stack &operator=(const Ipv4Stack &) = delete;

    void receiveFrame(IpInterface &interface, const FrameBytes &frame);

    // Receivers by IP protocol number (OSPF 89, ESP 50), UDP port (HSRP 1985, ISAKMP 500/4500)
    // and EtherType. One receiver per key: a second registration is a programming error
    // (std::logic_error). The handle unregisters.
    [[nodiscard]] Registration registerProtocol(IpProtocol protocol, ProtocolReceiver receiver);
    [[nodiscard]] Registration registerUdpPort(std::uint16_t port, UdpReceiver receiver);
    [[nodiscard]] Registration registerEtherType(std::uint16_t etherType, FrameReceiver receiver);
    // Hooks run in ascending `order` at their point; the first that does not accept decides.
    [[nodiscard]] Registration addHook(HookPoint point, int order, Hook hook);

    // The one way to own an address besides an interface's (address_claims.h).
    void claimAddress(IpInterface &interface, Ipv4Address address, MacAddress mac);
    void releaseAddress(IpInterface &interface, Ipv4Address address);
    const AddressClaims &claims() const { return m_claims; }
    bool isLocalAddress(Ipv4Address address) const;
    // Whether a unicast frame to `mac` is ours to take on `interface`.
    bool acceptsMac(const IpInterface &interface, MacAddress mac) const
    {
        return m_claims.acceptsMac(interface.name(), mac);
    }

    // Sends a locally originated packet; the source address defaults to the outgoing
    // interface's. Returns false when there is no route.
    bool send(Ipv4Header header, ByteView payload, const SendOptions &options = {});
    void sendUdp(Ipv4Header header, std::uint16_t sourcePort, std::uint16_t destinationPort,
                 ByteView payload, const SendOptions &options = {});
    void sendGratuitousArp(IpInterface &interface, Ipv4Address address, MacAddress mac)
    {
        m_arp.sendGratuitous(interface, address, mac);
    }

    ArpResolver &arp() { return m_arp; }
    ArpCache &arpCache() { return m_arp.cache(); }
    const ArpCache &arpCache() const { return m_arp.cache(); }
    IcmpService &icmp() { return m_icmp; }
    const IpCounters &counters() const { return m_counters; }
    AccessLists &accessLists() { return m_accessLists; }
    const AccessLists &accessLists() const { return m_accessLists; }
    // CEF's view of the RIB: a table version bumped by every route change, and per-prefix stats.
    std::uint64_t cefTableVersion() const { return m_cefVersion; }
    CefPrefixStats cefStats(const Ipv4Prefix &prefix) const;
    void interfaceDown(IpInterface &interface) { m_arp.interfaceDown(interface); }

private:
    friend class IcmpService;
    void handleIpv4(IpInterface &interface, ByteView payload);
    void deliverLocally(PacketContext &context);
    void deliverUdp(PacketContext &context);
    void forward(PacketContext &context);
    void sendOut(PacketContext &context);
    void loopBack(PacketContext context, Ipv4Address destination);
    Verdict runHooks(HookPoint point, PacketContext &context);
    Registration unregisterer(std::function<void()> undo) const;
    std::uint16_t nextIdentification() { return m_identification++; }

    Ipv4Host &m_host;
    Scheduler &m_scheduler;
    Rib &m_rib;
    IpCounters m_counters;
    AddressClaims m_claims;
    ArpResolver m_arp;
    IcmpService m_icmp;
    std::map<std::uint8_t, ProtocolReceiver> m_protocols;
    std::map<std::uint16_t, UdpReceiver> m_udpPorts;
    std::map<std::uint16_t, FrameReceiver> m_etherTypes;
    struct OrderedHook {
        int order;
        std::uint64_t id;
        Hook hook;
    };
    std::map<HookPoint, std::vector<OrderedHook>> m_hooks;
    std::uint64_t m_nextHookId = 1;
    std::uint16_t m_identification = 0;
    AccessLists m_accessLists;
    std::uint64_t m_cefVersion = 0;
    std::map<Ipv4Prefix, CefPrefixStats> m_cefStats;
    Registration m_ribListener;
    // Registrations watch this: a handle that outlives the stack does nothing.
    std::shared_ptr<const int> m_alive = std::make_shared<const int>(0);
};

} // namespace routerlab
