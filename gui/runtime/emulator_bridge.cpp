#include "runtime/emulator_bridge.h"

#include "core/scheduler.h"
#include "net/ipv4_address.h"
#include "runtime/lab_runtime.h"
#include "topology/lab.h"

#include <type_traits>

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
    m_subscription = bus.subscribe([this](const LabEvent &event) { dispatch(event); });
}

void EmulatorBridge::detach()
{
    m_subscription.reset();
    m_scheduler = nullptr;
}

void EmulatorBridge::follow(const LabRuntime &runtime)
{
    connect(&runtime, &LabRuntime::labAttached, this, [this](Lab *lab) { attach(*lab); });
    connect(&runtime, &LabRuntime::labDetached, this, &EmulatorBridge::detach);
    if (Lab *lab = runtime.lab())
        attach(*lab);
}

qint64 EmulatorBridge::now() const { return m_scheduler ? nanoseconds(m_scheduler->now()) : 0; }

void EmulatorBridge::dispatch(const LabEvent &event)
{
    std::visit(
        [this](const auto &typed) {
            using Event = std::decay_t<decltype(typed)>;
            if constexpr (std::is_same_v<Event, LinkStateChanged>) {
                emit linkStateChanged(qt(typed.linkName), typed.up, now());
            } else if constexpr (std::is_same_v<Event, InterfaceStateChanged>) {
                emit interfaceStateChanged(qt(typed.node), qt(typed.interface), typed.adminUp,
                                           typed.lineProtocolUp, now());
            } else if constexpr (std::is_same_v<Event, FrameTransmitted>) {
                if (!m_framesEnabled || !typed.frame)
                    return;
                const FrameKind kind = classifyFrame(ByteView(*typed.frame));
                emit frameTransmitted(qt(typed.link), qt(typed.node), qt(typed.port), kind,
                                      nanoseconds(typed.time));
            } else if constexpr (std::is_same_v<Event, RouteChanged>) {
                emit routeChanged(qt(typed.node), prefixText(typed.network, typed.prefixLength),
                                  QChar::fromLatin1(typed.source), typed.added, now());
            } else if constexpr (std::is_same_v<Event, SyslogMessage>) {
                emit syslog(qt(typed.node), qt(typed.text), typed.severity, qt(typed.mnemonic),
                            nanoseconds(typed.time));
            } else if constexpr (std::is_same_v<Event, HsrpStateChanged>) {
                emit hsrpStateChanged(qt(typed.node), qt(typed.interface), typed.group,
                                      qt(typed.oldState), qt(typed.newState), qt(typed.virtualIp),
                                      nanoseconds(typed.time));
            } else if constexpr (std::is_same_v<Event, RedundancyStateChanged>) {
                emit redundancyStateChanged(qt(typed.node), qt(typed.name), qt(typed.oldState),
                                            qt(typed.newState), typed.active,
                                            nanoseconds(typed.time));
            }
        },
        event);
}

} // namespace routerlab::gui
