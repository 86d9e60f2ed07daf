#include "link/segment.h"

namespace routerlab {

Segment::Segment(Scheduler &scheduler, EventBus &bus, std::string name, SimDuration delay)
    : m_scheduler(scheduler),
      m_bus(bus),
      m_name(std::move(name)),
      m_delay(delay),
      m_epoch(std::make_shared<std::uint64_t>(0))
{
}

void Segment::attach(int side, std::string node, std::string port, FrameSink *sink)
{
    Endpoint &end = m_ends.at(side);
    end.node = std::move(node);
    end.port = std::move(port);
    end.sink = sink;
    updateCarrier();
}

void Segment::detach(int side)
{
    m_ends.at(side).sink = nullptr;
    updateCarrier();
}

void Segment::setEndpointEnabled(int side, bool enabled)
{
    m_ends.at(side).enabled = enabled;
    updateCarrier();
}

void Segment::setLinkUp(bool up)
{
    m_linkUp = up;
    updateCarrier();
}

void Segment::transmit(int side, FrameBytes frame)
{
    const Endpoint &from = m_ends.at(side);
    if (!m_carrier || !frame) {
        ++m_counters.framesDropped;
        return;
    }
    const int toSide = 1 - side;
    const SimTime now = m_scheduler.now();
    if (!resolveContention(side, now, frame->size()))
        return;
    if (m_bus.hasSubscribers<FrameTransmitted>())
        m_bus.publish(FrameTransmitted{m_name, from.node, from.port, now, frame});

    const std::uint64_t epoch = *m_epoch;
    const std::uint64_t sequence = ++m_ends[static_cast<std::size_t>(side)].framesSent;
    // The far end has the frame once its last bit has crossed the cable.
    const SimDuration arrival = m_delay + serializationTime(frame->size(), negotiated().speed);
    m_scheduler.schedule(arrival, [this, guard = std::weak_ptr(m_epoch), toSide, epoch, sequence,
                                   frame = std::move(frame)] {
        if (!guard.expired())
            deliver(toSide, epoch, sequence, frame);
    });
}

bool Segment::resolveContention(int side, SimTime now, std::size_t bytes)
{
    // Ethernet in half duplex is a shared medium: frames whose transmissions overlap collide.
    const NegotiatedLink link = negotiated();
    Endpoint &sender = m_ends[static_cast<std::size_t>(side)];
    Endpoint &peer = m_ends[static_cast<std::size_t>(1 - side)];
    const bool overlaps = peer.busyUntil > now;
    sender.busyUntil = now + serializationTime(bytes, link.speed);
    if (!overlaps)
        return true;
    const bool senderFull = link.fullDuplex[static_cast<std::size_t>(side)];
    if (!link.duplexMismatch()) {
        // Both half duplex: CSMA/CD backs off and retries, and the frame gets through.
        if (!senderFull)
            sender.sink->mediaError(FrameSink::MediaError::Collision);
        return true;
    }
    // A duplex mismatch: the half-duplex end hears the other mid-frame, sees a late collision
    // and aborts its own frame; the full-duplex end receives the damaged fragment.
    Endpoint &halfEnd = senderFull ? peer : sender;
    Endpoint &fullEnd = senderFull ? sender : peer;
    ++m_counters.framesCollided;
    halfEnd.sink->mediaError(FrameSink::MediaError::LateCollision);
    fullEnd.sink->mediaError(FrameSink::MediaError::CrcError);
    if (senderFull) {
        halfEnd.abortedFrame = halfEnd.framesSent; // the frame already on its way
        return true;
    }
    return false;
}

void Segment::deliver(int toSide, std::uint64_t sentInEpoch, std::uint64_t sequence,
                      const FrameBytes &frame)
{
    FrameSink *sink = m_ends[static_cast<std::size_t>(toSide)].sink;
    // Detaching drops the carrier, so a sink gone since the send fails the epoch check too.
    if (sentInEpoch != *m_epoch || !sink) {
        ++m_counters.framesLostInFlight;
        return;
    }
    if (m_ends[static_cast<std::size_t>(1 - toSide)].abortedFrame == sequence)
        return; // cut short by a late collision
    ++m_counters.framesDelivered;
    sink->receiveFrame(frame);
}

void Segment::setEndpointMedia(int side, EthernetMedia media)
{
    m_ends.at(side).media = media;
    updateCarrier();
}

void Segment::updateCarrier()
{
    const bool carrier = m_linkUp && m_ends[0].sink && m_ends[1].sink && m_ends[0].enabled
        && m_ends[1].enabled && negotiated().linkPossible;
    if (carrier == m_carrier)
        return;
    m_carrier = carrier;
    if (!carrier)
        ++*m_epoch;
    m_bus.publish(LinkStateChanged{m_name, carrier});

    // The sinks are looked up when the event runs, so one detached in the meantime (and
    // perhaps destroyed) is not called.
    m_scheduler.schedule(SimDuration{0}, [this, guard = std::weak_ptr(m_epoch), carrier] {
        if (guard.expired())
            return;
        for (std::size_t side = 0; side < m_ends.size(); ++side) {
            if (FrameSink *sink = m_ends[side].sink)
                sink->carrierChanged(carrier);
        }
    });
}

} // namespace routerlab
