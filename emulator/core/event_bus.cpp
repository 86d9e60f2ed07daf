#include "core/event_bus.h"

#include <atomic>

namespace routerlab {

std::size_t nextEventTypeId()
{
    static std::atomic<std::size_t> next{0};
    return next++;
}

bool EventBus::hasSubscribers() const
{
    for (const auto &list : m_lists) {
        if (list && !list->empty())
            return true;
    }
    return false;
}

RegistrationList<EventBus::ErasedHandler> &EventBus::listFor(std::size_t id)
{
    if (id >= m_lists.size())
        m_lists.resize(id + 1);
    if (!m_lists[id])
        m_lists[id] = std::make_unique<RegistrationList<ErasedHandler>>();
    return *m_lists[id];
}

} // namespace routerlab
