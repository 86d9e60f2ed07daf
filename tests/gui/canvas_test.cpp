// The canvas of a lab: one item per node and link, port labels in IOS's short form, links that
// follow their nodes, dragging as one undoable move, zoom and fit.
#include <QtTest>

#include "canvas/lab_scene.h"
#include "canvas/lab_view.h"
#include "canvas/link_item.h"
#include "canvas/node_item.h"
#include "editor/lab_document.h"
#include "editor_test_support.h"

using namespace routerlab;
using namespace routerlab::gui;
using namespace routerlab::gui::test;

class CanvasTest : public QObject {
    Q_OBJECT
private slots:
    void everyNodeAndLinkHasAnItemWithItsLabels()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        LabScene scene(document);
        QCOMPARE(scene.nodeItems().size(), std::size_t(4));
        QCOMPARE(scene.linkItems().size(), std::size_t(4));
        NodeItem *r1 = scene.nodeItem("R1");
        QVERIFY(r1);
        QCOMPARE(r1->pos(), QPointF(100, 200));
        QCOMPARE(r1->kind(), LabNodeSpec::Kind::Router);
        QCOMPARE(scene.nodeItem("SW1")->kind(), LabNodeSpec::Kind::Switch);

        LinkItem *cross = scene.linkItem("R3", "FastEthernet1/0");
        QVERIFY(cross);
        QCOMPARE(cross, scene.linkItem("R2", "FastEthernet0/1"));
        QCOMPARE(cross->label(0), QString("Fa0/1"));
        QCOMPARE(cross->label(1), QString("Fa1/0"));
        QCOMPARE(cross->endAt("R3", "FastEthernet1/0"), 1);
        LinkItem *uplink = scene.linkItem("SW1", "1");
        QCOMPARE(uplink->label(0), QString("Fa0/0"));
        QCOMPARE(uplink->label(1), QString("1"));
        QVERIFY(!scene.linkItem("R3", "ATM3/0"));
        // Nothing runs yet: no dots.
        QCOMPARE(uplink->endState(0), LinkItem::EndState::None);
    }

    void labelsAndDotsSitBetweenTheIconsWithoutOverlapping()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        LabScene scene(document);
        for (LinkItem *link : scene.linkItems()) {
            for (int end = 0; end < 2; ++end) {
                const QRectF icon = link->node(end)->sceneBoundingRect();
                QVERIFY2(!icon.contains(link->labelCentre(end)), qPrintable(link->label(end)));
                QVERIFY(!icon.contains(link->dotCentre(end)));
            }
            // The label of one end is nearer its own node than the other end's label.
            const QPointF a = link->node(0)->pos();
            QVERIFY(QLineF(a, link->labelCentre(0)).length() <
                    QLineF(a, link->labelCentre(1)).length());
        }
    }

    void linksFollowTheirNodesThroughUndo()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        LabScene scene(document);
        LinkItem *link = scene.linkItem("R1", "FastEthernet0/0");
        const QPointF before = link->endPoint(0);
        document.moveNodes({{"R1", QPointF(100, 200), QPointF(100, 400)}});
        QCOMPARE(scene.nodeItem("R1")->pos(), QPointF(100, 400));
        QVERIFY(link->endPoint(0).y() > before.y() + 150);
        document.undoStack()->undo();
        QCOMPARE(link->endPoint(0), before);
    }

    void theSceneFollowsAddsRemovesAndRenames()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        LabScene scene(document);
        document.removeItems({"SW1"}, {});
        QVERIFY(!scene.nodeItem("SW1"));
        QCOMPARE(scene.linkItems().size(), std::size_t(1));
        document.undoStack()->undo();
        QVERIFY(scene.nodeItem("SW1"));
        QCOMPARE(scene.linkItems().size(), std::size_t(4));
        QVERIFY(document.renameNode("SW1", "Core"));
        QCOMPARE(scene.nodeItem("Core")->name(), std::string("Core"));
        QVERIFY(scene.linkItem("Core", "2"));
        document.newLab();
        QVERIFY(scene.nodeItems().empty());
        QVERIFY(scene.linkItems().empty());
    }

    void dotsShowTheStateTheyAreGiven()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        LabScene scene(document);
        LinkItem *link = scene.linkItem("R1", "FastEthernet0/0");
        link->setEndState(0, LinkItem::EndState::AdminDown);
        link->setEndState(1, LinkItem::EndState::Down);
        QCOMPARE(link->endState(0), LinkItem::EndState::AdminDown);
        QCOMPARE(link->endState(1), LinkItem::EndState::Down);
    }

    void draggingANodeIsOneUndoableMove()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        LabScene scene(document);
        LabView view(&scene);
        view.resize(900, 600);
        view.show();
        QCoreApplication::processEvents();
        view.centerOn(QPointF(350, 200));
        const QPoint from = view.mapFromScene(QPointF(100, 200));
        const QPoint to = from + QPoint(60, 40);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view.viewport(), from + QPoint(30, 20));
        QTest::mouseMove(view.viewport(), to);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(document.undoStack()->count(), 1);
        const QPointF moved(document.node("R1")->x, document.node("R1")->y);
        QCOMPARE(moved, view.mapToScene(to) - view.mapToScene(from) + QPointF(100, 200));
        QCOMPARE(scene.nodeItem("R1")->pos(), moved);
        document.undoStack()->undo();
        QCOMPARE(scene.nodeItem("R1")->pos(), QPointF(100, 200));
    }

    void wheelZoomsAroundThePointerAndFitShowsEverything()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        LabScene scene(document);
        LabView view(&scene);
        view.resize(900, 600);
        view.show();
        QCoreApplication::processEvents();
        view.fitToView();
        QVERIFY(view.zoom() <= 1.5);
        const QRect visible = view.viewport()->rect();
        for (NodeItem *node : scene.nodeItems())
            QVERIFY(visible.contains(view.mapFromScene(node->pos())));

        const QPoint pointer = view.mapFromScene(scene.nodeItem("R3")->pos());
        const QPointF underPointer = view.mapToScene(pointer);
        const double zoom = view.zoom();
        QWheelEvent wheel(pointer, view.viewport()->mapToGlobal(pointer), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(view.zoom() > zoom);
        QVERIFY(QLineF(view.mapToScene(pointer), underPointer).length() < 2);
        view.zoomOut();
        QVERIFY(qAbs(view.zoom() - zoom) < 1e-9);
    }

    void theMiddleButtonAndSpaceDragPanTheCanvas()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        LabScene scene(document);
        LabView view(&scene);
        view.resize(500, 400);
        view.show();
        QCoreApplication::processEvents();
        view.centerOn(QPointF(350, 200));
        const QPointF centre = view.visibleCentre();
        // Press on a node: the middle button pans all the same and moves nothing.
        const QPoint start = view.mapFromScene(QPointF(350, 200));
        QTest::mousePress(view.viewport(), Qt::MiddleButton, {}, start);
        QTest::mouseMove(view.viewport(), start + QPoint(-80, -40));
        QTest::mouseRelease(view.viewport(), Qt::MiddleButton, {}, start + QPoint(-80, -40));
        QVERIFY(QLineF(view.visibleCentre(), centre + QPointF(80, 40)).length() < 1.5);
        QCOMPARE(scene.nodeItem("R2")->pos(), QPointF(350, 200));

        const QPointF panned = view.visibleCentre();
        QTest::keyPress(view.viewport(), Qt::Key_Space);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(view.viewport(), start + QPoint(40, 0));
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, start + QPoint(40, 0));
        QTest::keyRelease(view.viewport(), Qt::Key_Space);
        QVERIFY(QLineF(view.visibleCentre(), panned - QPointF(40, 0)).length() < 1.5);
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(view.isInteractive());
    }

    void rightClickAndDoubleClickNameTheNode()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        LabScene scene(document);
        LabView view(&scene);
        view.resize(900, 600);
        view.show();
        QCoreApplication::processEvents();
        view.centerOn(QPointF(350, 200));
        std::string menuFor;
        std::string doubleClicked;
        QObject::connect(&scene, &LabScene::nodeContextMenuRequested,
                         [&](const std::string &name, const QPoint &) { menuFor = name; });
        QObject::connect(&scene, &LabScene::nodeDoubleClicked,
                         [&](const std::string &name) { doubleClicked = name; });
        const QPoint r3 = view.mapFromScene(QPointF(600, 200));
        QContextMenuEvent menu(QContextMenuEvent::Mouse, r3, view.viewport()->mapToGlobal(r3));
        QApplication::sendEvent(view.viewport(), &menu);
        QCOMPARE(menuFor, std::string("R3"));
        QCOMPARE(scene.selectedNodeNames(), std::vector<std::string>{"R3"});
        // The name under the icon counts as the node too.
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {},
                           view.mapFromScene(QPointF(100, 232)));
        QCOMPARE(doubleClicked, std::string("R1"));
    }
};

QTEST_MAIN(CanvasTest)
#include "canvas_test.moc"
