#pragma once

// Puts a running lab in the main window: the run toolbar, console tabs (double-click a router),
// the event timeline, link captures, HSRP badges and the virtual-IP marker, packet dots and live
// link-end dots. MainWindow owns the lab it builds; this follows it from labStarted to
// labStopping and drives it through LabRuntime (runtime/lab_runtime.h: the real-time driver in
// the GUI thread, consoles, telnet); its EmulatorBridge follows the runtime's labs.

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <string>

class QLineF;

namespace routerlab {
class ImageCatalog;
class Lab;
class LabRuntime;
} // namespace routerlab

namespace routerlab::gui {

class CaptureController;
class ConsoleTab;
class EmulatorBridge;
class EventTimelineDock;
class HsrpOverlay;
class MainWindow;
class PacketFlowAnimator;
class RunControls;

class RuntimeWiring : public QObject {
    Q_OBJECT
public:
    RuntimeWiring(MainWindow &window, std::shared_ptr<const ImageCatalog> catalog);
    ~RuntimeWiring() override;

    LabRuntime &runtime() const { return *m_runtime; }
    EmulatorBridge &bridge() const { return *m_bridge; }
    RunControls &runControls() const { return *m_controls; }
    EventTimelineDock &timeline() const { return *m_timeline; }
    CaptureController &captures() const { return *m_captures; }
    HsrpOverlay &hsrp() const { return *m_hsrp; }
    PacketFlowAnimator &packetFlow() const { return *m_packets; }

    // The console tab of `node`, opened (and brought to front) if needed; nullptr when the lab
    // is not running or the node has no console (a switch).
    ConsoleTab *openConsole(const QString &node);
    ConsoleTab *consoleTab(const QString &node) const;
    // Starts a capture of the link at node/port into `file`; the link shows it.
    bool captureLink(const QString &node, const QString &port, const QString &file, QString *error = nullptr);

private:
    void labStarted(Lab *lab);
    void labStopping();
    void captureStateChanged(const QString &link, bool capturing);
    std::optional<QLineF> linkPath(const QString &link, const QString &fromNode) const;
    void selectNode(const QString &node);

    MainWindow &m_window;
    LabRuntime *m_runtime = nullptr;
    EmulatorBridge *m_bridge = nullptr;
    RunControls *m_controls = nullptr;
    EventTimelineDock *m_timeline = nullptr;
    CaptureController *m_captures = nullptr;
    HsrpOverlay *m_hsrp = nullptr;
    PacketFlowAnimator *m_packets = nullptr;
};

} // namespace routerlab::gui
