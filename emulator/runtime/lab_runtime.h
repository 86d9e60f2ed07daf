#pragma once

#include "core/sim_time.h"
#include "router/startup_config.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <string>

namespace routerlab {

class ConsoleSession;
class ImageCatalog;
class Lab;
class RealtimeDriver;
class TelnetServer;
struct LabSpec;

// A lab running in real time, the one runtime behind `routerlab run` and the GUI: the
// RealtimeDriver that runs the lab's scheduler against the wall clock × speed (sleeping until
// the next event is due, at most 20 ms of events at a time, so the event loop keeps serving
// sockets and widgets), one
// ConsoleSession per router (the line telnet clients, an attached terminal and GUI console tabs
// share) and, on request, the TelnetServer. QtCore and QtNetwork only: whoever shows the lab
// (a terminal, a window) follows it through the signals below.
//
// Two ways to get a lab:
//   start(...)  the runtime owns the lab: it boots it and destroys it on stop();
//   attach(lab) someone else built and booted it (`routerlab run`, the GUI's main window): the
//               runtime drives it until stop(), which lets go of it; the owner destroys it
//               afterwards.
// Either way, before the runtime lets go, aboutToStop() tells everyone holding a piece of the
// lab (console tabs, captures, overlays) to drop it. Stopping a lab is switching it off: a
// 7200 forgets its running config, only what `write memory` saved stays in its config file.
//
// Per node: `reload` (Router::reload: state dropped at once, boot from the startup config 10 s
// of lab time later), and stop/start (Router::powerOff/powerOn: switched off until started).
// Either way the node's console line starts over at "Press RETURN" once it is back.
class LabRuntime : public QObject {
    Q_OBJECT
public:
    // The lab time a reload from outside takes: the `reload` command's.
    static constexpr SimDuration kReloadDuration = routerlab::kReloadDuration;

    // The catalog is needed only by start(const LabSpec &).
    explicit LabRuntime(std::shared_ptr<const ImageCatalog> catalog = nullptr,
                        QObject *parent = nullptr);
    ~LabRuntime() override;

    // Boots a built, not yet started lab and runs it at speed() unless paused; labAttached()
    // comes before the boot, so its listeners see the boot's own events. Whatever the lab reads
    // its configs from must outlive stopped(). A running lab is stopped first. False
    // (errorString) for no lab or when boot throws.
    bool start(std::unique_ptr<Lab> lab);
    // Builds the lab from `spec`, then as above; false (errorString) when it cannot be built.
    bool start(const LabSpec &spec, std::uint64_t seed = 1);
    // Drives a lab that is already booted and owned elsewhere. Call stop() before its owner
    // destroys it.
    void attach(Lab &lab);
    void stop();
    bool isStarted() const { return lab() != nullptr; }
    bool ownsLab() const { return m_ownedLab != nullptr; }
    QString errorString() const { return m_error; }

    Lab *lab() const;
    RealtimeDriver *driver() const { return m_driver.get(); }
    // nullptr for a switch, an unknown node or a stopped lab.
    ConsoleSession *console(const QString &node) const;
    // Each router's boot output (configuration errors) when the runtime booted the lab.
    QString bootOutput(const QString &node) const;

    // Play/pause and speed (1, 5, 30...) of the wall-clock driver; kept across labs.
    void play();
    void pause();
    bool isPaused() const { return m_paused; }
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    SimTime labTime() const;

    // Virtual time for tests and stepping: runs the lab `duration` ahead as fast as the CPU
    // allows; the driver then carries on from the new time.
    void runFor(SimDuration duration);

    // `reload` of one router / every router; false for an unknown node or a stopped lab.
    bool reloadNode(const QString &node);
    void reloadAll();
    // Switches one router off (state gone, ports dark, console dead) or on again (boots from
    // its startup config); false for an unknown node or a stopped lab.
    bool stopNode(const QString &node);
    bool startNode(const QString &node);
    bool isNodeStopped(const QString &node) const;

    // Serves every router's console over telnet, Dynamips-style: basePort, basePort + 1, ...
    // in lab order on `address`, 127.0.0.1 unless told otherwise (0 asks for free ports).
    // Lasts until the lab stops. False, and nothing listens, when a port is taken, the address
    // is not this machine's or the lab is not running.
    bool serveConsoles(quint16 basePort, QString *error = nullptr,
                       const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    // 0 while the console is not served.
    quint16 consolePort(const QString &node) const;
    QHostAddress consoleAddress() const;

signals:
    // A lab is about to boot (start) or was handed over (attach): subscribe to its bus now.
    void labAttached(routerlab::Lab *lab);
    // The runtime lets go of the lab (stop, or a boot that threw): unsubscribe now, the lab
    // may be destroyed next.
    void labDetached();
    void started();
    void aboutToStop();
    void stopped();
    void pausedChanged(bool paused);
    void speedChanged(double speed);
    // Lab time reached, after each driver tick or runFor.
    void labTimeAdvanced(qint64 labTimeNs);
    void nodeReloading(const QString &node);
    void nodeReloaded(const QString &node);
    void nodeStopped(const QString &node);

private:
    void run();
    void consoleRestarted(const QString &node);

    std::shared_ptr<const ImageCatalog> m_catalog;
    QString m_error;
    double m_speed = 1.0;
    bool m_paused = false;
    Lab *m_attachedLab = nullptr;
    // Destroyed in reverse: telnet, consoles, driver, then the lab they watch.
    std::unique_ptr<Lab> m_ownedLab;
    std::unique_ptr<RealtimeDriver> m_driver;
    std::map<std::string, std::unique_ptr<ConsoleSession>> m_consoles;
    std::map<std::string, std::string> m_bootOutput;
    std::unique_ptr<TelnetServer> m_telnet;
};

} // namespace routerlab
