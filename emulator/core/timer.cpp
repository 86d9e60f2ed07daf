#include "core/timer.h"

namespace routerlab {

void Timer::start(SimDuration delay, Scheduler::Action onExpiry)
{
    stop();
    m_expiry = m_scheduler->now() + delay;
    m_handle = m_scheduler->scheduleAt(m_expiry, std::move(onExpiry));
}

void Timer::stop() { m_handle.cancel(); }

SimDuration Timer::remaining() const
{
    if (!isRunning())
        return SimDuration{0};
    return m_expiry - m_scheduler->now();
}

} // namespace routerlab
