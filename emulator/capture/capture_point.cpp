#include "capture/capture_point.h"

namespace routerlab {

CapturePoint::CapturePoint(EventBus &bus, std::string linkName,
                           std::unique_ptr<PcapWriter> writer)
    : m_linkName(std::move(linkName)), m_writer(std::move(writer))
{
    if (!isCapturing())
        return;
    m_subscription = bus.subscribeTo<FrameTransmitted>([this](const FrameTransmitted &event) {
        if (event.link == m_linkName)
            m_writer->write(event.time, event.frame);
    });
}

void CapturePoint::stop()
{
    m_subscription.reset();
    if (m_writer)
        m_writer->close();
}

std::string CapturePoint::errorString() const
{
    if (!m_writer)
        return "no capture writer";
    return m_writer->errorString();
}

} // namespace routerlab
