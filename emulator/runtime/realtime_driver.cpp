#include "runtime/realtime_driver.h"

namespace routerlab {
namespace {

// Longest a single tick may spend running events before it yields to the event loop.
constexpr qint64 kTickBudgetNanoseconds = 20'000'000;

} // namespace

RealtimeDriver::RealtimeDriver(Scheduler &scheduler, QObject *parent)
    : QObject(parent), m_scheduler(scheduler)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(std::chrono::milliseconds(5));
    connect(&m_timer, &QTimer::timeout, this, &RealtimeDriver::pump);
}

void RealtimeDriver::start()
{
    m_wall.start();
    m_running = true;
    m_paused = false;
    reanchor();
    m_timer.start();
}

void RealtimeDriver::stop()
{
    m_timer.stop();
    m_running = false;
}

void RealtimeDriver::pause()
{
    if (!m_running || m_paused)
        return;
    pump();
    m_paused = true;
    m_timer.stop();
}

void RealtimeDriver::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    reanchor();
    m_timer.start();
}

void RealtimeDriver::setSpeed(double speed)
{
    if (speed <= 0)
        return;
    // Time run so far keeps its old rate: re-anchor at the lab time reached.
    if (m_running && !m_paused)
        pump();
    m_speed = speed;
    if (m_running)
        reanchor();
}

void RealtimeDriver::setTickInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

// Anchoring at the scheduler's clock rather than the old target drops any backlog a slow tick
// left: after a pause or speed change the lab continues from where it really is.
void RealtimeDriver::reanchor()
{
    m_anchorLabTime = m_scheduler.now();
    m_anchorWallNanoseconds = m_wall.isValid() ? m_wall.nsecsElapsed() : 0;
}

SimTime RealtimeDriver::targetTime() const
{
    if (!m_running || m_paused || !m_wall.isValid())
        return m_scheduler.now();
    const double elapsed = static_cast<double>(m_wall.nsecsElapsed() - m_anchorWallNanoseconds);
    return m_anchorLabTime + SimDuration(static_cast<std::int64_t>(elapsed * m_speed));
}

void RealtimeDriver::pump()
{
    if (!m_running || m_paused)
        return;
    const SimTime target = targetTime();
    if (target <= m_scheduler.now())
        return;
    const qint64 deadline = m_wall.nsecsElapsed() + kTickBudgetNanoseconds;
    while (true) {
        const auto next = m_scheduler.nextEventTime();
        if (!next || *next > target)
            break;
        m_scheduler.runNext();
        if (m_wall.nsecsElapsed() > deadline) {
            // Behind: leave the clock at the last event run and catch up on the next tick.
            emit advanced(m_scheduler.now());
            return;
        }
    }
    m_scheduler.runUntil(target);
    emit advanced(m_scheduler.now());
}

} // namespace routerlab
