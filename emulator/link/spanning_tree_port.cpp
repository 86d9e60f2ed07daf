#include "link/spanning_tree_port.h"

namespace routerlab {

std::string_view stpPortStateName(StpPortState state)
{
    switch (state) {
    case StpPortState::Disabled:
        return "disabled";
    case StpPortState::Blocking:
        return "blocking";
    case StpPortState::Listening:
        return "listening";
    case StpPortState::Learning:
        return "learning";
    case StpPortState::Forwarding:
        return "forwarding";
    }
    return "unknown";
}

SpanningTreePort::SpanningTreePort(Scheduler &scheduler, SimDuration forwardDelay,
                                   SimDuration helloTime, SendConfigBpdu sendConfigBpdu)
    : m_forwardDelay(forwardDelay),
      m_helloTime(helloTime),
      m_sendConfigBpdu(std::move(sendConfigBpdu)),
      m_forwardDelayTimer(scheduler),
      m_helloTimer(scheduler)
{
}

void SpanningTreePort::enable()
{
    if (m_state != StpPortState::Disabled)
        return;
    setState(StpPortState::Listening);
    sendHello();
}

void SpanningTreePort::disable()
{
    setState(StpPortState::Disabled);
}

// Entry actions. The forward delay timer times both Listening and Learning (8.5.6.2, 8.7.3).
void SpanningTreePort::setState(StpPortState state)
{
    m_state = state;
    switch (state) {
    case StpPortState::Disabled:
    case StpPortState::Blocking:
        m_forwardDelayTimer.stop();
        m_helloTimer.stop();
        break;
    case StpPortState::Listening:
        m_forwardDelayTimer.start(m_forwardDelay, [this] { setState(StpPortState::Learning); });
        break;
    case StpPortState::Learning:
        m_forwardDelayTimer.start(m_forwardDelay, [this] { setState(StpPortState::Forwarding); });
        break;
    case StpPortState::Forwarding:
        break;
    }
}

void SpanningTreePort::sendHello()
{
    if (m_helloTime > SimDuration::zero())
        m_helloTimer.start(m_helloTime, [this] { sendHello(); });
    m_sendConfigBpdu();
}

} // namespace routerlab
