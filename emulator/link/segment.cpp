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
    if (m_bus.hasSubscribers())
        m_bus.publish(FrameTransmitted{m_name, from.node, from.port, m_scheduler.now(), frame});

    const int toSide = 1 - side;
    const std::uint64_t epoch = *m_epoch;
    m_scheduler.schedule(m_delay, [this, guard = std::weak_ptr(m_epoch), toSide, epoch,
                                   frame = std::move(frame)] {
        if (!guard.expired())
            deliver(toSide, epoch, frame);
    });
}

void Segment::deliver(int toSide, std::uint64_t sentInEpoch, const FrameBytes &frame)
{
    FrameSink *sink = m_ends[static_cast<std::size_t>(toSide)].sink;
    // Detaching drops the carrier, so a sink gone since the send fails the epoch check too.
    if (sentInEpoch != *m_epoch || !sink) {
        ++m_counters.framesLostInFlight;
        return;
    }
    ++m_counters.framesDelivered;
    sink->receiveFrame(frame);
}

void Segment::setEndpointSpeed(int side, int megabits)
{
    m_ends.at(side).forcedSpeed = megabits;
    updateCarrier();
}

void Segment::updateCarrier()
{
    const bool speedsAgree = m_ends[0].forcedSpeed == 0 || m_ends[1].forcedSpeed == 0 ||
                             m_ends[0].forcedSpeed == m_ends[1].forcedSpeed;
    const bool carrier = m_linkUp && m_ends[0].sink && m_ends[1].sink && m_ends[0].enabled
        && m_ends[1].enabled && speedsAgree;
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
