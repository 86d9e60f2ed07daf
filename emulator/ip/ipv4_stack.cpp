#include "ip/ipv4_stack.h"

#include "core/scheduler.h"
#include "ip/fib.h"
#include "ip/rib.h"
#include "net/ethernet_frame.h"
#include "net/udp_datagram.h"

#include <algorithm>
#include <stdexcept>

namespace routerlab {

Ipv4Stack::Ipv4Stack(Ipv4Host &host, Scheduler &scheduler, Rib &rib)
    : m_host(host), m_scheduler(scheduler), m_rib(rib), m_arp(host, scheduler, m_counters, m_claims),
      m_icmp(*this, scheduler, m_counters)
{
    m_ribListener = m_rib.addListener([this](const Ipv4Prefix &prefix, const Route *installed) {
        ++m_cefVersion;
        if (installed)
            m_cefStats[prefix] = CefPrefixStats{m_cefVersion, 0, 0};
        else
            m_cefStats.erase(prefix);
    });
}

Ipv4Stack::~Ipv4Stack() = default;

CefPrefixStats Ipv4Stack::cefStats(const Ipv4Prefix &prefix) const
{
    auto found = m_cefStats.find(prefix);
    return found == m_cefStats.end() ? CefPrefixStats{} : found->second;
}

Registration Ipv4Stack::unregisterer(std::function<void()> undo) const
{
    return Registration(m_alive, std::move(undo));
}

namespace {
template <class Map, class Key, class Receiver>
void insertUnique(Map &map, Key key, Receiver receiver, const char *what)
{
    if (!map.emplace(key, std::move(receiver)).second)
        throw std::logic_error(std::string("Ipv4Stack: ") + what + " " + std::to_string(key) +
                               " already has a receiver");
}
} // namespace

Registration Ipv4Stack::registerProtocol(IpProtocol protocol, ProtocolReceiver receiver)
{
    const auto number = static_cast<std::uint8_t>(protocol);
    insertUnique(m_protocols, number, std::move(receiver), "IP protocol");
    return unregisterer([this, number] { m_protocols.erase(number); });
}

Registration Ipv4Stack::registerUdpPort(std::uint16_t port, UdpReceiver receiver)
{
    insertUnique(m_udpPorts, port, std::move(receiver), "UDP port");
    return unregisterer([this, port] { m_udpPorts.erase(port); });
}

Registration Ipv4Stack::registerEtherType(std::uint16_t etherType, FrameReceiver receiver)
{
    if (etherType == static_cast<std::uint16_t>(EtherType::Ipv4) ||
        etherType == static_cast<std::uint16_t>(EtherType::Arp))
        throw std::logic_error("Ipv4Stack: IPv4 and ARP are the stack's own EtherTypes");
    insertUnique(m_etherTypes, etherType, std::move(receiver), "EtherType");
    return unregisterer([this, etherType] { m_etherTypes.erase(etherType); });
}

Registration Ipv4Stack::addHook(HookPoint point, int order, Hook hook)
{
    const std::uint64_t id = m_nextHookId++;
    auto &hooks = m_hooks[point];
    // After every hook of the same order: equal orders run in registration order.
    auto position = std::upper_bound(hooks.begin(), hooks.end(), order,
                                     [](int wanted, const OrderedHook &existing) { return wanted < existing.order; });
    hooks.insert(position, OrderedHook{order, id, std::move(hook)});
    return unregisterer([this, point, id] {
        std::erase_if(m_hooks[point], [id](const OrderedHook &entry) { return entry.id == id; });
    });
}

Verdict Ipv4Stack::runHooks(HookPoint point, PacketContext &context)
{
    auto found = m_hooks.find(point);
    if (found == m_hooks.end())
        return Verdict::Accept;
    for (const OrderedHook &entry : found->second) {
        const Verdict verdict = entry.hook(context);
        if (verdict != Verdict::Accept)
            return verdict;
    }
    return Verdict::Accept;
}

void Ipv4Stack::claimAddress(IpInterface &interface, Ipv4Address address, MacAddress mac)
{
    m_claims.claim(interface.name(), address, mac);
}

void Ipv4Stack::releaseAddress(IpInterface &interface, Ipv4Address address)
{
    m_claims.release(interface.name(), address);
}

bool Ipv4Stack::isLocalAddress(Ipv4Address address) const
{
    for (std::size_t i = 0; i < m_host.ipInterfaceCount(); ++i) {
        const IpInterface &interface = m_host.ipInterface(i);
        if (interface.lineProtocolUp() && interface.address() == address && interface.hasIpAddress())
            return true;
    }
    return m_claims.owns(address);
}

void Ipv4Stack::receiveFrame(IpInterface &interface, const FrameBytes &frame)
{
    const auto ethernet = decodeEthernet(*frame);
    if (!ethernet) {
        ++m_counters.badFrames;
        interface.countInputError();
        return;
    }
    if (ethernet->hasType(EtherType::Ipv4)) {
        handleIpv4(interface, ethernet->payload);
    } else if (ethernet->hasType(EtherType::Arp)) {
        m_arp.receive(interface, ethernet->payload);
    } else if (auto receiver = m_etherTypes.find(ethernet->etherType); receiver != m_etherTypes.end()) {
        receiver->second(FrameDelivery{*ethernet, interface});
    }
}

void Ipv4Stack::handleIpv4(IpInterface &interface, ByteView payload)
{
    ++m_counters.received;
    const auto header = decodeIpv4(payload);
    if (!header || !header->checksumValid) {
        ++m_counters.badHeader;
        return;
    }
    auto context = std::optional<PacketContext>(PacketContext::fromDecoded(*header, payload));
    context->input = &interface;
    if (runHooks(HookPoint::PreRouting, *context) != Verdict::Accept) {
        ++m_counters.filtered;
        return;
    }
    // Hooks may have replaced the packet (decapsulation); the context holds what is there now.
    const Ipv4Address destination = context->packet().destination;
    const bool local = isLocalAddress(destination) || destination.isLimitedBroadcast() ||
                       destination.isMulticast() ||
                       (interface.hasIpAddress() && destination == interface.primaryPrefix()->broadcast());
    if (local)
        deliverLocally(*context);
    else
        forward(*context);
}

void Ipv4Stack::deliverLocally(PacketContext &context)
{
    if (runHooks(HookPoint::LocalIn, context) != Verdict::Accept) {
        ++m_counters.filtered;
        return;
    }
    ++m_counters.delivered;
    const Ipv4Packet &packet = context.packet();
    if (packet.protocol == IpProtocol::Icmp) {
        m_icmp.receive(packet);
        return;
    }
    if (packet.protocol == IpProtocol::Udp) {
        deliverUdp(context);
        return;
    }
    auto receiver = m_protocols.find(static_cast<std::uint8_t>(packet.protocol));
    if (receiver == m_protocols.end()) {
        ++m_counters.unknownProtocol;
        if (!packet.destination.isMulticast())
            m_icmp.sendError(packet, context.bytes(), IcmpType::DestinationUnreachable,
                             static_cast<std::uint8_t>(IcmpUnreachableCode::Protocol));
        return;
    }
    receiver->second(IpDelivery{packet, *context.input});
}

void Ipv4Stack::deliverUdp(PacketContext &context)
{
    const Ipv4Packet &packet = context.packet();
    const auto udp = decodeUdp(packet.payload, packet.source, packet.destination);
    if (!udp || !udp->checksumValid) {
        ++m_counters.badHeader;
        return;
    }
    auto receiver = m_udpPorts.find(udp->destinationPort);
    if (receiver == m_udpPorts.end()) {
        if (!packet.destination.isMulticast() && !packet.destination.isLimitedBroadcast())
            m_icmp.sendError(packet, context.bytes(), IcmpType::DestinationUnreachable,
                             static_cast<std::uint8_t>(IcmpUnreachableCode::Port));
        return;
    }
    receiver->second(UdpDelivery{packet, *context.input, udp->sourcePort, udp->destinationPort, udp->payload});
}

void Ipv4Stack::forward(PacketContext &context)
{
    const Ipv4Packet &packet = context.packet();
    if (packet.destination.isMulticast() || packet.source.isMulticast())
        return;
    if (packet.ttl <= 1) {
        ++m_counters.ttlExpired;
        m_icmp.sendError(packet, context.bytes(), IcmpType::TimeExceeded,
                         static_cast<std::uint8_t>(IcmpTimeExceededCode::TtlExceeded));
        return;
    }
    const auto adjacency = resolveAdjacency(m_rib, packet.destination);
    IpInterface *output = adjacency ? m_host.findIpInterface(adjacency->interface) : nullptr;
    if (!output || !output->lineProtocolUp()) {
        ++m_counters.noRoute;
        m_icmp.sendError(packet, context.bytes(), IcmpType::DestinationUnreachable,
                         static_cast<std::uint8_t>(IcmpUnreachableCode::Host));
        return;
    }
    context.decrementTtl();
    context.output = output;
    context.nextHop = adjacency->nextHop;
    if (runHooks(HookPoint::Forward, context) != Verdict::Accept) {
        ++m_counters.filtered;
        return;
    }
    ++m_counters.forwarded;
    if (m_host.cefSwitching()) {
        CefPrefixStats &stats = m_cefStats[adjacency->route->prefix];
        ++stats.packets;
        stats.bytes += context.bytes().size();
    }
    sendOut(context);
}

void Ipv4Stack::sendOut(PacketContext &context)
{
    if (runHooks(HookPoint::PostRouting, context) != Verdict::Accept) {
        ++m_counters.filtered;
        return;
    }
    IpInterface &output = *context.output;
    const Ipv4Address nextHop = context.nextHop;
    const bool mayHold = context.locallyOriginated;
    m_arp.transmit(output, nextHop, std::move(context), std::nullopt, mayHold);
}

bool Ipv4Stack::send(Ipv4Header header, ByteView payload, const SendOptions &options)
{
    IpInterface *output = options.interface;
    Ipv4Address nextHop = header.destination;
    if (!output) {
        const auto adjacency = resolveAdjacency(m_rib, header.destination);
        output = adjacency ? m_host.findIpInterface(adjacency->interface) : nullptr;
        if (!output || !output->lineProtocolUp()) {
            ++m_counters.noRoute;
            return false;
        }
        nextHop = adjacency->nextHop;
    }
    if (header.source.isUnspecified())
        header.source = output->address();
    if (header.identification == 0)
        header.identification = nextIdentification();
    auto context = PacketContext::fromPacket(encodeIpv4(header, payload));
    if (!context)
        return false;
    context->locallyOriginated = true;
    context->output = output;
    context->nextHop = nextHop;
    if (runHooks(HookPoint::LocalOut, *context) != Verdict::Accept) {
        ++m_counters.filtered;
        return true;
    }
    ++m_counters.sent;
    if (!options.interface && isLocalAddress(header.destination)) {
        loopBack(std::move(*context), header.destination);
        return true;
    }
    if (runHooks(HookPoint::PostRouting, *context) != Verdict::Accept) {
        ++m_counters.filtered;
        return true;
    }
    m_arp.transmit(*output, nextHop, std::move(*context), options.sourceMac, true);
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

void Ipv4Stack::loopBack(PacketContext context, Ipv4Address destination)
{
    // A packet to one of our own addresses never touches a wire: it arrives on the interface
    // that owns the address, after the current event, as IOS's internal loopback does.
    std::string owner;
    for (std::size_t i = 0; i < m_host.ipInterfaceCount(); ++i) {
        const IpInterface &interface = m_host.ipInterface(i);
        if (interface.hasIpAddress() && interface.address() == destination)
            owner = interface.name();
    }
    auto shared = std::make_shared<PacketContext>(std::move(context));
    std::weak_ptr<const int> alive = m_alive;
    m_scheduler.schedule(SimDuration{0}, [this, alive, shared, owner] {
        if (alive.expired())
            return;
        IpInterface *input = owner.empty() ? nullptr : m_host.findIpInterface(owner);
        if (!input && m_host.ipInterfaceCount() > 0)
            input = &m_host.ipInterface(0);
        if (!input)
            return;
        shared->input = input;
        shared->output = nullptr;
        shared->locallyOriginated = false;
        deliverLocally(*shared);
    });
}

} // namespace routerlab
