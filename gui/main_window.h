#pragma once

#include "editor/user_prompts.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <map>
#include <memory>
#include <string>

class QAction;
class QDockWidget;
class QTabWidget;
class QTemporaryDir;
class QToolBar;

namespace routerlab {
class ImageCatalog;
class Lab;
} // namespace routerlab

namespace routerlab::gui {

class DevicePalette;
class EditorController;
class LabDocument;
class LabScene;
class LabView;
class LinkStates;
class LinkTool;

// The application window. It wires the pieces together and holds no editing logic of its own:
// the document (editor/lab_document.h) holds the lab and its undo stack, the scene and view draw it,
// the editor controller and the link tool turn gestures into edits, UserPrompts asks the user.
//
// Menus: File (New, Open, Save, Save As, Export as PNG/SVG, Quit), Edit (Undo, Redo, Delete,
// Rename), View (zoom, fit, docks). The central tab widget's first tab is the canvas; the
// runtime adds console tabs, tool bars and docks through the public hooks below. Editing
// shortcuts (Undo, Redo, Delete, F2) work while the canvas has focus, so a console keeps its
// keys (IOS's Ctrl+Z ends configuration mode).
//
// Actions carry object names ("actionUndo", "actionAddLink" ...) so tests trigger them as the
// user would.
//
// The GUI's folders say what edits a lab and what watches it run.
//   editor/   lab_document (the lab, its configs, undo stack; edits in lab_document_edits.cpp),
//             edit_commands (one QUndoCommand per edit), editor_controller (gestures to edits),
//             user_prompts (every question, replaceable), node_ports (a node's ports),
//             lab_builder (a runnable Lab from the document).
//   runtime/  runtime_wiring (a running lab in this window), emulator_bridge (the GUI's one
//             door into the emulator: bus events as Qt signals), frame_kind, run_controls (the
//             transport bar), link_states (dots from a running lab), screenshot (--screenshot).
//             The runtime itself is the emulator's (emulator/runtime/lab_runtime.h, shared with
//             `routerlab run`); no file name appears in both runtime folders.
//   canvas/   lab_scene, lab_view, node_item, link_item, link_tool, scene_export, device_icons,
//             device_mime; for a running lab hsrp_overlay and packet_flow_animator.
//   panels/   device_palette and the node dialogs (router_dialog, switch_dialog, rename_dialog,
//             node_name_field, startup_config_dialog); for a running lab console_tab (with
//             terminal_buffer, terminal_keys, system_terminal), event_timeline_dock and
//             capture_controller.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::shared_ptr<const ImageCatalog> catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    LabDocument *document() const { return m_document; }
    LabScene *scene() const { return m_scene; }
    LabView *view() const { return m_view; }
    QTabWidget *centralTabs() const { return m_tabs; }
    DevicePalette *palette() const { return m_palette; }
    LinkTool *linkTool() const { return m_linkTool; }
    EditorController *editor() const { return m_editor; }
    UserPrompts &prompts() { return m_prompts; }

    // Hooks for the runtime side. The object that wires it in (runtime/runtime_wiring.h) hands
    // itself over: the window destroys it first, while the tabs, editor, scene and document it
    // reaches into are whole. It may go earlier on its own and take its pieces with it.
    void setRuntimeSide(QObject *runtimeSide);
    void addRuntimeToolBar(QToolBar *toolBar);
    void addDockPanel(QDockWidget *dock, Qt::DockWidgetArea area = Qt::BottomDockWidgetArea);
    // What double-clicking a node does while `owner` lives (otherwise: edit its startup config).
    void setNodeDoubleClickAction(QObject *owner,
                                  std::function<void(const std::string &node)> action);

    // The running lab, or nullptr while stopped.
    Lab *lab() const { return m_lab.get(); }
    // Each router's console output from booting (startup-config errors).
    const std::map<std::string, std::string> &bootOutput() const { return m_bootOutput; }

public slots:
    // Each returns false when the user cancelled or it failed (the user has been told why).
    bool newLab();
    bool openLab(const QString &path);
    bool openLabFromDialog();
    bool saveLab();
    bool saveLabAs(const QString &path = QString());
    bool exportPng(const QString &path = QString());
    bool exportSvg(const QString &path = QString());
    // Builds the lab from the document and boots it (lab_builder.h says from where).
    bool startLab();
    // Tells labStopping listeners, then destroys the lab.
    void stopLab();
    // Link end dots from the running lab's interfaces; the runtime calls it on bus events.
    void refreshLinkStates();

signals:
    void labStarted(routerlab::Lab *lab);
    // The lab is about to be destroyed: drop everything that points into it.
    void labStopping(routerlab::Lab *lab);
    void labStopped();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBars();
    QAction *createAction(const char *objectName, const QString &text,
                          const QKeySequence &shortcut = {});
    bool maybeSaveChanges();
    bool exportCanvas(const QString &format, QString path);
    void updateTitle();
    void updateSelectionActions();

    UserPrompts m_prompts;
    LabDocument *m_document;
    LabScene *m_scene;
    LabView *m_view;
    QTabWidget *m_tabs;
    DevicePalette *m_palette;
    LinkTool *m_linkTool;
    EditorController *m_editor;
    LinkStates *m_linkStates;
    QMenu *m_viewMenu = nullptr;
    QPointer<QObject> m_runtimeSide;
    QPointer<QObject> m_nodeDoubleClickOwner;
    std::function<void(const std::string &)> m_nodeDoubleClickAction;
    std::map<std::string, QAction *> m_actions;

    // The snapshot folder outlives the lab that reads from it.
    std::unique_ptr<QTemporaryDir> m_labSnapshot;
    std::unique_ptr<Lab> m_lab;
    std::map<std::string, std::string> m_bootOutput;
};

} // namespace routerlab::gui
