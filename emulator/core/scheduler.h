#pragma once

#include "core/sim_time.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <queue>
#include <vector>

namespace routerlab {

// A handle to one scheduled event. Cancelling after the event ran, or twice, is harmless.
class EventHandle {
public:
    EventHandle() = default;
    void cancel();
    bool isPending() const;

private:
    friend class Scheduler;
    struct Record;
    explicit EventHandle(std::shared_ptr<Record> record) : m_record(std::move(record)) {}
    std::shared_ptr<Record> m_record;
};

// The single event queue of a lab. Events at equal times run in the order they were
// scheduled (FIFO), which is what makes runs deterministic. The scheduler knows nothing of
// wall-clock time: the virtual runner calls runUntil() as fast as it can, the real-time driver
// calls it from a timer.
class Scheduler {
public:
    using Action = std::function<void()>;

    SimTime now() const { return m_now; }
    EventHandle schedule(SimDuration delay, Action action);
    EventHandle scheduleAt(SimTime when, Action action);

    // Runs every event due at or before `until`, then leaves the clock at `until`.
    void runUntil(SimTime until);
    // Runs events until none are left or `limit` is reached; returns whether the queue drained.
    bool runUntilIdle(SimTime limit);
    // Runs the single next event; returns false if there is none.
    bool runNext();

    bool hasPendingEvents() const;
    std::optional<SimTime> nextEventTime() const;
    std::uint64_t executedEventCount() const { return m_executed; }

private:
    struct Entry {
        SimTime when;
        std::uint64_t sequence;
        std::shared_ptr<EventHandle::Record> record;
    };
    struct Later {
        bool operator()(const Entry &a, const Entry &b) const
        {
            return a.when != b.when ? a.when > b.when : a.sequence > b.sequence;
        }
    };
    void dropCancelledHead() const;

    SimTime m_now{0};
    std::uint64_t m_nextSequence = 0;
    std::uint64_t m_executed = 0;
    mutable std::priority_queue<Entry, std::vector<Entry>, Later> m_queue;
};

} // namespace routerlab
