#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "core/scheduler.h"

#include <chrono>

namespace routerlab {

// Runs a lab's scheduler against the wall clock, optionally sped up, and sleeps in between: a
// single-shot QTimer is armed for the wall time of the earliest pending event, so an idle lab
// costs the process nothing but those wake-ups (a fixed tick woke an event loop polling a
// thousand console sockets hundreds of times a second for nothing).
//
// Nothing runs late for it:
//   - whatever schedules an event earlier than the one the timer waits for (a console command,
//     a GUI action, a frame from outside) re-arms it: the scheduler tells the driver;
//   - before Qt delivers anything else in this thread (a telnet keystroke, a click, a socket's
//     data) the driver brings lab time up to the wall clock, running what is due first, so
//     input enters the lab at the moment it arrives, as it would on a fixed tick;
//   - it also wakes at every whole second of lab time, so a clock showing lab time sees each
//     second pass even in a lab with nothing to do.
// The lab never runs ahead of the wall clock. When the events due take longer than a tick's
// budget, the driver stops early and carries on as soon as the event loop has served its
// sockets (best effort, like ns-3's real-time simulator in its BestEffort mode).
//
// One driver per scheduler, and the scheduler outlives it.
class RealtimeDriver : public QObject {
    Q_OBJECT
public:
    explicit RealtimeDriver(Scheduler &scheduler, QObject *parent = nullptr);
    ~RealtimeDriver() override;

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

    // Where lab time should be now (what the next wake-up runs up to).
    SimTime targetTime() const;
    // Runs the scheduler up to targetTime() within the tick budget, then sleeps until the next
    // event is due. The timer calls it, and so does every event Qt delivers in this thread.
    void pump();
    // How many times the timer woke the driver since start(): what an idle lab costs.
    std::uint64_t wakeUps() const { return m_wakeUps; }

signals:
    // After each pump that moved lab time, with the lab time reached; at least once per second
    // of lab time while running.
    void advanced(std::chrono::nanoseconds now);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reanchor();
    void wake();
    // Sleeps until the next event or the next whole lab second, or only until the event loop
    // has looked at its sockets when the last pump fell behind.
    void sleepUntilNextEvent(bool behind);
    void armFor(SimTime labTime);
    void earlierEventScheduled(SimTime when);
    bool canRun() const { return m_running && !m_paused; }

    Scheduler &m_scheduler;
    QTimer m_timer;
    QElapsedTimer m_wall;
    SimTime m_anchorLabTime{0};
    qint64 m_anchorWallNanoseconds = 0;
    // The lab time the timer is armed for; nothing pending is earlier.
    SimTime m_armedFor{0};
    double m_speed = 1.0;
    std::uint64_t m_wakeUps = 0;
    bool m_running = false;
    bool m_paused = false;
    bool m_pumping = false;
};

} // namespace routerlab
