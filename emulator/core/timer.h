#pragma once

#include "core/scheduler.h"

namespace routerlab {

// A restartable one-shot timer that owns its event: destroying or restarting it cancels the
// pending expiry, so a protocol object can never be called back after it is gone.
class Timer {
public:
    explicit Timer(Scheduler &scheduler) : m_scheduler(&scheduler) {}
    ~Timer() { stop(); }
    Timer(const Timer &) = delete;
    Timer &operator=(const Timer &) = delete;

    // `onExpiry` is any `void()` callable, built straight into the scheduler's event slot.
    template<class F>
        requires std::invocable<std::decay_t<F> &>
    void start(SimDuration delay, F &&onExpiry)
    {
        stop();
        m_expiry = m_scheduler->now() + delay;
        m_handle = m_scheduler->scheduleAt(m_expiry, std::forward<F>(onExpiry));
    }
    void stop();
    bool isRunning() const { return m_handle.isPending(); }
    // Time left until expiry; zero when stopped.
    SimDuration remaining() const;
    SimTime expiry() const { return m_expiry; }

private:
    Scheduler *m_scheduler;
    EventHandle m_handle;
    SimTime m_expiry{0};
};

} // namespace routerlab
