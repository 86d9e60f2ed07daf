#pragma once

#include "core/inline_action.h"
#include "core/sim_time.h"

#include <atomic>
#include <concepts>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace routerlab {

class Scheduler;

// A handle to one scheduled event. Cancelling after the event ran, or twice, is harmless. A
// handle must not outlive its scheduler (the lab's clock outlives everything in the lab).
class EventHandle {
public:
    EventHandle() = default;
    void cancel();
    bool isPending() const;

private:
    friend class Scheduler;
    EventHandle(Scheduler *scheduler, std::uint32_t slot, std::uint64_t sequence)
        : m_scheduler(scheduler), m_slot(slot), m_sequence(sequence)
    {
    }
    Scheduler *m_scheduler = nullptr;
    std::uint32_t m_slot = 0;
    std::uint64_t m_sequence = 0;
};

// The single event queue of a lab. Events at equal times run in the order they were
// scheduled (FIFO), which is what makes runs deterministic. The scheduler knows nothing of
// wall-clock time: the virtual runner calls runUntil() as fast as it can, the real-time driver
// calls it from a timer.
//
// Nothing is allocated per event once the lab is warm: each event's action lives in a pooled
// slot (InlineAction keeps captures up to 64 bytes inline), and a slot is recycled as soon as
// its event runs or is cancelled. A slot remembers the sequence number of the event it holds,
// which no later event shares, so a stale handle or queue entry can never reach the slot's
// next tenant. A cancelled event leaves its queue entry behind as a tombstone, skipped when it
// reaches the head and swept out whenever tombstones outnumber live entries.
class Scheduler {
public:
    using Action = InlineAction;

    Scheduler();
    ~Scheduler();
    // Handles point at their scheduler, so it stays where it was made.
    Scheduler(const Scheduler &) = delete;
    Scheduler &operator=(const Scheduler &) = delete;

    SimTime now() const { return m_now; }

    // `action` is any `void()` callable; a lambda is built straight into its slot.
    template<class F>
        requires std::invocable<std::decay_t<F> &>
    EventHandle schedule(SimDuration delay, F &&action)
    {
        return scheduleAt(m_now + (delay.count() > 0 ? delay : SimDuration{0}),
                          std::forward<F>(action));
    }
    template<class F>
        requires std::invocable<std::decay_t<F> &>
    EventHandle scheduleAt(SimTime when, F &&action)
    {
        const std::uint32_t slot = enqueue(when < m_now ? m_now : when);
        actionAt(slot).emplace(std::forward<F>(action));
        if (m_earlierEventListener) [[unlikely]]
            tellIfEarliest(slot);
        return EventHandle(this, slot, m_sequences[slot]);
    }

    // Runs every event due at or before `until`, then leaves the clock at `until`.
    void runUntil(SimTime until);
    // Runs events until none are left or `limit` is reached; returns whether the queue drained.
    bool runUntilIdle(SimTime limit);
    // Runs the single next event; returns false if there is none.
    bool runNext();

    // Makes runUntil and runUntilIdle return after the event that is running, the clock left
    // where that event was: how SIGINT ends a virtual run with its transcript so far. Safe to
    // call from a signal handler; it stays asked for until clearStopRequest().
    void requestStop() { m_stopRequested.store(true, std::memory_order_relaxed); }
    bool stopRequested() const { return m_stopRequested.load(std::memory_order_relaxed); }
    void clearStopRequest() { m_stopRequested.store(false, std::memory_order_relaxed); }

    bool hasPendingEvents() const;
    std::optional<SimTime> nextEventTime() const;
    std::uint64_t executedEventCount() const { return m_executed; }
    // Whether an event's action is running (the caller is inside one, or below it).
    bool isRunningEvent() const { return m_runningEvents > 0; }

    // Called with its time whenever an event is scheduled ahead of every other in the queue:
    // what a real-time driver sleeping until the next event needs to wake earlier. (A cancelled
    // event stays queued until its time passes, and the listener was told of it, so an event
    // behind it needs no word.) The listener must not run events. One listener; an empty
    // function removes it.
    using EarlierEventListener = std::function<void(SimTime when)>;
    void setEarlierEventListener(EarlierEventListener listener)
    {
        m_earlierEventListener = std::move(listener);
    }

private:
    friend class EventHandle;

    // Never a live event's sequence number: marks a slot that is free or whose event is running.
    static constexpr std::uint64_t kNoEvent = ~std::uint64_t{0};
    static constexpr std::uint32_t kSlotsPerChunkBits = 8;
    static constexpr std::uint32_t kSlotsPerChunk = 1u << kSlotsPerChunkBits;

    struct Entry {
        SimTime when;
        std::uint64_t sequence;
        std::uint32_t slot;
    };

    // Actions live in fixed chunks that never move, so an action runs in place while the events
    // it schedules grow the pool.
    InlineAction &actionAt(std::uint32_t slot) const
    {
        return m_actions[slot >> kSlotsPerChunkBits][slot & (kSlotsPerChunk - 1)];
    }
    bool isLive(const Entry &entry) const { return m_sequences[entry.slot] == entry.sequence; }
    std::uint32_t enqueue(SimTime when);
    std::uint32_t takeFreeSlot();
    void releaseSlot(std::uint32_t slot);
    bool isPending(std::uint32_t slot, std::uint64_t sequence) const
    {
        return m_sequences[slot] == sequence;
    }
    void cancel(std::uint32_t slot, std::uint64_t sequence);
    void dropCancelledHead() const;
    void sweepTombstones() const;
    void tellIfEarliest(std::uint32_t slot);

    SimTime m_now{0};

    std::atomic<bool> m_stopRequested{false};
    std::uint64_t m_nextSequence = 0;
    std::uint64_t m_executed = 0;
    int m_runningEvents = 0;
    EarlierEventListener m_earlierEventListener;
    std::vector<std::unique_ptr<InlineAction[]>> m_actions;
    // The sequence number of the event in each slot, kNoEvent when none is pending. Kept apart
    // from the actions so that skipping tombstones reads a dense array.
    std::vector<std::uint64_t> m_sequences;
    std::vector<std::uint32_t> m_freeSlots;
    // A binary min-heap on (when, sequence); mutable because reading the head drops tombstones.
    mutable std::vector<Entry> m_queue;
    mutable std::size_t m_tombstones = 0;
};

inline bool EventHandle::isPending() const
{
    return m_scheduler && m_scheduler->isPending(m_slot, m_sequence);
}

} // namespace routerlab
