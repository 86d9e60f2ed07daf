// The editor as a user drives it: open a lab and watch its link dots follow the routers'
// interfaces, draw a lab from the palette and the link tool, undo and redo every step, save
// and reload it, export it, and be asked before unsaved changes are thrown away.
#include <QtTest>

#include "canvas/lab_scene.h"
#include "canvas/lab_view.h"
#include "canvas/link_item.h"
#include "canvas/link_tool.h"
#include "canvas/node_item.h"
#include "console/console_session.h"
#include "editor/editor_controller.h"
#include "editor/lab_document.h"
#include "editor_test_support.h"
#include "main_window.h"
#include "panels/device_palette.h"
#include "topology/lab.h"

#include <QListWidget>
#include <QMenu>
#include <QMimeData>

using namespace routerlab;
using namespace routerlab::gui;
using namespace routerlab::gui::test;

namespace {

using EndState = LinkItem::EndState;

EndState endState(MainWindow &window, const std::string &node, const std::string &port)
{
    LinkItem *link = window.scene()->linkItem(node, port);
    return link ? link->endState(link->endAt(node, port)) : EndState::None;
}

void trigger(MainWindow &window, const char *action)
{
    QAction *found = window.findChild<QAction *>(action);
    QVERIFY2(found, action);
    found->trigger();
}

void showWindow(MainWindow &window)
{
    window.setAttribute(Qt::WA_DontShowOnScreen, true);
    window.resize(1280, 800);
    window.show();
    // Shortcuts only reach the focused widget of the active window.
    QApplication::setActiveWindow(&window);
    QCoreApplication::processEvents();
}

// A device dragged from the palette and dropped on the canvas at `scenePos`: the drag carries
// what the palette's list puts in it.
void dropFromPalette(MainWindow &window, int row, QPointF scenePos)
{
    QListWidget *list = window.palette()->list();
    std::unique_ptr<QMimeData> data(list->model()->mimeData({list->model()->index(row, 0)}));
    QWidget *viewport = window.view()->viewport();
    const QPoint at = window.view()->mapFromScene(scenePos);
    QDragEnterEvent enter(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QVERIFY(drop.isAccepted());
}

// What a double-click delivers on X11 and Wayland alike: the second press comes with a
// double-click event (QTest::mouseDClick leaves out that second press).
void doubleClick(QWidget *widget, QPoint at)
{
    const QPointF global = widget->mapToGlobal(at);
    for (QEvent::Type type :
         {QEvent::MouseButtonPress, QEvent::MouseButtonRelease, QEvent::MouseButtonPress,
          QEvent::MouseButtonDblClick, QEvent::MouseButtonRelease}) {
        const Qt::MouseButtons buttons =
            type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
        QMouseEvent event(type, at, global, Qt::LeftButton, buttons, Qt::NoModifier);
        QApplication::sendEvent(widget, &event);
    }
}

void clickNode(MainWindow &window, const std::string &node)
{
    const QPoint at = window.view()->mapFromScene(window.scene()->nodeItem(node)->pos());
    QTest::mouseClick(window.view()->viewport(), Qt::LeftButton, {}, at);
}

// Types at R1's console as an operator would.
void typeAtConsole(Router &router, const std::string &keys)
{
    ConsoleSession console(router);
    console.start();
    console.receive("\r");
    console.receive(keys);
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void openingALabShowsItInTheTitleAndOnTheCanvas()
    {
        MainWindow window(catalog());
        ScriptedPrompts prompts;
        prompts.install(window.prompts());
        QVERIFY(window.openLab(topology("three-routers")));
        QCOMPARE(window.windowTitle(), QString("routerlab — three-routers[*]"));
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.scene()->nodeItems().size(), std::size_t(4));
        QCOMPARE(window.centralTabs()->widget(0), static_cast<QWidget *>(window.view()));
        window.document()->moveNodes({{"R1", QPointF(100, 200), QPointF(120, 200)}});
        QVERIFY(window.isWindowModified());
    }

    void linkDotsFollowTheRoutersInterfaces()
    {
        MainWindow window(catalog());
        ScriptedPrompts prompts;
        prompts.install(window.prompts());
        QVERIFY(window.openLab(topology("three-routers")));
        QVERIFY(window.startLab());
        window.lab()->runFor(seconds(5));
        window.refreshLinkStates();
        QCOMPARE(endState(window, "R1", "FastEthernet0/0"), EndState::Up);
        QCOMPARE(endState(window, "SW1", "1"), EndState::Up);
        QCOMPARE(endState(window, "R2", "FastEthernet0/1"), EndState::Up);
        QCOMPARE(endState(window, "R3", "FastEthernet1/0"), EndState::Up);
        showWindow(window);
        window.grab().save(screenshotPath("three-routers-running.png"));

        typeAtConsole(*window.lab()->router("R1"),
                      "enable\rconfigure terminal\rinterface fa0/0\rshutdown\rend\r");
        window.lab()->runFor(seconds(2));
        window.refreshLinkStates();
        QCOMPARE(endState(window, "R1", "FastEthernet0/0"), EndState::AdminDown);
        QCOMPARE(endState(window, "SW1", "1"), EndState::Down);
        QCOMPARE(endState(window, "R2", "FastEthernet0/0"), EndState::Up);
        window.grab().save(screenshotPath("three-routers-r1-shut.png"));

        window.stopLab();
        QVERIFY(!window.lab());
        QCOMPARE(endState(window, "R2", "FastEthernet0/0"), EndState::None);
    }

    void aLabRunsWithItsUnsavedConfigEdits()
    {
        MainWindow window(catalog());
        ScriptedPrompts prompts;
        prompts.install(window.prompts());
        QVERIFY(window.openLab(topology("three-routers")));
        std::string config = window.document()->startupConfig("R1");
        config.replace(config.find("hostname R1"), 11, "hostname Edge");
        window.document()->setStartupConfig("R1", config);
        QVERIFY(window.startLab());
        QCOMPARE(window.lab()->router("R1")->hostname(), std::string("Edge"));
        // The shipped lab is untouched.
        QVERIFY(readText(topology("three-routers") + "/configs/R1.cfg").find("hostname R1") !=
                std::string::npos);
    }

    void drawingALabTakesTheUsersStepsAndUndoesEachOne()
    {
        MainWindow window(catalog());
        ScriptedPrompts prompts;
        prompts.install(window.prompts());
        showWindow(window);
        window.view()->centerOn(QPointF(300, 150));

        dropFromPalette(window, 0, QPointF(100, 250));
        dropFromPalette(window, 1, QPointF(300, 80));
        // A double-click on the palette adds at the middle of the view.
        QListWidget *list = window.palette()->list();
        doubleClick(list->viewport(), list->visualItemRect(list->item(0)).center());
        QCOMPARE(window.scene()->nodeItems().size(), std::size_t(3));
        QVERIFY(window.document()->node("R1"));
        QVERIFY(window.document()->node("R2"));
        QVERIFY(window.document()->node("SW1"));
        QCOMPARE(window.scene()->nodeItem("R1")->pos(), QPointF(100, 250));
        QVERIFY(
            QLineF(window.scene()->nodeItem("R2")->pos(), window.view()->visibleCentre()).length() <
            1);
        window.document()->moveNodes(
            {{"R2", window.scene()->nodeItem("R2")->pos(), QPointF(500, 250)}});

        trigger(window, "actionAddLink");
        QVERIFY(window.linkTool()->isActive());
        prompts.nextPort = "FastEthernet0/0";
        clickNode(window, "R1");
        QCOMPARE(window.linkTool()->firstEnd()->node, std::string("R1"));
        // Esc drops the first end; the tool stays on.
        QTest::keyClick(window.view()->viewport(), Qt::Key_Escape);
        QVERIFY(!window.linkTool()->firstEnd());
        QVERIFY(window.linkTool()->isActive());
        clickNode(window, "R1");
        prompts.nextPort = "3";
        clickNode(window, "SW1");
        prompts.nextPort = "FastEthernet0/0";
        clickNode(window, "R2");
        prompts.nextPort = "4";
        clickNode(window, "SW1");
        QVERIFY(window.scene()->linkItem("R1", "FastEthernet0/0"));
        QCOMPARE(window.scene()->linkItem("SW1", "4"),
                 window.scene()->linkItem("R2", "FastEthernet0/0"));
        QTest::keyClick(window.view()->viewport(), Qt::Key_Escape);
        QVERIFY(!window.linkTool()->isActive());
        QVERIFY(!window.findChild<QAction *>("actionAddLink")->isChecked());
        window.grab().save(screenshotPath("drawn-lab.png"));

        const LabSpec drawn = window.document()->spec();
        QUndoStack *undo = window.document()->undoStack();
        QCOMPARE(undo->count(), 6); // three nodes, a move, two links
        for (int step = 0; step < 6; ++step)
            trigger(window, "actionUndo");
        QVERIFY(window.scene()->nodeItems().empty());
        QVERIFY(window.scene()->linkItems().empty());
        QVERIFY(!window.isWindowModified());
        for (int step = 0; step < 6; ++step)
            trigger(window, "actionRedo");
        QCOMPARE(window.scene()->nodeItems().size(), std::size_t(3));
        QCOMPARE(window.scene()->linkItems().size(), std::size_t(2));
        QCOMPARE(window.scene()->nodeItem("R2")->pos(), QPointF(500, 250));

        QTemporaryDir folder;
        prompts.savePath = folder.filePath("drawn/lab.json");
        trigger(window, "actionSave");
        QVERIFY(!window.isWindowModified());
        QCOMPARE(window.windowTitle(), QString("routerlab — drawn[*]"));

        MainWindow reopened(catalog());
        QVERIFY(reopened.openLab(folder.filePath("drawn")));
        const LabSpec &loaded = reopened.document()->spec();
        QCOMPARE(loaded.nodes.size(), drawn.nodes.size());
        for (const LabNodeSpec &node : drawn.nodes) {
            const LabNodeSpec *copy = reopened.document()->node(node.name);
            QVERIFY(copy);
            QCOMPARE(copy->kind, node.kind);
            QCOMPARE(copy->slotAdapters, node.slotAdapters);
            QCOMPARE(QPointF(copy->x, copy->y), QPointF(node.x, node.y));
        }
        QCOMPARE(loaded.links.size(), drawn.links.size());
        for (const LabLinkSpec &link : drawn.links)
            QVERIFY(reopened.scene()->linkItem(link.a.node, link.a.port) ==
                    reopened.scene()->linkItem(link.b.node, link.b.port));
    }

    void deleteRenameAndConfigEditsGoThroughTheUndoStack()
    {
        MainWindow window(catalog());
        ScriptedPrompts prompts;
        prompts.install(window.prompts());
        showWindow(window);
        QVERIFY(window.openLab(topology("three-routers")));
        window.view()->setFocus();

        window.scene()->nodeItem("R3")->setSelected(true);
        QVERIFY(window.findChild<QAction *>("actionRename")->isEnabled());
        prompts.nextName = "Branch";
        QTest::keyClick(window.view()->viewport(), Qt::Key_F2);
        QVERIFY(window.document()->node("Branch"));
        QVERIFY(window.scene()->linkItem("Branch", "FastEthernet1/0"));

        window.scene()->clearSelection();
        window.scene()->nodeItem("Branch")->setSelected(true);
        QTest::keyClick(window.view()->viewport(), Qt::Key_Delete);
        QVERIFY(!window.document()->node("Branch"));
        QCOMPARE(window.scene()->linkItems().size(), std::size_t(2));

        QMenu menu;
        window.editor()->fillNodeMenu(menu, "R1");
        prompts.nextConfig = "hostname Edge\n";
        menu.findChild<QAction *>("editStartupConfig")->trigger();
        QCOMPARE(window.document()->startupConfig("R1"), std::string("hostname Edge\n"));

        QCOMPARE(window.document()->undoStack()->count(), 3);
        trigger(window, "actionUndo");
        QVERIFY(window.document()->startupConfig("R1").find("hostname R1") != std::string::npos);
        trigger(window, "actionUndo");
        QVERIFY(window.scene()->nodeItem("Branch"));
        trigger(window, "actionUndo");
        QVERIFY(window.scene()->nodeItem("R3"));
        QVERIFY(!window.isWindowModified());
    }

    void doubleClickEditsTheConfigUnlessTheRuntimeSaysOtherwise()
    {
        MainWindow window(catalog());
        ScriptedPrompts prompts;
        prompts.install(window.prompts());
        showWindow(window);
        QVERIFY(window.openLab(topology("three-routers")));
        const QPoint r2 = window.view()->mapFromScene(QPointF(350, 200));
        prompts.nextConfig = "hostname Core\n";
        doubleClick(window.view()->viewport(), r2);
        QCOMPARE(window.document()->startupConfig("R2"), std::string("hostname Core\n"));

        std::string opened;
        window.setNodeDoubleClickAction(this, [&](const std::string &node) { opened = node; });
        doubleClick(window.view()->viewport(), r2);
        QCOMPARE(opened, std::string("R2"));
        QCOMPARE(window.document()->undoStack()->count(), 1);
    }

    void aLinksMenuDeletesIt()
    {
        MainWindow window(catalog());
        ScriptedPrompts prompts;
        prompts.install(window.prompts());
        QVERIFY(window.openLab(topology("three-routers")));
        QMenu menu;
        window.editor()->fillLinkMenu(menu, *window.document()->linkAt("R2", "FastEthernet0/1"));
        menu.findChild<QAction *>("deleteLink")->trigger();
        QVERIFY(!window.scene()->linkItem("R3", "FastEthernet1/0"));
        QCOMPARE(window.document()->undoStack()->undoText(),
                 QString("Delete link R2 Fa0/1 – R3 Fa1/0"));
    }

    void closingWithUnsavedChangesAsksFirst()
    {
        MainWindow window(catalog());
        ScriptedPrompts prompts;
        prompts.install(window.prompts());
        showWindow(window);
        QVERIFY(window.openLab(topology("three-routers")));
        QVERIFY(window.close());
        QCOMPARE(prompts.saveQuestions, 0);

        window.show();
        window.document()->removeItems({"R1"}, {});
        prompts.saveChoice = SaveChoice::Cancel;
        QVERIFY(!window.close());
        QCOMPARE(prompts.saveQuestions, 1);
        QVERIFY(window.isVisible());
        // Opening another lab asks too, and Cancel keeps this one.
        QVERIFY(!window.openLab(topology("seed-hsrp")));
        QCOMPARE(window.document()->labName(), QString("three-routers"));

        QTemporaryDir folder;
        prompts.saveChoice = SaveChoice::Save;
        window.document()->saveAs(folder.path());
        window.document()->removeItems({"R2"}, {});
        QVERIFY(window.close());
        QCOMPARE(prompts.saveQuestions, 3);
        MainWindow reopened(catalog());
        QVERIFY(reopened.openLab(folder.path()));
        QVERIFY(!reopened.document()->node("R2"));

        window.show();
        window.document()->removeItems({"R3"}, {});
        prompts.saveChoice = SaveChoice::Discard;
        QVERIFY(window.close());
    }

    void exportsThePictureAsPngAndSvg()
    {
        MainWindow window(catalog());
        ScriptedPrompts prompts;
        prompts.install(window.prompts());
        QVERIFY(window.openLab(topology("seed-hsrp")));
        QTemporaryDir folder;
        QVERIFY(window.exportPng(folder.filePath("lab.png")));
        QVERIFY(window.exportSvg(folder.filePath("lab.svg")));
        const QImage png(folder.filePath("lab.png"));
        QVERIFY(png.width() > 600 && png.height() > 600);
        QCOMPARE(png.pixelColor(2, 2), QColor(Qt::white));
        const std::string svg = readText(folder.filePath("lab.svg"));
        QVERIFY(svg.find("<svg") != std::string::npos);
        QVERIFY(svg.size() > 10000);
        QVERIFY(!window.exportPng(folder.filePath("missing/folder/lab.png")));
        QCOMPARE(prompts.errors.size(), 1);
        QFile::copy(folder.filePath("lab.png"), screenshotPath("seed-hsrp-export.png"));
    }

    void aBadLabFileIsReportedAndTheEditorStaysUp()
    {
        QTemporaryDir folder;
        writeText(folder.filePath("lab.json"),
                  "{\n  \"nodes\": [\n    { \"name\": \"R1\", \"type\": \"router\", \"image\": "
                  "\"15.0\" }\n  ]\n}\n");
        MainWindow window(catalog());
        ScriptedPrompts prompts;
        prompts.install(window.prompts());
        QVERIFY(window.openLab(topology("three-routers")));
        QVERIFY(window.startLab());
        QVERIFY(!window.openLab(folder.path()));
        QCOMPARE(prompts.errors.size(), 1);
        QVERIFY(window.lab());
        const QString message = prompts.errors.front();
        QVERIFY2(message.contains(folder.filePath("lab.json")), qPrintable(message));
        QVERIFY2(message.contains("Line: 3"), qPrintable(message));
        QVERIFY2(message.contains("Field: nodes[0].image"), qPrintable(message));
        QVERIFY2(message.endsWith("\nunknown image \"15.0\" (see images/)"), qPrintable(message));
        QCOMPARE(window.document()->labName(), QString("three-routers"));
        QVERIFY(!window.openLab(folder.filePath("no-such-lab")));
        QCOMPARE(prompts.errors.size(), 2);
        // Another lab replaces the running one.
        QVERIFY(window.openLab(topology("seed-hsrp")));
        QVERIFY(!window.lab());
    }
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
