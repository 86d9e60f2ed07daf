#include "ip/ipv4_stack.h"

#include "ip/fib.h"
#include "ip/ip_debug.h"
#include "net/arp_packet.h"
#include "net/ethernet_frame.h"
#include "net/udp_datagram.h"
#include "router/interface.h"
#include "router/router.h"

namespace routerlab {
namespace {
constexpr std::uint8_t kDefaultTtl = 255;
// IOS rate-limits ICMP unreachables to one per 500 ms by default.
constexpr SimDuration kUnreachableInterval = std::chrono::milliseconds(500);
constexpr SimDuration kArpRetryInterval = std::chrono::seconds(2);
constexpr int kArpRequestsBeforeGivingUp = 5;

FrameBytes makeFrame(Bytes bytes) { return std::make_shared<const Bytes>(std::move(bytes)); }

MacAddress multicastMac(Ipv4Address group)
{
    const std::uint32_t low = group.value() & 0x7fffff;
    return MacAddress({0x01, 0x00, 0x5e, static_cast<std::uint8_t>(low >> 16),
                       static_cast<std::uint8_t>(low >> 8), static_cast<std::uint8_t>(low)});
}
} // namespace

Ipv4Stack::Ipv4Stack(Router &router) : m_router(router)
{
    m_router.rib().addListener([this](const Ipv4Prefix &prefix, const Route *installed) {
        ++m_cefVersion;
        if (installed)
            m_cefStats[prefix] = CefPrefixStats{m_cefVersion, 0, 0};
        else
            m_cefStats.erase(prefix);
    });
    attachIpDebug(router, *this);
}

CefPrefixStats Ipv4Stack::cefStats(const Ipv4Prefix &prefix) const
{
    auto found = m_cefStats.find(prefix);
    return found == m_cefStats.end() ? CefPrefixStats{} : found->second;
}

void Ipv4Stack::transmitArp(Interface &interface, MacAddress destination, MacAddress source,
                            const ArpPacket &arp)
{
    for (auto &observer : m_arpObservers)
        observer(interface, arp, true);
    interface.transmit(makeFrame(encodeEthernet(destination, source, EtherType::Arp, encodeArp(arp))));
}
Ipv4Stack::~Ipv4Stack() = default;

void Ipv4Stack::registerProtocol(IpProtocol protocol, ProtocolReceiver receiver)
{
    m_protocols[static_cast<std::uint8_t>(protocol)] = std::move(receiver);
}

std::vector<OwnArpEntry> Ipv4Stack::ownArpEntries() const
{
    std::vector<OwnArpEntry> entries;
    for (const auto &source : m_ownArpSources) {
        auto more = source();
        entries.insert(entries.end(), more.begin(), more.end());
    }
    return entries;
}

void Ipv4Stack::registerUdpPort(std::uint16_t port, UdpReceiver receiver)
{
    m_udpPorts[port] = std::move(receiver);
}

void Ipv4Stack::addHook(HookPoint point, int order, Hook hook)
{
    m_hooks[point].emplace(order, std::move(hook));
}

std::uint64_t Ipv4Stack::addIcmpObserver(IcmpObserver observer)
{
    m_icmpObservers.emplace_back(m_nextObserverId, std::move(observer));
    return m_nextObserverId++;
}

void Ipv4Stack::removeIcmpObserver(std::uint64_t id)
{
    std::erase_if(m_icmpObservers, [id](const auto &entry) { return entry.first == id; });
}

Verdict Ipv4Stack::runHooks(HookPoint point, PacketContext &context)
{
    auto found = m_hooks.find(point);
    if (found == m_hooks.end())
        return Verdict::Accept;
    for (auto &[order, hook] : found->second) {
        const Verdict verdict = hook(context);
        if (verdict != Verdict::Accept)
            return verdict;
    }
    return Verdict::Accept;
}

bool Ipv4Stack::isLocalAddress(Ipv4Address address) const
{
    for (const auto &interface : m_router.interfaces()) {
        if (interface->hasAddress() && interface->address() == address && interface->lineProtocolUp())
            return true;
    }
    for (const auto &check : m_localChecks) {
        if (check(address))
            return true;
    }
    return false;
}

void Ipv4Stack::receiveFrame(Interface &interface, const FrameBytes &frame)
{
    const auto ethernet = decodeEthernet(*frame);
    if (!ethernet) {
        ++m_counters.badFrames;
        ++interface.counters.inputErrors;
        return;
    }
    if (ethernet->etherType == static_cast<std::uint16_t>(EtherType::Arp))
        handleArp(interface, ethernet->payload);
    else if (ethernet->etherType == static_cast<std::uint16_t>(EtherType::Ipv4))
        handleIpv4(interface, ethernet->payload);
}

void Ipv4Stack::handleArp(Interface &interface, ByteView payload)
{
    const auto arp = decodeArp(payload);
    if (!arp) {
        ++m_counters.badFrames;
        return;
    }
    ++m_counters.arpReceived;
    if (!interface.hasAddress())
        return;
    for (auto &observer : m_arpObservers)
        observer(interface, *arp, false);
    std::optional<MacAddress> answer;
    if (arp->targetIp == interface.address())
        answer = interface.mac();
    for (auto &responder : m_arpResponders) {
        if (!answer)
            answer = responder(interface, arp->targetIp);
    }
    // RFC 826 merge: refresh an entry we have; create one only when the request is for us.
    ArpEntry *existing = m_arp.find(arp->senderIp);
    const bool onSubnet = interface.primaryPrefix()->contains(arp->senderIp);
    if (onSubnet && arp->senderIp != interface.address() && (existing || answer)) {
        ArpEntry &entry = existing ? *existing : m_arp.entry(arp->senderIp);
        entry.mac = arp->senderMac;
        entry.interface = interface.name();
        entry.learnedAt = m_router.scheduler().now();
        const bool wasIncomplete = !entry.complete;
        entry.complete = true;
        entry.requestsSent = 0;
        m_arpRetryTimers.erase(arp->senderIp);
        if (wasIncomplete) {
            auto held = std::move(entry.heldPackets);
            entry.heldPackets.clear();
            for (auto &packet : held)
                transmitResolved(interface, arp->senderIp, std::move(packet), std::nullopt, false);
        }
    }
    if (arp->operation == ArpOperation::Request && answer && arp->senderIp != arp->targetIp) {
        ArpPacket reply = ArpPacket::replyTo(*arp, *answer);
        ++m_counters.arpRepliesSent;
        transmitArp(interface, arp->senderMac, *answer, reply);
    }
}

void Ipv4Stack::handleIpv4(Interface &interface, ByteView payload)
{
    ++m_counters.received;
    const auto packet = decodeIpv4(payload);
    if (!packet || !packet->checksumValid) {
        ++m_counters.badHeader;
        return;
    }
    PacketContext context;
    context.packet.assign(payload.begin(), payload.begin() + packet->totalLength);
    context.input = &interface;
    if (runHooks(HookPoint::PreRouting, context) != Verdict::Accept) {
        ++m_counters.filtered;
        return;
    }
    // Hooks may have rewritten the packet (decapsulation); decode what is there now.
    const auto current = decodeIpv4(context.packet);
    if (!current)
        return;
    const Ipv4Address destination = current->destination;
    const bool local = isLocalAddress(destination) || destination.isLimitedBroadcast() ||
                       destination.isMulticast() ||
                       (interface.hasAddress() && destination == interface.primaryPrefix()->broadcast());
    if (local)
        deliverLocally(context, *current);
    else
        forward(context, *current);
}

void Ipv4Stack::deliverLocally(PacketContext &context, const Ipv4Packet &packet)
{
    if (runHooks(HookPoint::LocalIn, context) != Verdict::Accept) {
        ++m_counters.filtered;
        return;
    }
    ++m_counters.delivered;
    const auto protocol = static_cast<std::uint8_t>(packet.protocol);
    if (packet.protocol == IpProtocol::Icmp) {
        const auto message = decodeIcmp(packet.payload);
        if (!message || !message->checksumValid) {
            ++m_counters.badHeader;
            return;
        }
        ++m_counters.icmpReceived;
        if (message->type == IcmpType::EchoRequest && !packet.destination.isMulticast()) {
            answerEcho(packet, *message);
            return;
        }
        auto observers = m_icmpObservers;
        for (auto &[id, observer] : observers)
            observer(packet, *message);
        return;
    }
    if (packet.protocol == IpProtocol::Udp) {
        const auto udp = decodeUdp(packet.payload, packet.source, packet.destination);
        if (!udp || !udp->checksumValid) {
            ++m_counters.badHeader;
            return;
        }
        auto receiver = m_udpPorts.find(udp->destinationPort);
        if (receiver == m_udpPorts.end()) {
            if (!packet.destination.isMulticast() && !packet.destination.isLimitedBroadcast())
                sendIcmpError(packet, context.packet, IcmpType::DestinationUnreachable,
                              static_cast<std::uint8_t>(IcmpUnreachableCode::Port));
            return;
        }
        receiver->second(UdpDelivery{packet, *context.input, udp->sourcePort,
                                     udp->destinationPort, udp->payload});
        return;
    }
    auto receiver = m_protocols.find(protocol);
    if (receiver == m_protocols.end()) {
        ++m_counters.unknownProtocol;
        if (!packet.destination.isMulticast())
            sendIcmpError(packet, context.packet, IcmpType::DestinationUnreachable,
                          static_cast<std::uint8_t>(IcmpUnreachableCode::Protocol));
        return;
    }
    receiver->second(IpDelivery{packet, *context.input});
}

void Ipv4Stack::forward(PacketContext &context, const Ipv4Packet &packet)
{
    if (packet.destination.isMulticast() || packet.source.isMulticast())
        return;
    if (packet.ttl <= 1) {
        ++m_counters.ttlExpired;
        sendIcmpError(packet, context.packet, IcmpType::TimeExceeded,
                      static_cast<std::uint8_t>(IcmpTimeExceededCode::TtlExceeded));
        return;
    }
    const auto adjacency = resolveAdjacency(m_router.rib(), packet.destination);
    Interface *output = adjacency ? m_router.findInterface(adjacency->interface) : nullptr;
    if (!output || !output->lineProtocolUp()) {
        ++m_counters.noRoute;
        sendIcmpError(packet, context.packet, IcmpType::DestinationUnreachable,
                      static_cast<std::uint8_t>(IcmpUnreachableCode::Host));
        return;
    }
    // Decrement the TTL and patch the checksum (RFC 1624 incremental update would do; the
    // header is small, so recompute it).
    Ipv4Header header = packet;
    header.ttl = static_cast<std::uint8_t>(packet.ttl - 1);
    const Bytes payloadCopy(packet.payload.begin(), packet.payload.end());
    context.packet = encodeIpv4(header, payloadCopy);
    context.output = output;
    context.nextHop = adjacency->nextHop;
    if (runHooks(HookPoint::Forward, context) != Verdict::Accept) {
        ++m_counters.filtered;
        return;
    }
    ++m_counters.forwarded;
    if (m_router.global.ipCef) {
        CefPrefixStats &stats = m_cefStats[adjacency->route->prefix];
        ++stats.packets;
        stats.bytes += context.packet.size();
    }
    sendOut(context);
}

void Ipv4Stack::sendOut(PacketContext &context)
{
    if (runHooks(HookPoint::PostRouting, context) != Verdict::Accept) {
        ++m_counters.filtered;
        return;
    }
    transmitResolved(*context.output, context.nextHop, std::move(context.packet), std::nullopt,
                     context.locallyOriginated);
}

void Ipv4Stack::transmitResolved(Interface &interface, Ipv4Address nextHop, Bytes packet,
                                 std::optional<MacAddress> sourceMac, bool mayHold)
{
    const MacAddress source = sourceMac.value_or(interface.mac());
    if (nextHop.isMulticast() || nextHop.isLimitedBroadcast() ||
        (interface.hasAddress() && nextHop == interface.primaryPrefix()->broadcast())) {
        const MacAddress destination = nextHop.isMulticast() ? multicastMac(nextHop) : MacAddress::broadcast();
        interface.transmit(makeFrame(encodeEthernet(destination, source, EtherType::Ipv4, packet)));
        return;
    }
    ArpEntry *entry = m_arp.find(nextHop);
    if (entry && entry->complete && m_router.scheduler().now() - entry->learnedAt >= ArpCache::kTimeout) {
        // Aged out (IOS `arp timeout` 4 hours): resolve the neighbour afresh.
        m_arp.erase(nextHop);
        entry = nullptr;
    }
    if (entry && entry->complete && entry->interface == interface.name()) {
        interface.transmit(makeFrame(encodeEthernet(entry->mac, source, EtherType::Ipv4, packet)));
        return;
    }
    // Unresolved: CEF's glean adjacency drops forwarded packets (the first "." of a ping across
    // a fresh lab); packets the router originates itself wait in the entry for the reply.
    ArpEntry &pending = m_arp.entry(nextHop);
    pending.interface = interface.name();
    if (mayHold && pending.heldPackets.size() < ArpCache::kHoldLimit)
        pending.heldPackets.push_back(std::move(packet));
    else
        ++m_counters.encapsulationFailed;
    if (pending.requestsSent == 0)
        sendArpRequest(interface, nextHop);
}

void Ipv4Stack::sendArpRequest(Interface &interface, Ipv4Address target)
{
    if (!interface.hasAddress() || !interface.lineProtocolUp())
        return;
    ArpEntry *entry = m_arp.find(target);
    if (!entry || entry->complete)
        return;
    if (entry->requestsSent >= kArpRequestsBeforeGivingUp) {
        m_arp.erase(target);
        m_arpRetryTimers.erase(target);
        return;
    }
    ++entry->requestsSent;
    ++m_counters.arpRequestsSent;
    const ArpPacket request = ArpPacket::request(interface.mac(), interface.address(), target);
    transmitArp(interface, MacAddress::broadcast(), interface.mac(), request);
    auto &timer = m_arpRetryTimers[target];
    if (!timer)
        timer = std::make_unique<Timer>(m_router.scheduler());
    const std::string interfaceName = interface.name();
    timer->start(kArpRetryInterval, [this, interfaceName, target] {
        if (Interface *retryInterface = m_router.findInterface(interfaceName))
            sendArpRequest(*retryInterface, target);
    });
}

void Ipv4Stack::sendGratuitousArp(Interface &interface, Ipv4Address address, MacAddress mac)
{
    ++m_counters.arpRequestsSent;
    transmitArp(interface, MacAddress::broadcast(), mac, ArpPacket::gratuitous(mac, address));
}

bool Ipv4Stack::send(Ipv4Header header, ByteView payload, const SendOptions &options)
{
    PacketContext context;
    context.locallyOriginated = true;
    if (options.interface) {
        context.output = options.interface;
        context.nextHop = header.destination;
    } else {
        const auto adjacency = resolveAdjacency(m_router.rib(), header.destination);
        Interface *output = adjacency ? m_router.findInterface(adjacency->interface) : nullptr;
        if (!output || !output->lineProtocolUp()) {
            ++m_counters.noRoute;
            return false;
        }
        context.output = output;
        context.nextHop = adjacency->nextHop;
    }
    if (header.source.isUnspecified())
        header.source = context.output->address();
    if (header.identification == 0)
        header.identification = nextIdentification();
    context.packet = encodeIpv4(header, payload);
    if (runHooks(HookPoint::LocalOut, context) != Verdict::Accept) {
        ++m_counters.filtered;
        return true;
    }
    ++m_counters.sent;
    if (!options.interface && isLocalAddress(header.destination)) {
        loopBack(std::move(context.packet), header.destination);
        return true;
    }
    if (runHooks(HookPoint::PostRouting, context) != Verdict::Accept) {
        ++m_counters.filtered;
        return true;
    }
    transmitResolved(*context.output, context.nextHop, std::move(context.packet), options.sourceMac,
                     true);
    return true;
}

void Ipv4Stack::sendUdp(Ipv4Header header, std::uint16_t sourcePort, std::uint16_t destinationPort,
                        ByteView payload, const SendOptions &options)
{
    header.protocol = IpProtocol::Udp;
    if (header.source.isUnspecified() && options.interface)
        header.source = options.interface->address();
    send(header, encodeUdp(header.source, header.destination, sourcePort, destinationPort, payload),
         options);
}

void Ipv4Stack::loopBack(Bytes packet, Ipv4Address destination)
{
    // A packet to one of our own addresses never touches a wire: it arrives on the interface
    // that owns the address, after the current event, as IOS's internal loopback does.
    std::string owner;
    for (const auto &interface : m_router.interfaces()) {
        if (interface->hasAddress() && interface->address() == destination)
            owner = interface->name();
    }
    m_router.scheduler().schedule(SimDuration{0}, [this, packet = std::move(packet), owner]() mutable {
        Interface *input = owner.empty() ? nullptr : m_router.findInterface(owner);
        if (!input && !m_router.interfaces().empty())
            input = m_router.interfaces().front().get();
        const auto decoded = decodeIpv4(packet);
        if (!input || !decoded)
            return;
        PacketContext context;
        context.packet = std::move(packet);
        context.input = input;
        deliverLocally(context, *decodeIpv4(context.packet));
    });
}

void Ipv4Stack::answerEcho(const Ipv4Packet &packet, const IcmpMessage &message)
{
    Ipv4Header reply;
    reply.ttl = kDefaultTtl;
    reply.protocol = IpProtocol::Icmp;
    // Reply from the address that was pinged (it may be a virtual address we own).
    reply.source = packet.destination;
    reply.destination = packet.source;
    ++m_counters.icmpSent;
    send(reply, encodeIcmpEchoReply(message.identifier(), message.sequence(), message.data));
}

void Ipv4Stack::sendIcmpError(const Ipv4Packet &offending, ByteView originalBytes, IcmpType type,
                              std::uint8_t code)
{
    // Never answer an ICMP error with an error (RFC 1812 section 4.3.2.7).
    if (offending.protocol == IpProtocol::Icmp) {
        const auto inner = decodeIcmp(offending.payload);
        if (!inner || (inner->type != IcmpType::EchoRequest && inner->type != IcmpType::EchoReply))
            return;
    }
    if (offending.source.isUnspecified() || offending.source.isMulticast() || offending.isFragment())
        return;
    const SimTime now = m_router.scheduler().now();
    if (type == IcmpType::DestinationUnreachable) {
        if (now - m_lastUnreachable < kUnreachableInterval)
            return;
        m_lastUnreachable = now;
    }
    Bytes body = type == IcmpType::TimeExceeded
                     ? encodeIcmpTimeExceeded(static_cast<IcmpTimeExceededCode>(code), originalBytes)
                     : encodeIcmpDestinationUnreachable(static_cast<IcmpUnreachableCode>(code),
                                                        originalBytes);
    Ipv4Header header;
    header.ttl = kDefaultTtl;
    header.protocol = IpProtocol::Icmp;
    header.destination = offending.source;
    ++m_counters.icmpSent;
    send(header, body);
}

void Ipv4Stack::interfaceDown(Interface &interface)
{
    for (const ArpEntry *entry : m_arp.entries()) {
        if (entry->interface == interface.name())
            m_arpRetryTimers.erase(entry->address);
    }
    m_arp.eraseInterface(interface.name());
}

} // namespace routerlab
