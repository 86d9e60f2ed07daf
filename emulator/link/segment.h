#pragma once

#include "core/event_bus.h"
#include "core/events.h"
#include "core/scheduler.h"
#include "link/ethernet_media.h"
#include "link/frame_sink.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

namespace routerlab {

// A point-to-point Ethernet cable between two endpoints, side 0 and side 1: a router
// interface or a switch port at each end.
//
// Carrier follows real Ethernet: it is up only while the cable is up, both ends are attached
// and both transmitters are enabled. When one router shuts its port the peer loses carrier
// too and reports line protocol down.
//
// Everything the cable does to its sinks goes through the scheduler, so a sender's transmit()
// or a shutdown never re-enters the code that called it:
//   - a frame reaches the far sink `delay` after it was sent, in send order;
//   - a carrier change reaches both attached sinks at the same instant, after the caller
//     returns (delay 0), while LinkStateChanged is published at once so observers see the
//     change at the moment it happened;
//   - frames on the wire when the carrier drops are lost, even if it comes back before they
//     would have arrived.
// Each frame that gets on the wire is published as FrameTransmitted (captures and the GUI
// subscribe); a frame sent without carrier never reaches the wire and is only counted.
//
// Sinks are not owned. The owner (the Lab) detaches a sink or destroys the segment before
// destroying the sink; events still queued when the segment dies are discarded.
class Segment {
public:
    struct Counters {
        std::uint64_t framesDelivered = 0;
        std::uint64_t framesDropped = 0;      // sent without carrier: never on the wire
        std::uint64_t framesLostInFlight = 0; // on the wire when the carrier dropped
        std::uint64_t framesCollided = 0;     // aborted by a late collision (duplex mismatch)
    };

    Segment(Scheduler &scheduler, EventBus &bus, std::string name,
            SimDuration delay = std::chrono::microseconds(10));
    Segment(const Segment &) = delete;
    Segment &operator=(const Segment &) = delete;

    // `side` is 0 or 1 everywhere; anything else throws std::out_of_range.
    void attach(int side, std::string node, std::string port, FrameSink *sink);
    void detach(int side);
    void transmit(int side, FrameBytes frame);
    // The transmitter of the port at `side` (an interface `shutdown` disables it).
    void setEndpointEnabled(int side, bool enabled);
    // How a port is set (`speed`, `duplex`). Ports forced to different speeds never see a
    // link; a duplex mismatch passes traffic but frames that overlap on the wire collide.
    void setEndpointMedia(int side, EthernetMedia media);
    NegotiatedLink negotiated() const { return negotiate(m_ends[0].media, m_ends[1].media); }
    // The cable itself (suspending and resuming a link).
    void setLinkUp(bool up);

    bool carrier() const { return m_carrier; }
    bool linkUp() const { return m_linkUp; }
    bool isAttached(int side) const { return m_ends.at(side).sink != nullptr; }
    bool endpointEnabled(int side) const { return m_ends.at(side).enabled; }
    const std::string &name() const { return m_name; }
    const std::string &node(int side) const { return m_ends.at(side).node; }
    const std::string &port(int side) const { return m_ends.at(side).port; }
    SimDuration delay() const { return m_delay; }
    const Counters &counters() const { return m_counters; }

private:
    struct Endpoint {
        std::string node;
        std::string port;
        FrameSink *sink = nullptr;
        bool enabled = true;
        EthernetMedia media;
        SimTime busyUntil{0}; // end of the frame this port is putting on the wire
        std::uint64_t framesSent = 0;
        std::uint64_t abortedFrame = 0; // the frame a late collision cut short
    };

    void updateCarrier();
    void deliver(int toSide, std::uint64_t sentInEpoch, std::uint64_t sequence, const FrameBytes &frame);
    // Half-duplex contention; false when the frame is lost to a late collision.
    bool resolveContention(int side, SimTime now, std::size_t bytes);

    Scheduler &m_scheduler;
    EventBus &m_bus;
    std::string m_name;
    SimDuration m_delay;
    std::array<Endpoint, 2> m_ends;
    bool m_linkUp = true;
    bool m_carrier = false;
    Counters m_counters;
    // The carrier epoch, bumped each time the carrier drops: a frame sent in an older epoch
    // was on the wire during the outage and is lost. Queued events hold it weakly, which also
    // tells them when the segment is gone.
    std::shared_ptr<std::uint64_t> m_epoch;
};

} // namespace routerlab
