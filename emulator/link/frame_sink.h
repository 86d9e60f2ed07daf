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
};

} // namespace routerlab
