#include "runtime/link_states.h"

#include "canvas/lab_scene.h"
#include "runtime/emulator_bridge.h"
#include "topology/lab_spec.h"

namespace routerlab::gui {

LinkStates::LinkStates(QObject *parent) : QObject(parent) {}

LinkStates::~LinkStates() = default;

void LinkStates::attach(Lab &lab)
{
    detach();
    m_bridge = std::make_unique<EmulatorBridge>();
    m_bridge->setFramesEnabled(false);
    connect(m_bridge.get(), &EmulatorBridge::interfaceStateChanged, this,
            [this](const QString &node, const QString &interface, bool adminUp, bool lineUp, qint64) {
                interfaceSeen(node, interface, adminUp, lineUp);
            });
    connect(m_bridge.get(), &EmulatorBridge::linkStateChanged, this,
            [this](const QString &link, bool up, qint64) { linkSeen(link, up); });
    m_bridge->attach(lab);
    m_bridge->replayState(lab);
}

void LinkStates::detach()
{
    m_bridge.reset();
    m_interfaces.clear();
    m_carriers.clear();
    emit changed();
}

void LinkStates::interfaceSeen(const QString &node, const QString &interface, bool adminUp, bool lineUp)
{
    m_interfaces[{node, interface}] = InterfaceState{adminUp, lineUp};
    emit changed();
}

void LinkStates::linkSeen(const QString &link, bool up)
{
    m_carriers[link] = up;
    emit changed();
}

LinkItem::EndState LinkStates::endState(const LabLinkSpec &link, int side) const
{
    const auto carrier = m_carriers.find(QString::fromStdString(link.name()));
    if (carrier == m_carriers.end())
        return LinkItem::EndState::None;
    const LabLinkEnd &end = side == 0 ? link.a : link.b;
    const auto interface =
        m_interfaces.find({QString::fromStdString(end.node), QString::fromStdString(end.port)});
    // A switch port has no interface of its own: its dot is the cable's carrier.
    if (interface == m_interfaces.end())
        return carrier->second ? LinkItem::EndState::Up : LinkItem::EndState::Down;
    if (!interface->second.adminUp)
        return LinkItem::EndState::AdminDown;
    return interface->second.lineUp ? LinkItem::EndState::Up : LinkItem::EndState::Down;
}

void LinkStates::paint(LabScene &scene) const
{
    for (LinkItem *item : scene.linkItems()) {
        item->setEndState(0, endState(item->link(), 0));
        item->setEndState(1, endState(item->link(), 1));
    }
}

} // namespace routerlab::gui
