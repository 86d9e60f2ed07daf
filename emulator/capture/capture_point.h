#pragma once

#include "capture/pcap_writer.h"
#include "core/event_bus.h"
#include "core/events.h"

#include <memory>
#include <string>

namespace routerlab {

// Captures one link, both directions, into a PcapWriter by listening to FrameTransmitted on
// the bus; the link never knows it is being watched. Each frame is stamped with the time it
// was put on the wire. Capturing stops when the point is destroyed or stop() is called.
class CapturePoint {
public:
    CapturePoint(EventBus &bus, std::string linkName, std::unique_ptr<PcapWriter> writer);
    CapturePoint(const CapturePoint &) = delete;
    CapturePoint &operator=(const CapturePoint &) = delete;

    // Unsubscribes and closes the file.
    void stop();

    bool isCapturing() const { return m_writer && m_writer->isOpen(); }
    const std::string &linkName() const { return m_linkName; }
    std::uint64_t framesCaptured() const { return m_writer ? m_writer->framesWritten() : 0; }
    // Empty while all is well.
    std::string errorString() const;

private:
    std::string m_linkName;
    std::unique_ptr<PcapWriter> m_writer;
    // Declared last so it is released first: no frame can arrive at a destroyed writer.
    Subscription m_subscription;
};

} // namespace routerlab
