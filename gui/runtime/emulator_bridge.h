#pragma once

#include "core/event_bus.h"
#include "net/byte_reader.h"
#include "runtime/frame_kind.h"

#include <QObject>
#include <QString>

#include <vector>

namespace routerlab {
class Lab;
class LabRuntime;
class Scheduler;
} // namespace routerlab

namespace routerlab::gui {

// The one place where the GUI hears the emulator: subscribes to a lab's EventBus and re-emits
// each event as a typed Qt signal with Qt types, so widgets never include emulator headers nor
// touch emulator objects. The bus is synchronous and the lab runs in the GUI thread (the
// RealtimeDriver's timer), so every signal is emitted while the scheduler is running an event:
// receivers must not block and must not re-enter the scheduler (no runFor from a slot).
//
// Lab time travels as nanoseconds since lab start (qint64). Events the emulator publishes
// without a time (link, interface, route) are stamped with the scheduler's clock.
//
// One bridge may outlive many labs: attach() follows a new lab, detach() lets go of the old one
// (the subscription ends; a bus that dies first is harmless). follow() does both for every lab
// a LabRuntime runs, so widgets connect to one bridge once.
class EmulatorBridge : public QObject {
    Q_OBJECT
public:
    explicit EmulatorBridge(QObject *parent = nullptr);
    explicit EmulatorBridge(Lab &lab, QObject *parent = nullptr);
    EmulatorBridge(EventBus &bus, const Scheduler &scheduler, QObject *parent = nullptr);
    ~EmulatorBridge() override;

    void attach(Lab &lab);
    void attach(EventBus &bus, const Scheduler &scheduler);
    void detach();
    // Attached to the runtime's lab from before it boots until the runtime lets go of it; the
    // following ends with the bridge or the runtime, whichever goes first.
    void follow(const LabRuntime &runtime);
    bool isAttached() const { return m_scheduler != nullptr; }
    // Emits interfaceStateChanged and linkStateChanged for every interface and link of `lab` as
    // they are now, so a watcher attached to a lab already running starts from its state.
    void replayState(const Lab &lab);

    // Which protocol a frame carries, as the emulator's protocol modules name their frames:
    // Ethernet II → ARP or IPv4 (ICMP, OSPF, ESP, UDP 1985 HSRP, UDP 500/4500 ISAKMP, 4500 with
    // a non-zero SPI is ESP in UDP); 802.3 + LLC → spanning tree BPDUs. Anything else, or a
    // frame the codecs reject, is Other.
    static FrameKind classifyFrame(ByteView frame);

    // Decoding every frame costs a little; a GUI without packet animation or frame statistics
    // can turn frameTransmitted off. On by default.
    void setFramesEnabled(bool enabled) { m_framesEnabled = enabled; }
    bool framesEnabled() const { return m_framesEnabled; }

signals:
    // A cable came up or went down ("R1:FastEthernet0/0 <-> SW1:1" as Segment::name()).
    void linkStateChanged(const QString &link, bool up, qint64 labTimeNs);
    void interfaceStateChanged(const QString &node, const QString &interface, bool adminUp,
                               bool lineUp, qint64 labTimeNs);
    // `vip` is empty while the group does not know its virtual IP yet.
    void hsrpStateChanged(const QString &node, const QString &interface, int group,
                          const QString &oldState, const QString &newState, const QString &vip,
                          qint64 labTimeNs);
    // A named redundancy group (`standby N name X`); also sent Active -> Active when the group
    // re-asserts itself.
    void redundancyStateChanged(const QString &node, const QString &name, const QString &oldState,
                                const QString &newState, bool active, qint64 labTimeNs);
    // `text` is the whole console line, timestamp included ("*Mar  1 00:00:05.123: %LINK-...").
    void syslog(const QString &node, const QString &text, int severity, const QString &mnemonic,
                qint64 labTimeNs);
    // `prefix` as "10.0.0.0/24"; `source` is IOS's route code letter ('C', 'S', 'O').
    void routeChanged(const QString &node, const QString &prefix, QChar source, bool added,
                      qint64 labTimeNs);
    // A frame put on `link` by `node`'s `port`.
    void frameTransmitted(const QString &link, const QString &node, const QString &port,
                          routerlab::gui::FrameKind kind, qint64 labTimeNs);

private:
    qint64 now() const;

    const Scheduler *m_scheduler = nullptr;
    bool m_framesEnabled = true;
    std::vector<Subscription> m_subscriptions;
};

} // namespace routerlab::gui
