#include "core/scheduler.h"
#include "core/timer.h"

#include <QtTest>

#include <limits>

using namespace routerlab;

class SchedulerTest : public QObject {
    Q_OBJECT
private slots:
    void eventsAtEqualTimesRunInScheduleOrder()
    {
        Scheduler scheduler;
        std::vector<int> order;
        for (int i = 0; i < 5; ++i)
            scheduler.schedule(milliseconds(10), [&order, i] { order.push_back(i); });
        scheduler.schedule(milliseconds(5), [&order] { order.push_back(-1); });
        scheduler.runUntil(milliseconds(10));
        QCOMPARE(order, (std::vector<int>{-1, 0, 1, 2, 3, 4}));
        QCOMPARE(scheduler.now(), SimTime(milliseconds(10)));
    }

    void clockAdvancesToEachEventAndThenToTheLimit()
    {
        Scheduler scheduler;
        SimTime seen{-1};
        scheduler.schedule(seconds(3), [&] { seen = scheduler.now(); });
        scheduler.runUntil(seconds(2));
        QCOMPARE(seen, SimTime{-1});
        QCOMPARE(scheduler.now(), SimTime(seconds(2)));
        scheduler.runUntil(seconds(60));
        QCOMPARE(seen, SimTime(seconds(3)));
        QCOMPARE(scheduler.now(), SimTime(seconds(60)));
    }

    void cancelledEventNeverRuns()
    {
        Scheduler scheduler;
        bool ran = false;
        EventHandle handle = scheduler.schedule(seconds(1), [&] { ran = true; });
        QVERIFY(handle.isPending());
        handle.cancel();
        QVERIFY(!handle.isPending());
        scheduler.runUntil(seconds(5));
        QVERIFY(!ran);
        QVERIFY(!scheduler.hasPendingEvents());
    }

    void eventScheduledFromAnEventAtTheSameTimeRunsAfterItsPeers()
    {
        Scheduler scheduler;
        std::vector<std::string> order;
        scheduler.schedule(seconds(1), [&] {
            order.push_back("a");
            scheduler.schedule(SimDuration{0}, [&] { order.push_back("c"); });
        });
        scheduler.schedule(seconds(1), [&] { order.push_back("b"); });
        scheduler.runUntil(seconds(1));
        QCOMPARE(order, (std::vector<std::string>{"a", "b", "c"}));
    }

    void timerRestartReplacesThePendingExpiry()
    {
        Scheduler scheduler;
        int fired = 0;
        Timer timer(scheduler);
        timer.start(seconds(10), [&] { ++fired; });
        scheduler.runUntil(seconds(5));
        QCOMPARE(timer.remaining(), SimDuration(seconds(5)));
        timer.start(seconds(10), [&] { ++fired; });
        scheduler.runUntil(seconds(14));
        QCOMPARE(fired, 0);
        scheduler.runUntil(seconds(15));
        QCOMPARE(fired, 1);
        QVERIFY(!timer.isRunning());
    }

    void destroyedTimerCancelsItsExpiry()
    {
        Scheduler scheduler;
        bool fired = false;
        {
            Timer timer(scheduler);
            timer.start(seconds(1), [&] { fired = true; });
        }
        scheduler.runUntil(seconds(2));
        QVERIFY(!fired);
    }

    void durationsParseAsScriptsWriteThem()
    {
        QCOMPARE(parseDuration("500ms"), std::optional<SimDuration>(milliseconds(500)));
        QCOMPARE(parseDuration("30s"), std::optional<SimDuration>(seconds(30)));
        QCOMPARE(parseDuration("2m"), std::optional<SimDuration>(seconds(120)));
        QCOMPARE(parseDuration("12"), std::optional<SimDuration>(seconds(12)));
        QVERIFY(!parseDuration("abc"));
        QVERIFY(!parseDuration("5parsecs"));
        QVERIFY(!parseDuration(""));
    }

    // A scenario's "wait 1339427458m" once overflowed the nanosecond clock into a negative wait.
    void durationsBeyondTheClockAreRefused()
    {
        QVERIFY(!parseDuration("1339427458m"));
        QVERIFY(!parseDuration("2562048h"));
        QVERIFY(!parseDuration("9223372037s"));
        QCOMPARE(parseDuration("2562047h"), std::optional<SimDuration>(std::chrono::hours(2562047)));
        QCOMPARE(parseDuration("9223372036854775807ns"),
                 std::optional<SimDuration>(SimDuration(std::numeric_limits<std::int64_t>::max())));
    }

    // What lets a real-time driver sleep until the next event: it hears of each event that is
    // now the earliest, and of no other.
    void theListenerHearsOfEachEventThatIsNowTheEarliest()
    {
        Scheduler scheduler;
        std::vector<SimTime> heard;
        scheduler.setEarlierEventListener([&heard](SimTime when) { heard.push_back(when); });
        scheduler.schedule(seconds(5), [] {});
        scheduler.schedule(seconds(7), [] {}); // behind the 5 s one
        scheduler.schedule(seconds(2), [] {});
        EventHandle cancelled = scheduler.schedule(seconds(1), [] {});
        cancelled.cancel();
        // Earlier than every live event, but not than the cancelled one, whose wake-up is still
        // ahead and finds it when it comes.
        scheduler.schedule(milliseconds(1500), [] {});
        QCOMPARE(heard, (std::vector<SimTime>{seconds(5), seconds(2), seconds(1)}));
        scheduler.runUntil(seconds(1));
        scheduler.scheduleAt(milliseconds(1200), [] {});
        QCOMPARE(heard.back(), SimTime(milliseconds(1200)));

        scheduler.setEarlierEventListener({});
        scheduler.schedule(milliseconds(1), [] {});
        QCOMPARE(heard.size(), std::size_t(4));
    }

    void anEventKnowsItIsRunning()
    {
        Scheduler scheduler;
        bool insideEvent = false;
        scheduler.schedule(seconds(1), [&] { insideEvent = scheduler.isRunningEvent(); });
        QVERIFY(!scheduler.isRunningEvent());
        scheduler.runUntil(seconds(1));
        QVERIFY(insideEvent);
        QVERIFY(!scheduler.isRunningEvent());
    }
};

QTEST_APPLESS_MAIN(SchedulerTest)
#include "scheduler_test.moc"
