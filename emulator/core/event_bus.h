#pragma once

#include "core/registration.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

namespace routerlab {

// Unsubscribes when destroyed; the bus may die first without harm.
using Subscription = Registration;

// Every kind of event gets a small number the first time it is used, so the bus can keep one
// subscriber list per kind without knowing the kinds: a module declares its events in its own
// folder (protocols/hsrp/hsrp_events.h) and nothing in core/ changes.
std::size_t nextEventTypeId();
template <class Event>
std::size_t eventTypeId()
{
    static const std::size_t id = nextEventTypeId();
    return id;
}

// Synchronous and typed: publish() calls every subscriber of that event's type before it
// returns, in the order they subscribed. Subscribing or unsubscribing from inside a handler is
// allowed. Events are plain data (names, not pointers), so subscribers — captures, the GUI, the
// event timeline, scenario tests — never reach into the emulator's objects.
class EventBus {
public:
    EventBus() = default;
    EventBus(const EventBus &) = delete;
    EventBus &operator=(const EventBus &) = delete;

    template <class Event>
    [[nodiscard]] Subscription subscribeTo(std::function<void(const Event &)> handler)
    {
        return listFor(eventTypeId<Event>())
            .add([handler = std::move(handler)](const void *event) {
                handler(*static_cast<const Event *>(event));
            });
    }

    template <class Event>
    void publish(const Event &event)
    {
        const std::size_t id = eventTypeId<Event>();
        if (id < m_lists.size() && m_lists[id])
            m_lists[id]->forEach([&event](const auto &handler) { handler(&event); });
    }

    // Whether anyone listens at all (a lab nobody watches), or to one kind of event.
    bool hasSubscribers() const;
    template <class Event>
    bool hasSubscribers() const
    {
        const std::size_t id = eventTypeId<Event>();
        return id < m_lists.size() && m_lists[id] && !m_lists[id]->empty();
    }

private:
    using ErasedHandler = std::function<void(const void *)>;
    RegistrationList<ErasedHandler> &listFor(std::size_t id);

    std::vector<std::unique_ptr<RegistrationList<ErasedHandler>>> m_lists;
};

} // namespace routerlab
