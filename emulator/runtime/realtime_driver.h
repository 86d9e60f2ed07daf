#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "core/scheduler.h"

#include <chrono>

namespace routerlab {

// Runs a lab's scheduler against the wall clock, optionally sped up: a QTimer fires every few
// milliseconds and runs every event due by `anchor + wall elapsed × speed`. The lab never runs
// ahead of the wall clock; when the events of one tick take longer than the tick, the driver
// stops early and catches up on the next ticks (best effort, like ns-3's real-time simulator
// in its BestEffort mode) so the event loop keeps serving sockets. With no event before the
// target the clock just moves there.
class RealtimeDriver : public QObject {
    Q_OBJECT
public:
    explicit RealtimeDriver(Scheduler &scheduler, QObject *parent = nullptr);

    // Starts from the scheduler's current time at the current wall time.
    void start();
    void stop();
    void pause();
    void resume();
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }

    // 1 is real time; 5 or 30 run a failover drill while you watch. Takes effect from now.
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    void setTickInterval(std::chrono::milliseconds interval);

    // Where lab time should be now (what the next tick runs up to).
    SimTime targetTime() const;
    // Runs the scheduler up to targetTime() within the tick budget; the timer calls it, and
    // so may external input that wants the clock current before it enters the lab.
    void pump();

signals:
    // After each pump, with the lab time reached.
    void advanced(std::chrono::nanoseconds now);

private:
    void reanchor();

    Scheduler &m_scheduler;
    QTimer m_timer;
    QElapsedTimer m_wall;
    SimTime m_anchorLabTime{0};
    qint64 m_anchorWallNanoseconds = 0;
    double m_speed = 1.0;
    bool m_running = false;
    bool m_paused = false;
};

} // namespace routerlab
