#include "core/timer.h"

namespace routerlab {

void Timer::stop() { m_handle.cancel(); }

SimDuration Timer::remaining() const
{
    if (!isRunning())
        return SimDuration{0};
    return m_expiry - m_scheduler->now();
}

} // namespace routerlab
