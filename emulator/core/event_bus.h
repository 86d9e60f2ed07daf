#pragma once

#include "core/events.h"

#include <functional>
#include <memory>
#include <vector>

namespace routerlab {

class EventBus;

// Unsubscribes when destroyed; the bus may die first without harm.
class Subscription {
public:
    Subscription() = default;
    Subscription(Subscription &&) noexcept = default;
    Subscription &operator=(Subscription &&other) noexcept;
    ~Subscription() { reset(); }
    void reset();

private:
    friend class EventBus;
    Subscription(std::weak_ptr<std::vector<std::pair<std::uint64_t, std::function<void(const LabEvent &)>>>> list,
                 std::uint64_t id)
        : m_list(std::move(list)), m_id(id) {}
    std::weak_ptr<std::vector<std::pair<std::uint64_t, std::function<void(const LabEvent &)>>>> m_list;
    std::uint64_t m_id = 0;
};

// Synchronous and typed: publish() calls every subscriber before it returns, in the order
// they subscribed. Subscribing or unsubscribing from inside a handler is allowed.
class EventBus {
public:
    using Handler = std::function<void(const LabEvent &)>;

    EventBus();
    [[nodiscard]] Subscription subscribe(Handler handler);

    template<typename Event>
    [[nodiscard]] Subscription subscribeTo(std::function<void(const Event &)> handler)
    {
        return subscribe([handler = std::move(handler)](const LabEvent &event) {
            if (const auto *typed = std::get_if<Event>(&event))
                handler(*typed);
        });
    }

    void publish(const LabEvent &event);
    bool hasSubscribers() const { return !m_handlers->empty(); }

private:
    using HandlerList = std::vector<std::pair<std::uint64_t, Handler>>;
    std::shared_ptr<HandlerList> m_handlers;
    std::uint64_t m_nextId = 1;
};

} // namespace routerlab
