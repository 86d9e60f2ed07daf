// HSRP on the canvas, watched through a failover drill of the seed-hsrp lab in virtual time:
// 7204VXR-1 and 7204VXR-2 share VIP 172.16.172.53 on FastEthernet0/0. The badges must show
// each router's role and the VIP tag must sit beside whichever router is Active, phase by
// phase — and a screenshot of each phase lands in gui-screenshots/ for a human to look at.
#include <QtTest>

#include "canvas/hsrp_badge_item.h"
#include "canvas/hsrp_overlay.h"
#include "canvas/vip_marker_item.h"
#include "gui/running_lab.h"
#include "runtime/emulator_bridge.h"

#include <QDir>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QPainter>

using namespace routerlab;
using namespace routerlab::gui;
using routerlab::testing::RunningLab;

namespace {

const QString kVip = "172.16.172.53";
const QString kFa00 = "FastEthernet0/0";

// The lab on a scene with plain stand-ins for node items (an icon-sized box with the name
// under it, as NodeItem draws them) at the lab file's x/y, links as lines.
struct HsrpCanvas {
    explicit HsrpCanvas(bool animated = false)
        : running("seed-hsrp"), bridge(running.lab),
          overlay(scene, [this](const QString &node) { return anchor(node); })
    {
        overlay.setAnimationsEnabled(animated);
        overlay.connectBridge(bridge);
        const LabSpec &spec = running.lab.spec();
        for (const LabLinkSpec &link : spec.links) {
            auto *line = scene.addLine(QLineF(anchor(QString::fromStdString(link.a.node)),
                                              anchor(QString::fromStdString(link.b.node))),
                                       QPen(QColor(0x60, 0x60, 0x60), 2));
            line->setZValue(-1);
        }
        for (const LabNodeSpec &node : spec.nodes) {
            const QPointF centre(node.x, node.y);
            const bool router = node.kind == LabNodeSpec::Kind::Router;
            scene.addRect(QRectF(centre - QPointF(30, 21), QSizeF(60, 42)), QPen(Qt::darkGray),
                          router ? QColor(0x4a, 0x7b, 0xb7) : QColor(0x5a, 0x9e, 0x8f));
            auto *name = scene.addSimpleText(QString::fromStdString(node.name));
            QFont font = name->font();
            font.setBold(true);
            name->setFont(font);
            name->setPos(centre + QPointF(-name->boundingRect().width() / 2, 24));
        }
        running.start();
    }

    QPointF anchor(const QString &node) const
    {
        const LabNodeSpec *spec = running.lab.spec().node(node.toStdString());
        return spec ? QPointF(spec->x, spec->y) : QPointF();
    }
    QPointF vipBeside(const QString &node) const
    {
        return anchor(node) + QPointF(HsrpOverlay::kVipOffsetX, HsrpOverlay::kVipOffsetY);
    }
    QString role(const QString &node) const { return overlay.roleOf(node, kFa00, 1); }

    void saveScreenshot(const QString &name)
    {
        QDir().mkpath(ROUTERLAB_BINARY_DIR "/gui-screenshots");
        const QRectF area = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20);
        QImage image(area.size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), area.size()), area);
        painter.end();
        QVERIFY(image.save(ROUTERLAB_BINARY_DIR "/gui-screenshots/" + name + ".png"));
    }

    RunningLab running;
    EmulatorBridge bridge;
    QGraphicsScene scene;
    HsrpOverlay overlay;
};

} // namespace

class HsrpBadgesTest : public QObject {
    Q_OBJECT
private slots:
    void failoverDrillMovesTheBadgesAndTheVip()
    {
        HsrpCanvas canvas;
        // SW-OUTSIDE runs spanning tree: for 30 s its ports do not forward, the two routers
        // cannot hear each other and both go Active.
        canvas.running.lab.runFor(seconds(25));
        QCOMPARE(canvas.role("7204VXR-1"), QString("Active"));
        QCOMPARE(canvas.role("7204VXR-2"), QString("Active"));
        QVERIFY(canvas.overlay.vipMarker(kVip)->isConflict());
        canvas.saveScreenshot("hsrp-0-split-brain-before-spanning-tree");

        canvas.running.lab.runFor(seconds(35));
        QVERIFY(!canvas.overlay.vipMarker(kVip)->isConflict());
        QCOMPARE(canvas.role("7204VXR-1"), QString("Active"));
        QCOMPARE(canvas.role("7204VXR-2"), QString("Standby"));
        QCOMPARE(canvas.overlay.vipOwner(kVip), QString("7204VXR-1"));
        QCOMPARE(canvas.overlay.vipMarkerTarget(kVip), canvas.vipBeside("7204VXR-1"));
        QCOMPARE(canvas.overlay.vipMarker(kVip)->pos(), canvas.vipBeside("7204VXR-1"));
        QCOMPARE(canvas.overlay.badge("7204VXR-1", kFa00, 1)->text(), QString("Fa0/0 G1 Active"));
        canvas.saveScreenshot("hsrp-1-steady-7204VXR-1-active");

        // The Active router loses its LAN interface: its group drops to Init at once, the
        // Standby only notices when the hold time (10 s) runs out.
        canvas.running.configure("7204VXR-1", {"interface FastEthernet0/0", "shutdown"});
        canvas.running.lab.runFor(seconds(5));
        QCOMPARE(canvas.role("7204VXR-1"), QString("Init"));
        QCOMPARE(canvas.role("7204VXR-2"), QString("Standby"));
        QCOMPARE(canvas.overlay.vipOwner(kVip), QString());
        QVERIFY(!canvas.overlay.vipMarker(kVip)->isServed());
        canvas.saveScreenshot("hsrp-2-active-shut-nobody-active");

        canvas.running.lab.runFor(seconds(10));
        QCOMPARE(canvas.role("7204VXR-1"), QString("Init"));
        QCOMPARE(canvas.role("7204VXR-2"), QString("Active"));
        QCOMPARE(canvas.overlay.vipOwner(kVip), QString("7204VXR-2"));
        QCOMPARE(canvas.overlay.vipMarkerTarget(kVip), canvas.vipBeside("7204VXR-2"));
        QVERIFY(canvas.overlay.vipMarker(kVip)->isServed());
        canvas.saveScreenshot("hsrp-3-failover-7204VXR-2-active");

        // Back up: priority 200 with preempt takes Active back.
        canvas.running.configure("7204VXR-1", {"interface FastEthernet0/0", "no shutdown"});
        canvas.running.lab.runFor(seconds(60));
        QCOMPARE(canvas.role("7204VXR-1"), QString("Active"));
        QCOMPARE(canvas.role("7204VXR-2"), QString("Standby"));
        QCOMPARE(canvas.overlay.vipMarkerTarget(kVip), canvas.vipBeside("7204VXR-1"));
        canvas.saveScreenshot("hsrp-4-preempt-7204VXR-1-active-again");
    }

    void animationsNeverHoldBackTheFinalState()
    {
        HsrpCanvas canvas(true);
        canvas.running.lab.runFor(seconds(60));
        canvas.running.configure("7204VXR-1", {"interface FastEthernet0/0", "shutdown"});
        canvas.running.lab.runFor(seconds(15));
        // Decided at once, drawn over the next second.
        QCOMPARE(canvas.role("7204VXR-2"), QString("Active"));
        QCOMPARE(canvas.overlay.vipMarkerTarget(kVip), canvas.vipBeside("7204VXR-2"));
        VipMarkerItem *marker = canvas.overlay.vipMarker(kVip);
        QVERIFY(marker->isMoving());
        QVERIFY(canvas.overlay.badge("7204VXR-2", kFa00, 1)->isPulsing());
        QTRY_COMPARE_WITH_TIMEOUT(marker->pos(), canvas.vipBeside("7204VXR-2"), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!canvas.overlay.badge("7204VXR-2", kFa00, 1)->isPulsing(), 3000);
        QCOMPARE(canvas.overlay.badge("7204VXR-2", kFa00, 1)->scale(), 1.0);
    }

    void badgesStackPerGroupAndFollowMovedNodes()
    {
        QGraphicsScene scene;
        QPointF r1(100, 100);
        HsrpOverlay overlay(scene, [&r1](const QString &) { return r1; });
        overlay.setAnimationsEnabled(false);
        overlay.updateGroup("R1", "FastEthernet0/0", 1, "Init", "Listen", "10.0.0.1", 0);
        overlay.updateGroup("R1", "Fa0/0", 2, "Init", "Speak", "", 0);
        HsrpBadgeItem *first = overlay.badge("R1", "Fa0/0", 1);
        HsrpBadgeItem *second = overlay.badge("R1", "FastEthernet0/0", 2);
        QVERIFY(first && second);
        QCOMPARE(first->pos(), r1 + QPointF(0, HsrpOverlay::kBadgeOffsetY));
        QVERIFY(second->pos().y() > first->pos().y() + first->badgeRect().height());
        QCOMPARE(overlay.roleOf("R1", "Fa0/0", 2), QString("Speak"));
        QCOMPARE(overlay.roleOf("R1", "Fa0/0", 3), QString());

        overlay.updateGroup("R1", "Fa0/0", 1, "Listen", "Active", "", 0); // VIP remembered
        QCOMPARE(overlay.vipOwner("10.0.0.1"), QString("R1"));
        r1 = QPointF(300, 50);
        overlay.relayout();
        QCOMPARE(first->pos(), r1 + QPointF(0, HsrpOverlay::kBadgeOffsetY));
        QCOMPARE(overlay.vipMarker("10.0.0.1")->pos(),
                 r1 + QPointF(HsrpOverlay::kVipOffsetX, HsrpOverlay::kVipOffsetY));

        overlay.clear();
        QVERIFY(scene.items().isEmpty());
    }

    void aClearedSceneGetsItsBadgesBackWithTheNextChange()
    {
        QGraphicsScene scene;
        HsrpOverlay overlay(scene, [](const QString &) { return QPointF(0, 0); });
        overlay.updateGroup("R1", "Fa0/0", 1, "Standby", "Active", "10.0.0.1", 0);
        scene.clear();
        QCOMPARE(overlay.roleOf("R1", "Fa0/0", 1), QString("Active"));
        QVERIFY(!overlay.badge("R1", "Fa0/0", 1));
        overlay.relayout();
        overlay.updateGroup("R1", "Fa0/0", 1, "Active", "Speak", "", 0);
        QVERIFY(overlay.badge("R1", "Fa0/0", 1));
        QCOMPARE(overlay.badge("R1", "Fa0/0", 1)->role(), QString("Speak"));
    }

    void eachRoleHasItsOwnColour()
    {
        const QStringList roles{"Init", "Listen", "Speak", "Standby", "Active"};
        QSet<QRgb> colours;
        for (const QString &role : roles)
            colours.insert(HsrpBadgeItem::roleColor(role).rgb());
        QCOMPARE(colours.size(), roles.size());
        QCOMPARE(HsrpBadgeItem::roleColor("Learn"), HsrpBadgeItem::roleColor("Init"));
    }
};

QTEST_MAIN(HsrpBadgesTest)
#include "hsrp_badges_test.moc"
