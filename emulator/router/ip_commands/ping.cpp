#include "router/ip_commands/ping.h"

#include "net/byte_reader.h"
#include "net/icmp_message.h"
#include "router/router.h"

namespace routerlab {

namespace {

// IOS prints 70 echo marks to a line.
constexpr int kMarksPerLine = 70;

// IOS rounds each round trip up to a whole millisecond.
long long wholeMilliseconds(SimDuration roundTrip)
{
    const auto us = std::chrono::duration_cast<std::chrono::microseconds>(roundTrip).count();
    return std::max<long long>(1, (us + 999) / 1000);
}

} // namespace

PingOperation::PingOperation(Router &router, Options options, Output output, std::function<void()> done)
    : m_router(router), m_options(options), m_output(std::move(output)), m_done(std::move(done)),
      m_timeout(router.scheduler())
{
    m_identifier = static_cast<std::uint16_t>(router.random().next32());
}

PingOperation::~PingOperation()
{
    m_observer.reset();
}

void PingOperation::start()
{
    m_output(m_options.blankLineFirst ? "\nType escape sequence to abort.\n" : "Type escape sequence to abort.\n");
    m_output("Sending " + std::to_string(m_options.repeat) + ", " + std::to_string(m_options.datagramSize) +
             "-byte ICMP Echos to " + m_options.target.toString() + ", timeout is " +
             std::to_string(std::chrono::duration_cast<std::chrono::seconds>(m_options.timeout).count()) +
             " seconds:\n");
    if (!m_options.source.isUnspecified())
        m_output("Packet sent with a source address of " + m_options.source.toString() + " \n");
    m_observer = m_router.ip().icmp().addObserver([this](const Ipv4Packet &packet, const IcmpMessage &message) {
        if (!m_waiting)
            return;
        if (message.type == IcmpType::EchoReply && message.identifier() == m_identifier &&
            message.sequence() == static_cast<std::uint16_t>(m_sequence) && packet.source == m_options.target) {
            const long long ms = wholeMilliseconds(m_router.scheduler().now() - m_sentAt);
            m_minimumMs = m_received == 0 ? ms : std::min(m_minimumMs, ms);
            m_maximumMs = std::max(m_maximumMs, ms);
            m_totalMs += ms;
            ++m_received;
            echoDone("!");
            return;
        }
        // An ICMP error quoting our echo: `U` for unreachable, `&` for TTL expiry.
        if (message.type == IcmpType::DestinationUnreachable || message.type == IcmpType::TimeExceeded) {
            // The error quotes only the header and 8 bytes, so read the destination directly
            // rather than decoding a packet whose total length is not all there.
            ByteReader quoted(message.data);
            if (!quoted.skip(16))
                return;
            const auto destination = quoted.u32();
            if (!destination || Ipv4Address(*destination) != m_options.target)
                return;
            echoDone(message.type == IcmpType::DestinationUnreachable ? "U" : "&");
        }
    });
    sendNext();
}

void PingOperation::echoDone(const char *mark)
{
    m_waiting = false;
    m_timeout.stop();
    ++m_completed;
    if (m_column == kMarksPerLine) {
        m_output("\n");
        m_column = 0;
    }
    m_output(mark);
    ++m_column;
    sendNext();
}

void PingOperation::abort()
{
    if (m_finished)
        return;
    m_waiting = false;
    m_timeout.stop();
    m_sent = m_options.repeat; // sendNext() sends nothing more
    finish();
}

void PingOperation::sendNext()
{
    if (m_finished)
        return;
    if (m_sent >= m_options.repeat) {
        // Let the last character out before the summary, as the console shows it.
        m_router.scheduler().schedule(SimDuration{0}, [this] { finish(); });
        return;
    }
    ++m_sent;
    m_sequence = m_sent - 1;
    const int icmpDataSize = std::max(0, m_options.datagramSize - 28);
    std::vector<std::uint8_t> data(static_cast<std::size_t>(icmpDataSize));
    // IOS fills echo data with the data pattern, 0xABCD unless extended ping set another.
    for (std::size_t i = 0; i < data.size(); ++i)
        data[i] = static_cast<std::uint8_t>(i % 2 == 0 ? m_options.pattern >> 8 : m_options.pattern);
    Ipv4Header header;
    header.ttl = 255;
    header.tos = m_options.tos;
    header.dontFragment = m_options.dontFragment;
    header.protocol = IpProtocol::Icmp;
    header.source = m_options.source;
    header.destination = m_options.target;
    m_sentAt = m_router.scheduler().now();
    m_waiting = true;
    m_router.ip().send(header,
                       encodeIcmpEchoRequest(m_identifier, static_cast<std::uint16_t>(m_sequence), data));
    m_timeout.start(m_options.timeout, [this] { echoDone("."); });
}

void PingOperation::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    const int percent = m_completed ? static_cast<int>(static_cast<long long>(m_received) * 100 / m_completed) : 0;
    std::string line = "\nSuccess rate is " + std::to_string(percent) + " percent (" +
                       std::to_string(m_received) + "/" + std::to_string(m_completed) + ")";
    if (m_received > 0) {
        line += ", round-trip min/avg/max = " + std::to_string(m_minimumMs) + "/" +
                std::to_string(m_totalMs / m_received) + "/" + std::to_string(m_maximumMs) + " ms";
    }
    m_output(line + "\n");
    if (m_done)
        m_done();
}

} // namespace routerlab
