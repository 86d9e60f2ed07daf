// The real-time driver sleeps until the next event is due instead of ticking, and nothing runs
// late for it: an event scheduled from outside wakes it earlier, and input finds the lab clock
// where the wall clock is. These run in real time (the driver's whole point), with margins far
// wider than any scheduling noise: a driver that ticked, or slept through new events, or let
// input in at a stale clock would miss them by a second of lab time.
#include <QtTest>

#include "runtime/realtime_driver.h"

#include <QTimer>

#include <algorithm>
#include <vector>

using namespace routerlab;

namespace {

constexpr int kTimeoutMs = 10000;

SimDuration lateness(const RealtimeDriver &driver, SimTime due)
{
    return driver.targetTime() - due;
}

} // namespace

class RealtimeDriverTest : public QObject {
    Q_OBJECT
private slots:
    void anIdleLabSleepsUntilItsNextEvent()
    {
        Scheduler scheduler;
        bool fired = false;
        scheduler.schedule(milliseconds(400), [&fired] { fired = true; });
        RealtimeDriver driver(scheduler);
        QElapsedTimer wall;
        wall.start();
        driver.start();
        QTRY_VERIFY_WITH_TIMEOUT(fired, kTimeoutMs);
        QVERIFY(wall.elapsed() >= 400);
        // A 5 ms tick would have woken eighty times by now.
        QVERIFY2(driver.wakeUps() <= 3, qPrintable(QString::number(driver.wakeUps())));
    }

    void anEventScheduledFromOutsideWakesTheDriverEarlier()
    {
        Scheduler scheduler;
        RealtimeDriver driver(scheduler);
        driver.start();
        // Asleep until the first whole lab second, nothing being due before it.
        SimTime due{};
        SimDuration late = seconds(10);
        QTimer::singleShot(100, this, [&] {
            due = scheduler.now() + milliseconds(50);
            scheduler.scheduleAt(due, [&] { late = lateness(driver, due); });
        });
        QTRY_VERIFY_WITH_TIMEOUT(late < seconds(10), kTimeoutMs);
        QVERIFY2(late < milliseconds(500),
                 qPrintable(QString::number(std::chrono::duration<double>(late).count())));
    }

    void inputFindsTheLabClockAtTheWallClock()
    {
        Scheduler scheduler;
        RealtimeDriver driver(scheduler);
        driver.start();
        SimDuration behind = seconds(10);
        // Nothing scheduled: the clock only moves when the driver is asked to.
        QTimer::singleShot(300, this, [&] { behind = driver.targetTime() - scheduler.now(); });
        QTRY_VERIFY_WITH_TIMEOUT(behind < seconds(10), kTimeoutMs);
        QVERIFY2(behind < milliseconds(100),
                 qPrintable(QString::number(std::chrono::duration<double>(behind).count())));
    }

    void aLabClockSeesEverySecondPass()
    {
        Scheduler scheduler;
        RealtimeDriver driver(scheduler);
        driver.setSpeed(4);
        std::vector<SimTime> seen;
        connect(&driver, &RealtimeDriver::advanced, this, [&seen](SimTime now) { seen.push_back(now); });
        driver.start();
        QTRY_VERIFY_WITH_TIMEOUT(!seen.empty() && seen.back() >= seconds(3), kTimeoutMs);
        for (const SimTime second : {seconds(1), seconds(2), seconds(3)}) {
            const bool reached = std::any_of(seen.begin(), seen.end(), [second](SimTime now) {
                return now >= second && now < second + milliseconds(500);
            });
            QVERIFY(reached);
        }
    }

    void pausedNothingRunsAndResumedItCarriesOn()
    {
        Scheduler scheduler;
        int fired = 0;
        scheduler.schedule(milliseconds(200), [&fired] { ++fired; });
        RealtimeDriver driver(scheduler);
        driver.setSpeed(10);
        driver.start();
        driver.pause();
        const SimTime paused = scheduler.now();
        bool waited = false;
        QTimer::singleShot(100, this, [&waited] { waited = true; });
        QTRY_VERIFY_WITH_TIMEOUT(waited, kTimeoutMs);
        QCOMPARE(scheduler.now(), paused);
        QCOMPARE(fired, 0);
        driver.resume();
        QTRY_COMPARE_WITH_TIMEOUT(fired, 1, kTimeoutMs);
    }
};

QTEST_GUILESS_MAIN(RealtimeDriverTest)
#include "realtime_driver_test.moc"
