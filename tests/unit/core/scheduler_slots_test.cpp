#include "core/scheduler.h"
#include "core/timer.h"

#include <QtTest>

#include <algorithm>
#include <array>
#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace routerlab;

// The scheduler's pooled event slots: recycling a slot must never let an old handle or an old
// queue entry reach the event that lives there next.
class SchedulerSlotsTest : public QObject {
    Q_OBJECT
private slots:
    void manyEventsAtOneTimeRunInScheduleOrder()
    {
        Scheduler scheduler;
        std::vector<int> order;
        // Enough to span several slot chunks and a heap many levels deep.
        for (int i = 0; i < 2000; ++i)
            scheduler.schedule(milliseconds(i % 3 == 0 ? 7 : 3), [&order, i] { order.push_back(i); });
        scheduler.runUntil(milliseconds(10));
        std::vector<int> expected;
        for (int i = 0; i < 2000; ++i) {
            if (i % 3 != 0)
                expected.push_back(i);
        }
        for (int i = 0; i < 2000; i += 3)
            expected.push_back(i);
        QCOMPARE(order, expected);
    }

    void cancelledBeforeItsTimeNeverRunsAndFreesItsCapture()
    {
        Scheduler scheduler;
        auto capture = std::make_shared<int>(0);
        std::weak_ptr<int> watch = capture;
        bool ran = false;
        EventHandle handle = scheduler.schedule(seconds(1), [&ran, capture] { ran = true; });
        capture.reset();
        QVERIFY(!watch.expired());
        handle.cancel();
        QVERIFY(watch.expired());
        scheduler.runUntil(seconds(2));
        QVERIFY(!ran);
        QCOMPARE(scheduler.executedEventCount(), std::uint64_t(0));
    }

    void cancellingAnEventThatAlreadyRanIsHarmless()
    {
        Scheduler scheduler;
        int ran = 0;
        EventHandle handle = scheduler.schedule(seconds(1), [&ran] { ++ran; });
        scheduler.runUntil(seconds(1));
        QCOMPARE(ran, 1);
        QVERIFY(!handle.isPending());
        handle.cancel();
        handle.cancel();
        QVERIFY(!scheduler.hasPendingEvents());
    }

    void staleHandleDoesNotCancelTheSlotsNextEvent()
    {
        Scheduler scheduler;
        std::vector<std::string> ran;
        EventHandle first = scheduler.schedule(seconds(1), [&ran] { ran.push_back("first"); });
        EventHandle copy = first;
        first.cancel();
        // The freed slot goes to the next event scheduled.
        EventHandle second = scheduler.schedule(seconds(1), [&ran] { ran.push_back("second"); });
        QVERIFY(!copy.isPending());
        QVERIFY(second.isPending());
        copy.cancel();
        QVERIFY(second.isPending());
        scheduler.runUntil(seconds(1));
        QCOMPARE(ran, (std::vector<std::string>{"second"}));

        // Same once the slot's event has run rather than been cancelled.
        EventHandle third = scheduler.schedule(seconds(1), [&ran] { ran.push_back("third"); });
        second.cancel();
        QVERIFY(third.isPending());
        scheduler.runUntil(seconds(2));
        QCOMPARE(ran, (std::vector<std::string>{"second", "third"}));
    }

    void staleQueueEntryDoesNotRunTheSlotsNextEventEarly()
    {
        Scheduler scheduler;
        std::vector<SimTime> ranAt;
        EventHandle early = scheduler.schedule(seconds(1), [] {});
        early.cancel();
        // Reuses early's slot while early's entry still sits in the queue at one second.
        scheduler.schedule(seconds(5), [&] { ranAt.push_back(scheduler.now()); });
        scheduler.runUntil(seconds(4));
        QVERIFY(ranAt.empty());
        scheduler.runUntil(seconds(5));
        QCOMPARE(ranAt, (std::vector<SimTime>{seconds(5)}));
    }

    void captureTooBigToStoreInlineStillRuns()
    {
        Scheduler scheduler;
        std::array<char, 200> big{};
        big.fill('x');
        big.back() = 'y';
        std::string seen;
        scheduler.schedule(seconds(1), [&seen, big] { seen = std::string(big.begin(), big.end()); });
        EventHandle cancelled = scheduler.schedule(seconds(1), [&seen, big] { seen = "cancelled"; });
        cancelled.cancel();
        scheduler.runUntil(seconds(1));
        QCOMPARE(seen.size(), std::size_t(200));
        QCOMPARE(seen.back(), 'y');
    }

    void moveOnlyCaptureRunsAndIsDestroyedAfterItsEvent()
    {
        Scheduler scheduler;
        auto owned = std::make_unique<int>(42);
        int seen = 0;
        scheduler.schedule(seconds(1), [&seen, owned = std::move(owned)] { seen = *owned; });
        scheduler.runUntil(seconds(1));
        QCOMPARE(seen, 42);
    }

    void timerRestartedFromItsOwnExpiryRunsAgain()
    {
        Scheduler scheduler;
        Timer timer(scheduler);
        int fired = 0;
        std::function<void()> tick = [&] {
            ++fired;
            if (fired < 3)
                timer.start(seconds(1), tick);
        };
        timer.start(seconds(1), tick);
        scheduler.runUntil(seconds(10));
        QCOMPARE(fired, 3);
        QVERIFY(!timer.isRunning());
    }

    void eventCancellingItselfWhileRunningIsHarmless()
    {
        Scheduler scheduler;
        EventHandle self;
        int ran = 0;
        self = scheduler.schedule(seconds(1), [&] {
            ++ran;
            QVERIFY(!self.isPending());
            self.cancel();
        });
        scheduler.schedule(seconds(1), [&ran] { ++ran; });
        scheduler.runUntil(seconds(1));
        QCOMPARE(ran, 2);
    }

    void manyCancelledEventsAreSweptWithoutChangingTheOrder()
    {
        Scheduler scheduler;
        std::vector<int> order;
        std::vector<EventHandle> handles;
        // Restart-heavy timers leave far more cancelled entries than live ones.
        for (int i = 0; i < 5000; ++i)
            handles.push_back(scheduler.schedule(milliseconds(1 + (i * 7919) % 1000),
                                                 [&order, i] { order.push_back(i); }));
        for (int i = 0; i < 5000; ++i) {
            if (i % 10 != 0)
                handles[static_cast<std::size_t>(i)].cancel();
        }
        scheduler.runUntil(seconds(2));
        std::vector<std::pair<int, int>> expected;
        for (int i = 0; i < 5000; i += 10)
            expected.emplace_back(1 + (i * 7919) % 1000, i);
        std::sort(expected.begin(), expected.end());
        QCOMPARE(order.size(), expected.size());
        for (std::size_t index = 0; index < expected.size(); ++index)
            QCOMPARE(order[index], expected[index].second);
        QVERIFY(!scheduler.hasPendingEvents());
    }

    void pendingCapturesAreDestroyedWithTheScheduler()
    {
        auto capture = std::make_shared<int>(0);
        std::weak_ptr<int> watch = capture;
        {
            Scheduler scheduler;
            scheduler.schedule(seconds(1), [capture] {});
            capture.reset();
            QVERIFY(!watch.expired());
        }
        QVERIFY(watch.expired());
    }
};

QTEST_APPLESS_MAIN(SchedulerSlotsTest)
#include "scheduler_slots_test.moc"
