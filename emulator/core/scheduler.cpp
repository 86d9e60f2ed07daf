#include "core/scheduler.h"

namespace routerlab {

struct EventHandle::Record {
    Scheduler::Action action;
    bool pending = true;
};

void EventHandle::cancel()
{
    if (m_record) {
        m_record->pending = false;
        m_record->action = nullptr;
        m_record.reset();
    }
}

bool EventHandle::isPending() const { return m_record && m_record->pending; }

EventHandle Scheduler::schedule(SimDuration delay, Action action)
{
    return scheduleAt(m_now + (delay.count() > 0 ? delay : SimDuration{0}), std::move(action));
}

EventHandle Scheduler::scheduleAt(SimTime when, Action action)
{
    auto record = std::make_shared<EventHandle::Record>();
    record->action = std::move(action);
    m_queue.push(Entry{when < m_now ? m_now : when, m_nextSequence++, record});
    return EventHandle(record);
}

void Scheduler::dropCancelledHead() const
{
    while (!m_queue.empty() && !m_queue.top().record->pending)
        m_queue.pop();
}

bool Scheduler::hasPendingEvents() const
{
    dropCancelledHead();
    return !m_queue.empty();
}

std::optional<SimTime> Scheduler::nextEventTime() const
{
    dropCancelledHead();
    if (m_queue.empty())
        return std::nullopt;
    return m_queue.top().when;
}

bool Scheduler::runNext()
{
    dropCancelledHead();
    if (m_queue.empty())
        return false;
    Entry entry = m_queue.top();
    m_queue.pop();
    m_now = entry.when;
    entry.record->pending = false;
    Action action = std::move(entry.record->action);
    ++m_executed;
    action();
    return true;
}

void Scheduler::runUntil(SimTime until)
{
    while (true) {
        auto next = nextEventTime();
        if (!next || *next > until)
            break;
        runNext();
    }
    if (until > m_now)
        m_now = until;
}

bool Scheduler::runUntilIdle(SimTime limit)
{
    while (true) {
        auto next = nextEventTime();
        if (!next)
            return true;
        if (*next > limit) {
            m_now = limit;
            return false;
        }
        runNext();
    }
}

} // namespace routerlab
