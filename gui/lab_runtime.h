#pragma once

#include "core/sim_time.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace routerlab {
class ConsoleSession;
class ImageCatalog;
class Lab;
class RealtimeDriver;
class TelnetServer;
struct LabSpec;
} // namespace routerlab

namespace routerlab::gui {

class EmulatorBridge;

// A running lab as the GUI holds it: the Lab built from the document's LabSpec, the
// RealtimeDriver that pumps its scheduler from a QTimer in the GUI thread (wall clock × speed,
// 20 ms per tick at most, so the canvas never blocks for long), one ConsoleSession per router
// (the line the console tabs and telnet clients share) and, on request, the TelnetServer.
// Its EmulatorBridge lives as long as the runtime and follows each new lab, so widgets connect
// to it once.
//
// Lifecycle: start() builds and boots a fresh lab ("start all"); stop() throws it away (a 7200
// that is switched off forgets its running config, only what was saved with `write memory`
// stays in the lab's config files). Before the lab goes, aboutToStop() tells everyone holding
// one of its pieces (console tabs, captures) to let go.
//
// Per node the emulator offers `reload` (Router::reload: state dropped at once, boot from the
// startup config 10 s of lab time later). Powering one router off and on is not in the
// emulator (see reloadNode).
class LabRuntime : public QObject {
    Q_OBJECT
public:
    // The lab time a GUI reload takes, as the `reload` command does (startup_config.h).
    static constexpr SimDuration kReloadDuration = std::chrono::seconds(10);

    // The catalog is needed only by start(const LabSpec &).
    explicit LabRuntime(std::shared_ptr<const ImageCatalog> catalog = nullptr,
                        QObject *parent = nullptr);
    ~LabRuntime() override;

    // Boots a built, not yet started lab (e.g. gui/lab_builder.h's buildLab) and runs it at
    // speed() unless paused. Whatever the lab reads its configs from (a snapshot folder) must
    // outlive stopped(). A running lab is stopped first. False (errorString) when boot throws.
    bool start(std::unique_ptr<Lab> lab);
    // Builds the lab from `spec` first; false (errorString) when it cannot be built.
    bool start(const LabSpec &spec, std::uint64_t seed = 1);
    void stop();
    bool isStarted() const { return m_lab != nullptr; }
    QString errorString() const { return m_error; }

    Lab *lab() const { return m_lab.get(); }
    EmulatorBridge &bridge() const { return *m_bridge; }
    RealtimeDriver *driver() const { return m_driver.get(); }
    // nullptr for a switch or an unknown node.
    ConsoleSession *console(const QString &node) const;
    // The console output of each router's boot (configuration errors), as `routerlab run` prints.
    QString bootOutput(const QString &node) const;

    // Play/pause and speed (1, 5, 30...) of the wall-clock driver. Remembered across labs.
    void play();
    void pause();
    bool isPaused() const { return m_paused; }
    void setSpeed(double speed);
    double speed() const { return m_speed; }
    SimTime labTime() const;

    // Virtual time for tests and "step" buttons: runs the lab `duration` ahead as fast as the
    // CPU allows (the driver, if running, re-anchors at the new time).
    void runFor(SimDuration duration);

    // `reload` of one router / every router; false for an unknown node or a stopped lab.
    // The node's console shows "Press RETURN to get started!" once it is back.
    bool reloadNode(const QString &node);
    void reloadAll();

    // Serves every router's console over telnet, Dynamips-style: basePort, basePort + 1, ...
    // in lab order on 127.0.0.1 (0 asks for free ports). Lasts until the lab stops.
    bool serveConsoles(quint16 basePort, QString *error = nullptr);
    // 0 while the console is not served.
    quint16 consolePort(const QString &node) const;

signals:
    void started();
    void aboutToStop();
    void stopped();
    void pausedChanged(bool paused);
    void speedChanged(double speed);
    // Lab time reached, after each driver tick or runFor.
    void labTimeAdvanced(qint64 labTimeNs);
    void nodeReloading(const QString &node);
    void nodeReloaded(const QString &node);

private:
    void startDriver();

    std::shared_ptr<const ImageCatalog> m_catalog;
    EmulatorBridge *m_bridge = nullptr;
    QString m_error;
    double m_speed = 1.0;
    bool m_paused = false;
    // Destroyed in reverse: telnet, then consoles, then the driver, then the lab they watch.
    std::unique_ptr<Lab> m_lab;
    std::unique_ptr<RealtimeDriver> m_driver;
    std::map<std::string, std::unique_ptr<ConsoleSession>> m_consoles;
    std::map<std::string, std::string> m_bootOutput;
    std::unique_ptr<TelnetServer> m_telnet;
};

} // namespace routerlab::gui
