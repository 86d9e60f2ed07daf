#include "runtime/emulator_bridge.h"

#include "core/scheduler.h"
#include "net/ipv4_address.h"
#include "core/events.h"
#include "protocols/hsrp/hsrp_events.h"
#include "router/redundancy_groups.h"
#include "net/frame_classifier.h"
#include "protocols/protocol_registry.h"
#include "runtime/lab_runtime.h"
#include "topology/lab.h"


namespace routerlab::gui {
namespace {

QString qt(const std::string &text) { return QString::fromStdString(text); }

qint64 nanoseconds(SimTime time) { return static_cast<qint64>(time.count()); }

QString prefixText(std::uint32_t network, int length)
{
    return qt(Ipv4Address(network).toString()) + QLatin1Char('/') + QString::number(length);
}

} // namespace

EmulatorBridge::EmulatorBridge(QObject *parent) : QObject(parent) {}

EmulatorBridge::EmulatorBridge(Lab &lab, QObject *parent) : QObject(parent) { attach(lab); }

EmulatorBridge::EmulatorBridge(EventBus &bus, const Scheduler &scheduler, QObject *parent)
    : QObject(parent)
{
    attach(bus, scheduler);
}

EmulatorBridge::~EmulatorBridge() = default;

void EmulatorBridge::attach(Lab &lab) { attach(lab.bus(), lab.scheduler()); }

void EmulatorBridge::attach(EventBus &bus, const Scheduler &scheduler)
{
    detach();
    m_scheduler = &scheduler;
    // One subscription per kind of event; each is delivered as it is published, so the signals
    // keep the lab's order.
    m_subscriptions.push_back(bus.subscribeTo<LinkStateChanged>([this](const LinkStateChanged &event) {
        emit linkStateChanged(qt(event.linkName), event.up, now());
    }));
    m_subscriptions.push_back(bus.subscribeTo<InterfaceStateChanged>([this](const InterfaceStateChanged &event) {
        emit interfaceStateChanged(qt(event.node), qt(event.interface), event.adminUp,
                                   event.lineProtocolUp, now());
    }));
    m_subscriptions.push_back(bus.subscribeTo<FrameTransmitted>([this](const FrameTransmitted &event) {
        if (!m_framesEnabled || !event.frame)
            return;
        const FrameKind kind = classifyFrame(ByteView(*event.frame));
        emit frameTransmitted(qt(event.link), qt(event.node), qt(event.port), kind, nanoseconds(event.time));
    }));
    m_subscriptions.push_back(bus.subscribeTo<RouteChanged>([this](const RouteChanged &event) {
        emit routeChanged(qt(event.node), prefixText(event.network, event.prefixLength),
                          QChar::fromLatin1(event.source), event.added, now());
    }));
    m_subscriptions.push_back(bus.subscribeTo<SyslogMessage>([this](const SyslogMessage &event) {
        emit syslog(qt(event.node), qt(event.text), event.severity, qt(event.mnemonic), nanoseconds(event.time));
    }));
    m_subscriptions.push_back(bus.subscribeTo<HsrpStateChanged>([this](const HsrpStateChanged &event) {
        emit hsrpStateChanged(qt(event.node), qt(event.interface), event.group, qt(event.oldState),
                              qt(event.newState), qt(event.virtualIp), nanoseconds(event.time));
    }));
    m_subscriptions.push_back(bus.subscribeTo<RedundancyStateChanged>([this](const RedundancyStateChanged &event) {
        emit redundancyStateChanged(qt(event.node), qt(event.name), qt(event.oldState), qt(event.newState),
                                    event.active, nanoseconds(event.time));
    }));
}

void EmulatorBridge::detach()
{
    m_subscriptions.clear();
    m_scheduler = nullptr;
}

void EmulatorBridge::follow(const LabRuntime &runtime)
{
    connect(&runtime, &LabRuntime::labAttached, this, [this](Lab *lab) { attach(*lab); });
    connect(&runtime, &LabRuntime::labDetached, this, &EmulatorBridge::detach);
    if (Lab *lab = runtime.lab())
        attach(*lab);
}

FrameKind EmulatorBridge::classifyFrame(ByteView frame)
{
    return frameKindNamed(QString::fromStdString(frameKinds().classify(frame)));
}

void EmulatorBridge::replayState(const Lab &lab)
{
    const LabStateSnapshot snapshot = lab.stateSnapshot();
    for (const InterfaceStateChanged &event : snapshot.interfaces)
        emit interfaceStateChanged(qt(event.node), qt(event.interface), event.adminUp, event.lineProtocolUp, now());
    for (const LinkStateChanged &event : snapshot.links)
        emit linkStateChanged(qt(event.linkName), event.up, now());
}

qint64 EmulatorBridge::now() const { return m_scheduler ? nanoseconds(m_scheduler->now()) : 0; }

} // namespace routerlab::gui
