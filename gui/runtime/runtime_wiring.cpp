#include "runtime/runtime_wiring.h"

#include "canvas/hsrp_overlay.h"
#include "canvas/lab_scene.h"
#include "canvas/lab_view.h"
#include "canvas/link_item.h"
#include "canvas/node_item.h"
#include "canvas/packet_flow_animator.h"
#include "editor/editor_controller.h"
#include "main_window.h"
#include "panels/capture_controller.h"
#include "panels/console_tab.h"
#include "panels/event_timeline_dock.h"
#include "runtime/emulator_bridge.h"
#include "runtime/lab_runtime.h"
#include "runtime/run_controls.h"
#include "topology/lab.h"

#include <QFileDialog>
#include <QLineF>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>

namespace routerlab::gui {
namespace {

// "R1:FastEthernet0/0 <-> SW1:1" (Segment::name()) into its two node:port ends.
std::optional<std::pair<QStringList, QStringList>> splitLinkName(const QString &link)
{
    const QStringList ends = link.split(" <-> ");
    if (ends.size() != 2)
        return std::nullopt;
    const auto endOf = [](const QString &end) {
        const int colon = end.lastIndexOf(':');
        return colon < 0 ? QStringList() : QStringList{end.left(colon), end.mid(colon + 1)};
    };
    const QStringList a = endOf(ends[0]);
    const QStringList b = endOf(ends[1]);
    if (a.isEmpty() || b.isEmpty())
        return std::nullopt;
    return std::pair{a, b};
}

} // namespace

RuntimeWiring::RuntimeWiring(MainWindow &window, std::shared_ptr<const ImageCatalog> catalog)
    : QObject(&window), m_window(window)
{
    window.setRuntimeSide(this);
    m_runtime = new LabRuntime(std::move(catalog), this);
    m_bridge = new EmulatorBridge(this);
    m_bridge->follow(*m_runtime);
    m_controls = new RunControls(*m_runtime, &window);
    window.addRuntimeToolBar(m_controls);
    connect(m_controls, &RunControls::startRequested, &window, &MainWindow::startLab);
    connect(m_controls, &RunControls::stopRequested, &window, &MainWindow::stopLab);

    m_timeline = new EventTimelineDock(&window);
    m_timeline->connectBridge(*m_bridge);
    window.addDockPanel(m_timeline);
    connect(m_timeline, &EventTimelineDock::nodeActivated, this, &RuntimeWiring::selectNode);

    LabScene *scene = window.scene();
    m_hsrp = new HsrpOverlay(*scene, [scene](const QString &node) {
        const NodeItem *item = scene->nodeItem(node.toStdString());
        return item ? item->pos() : QPointF();
    }, this);
    m_hsrp->connectBridge(*m_bridge);
    m_packets = new PacketFlowAnimator(
        *scene, [this](const QString &link, const QString &from) { return linkPath(link, from); }, this);
    m_packets->connectBridge(*m_bridge);

    m_captures = new CaptureController(this);
    connect(m_captures, &CaptureController::captureStateChanged, this, &RuntimeWiring::captureStateChanged);


    connect(&window, &MainWindow::labStarted, this, &RuntimeWiring::labStarted);
    connect(&window, &MainWindow::labStopping, this, &RuntimeWiring::labStopping);

    window.setNodeDoubleClickAction(this, [this](const std::string &node) {
        if (!openConsole(QString::fromStdString(node)))
            m_window.editor()->editStartupConfig(node);
    });
    window.editor()->addNodeMenuExtension(this, [this](QMenu &menu, const std::string &name) {
        const QString node = QString::fromStdString(name);
        if (!m_runtime->console(node))
            return;
        menu.addSeparator();
        menu.addAction(tr("Console"), this, [this, node] { openConsole(node); })->setObjectName("console");
        menu.addAction(tr("Open console in terminal"), this, [this, node] {
            if (ConsoleTab *tab = openConsole(node)) {
                QString error;
                if (!tab->openInTerminal(&error))
                    QMessageBox::warning(&m_window, tr("Open in terminal"), error);
            }
        });
        if (m_runtime->isNodeStopped(node)) {
            menu.addAction(tr("Start"), this, [this, node] { m_runtime->startNode(node); })->setObjectName("startNode");
            return;
        }
        menu.addAction(tr("Stop"), this, [this, node] { m_runtime->stopNode(node); })->setObjectName("stopNode");
        menu.addAction(tr("Reload"), this, [this, node] { m_runtime->reloadNode(node); })->setObjectName("reload");
    });
    window.editor()->addLinkMenuExtension(this, [this](QMenu &menu, const LabLinkSpec &link) {
        if (!m_window.lab())
            return;
        const QString node = QString::fromStdString(link.a.node);
        const QString port = QString::fromStdString(link.a.port);
        const QString name = m_captures->linkAt(node, port);
        menu.addSeparator();
        if (m_captures->isCapturing(name)) {
            menu.addAction(tr("Stop capture"), this, [this, name] { m_captures->stopCapture(name); })
                ->setObjectName("stopCapture");
        } else {
            menu.addAction(tr("Start capture…"), this, [this, node, port] {
                const QString file = QFileDialog::getSaveFileName(&m_window, tr("Capture to"), QString(),
                                                                  tr("pcap files (*.pcap)"));
                QString error;
                if (!file.isEmpty() && !captureLink(node, port, file, &error))
                    QMessageBox::warning(&m_window, tr("Capture"), error);
            })->setObjectName("startCapture");
        }
        QAction *wireshark = menu.addAction(tr("Open in Wireshark"), this, [this, name] {
            QString error;
            if (!m_captures->openInWireshark(name, &error))
                QMessageBox::warning(&m_window, tr("Wireshark"), error);
        });
        wireshark->setEnabled(CaptureController::wiresharkAvailable());
    });
}

// The window may outlive this (--screenshot, tests): it keeps nothing that points into the
// runtime. The menu extensions and the double-click action end with this object by themselves.
RuntimeWiring::~RuntimeWiring()
{
    labStopping();
    delete m_controls;
    delete m_timeline;
}

void RuntimeWiring::labStarted(Lab *lab)
{
    m_runtime->attach(*lab);
    m_runtime->serveConsoles(0);
    m_captures->setLab(lab);
    QStringList nodes;
    for (const auto &node : lab->spec().nodes)
        nodes << QString::fromStdString(node.name);
    m_timeline->setNodes(nodes);
    m_window.refreshLinkStates();
}

void RuntimeWiring::labStopping()
{
    // Console tabs hold sessions the runtime is about to destroy.
    QTabWidget *tabs = m_window.centralTabs();
    for (int index = tabs->count() - 1; index > 0; --index) {
        if (auto *tab = qobject_cast<ConsoleTab *>(tabs->widget(index))) {
            tabs->removeTab(index);
            delete tab;
        }
    }
    m_captures->setLab(nullptr);
    m_hsrp->clear();
    m_runtime->stop();
}

ConsoleTab *RuntimeWiring::consoleTab(const QString &node) const
{
    QTabWidget *tabs = m_window.centralTabs();
    for (int index = 1; index < tabs->count(); ++index) {
        auto *tab = qobject_cast<ConsoleTab *>(tabs->widget(index));
        if (tab && tab->nodeName() == node)
            return tab;
    }
    return nullptr;
}

ConsoleTab *RuntimeWiring::openConsole(const QString &node)
{
    QTabWidget *tabs = m_window.centralTabs();
    if (ConsoleTab *existing = consoleTab(node)) {
        tabs->setCurrentWidget(existing);
        return existing;
    }
    ConsoleSession *session = m_runtime->console(node);
    if (!session)
        return nullptr;
    auto *tab = new ConsoleTab(*session, node);
    tab->setTelnetEndpoint("127.0.0.1", m_runtime->consolePort(node));
    tabs->addTab(tab, node);
    tabs->setCurrentWidget(tab);
    tab->setFocus();
    return tab;
}

bool RuntimeWiring::captureLink(const QString &node, const QString &port, const QString &file, QString *error)
{
    return m_captures->startCapture(node, port, file, error);
}

void RuntimeWiring::captureStateChanged(const QString &link, bool capturing)
{
    const auto ends = splitLinkName(link);
    if (!ends)
        return;
    if (LinkItem *item = m_window.scene()->linkItem(ends->first[0].toStdString(), ends->first[1].toStdString()))
        item->setCapturing(capturing);
}

std::optional<QLineF> RuntimeWiring::linkPath(const QString &link, const QString &fromNode) const
{
    const auto ends = splitLinkName(link);
    if (!ends)
        return std::nullopt;
    const LinkItem *item = m_window.scene()->linkItem(ends->first[0].toStdString(), ends->first[1].toStdString());
    if (!item)
        return std::nullopt;
    const int from = item->endAt(fromNode.toStdString(), fromNode == ends->first[0]
                                                              ? ends->first[1].toStdString()
                                                              : ends->second[1].toStdString());
    if (from < 0)
        return std::nullopt;
    return QLineF(item->endPoint(from), item->endPoint(1 - from));
}

void RuntimeWiring::selectNode(const QString &node)
{
    NodeItem *item = m_window.scene()->nodeItem(node.toStdString());
    if (!item)
        return;
    m_window.scene()->clearSelection();
    item->setSelected(true);
    m_window.centralTabs()->setCurrentIndex(0);
    m_window.view()->ensureVisible(item);
}

} // namespace routerlab::gui
