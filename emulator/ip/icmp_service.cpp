#include "ip/icmp_service.h"

#include "core/scheduler.h"
#include "ip/ipv4_stack.h"

namespace routerlab {
namespace {
constexpr std::uint8_t kDefaultTtl = 255;
// IOS rate-limits ICMP unreachables to one per 500 ms by default.
constexpr SimDuration kUnreachableInterval = std::chrono::milliseconds(500);
} // namespace

IcmpService::IcmpService(Ipv4Stack &stack, Scheduler &scheduler, IpCounters &counters)
    : m_stack(stack), m_scheduler(scheduler), m_counters(counters)
{
}

void IcmpService::receive(const Ipv4Packet &packet)
{
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
    m_observers.forEach([&](const Observer &observer) { observer(packet, *message); });
}

void IcmpService::answerEcho(const Ipv4Packet &packet, const IcmpMessage &message)
{
    Ipv4Header reply;
    reply.ttl = kDefaultTtl;
    reply.protocol = IpProtocol::Icmp;
    // Reply from the address that was pinged (it may be a virtual address we own).
    reply.source = packet.destination;
    reply.destination = packet.source;
    ++m_counters.icmpSent;
    m_stack.send(reply, encodeIcmpEchoReply(message.identifier(), message.sequence(), message.data));
}

void IcmpService::sendError(const Ipv4Packet &offending, ByteView originalBytes, IcmpType type,
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
    const SimTime now = m_scheduler.now();
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
    m_stack.send(header, body);
}

} // namespace routerlab
