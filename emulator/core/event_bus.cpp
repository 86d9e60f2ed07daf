#include "core/event_bus.h"

#include <algorithm>

namespace routerlab {

Subscription &Subscription::operator=(Subscription &&other) noexcept
{
    if (this != &other) {
        reset();
        m_list = std::move(other.m_list);
        m_id = other.m_id;
        other.m_id = 0;
    }
    return *this;
}

void Subscription::reset()
{
    if (auto list = m_list.lock()) {
        std::erase_if(*list, [this](const auto &entry) { return entry.first == m_id; });
    }
    m_list.reset();
    m_id = 0;
}

EventBus::EventBus() : m_handlers(std::make_shared<HandlerList>()) {}

Subscription EventBus::subscribe(Handler handler)
{
    const std::uint64_t id = m_nextId++;
    m_handlers->emplace_back(id, std::move(handler));
    return Subscription(m_handlers, id);
}

void EventBus::publish(const LabEvent &event)
{
    // Copy the ids first: a handler may subscribe or unsubscribe while we iterate.
    std::vector<std::uint64_t> ids;
    ids.reserve(m_handlers->size());
    for (const auto &entry : *m_handlers)
        ids.push_back(entry.first);
    for (std::uint64_t id : ids) {
        auto it = std::find_if(m_handlers->begin(), m_handlers->end(),
                               [id](const auto &entry) { return entry.first == id; });
        if (it != m_handlers->end()) {
            Handler handler = it->second;
            handler(event);
        }
    }
}

} // namespace routerlab
