#pragma once

#include "core/events.h"

namespace routerlab {

// What a link delivers into: a router interface or a switch port. Links call these from
// scheduler events, never synchronously from the sender's transmit().
class FrameSink {
public:
    virtual ~FrameSink() = default;
    virtual void receiveFrame(const FrameBytes &frame) = 0;
    // The physical carrier of the attached link changed (the peer shut its port, or the
    // link itself went down or came back).
    virtual void carrierChanged(bool up) = 0;

    // Errors the medium inflicts on this port: on a duplex mismatch the half-duplex end sees a
    // late collision and aborts its frame, the full-duplex end receives the damaged fragment.
    enum class MediaError { Collision, LateCollision, CrcError };
    virtual void mediaError(MediaError) {}
};

} // namespace routerlab
