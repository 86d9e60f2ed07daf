#include "ip/arp_resolver.h"

#include "core/scheduler.h"
#include "ip/address_claims.h"
#include "ip/ip_packet_context.h"
#include "net/arp_packet.h"
#include "net/ethernet_frame.h"

namespace routerlab {
namespace {
constexpr SimDuration kRetryInterval = std::chrono::seconds(2);
constexpr int kRequestsBeforeGivingUp = 5;

MacAddress multicastMac(Ipv4Address group)
{
    const std::uint32_t low = group.value() & 0x7fffff;
    return MacAddress({0x01, 0x00, 0x5e, static_cast<std::uint8_t>(low >> 16),
                       static_cast<std::uint8_t>(low >> 8), static_cast<std::uint8_t>(low)});
}

FrameBytes makeFrame(Bytes bytes) { return std::make_shared<const Bytes>(std::move(bytes)); }
} // namespace

ArpResolver::ArpResolver(Ipv4Host &host, Scheduler &scheduler, IpCounters &counters,
                         const AddressClaims &claims)
    : m_host(host), m_scheduler(scheduler), m_counters(counters), m_claims(claims)
{
}

ArpResolver::~ArpResolver() = default;

void ArpResolver::transmitArp(IpInterface &interface, MacAddress destination, MacAddress source,
                              const ArpPacket &arp)
{
    m_observers.forEach([&](const Observer &observer) { observer(interface, arp, true); });
    interface.transmit(makeFrame(encodeEthernet(destination, source, EtherType::Arp, encodeArp(arp))));
}

void ArpResolver::receive(IpInterface &interface, ByteView payload)
{
    const auto arp = decodeArp(payload);
    if (!arp) {
        ++m_counters.badFrames;
        return;
    }
    ++m_counters.arpReceived;
    if (!interface.hasIpAddress())
        return;
    m_observers.forEach([&](const Observer &observer) { observer(interface, *arp, false); });
    std::optional<MacAddress> answer;
    if (arp->targetIp == interface.address())
        answer = interface.mac();
    else
        answer = m_claims.macFor(interface.name(), arp->targetIp);
    // RFC 826 merge: refresh an entry we have; create one only when the request is for us.
    ArpEntry *existing = m_cache.find(arp->senderIp);
    const bool onSubnet = interface.primaryPrefix()->contains(arp->senderIp);
    if (onSubnet && arp->senderIp != interface.address() && (existing || answer)) {
        ArpEntry &entry = existing ? *existing : m_cache.entry(arp->senderIp);
        entry.mac = arp->senderMac;
        entry.interface = interface.name();
        entry.learnedAt = m_scheduler.now();
        const bool wasIncomplete = !entry.complete;
        entry.complete = true;
        entry.requestsSent = 0;
        m_retryTimers.erase(arp->senderIp);
        if (wasIncomplete)
            releaseHeld(interface, arp->senderIp, entry);
    }
    if (arp->operation == ArpOperation::Request && answer && arp->senderIp != arp->targetIp) {
        ArpPacket reply = ArpPacket::replyTo(*arp, *answer);
        ++m_counters.arpRepliesSent;
        transmitArp(interface, arp->senderMac, *answer, reply);
    }
}

void ArpResolver::releaseHeld(IpInterface &interface, Ipv4Address neighbour, ArpEntry &entry)
{
    auto held = std::move(entry.heldPackets);
    entry.heldPackets.clear();
    for (auto &packet : held) {
        if (auto context = PacketContext::fromPacket(packet))
            transmit(interface, neighbour, std::move(*context), std::nullopt, false);
    }
}

void ArpResolver::transmit(IpInterface &interface, Ipv4Address nextHop, PacketContext &&context,
                           std::optional<MacAddress> sourceMac, bool mayHold)
{
    const MacAddress source = sourceMac.value_or(interface.mac());
    if (nextHop.isMulticast() || nextHop.isLimitedBroadcast() ||
        (interface.hasIpAddress() && nextHop == interface.primaryPrefix()->broadcast())) {
        const MacAddress destination = nextHop.isMulticast() ? multicastMac(nextHop) : MacAddress::broadcast();
        interface.transmit(makeFrame(context.takeFrame(destination, source)));
        return;
    }
    ArpEntry *entry = m_cache.find(nextHop);
    if (entry && entry->complete && m_scheduler.now() - entry->learnedAt >= ArpCache::kTimeout) {
        // Aged out (IOS `arp timeout` 4 hours): resolve the neighbour afresh.
        m_cache.erase(nextHop);
        entry = nullptr;
    }
    if (entry && entry->complete && entry->interface == interface.name()) {
        interface.transmit(makeFrame(context.takeFrame(entry->mac, source)));
        return;
    }
    // Unresolved: CEF's glean adjacency drops forwarded packets (the first "." of a ping across
    // a fresh lab); packets the router originates itself wait in the entry for the reply.
    ArpEntry &pending = m_cache.entry(nextHop);
    pending.interface = interface.name();
    if (mayHold && pending.heldPackets.size() < ArpCache::kHoldLimit) {
        const ByteView packet = context.bytes();
        pending.heldPackets.emplace_back(packet.begin(), packet.end());
    } else {
        ++m_counters.encapsulationFailed;
    }
    if (pending.requestsSent == 0)
        sendRequest(interface, nextHop);
}

void ArpResolver::sendRequest(IpInterface &interface, Ipv4Address target)
{
    if (!interface.hasIpAddress() || !interface.lineProtocolUp())
        return;
    ArpEntry *entry = m_cache.find(target);
    if (!entry || entry->complete)
        return;
    if (entry->requestsSent >= kRequestsBeforeGivingUp) {
        m_cache.erase(target);
        m_retryTimers.erase(target);
        return;
    }
    ++entry->requestsSent;
    ++m_counters.arpRequestsSent;
    const ArpPacket request = ArpPacket::request(interface.mac(), interface.address(), target);
    transmitArp(interface, MacAddress::broadcast(), interface.mac(), request);
    auto &timer = m_retryTimers[target];
    if (!timer)
        timer = std::make_unique<Timer>(m_scheduler);
    const std::string interfaceName = interface.name();
    timer->start(kRetryInterval, [this, interfaceName, target] {
        if (IpInterface *retryInterface = m_host.findIpInterface(interfaceName))
            sendRequest(*retryInterface, target);
    });
}

void ArpResolver::sendGratuitous(IpInterface &interface, Ipv4Address address, MacAddress mac)
{
    ++m_counters.arpRequestsSent;
    transmitArp(interface, MacAddress::broadcast(), mac, ArpPacket::gratuitous(mac, address));
}

void ArpResolver::interfaceDown(IpInterface &interface)
{
    for (const ArpEntry *entry : m_cache.entries()) {
        if (entry->interface == interface.name())
            m_retryTimers.erase(entry->address);
    }
    m_cache.eraseInterface(interface.name());
}

} // namespace routerlab
