#include "main_window.h"

#include "canvas/device_icons.h"
#include "canvas/lab_scene.h"
#include "canvas/lab_view.h"
#include "canvas/link_tool.h"
#include "canvas/scene_export.h"
#include "editor/editor_controller.h"
#include "editor/lab_builder.h"
#include "editor/lab_document.h"
#include "panels/device_palette.h"
#include "runtime/link_states.h"
#include "topology/lab.h"
#include "topology/lab_file.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>

namespace routerlab::gui {
namespace {

// "File: …, Line: …, Field: …" and then the problem alone (what() repeats the place first).
QString labFileErrorText(const LabFileError &error)
{
    QStringList lines{QObject::tr("File: %1").arg(QString::fromStdString(error.file()))};
    std::string place = error.file();
    if (error.line() > 0) {
        lines << QObject::tr("Line: %1").arg(error.line());
        place += ":" + std::to_string(error.line());
    }
    place += ": ";
    if (!error.field().empty()) {
        lines << QObject::tr("Field: %1").arg(QString::fromStdString(error.field()));
        place += error.field() + ": ";
    }
    const std::string what = error.what();
    const std::string problem = what.starts_with(place) ? what.substr(place.size()) : what;
    lines << QString() << QString::fromStdString(problem);
    return lines.join('\n');
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<const ImageCatalog> catalog, QWidget *parent)
    : QMainWindow(parent), m_prompts(UserPrompts::dialogs()),
      m_document(new LabDocument(std::move(catalog), this)),
      m_scene(new LabScene(*m_document, this)), m_view(new LabView(m_scene)),
      m_tabs(new QTabWidget(this)), m_palette(new DevicePalette(this)),
      m_linkTool(new LinkTool(*m_document, *m_scene, {}, m_scene)),
      m_editor(new EditorController(*m_document, *m_scene, m_prompts, this)),
      m_linkStates(new LinkStates(this))
{
    setObjectName("mainWindow");
    // The tool asks through m_prompts at click time, so a test's replacement applies.
    m_linkTool->setPortChooser(
        [this](const std::string &node, const std::vector<std::string> &ports, QPoint at) {
            return m_prompts.choosePort(this, node, ports, at);
        });

    m_view->setObjectName("labView");
    m_tabs->setObjectName("centralTabs");
    m_tabs->addTab(m_view, tr("Canvas"));
    setCentralWidget(m_tabs);
    addDockWidget(Qt::LeftDockWidgetArea, m_palette);
    resizeDocks({m_palette}, {200}, Qt::Horizontal);

    createActions();
    createMenusAndToolBars();

    connect(m_document, &LabDocument::aboutToReset, this, &MainWindow::stopLab);
    connect(m_document, &LabDocument::fileChanged, this, &MainWindow::updateTitle);
    connect(m_document, &LabDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateSelectionActions);
    connect(m_scene, &LabScene::deviceDropped, m_editor, &EditorController::addDevice);
    connect(m_scene, &LabScene::nodeContextMenuRequested, m_editor,
            &EditorController::showNodeMenu);
    connect(m_scene, &LabScene::linkContextMenuRequested, m_editor,
            &EditorController::showLinkMenu);
    connect(m_scene, &LabScene::nodeDoubleClicked, this, [this](const std::string &node) {
        if (m_nodeDoubleClickOwner && m_nodeDoubleClickAction)
            m_nodeDoubleClickAction(node);
        else
            m_editor->editStartupConfig(node);
    });
    connect(m_linkStates, &LinkStates::changed, this, &MainWindow::refreshLinkStates);
    // New links are not in the running lab: their dots must say so.
    connect(m_document, &LabDocument::linkAdded, this, &MainWindow::refreshLinkStates);
    connect(m_palette, &DevicePalette::deviceActivated, this,
            [this](LabNodeSpec::Kind kind) { m_editor->addDevice(kind, m_view->visibleCentre()); });
    connect(m_linkTool, &LinkTool::statusMessage, this, [this](const QString &text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text);
    });
    connect(m_linkTool, &LinkTool::activeChanged, m_view, &LabView::setLinkMode);
    connect(m_linkTool, &LinkTool::activeChanged, m_actions["actionAddLink"], &QAction::setChecked);

    updateTitle();
    updateSelectionActions();
    resize(1200, 780);
}

// Qt would delete the children after this window's members, in creation order, document
// first: the document's last signals would reach a half-destroyed window, and the runtime side
// and the scene would outlive what they point into. So they go here, in a defined order, while
// everything is whole: the lab (its listeners let go first), the runtime side, then the scene
// (with the link tool it owns) and the editor, then the document they draw from and edit.
MainWindow::~MainWindow()
{
    stopLab();
    delete m_runtimeSide;
    m_document->disconnect(this);
    m_scene->disconnect(this);
    delete m_scene;
    m_scene = nullptr;
    delete m_editor;
    m_editor = nullptr;
    delete m_document;
    m_document = nullptr;
}

QAction *MainWindow::createAction(const char *objectName, const QString &text,
                                  const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    m_actions[objectName] = action;
    return action;
}

void MainWindow::createActions()
{
    connect(createAction("actionNew", tr("&New"), QKeySequence::New), &QAction::triggered, this,
            &MainWindow::newLab);
    connect(createAction("actionOpen", tr("&Open…"), QKeySequence::Open), &QAction::triggered, this,
            &MainWindow::openLabFromDialog);
    connect(createAction("actionSave", tr("&Save"), QKeySequence::Save), &QAction::triggered, this,
            &MainWindow::saveLab);
    connect(createAction("actionSaveAs", tr("Save &As…"), QKeySequence::SaveAs),
            &QAction::triggered, this, [this] { saveLabAs(); });
    connect(createAction("actionExportPng", tr("Export as &PNG…")), &QAction::triggered, this,
            [this] { exportPng(); });
    connect(createAction("actionExportSvg", tr("Export as S&VG…")), &QAction::triggered, this,
            [this] { exportSvg(); });
    connect(createAction("actionQuit", tr("&Quit"), QKeySequence::Quit), &QAction::triggered, this,
            &QWidget::close);

    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName("actionUndo");
    undo->setShortcut(QKeySequence::Undo);
    m_actions["actionUndo"] = undo;
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName("actionRedo");
    redo->setShortcut(QKeySequence::Redo);
    m_actions["actionRedo"] = redo;
    QAction *remove = createAction("actionDelete", tr("&Delete"), QKeySequence::Delete);
    remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    connect(remove, &QAction::triggered, m_editor, &EditorController::deleteSelection);
    connect(createAction("actionRename", tr("Re&name…"), QKeySequence(Qt::Key_F2)),
            &QAction::triggered, m_editor, &EditorController::renameSelection);
    // Canvas keys stay on the canvas: a console tab needs Ctrl+Z and Backspace itself.
    for (QAction *action : {undo, redo, remove, m_actions["actionRename"]}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
    }

    connect(createAction("actionZoomIn", tr("Zoom &In"), QKeySequence::ZoomIn), &QAction::triggered,
            m_view, &LabView::zoomIn);
    connect(createAction("actionZoomOut", tr("Zoom &Out"), QKeySequence::ZoomOut),
            &QAction::triggered, m_view, &LabView::zoomOut);
    connect(createAction("actionFit", tr("&Fit to View"), QKeySequence(Qt::CTRL | Qt::Key_0)),
            &QAction::triggered, m_view, &LabView::fitToView);

    QAction *addLink =
        createAction("actionAddLink", tr("Add link"), QKeySequence(Qt::CTRL | Qt::Key_L));
    addLink->setCheckable(true);
    addLink->setIcon(linkToolIcon());
    addLink->setToolTip(
        tr("Add link: click a node, pick its port, then the other node's (Esc cancels)"));
    connect(addLink, &QAction::toggled, m_linkTool, &LinkTool::setActive);
}

void MainWindow::createMenusAndToolBars()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    for (const char *name : {"actionNew", "actionOpen", "actionSave", "actionSaveAs"})
        file->addAction(m_actions[name]);
    file->addSeparator();
    file->addAction(m_actions["actionExportPng"]);
    file->addAction(m_actions["actionExportSvg"]);
    file->addSeparator();
    file->addAction(m_actions["actionQuit"]);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    for (const char *name : {"actionUndo", "actionRedo"})
        edit->addAction(m_actions[name]);
    edit->addSeparator();
    for (const char *name : {"actionAddLink", "actionDelete", "actionRename"})
        edit->addAction(m_actions[name]);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (const char *name : {"actionZoomIn", "actionZoomOut", "actionFit"})
        m_viewMenu->addAction(m_actions[name]);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_palette->toggleViewAction());

    QToolBar *canvas = addToolBar(tr("Canvas"));
    canvas->setObjectName("canvasToolBar");
    canvas->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    canvas->addAction(m_actions["actionAddLink"]);
    canvas->addSeparator();
    for (const char *name : {"actionZoomIn", "actionZoomOut", "actionFit"})
        canvas->addAction(m_actions[name]);
}

void MainWindow::addRuntimeToolBar(QToolBar *toolBar) { addToolBar(Qt::TopToolBarArea, toolBar); }

void MainWindow::addDockPanel(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
}

void MainWindow::setRuntimeSide(QObject *runtimeSide) { m_runtimeSide = runtimeSide; }

void MainWindow::setNodeDoubleClickAction(QObject *owner,
                                          std::function<void(const std::string &)> action)
{
    m_nodeDoubleClickOwner = owner;
    m_nodeDoubleClickAction = std::move(action);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("routerlab — %1[*]").arg(m_document->labName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateSelectionActions()
{
    const bool anything = !m_scene->selectedItems().isEmpty();
    m_actions["actionDelete"]->setEnabled(anything);
    m_actions["actionRename"]->setEnabled(m_editor->singleSelectedNode().has_value());
}

bool MainWindow::maybeSaveChanges()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompts.askSaveChanges(this, m_document->labName())) {
    case SaveChoice::Save:
        return saveLab();
    case SaveChoice::Discard:
        return true;
    case SaveChoice::Cancel:
        return false;
    }
    return false;
}

bool MainWindow::newLab()
{
    if (!maybeSaveChanges())
        return false;
    m_document->newLab();
    m_view->resetTransform();
    return true;
}

bool MainWindow::openLab(const QString &path)
{
    if (!maybeSaveChanges())
        return false;
    // A lab file that does not load leaves the document, and a lab running from it, alone.
    try {
        m_document->open(path);
    } catch (const LabFileError &error) {
        m_prompts.showError(this, tr("Cannot open the lab"), labFileErrorText(error));
        return false;
    } catch (const std::exception &error) {
        m_prompts.showError(this, tr("Cannot open the lab"),
                            tr("%1: %2").arg(path, QString::fromUtf8(error.what())));
        return false;
    }
    m_view->fitToView();
    return true;
}

bool MainWindow::openLabFromDialog()
{
    const QString path = m_prompts.askOpenPath(this);
    return !path.isEmpty() && openLab(path);
}

bool MainWindow::saveLab()
{
    if (m_document->filePath().isEmpty())
        return saveLabAs();
    return saveLabAs(m_document->filePath());
}

bool MainWindow::saveLabAs(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        const QString suggestion = m_document->filePath().isEmpty()
                                       ? QDir::home().filePath(m_document->labName() + "/lab.json")
                                       : m_document->filePath();
        target = m_prompts.askSavePath(this, suggestion);
        if (target.isEmpty())
            return false;
    }
    try {
        m_document->saveAs(target);
    } catch (const LabFileError &error) {
        m_prompts.showError(this, tr("Cannot save the lab"), labFileErrorText(error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 4000);
    return true;
}

bool MainWindow::exportPng(const QString &path) { return exportCanvas("png", path); }

bool MainWindow::exportSvg(const QString &path) { return exportCanvas("svg", path); }

bool MainWindow::exportCanvas(const QString &format, QString path)
{
    if (path.isEmpty()) {
        const QString folder = m_document->filePath().isEmpty()
                                   ? QDir::homePath()
                                   : QFileInfo(m_document->filePath()).absolutePath();
        path = m_prompts.askExportPath(this, format,
                                       folder + "/" + m_document->labName() + "." + format);
        if (path.isEmpty())
            return false;
    }
    QString error;
    const bool written = format == "svg" ? exportSceneAsSvg(*m_scene, path, &error)
                                         : exportSceneAsPng(*m_scene, path, &error);
    if (!written)
        m_prompts.showError(this, tr("Cannot export the canvas"), error);
    return written;
}

bool MainWindow::startLab()
{
    if (m_lab)
        return true;
    try {
        BuiltLab built = buildLab(*m_document);
        m_bootOutput = built.lab->start();
        m_labSnapshot = std::move(built.snapshot);
        m_lab = std::move(built.lab);
    } catch (const std::exception &error) {
        m_prompts.showError(this, tr("Cannot start the lab"), QString::fromUtf8(error.what()));
        return false;
    }
    m_linkStates->attach(*m_lab);
    emit labStarted(m_lab.get());
    refreshLinkStates();
    return true;
}

void MainWindow::stopLab()
{
    if (!m_lab)
        return;
    emit labStopping(m_lab.get());
    m_linkStates->detach();
    m_lab.reset();
    m_labSnapshot.reset();
    m_bootOutput.clear();
    refreshLinkStates();
    emit labStopped();
}

void MainWindow::refreshLinkStates()
{
    if (m_scene)
        m_linkStates->paint(*m_scene);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSaveChanges()) {
        event->ignore();
        return;
    }
    stopLab();
    event->accept();
}

} // namespace routerlab::gui
