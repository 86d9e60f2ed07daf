#include "runtime/realtime_driver.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <climits>
#include <cmath>

namespace routerlab {
namespace {

// Longest a single pump may spend running events before it yields to the event loop.
constexpr qint64 kTickBudgetNanoseconds = 20'000'000;
constexpr qint64 kNanosecondsPerMillisecond = 1'000'000;
constexpr SimDuration kClockTick = std::chrono::seconds(1);

SimTime nextWholeSecondAfter(SimTime now)
{
    return (now / kClockTick + 1) * kClockTick;
}

// What may bring input into the lab: socket data (telnet, an attached terminal), keys and
// clicks, queued calls and other timers. Events sent while widgets are built or torn down are
// left alone, so the lab never runs in the middle of that.
bool mayCarryInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::SockAct:
    case QEvent::SockClose:
    case QEvent::KeyPress:
    case QEvent::ShortcutOverride:
    case QEvent::Shortcut:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::InputMethod:
    case QEvent::MetaCall:
    case QEvent::Timer:
        return true;
    default:
        return false;
    }
}

} // namespace

RealtimeDriver::RealtimeDriver(Scheduler &scheduler, QObject *parent)
    : QObject(parent), m_scheduler(scheduler)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RealtimeDriver::wake);
    m_scheduler.setEarlierEventListener([this](SimTime when) { earlierEventScheduled(when); });
    if (QCoreApplication *application = QCoreApplication::instance())
        application->installEventFilter(this);
}

RealtimeDriver::~RealtimeDriver()
{
    if (QCoreApplication *application = QCoreApplication::instance())
        application->removeEventFilter(this);
    m_scheduler.setEarlierEventListener({});
}

void RealtimeDriver::start()
{
    m_wall.start();
    m_running = true;
    m_paused = false;
    reanchor();
    sleepUntilNextEvent(false);
}

void RealtimeDriver::stop()
{
    m_timer.stop();
    m_running = false;
}

void RealtimeDriver::pause()
{
    if (!canRun())
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
    sleepUntilNextEvent(false);
}

void RealtimeDriver::setSpeed(double speed)
{
    if (speed <= 0)
        return;
    // Time run so far keeps its old rate: re-anchor at the lab time reached.
    if (canRun())
        pump();
    m_speed = speed;
    if (!m_running)
        return;
    reanchor();
    // The same lab time is now another wall time.
    m_timer.stop();
    if (canRun())
        sleepUntilNextEvent(false);
}

// Anchoring at the scheduler's clock rather than the old target drops any backlog a slow pump
// left: after a pause or speed change the lab continues from where it really is.
void RealtimeDriver::reanchor()
{
    m_anchorLabTime = m_scheduler.now();
    m_anchorWallNanoseconds = m_wall.isValid() ? m_wall.nsecsElapsed() : 0;
}

SimTime RealtimeDriver::targetTime() const
{
    if (!canRun() || !m_wall.isValid())
        return m_scheduler.now();
    const double elapsed = static_cast<double>(m_wall.nsecsElapsed() - m_anchorWallNanoseconds);
    return m_anchorLabTime + SimDuration(static_cast<std::int64_t>(elapsed * m_speed));
}

void RealtimeDriver::wake()
{
    ++m_wakeUps;
    pump();
}

void RealtimeDriver::pump()
{
    // Never inside an event (a Qt event sent from one reaches the filter) nor inside itself.
    if (!canRun() || m_pumping || m_scheduler.isRunningEvent())
        return;
    m_pumping = true;
    const SimTime target = targetTime();
    bool behind = false;
    if (target > m_scheduler.now()) {
        const qint64 deadline = m_wall.nsecsElapsed() + kTickBudgetNanoseconds;
        while (true) {
            const auto next = m_scheduler.nextEventTime();
            if (!next || *next > target)
                break;
            m_scheduler.runNext();
            if (m_wall.nsecsElapsed() > deadline) {
                // Behind: the clock stays at the last event run until the next pump.
                behind = true;
                break;
            }
        }
        if (!behind)
            m_scheduler.runUntil(target);
        emit advanced(m_scheduler.now());
    }
    m_pumping = false;
    if (canRun())
        sleepUntilNextEvent(behind);
}

void RealtimeDriver::sleepUntilNextEvent(bool behind)
{
    if (behind) {
        m_armedFor = m_scheduler.now();
        m_timer.start(0);
        return;
    }
    SimTime wakeAt = nextWholeSecondAfter(m_scheduler.now());
    if (const auto next = m_scheduler.nextEventTime())
        wakeAt = std::min(wakeAt, *next);
    // Input pumps often and rarely changes what comes next.
    if (m_timer.isActive() && wakeAt == m_armedFor)
        return;
    armFor(wakeAt);
}

void RealtimeDriver::armFor(SimTime labTime)
{
    m_armedFor = labTime;
    const double wallOffset = static_cast<double>((labTime - m_anchorLabTime).count()) / m_speed;
    const double remaining = static_cast<double>(m_anchorWallNanoseconds) + wallOffset -
                             static_cast<double>(m_wall.nsecsElapsed());
    // QTimer counts whole milliseconds: rounded up, it never wakes before the event is due.
    const double milliseconds =
        std::ceil(std::max(remaining, 0.0) / static_cast<double>(kNanosecondsPerMillisecond));
    m_timer.start(static_cast<int>(std::min(milliseconds, static_cast<double>(INT_MAX))));
}

void RealtimeDriver::earlierEventScheduled(SimTime when)
{
    // A pump sleeps again when it ends, knowing everything it scheduled.
    if (canRun() && !m_pumping && when < m_armedFor)
        armFor(when);
}

bool RealtimeDriver::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_timer && mayCarryInput(event->type()))
        pump();
    return false;
}

} // namespace routerlab
