#include "router/ip_commands/traceroute.h"

#include "ip/fib.h"
#include "net/byte_reader.h"
#include "net/icmp_message.h"
#include "router/router.h"

#include <cstdio>

namespace routerlab {
namespace {

// What IOS prints instead of a time for an ICMP unreachable (ping's U, per code).
std::string unreachableMark(std::uint8_t code)
{
    switch (static_cast<IcmpUnreachableCode>(code)) {
    case IcmpUnreachableCode::Network:
        return "!N";
    case IcmpUnreachableCode::Host:
        return "!H";
    case IcmpUnreachableCode::Protocol:
        return "!P";
    case IcmpUnreachableCode::AdministrativelyProhibited:
        return "!A";
    default:
        return "!U";
    }
}

} // namespace

TracerouteOperation::TracerouteOperation(Router &router, Options options, Output output,
                                         std::function<void()> done)
    : m_router(router), m_options(options), m_output(std::move(output)), m_done(std::move(done)),
      m_timeout(router.scheduler())
{
    // IOS picks the probes' source port from the dynamic range.
    m_sourcePort = static_cast<std::uint16_t>(49152 + router.random().next32() % 16384);
    m_probePort = m_options.port;
}

TracerouteOperation::~TracerouteOperation()
{
    m_observer.reset();
}

void TracerouteOperation::start()
{
    m_output("\nType escape sequence to abort.\nTracing the route to " +
             m_options.target.toString() + "\n\n");
    if (m_options.source.isUnspecified()) {
        // The UDP checksum covers the source address, so settle it before sending.
        if (const auto adjacency = resolveAdjacency(m_router.rib(), m_options.target)) {
            if (const Interface *interface = m_router.findInterface(adjacency->interface))
                m_options.source = interface->address();
        }
    }
    m_observer =
        m_router.ip().icmp().addObserver([this](const Ipv4Packet &packet, const IcmpMessage &message) {
            probeAnswered(packet, message);
        });
    m_ttl = m_options.minimumTtl;
    startHop();
}

void TracerouteOperation::startHop()
{
    char hop[16];
    std::snprintf(hop, sizeof hop, "%3d", m_ttl);
    m_output(hop);
    m_probe = 0;
    m_lastResponder = Ipv4Address();
    sendProbe();
}

void TracerouteOperation::sendProbe()
{
    ++m_probe;
    ++m_probePort;
    Ipv4Header header;
    header.ttl = static_cast<std::uint8_t>(m_ttl);
    header.source = m_options.source;
    header.destination = m_options.target;
    m_sentAt = m_router.scheduler().now();
    m_waiting = true;
    m_router.ip().sendUdp(header, m_sourcePort, static_cast<std::uint16_t>(m_probePort - 1), {});
    m_timeout.start(m_options.timeout, [this] {
        m_waiting = false;
        m_output(" * ");
        probeFinished();
    });
}

void TracerouteOperation::probeAnswered(const Ipv4Packet &packet, const IcmpMessage &message)
{
    if (!m_waiting || (message.type != IcmpType::TimeExceeded &&
                       message.type != IcmpType::DestinationUnreachable))
        return;
    // The error quotes our probe's header and the first 8 bytes of its UDP header.
    ByteReader quoted(message.data);
    const auto versionAndLength = quoted.u8();
    if (!versionAndLength || !quoted.skip(8))
        return;
    const auto protocol = quoted.u8();
    const std::size_t headerLength = (*versionAndLength & 0x0f) * 4u;
    if (!protocol || *protocol != static_cast<std::uint8_t>(IpProtocol::Udp) || !quoted.skip(6))
        return;
    const auto destination = quoted.u32();
    if (!destination || Ipv4Address(*destination) != m_options.target || headerLength < 20 ||
        !quoted.skip(headerLength - 20 + 2))
        return;
    const auto port = quoted.u16();
    if (!port || *port != static_cast<std::uint16_t>(m_probePort - 1))
        return;
    m_waiting = false;
    m_timeout.stop();
    std::string text;
    if (packet.source != m_lastResponder) {
        text += " " + packet.source.toString();
        m_lastResponder = packet.source;
    }
    if (message.type == IcmpType::DestinationUnreachable) {
        m_reached = true;
        if (message.code != static_cast<std::uint8_t>(IcmpUnreachableCode::Port)) {
            m_output(text + " " + unreachableMark(message.code) + " ");
            probeFinished();
            return;
        }
    }
    const auto micros =
        std::chrono::duration_cast<std::chrono::microseconds>(m_router.scheduler().now() - m_sentAt)
            .count();
    m_output(text + " " + std::to_string((micros + 999) / 1000) + " msec");
    probeFinished();
}

void TracerouteOperation::probeFinished()
{
    if (m_probe < m_options.probes) {
        sendProbe();
        return;
    }
    m_output("\n");
    if (m_reached || m_ttl >= m_options.maximumTtl) {
        finish();
        return;
    }
    ++m_ttl;
    startHop();
}

void TracerouteOperation::abort()
{
    if (m_finished)
        return;
    m_waiting = false;
    m_timeout.stop();
    m_output("\n");
    finish();
}

void TracerouteOperation::finish()
{
    m_finished = true;
    // Let the last line out before the prompt, as ping does.
    m_router.scheduler().schedule(SimDuration{0}, [this] {
        if (m_done)
            m_done();
    });
}

} // namespace routerlab
