// Frames drawn as dots crossing their links: coloured by protocol, starting at the sender,
// gone once across, and never more than the per-link rate so a busy link stays readable.
#include <QtTest>

#include "canvas/packet_flow_animator.h"
#include "gui/running_lab.h"
#include "runtime/emulator_bridge.h"

#include <QDir>
#include <QGraphicsEllipseItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>

using namespace routerlab;
using namespace routerlab::gui;
using routerlab::testing::RunningLab;

namespace {

// Two links on a line: L1 from A (0,0) to B (100,0), L2 from B to C (200,0).
std::optional<QLineF> straightPath(const QString &link, const QString &fromNode)
{
    if (link == "L1")
        return fromNode == "A" ? QLineF(0, 0, 100, 0) : QLineF(100, 0, 0, 0);
    if (link == "L2")
        return fromNode == "B" ? QLineF(100, 0, 200, 0) : QLineF(200, 0, 100, 0);
    return std::nullopt;
}

} // namespace

class PacketFlowAnimatorTest : public QObject {
    Q_OBJECT
private slots:
    void dotsStartAtTheSenderInTheirProtocolsColour()
    {
        QGraphicsScene scene;
        PacketFlowAnimator animator(scene, straightPath);
        animator.showFrame("L1", "A", "Fa0/0", FrameKind::Icmp, 0);
        animator.showFrame("L1", "B", "1", FrameKind::Hsrp, 0);
        QCOMPARE(animator.dotsInFlight(), 2);
        const auto dots = animator.dots();
        QCOMPARE(dots[0]->brush().color(), frameKindColor(FrameKind::Icmp));
        QCOMPARE(dots[0]->pos(), QPointF(0, 0));
        QCOMPARE(dots[1]->brush().color(), frameKindColor(FrameKind::Hsrp));
        QCOMPARE(dots[1]->pos(), QPointF(100, 0));
    }

    void aBusyLinkIsRateLimitedOnItsOwn()
    {
        QGraphicsScene scene;
        PacketFlowAnimator animator(scene, straightPath);
        animator.setMaxDotsPerLinkPerSecond(3);
        for (int frame = 0; frame < 10; ++frame)
            animator.showFrame("L1", "A", "Fa0/0", FrameKind::Icmp, frame);
        QCOMPARE(animator.dotsInFlight(), 3);
        QCOMPARE(animator.framesSkipped(), quint64(7));
        animator.showFrame("L2", "B", "Fa0/1", FrameKind::Arp, 0);
        QCOMPARE(animator.dotsInFlight(), 4);
    }

    void framesOffTheCanvasAreIgnored()
    {
        QGraphicsScene scene;
        PacketFlowAnimator animator(scene, straightPath);
        animator.showFrame("elsewhere", "X", "1", FrameKind::Stp, 0);
        QCOMPARE(animator.dotsInFlight(), 0);
        QCOMPARE(animator.framesSkipped(), quint64(0));
        QVERIFY(scene.items().isEmpty());
    }

    void dotsCrossAndVanish()
    {
        QGraphicsScene scene;
        PacketFlowAnimator animator(scene, straightPath);
        animator.setTravelTime(std::chrono::milliseconds(150));
        animator.showFrame("L1", "A", "Fa0/0", FrameKind::Arp, 0);
        QGraphicsEllipseItem *dot = animator.dots().front();
        QTRY_VERIFY_WITH_TIMEOUT(dot->pos().x() > 0, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(animator.dotsInFlight(), 0, 2000);
        QVERIFY(scene.items().isEmpty());
    }

    void turningItOffClearsTheDots()
    {
        QGraphicsScene scene;
        PacketFlowAnimator animator(scene, straightPath);
        animator.showFrame("L1", "A", "Fa0/0", FrameKind::Arp, 0);
        animator.setEnabled(false);
        QCOMPARE(animator.dotsInFlight(), 0);
        QVERIFY(scene.items().isEmpty());
        animator.showFrame("L1", "A", "Fa0/0", FrameKind::Arp, 0);
        QCOMPARE(animator.dotsInFlight(), 0);
    }

    void aClearedSceneTakesTheDotsWithoutHarm()
    {
        QGraphicsScene scene;
        PacketFlowAnimator animator(scene, straightPath);
        animator.showFrame("L1", "A", "Fa0/0", FrameKind::Arp, 0);
        scene.clear(); // a new document loaded into the same scene
        QCOMPARE(animator.dotsInFlight(), 0);
        QTest::qWait(50); // the frame timer ticks over the deleted dots' memory
        animator.showFrame("L2", "B", "Fa0/1", FrameKind::Icmp, 0);
        QCOMPARE(animator.dotsInFlight(), 1);
    }

    void aPingInTheLabSendsIcmpDotsAcrossItsLinks()
    {
        RunningLab running("three-routers");
        running.start();
        running.lab.runFor(seconds(5));
        const LabSpec &spec = running.lab.spec();
        const auto centre = [&spec](const std::string &node) {
            const LabNodeSpec *found = spec.node(node);
            return QPointF(found->x, found->y);
        };
        // Segment names are "A:port <-> B:port"; dots run between the icons' edges, as a
        // NodeItem::edgePointTowards lookup gives them.
        const auto path = [&centre](const QString &link, const QString &from) -> std::optional<QLineF> {
            const QStringList ends = link.split(" <-> ");
            if (ends.size() != 2)
                return std::nullopt;
            const std::string a = ends[0].section(':', 0, 0).toStdString();
            const std::string b = ends[1].section(':', 0, 0).toStdString();
            QLineF line = from.toStdString() == a ? QLineF(centre(a), centre(b)) : QLineF(centre(b), centre(a));
            const qreal length = line.length();
            return QLineF(line.pointAt(36 / length), line.pointAt(1 - 36 / length));
        };
        QGraphicsScene scene;
        for (const LabLinkSpec &link : spec.links)
            scene.addLine(QLineF(centre(link.a.node), centre(link.b.node)), QPen(Qt::gray, 2))->setZValue(-1);
        for (const LabNodeSpec &node : spec.nodes) {
            scene.addRect(QRectF(centre(node.name) - QPointF(30, 21), QSizeF(60, 42)), QPen(Qt::darkGray),
                          QColor(0x4a, 0x7b, 0xb7));
            scene.addSimpleText(QString::fromStdString(node.name))->setPos(centre(node.name) + QPointF(-12, 24));
        }
        EmulatorBridge bridge(running.lab);
        PacketFlowAnimator animator(scene, path);
        animator.setTravelTime(std::chrono::seconds(5)); // long enough to photograph
        animator.connectBridge(bridge);
        running.type("R1", "ping 3.3.3.3\r");
        running.lab.runFor(seconds(2));
        running.type("R2", "ping 10.23.0.3\r");
        running.lab.runFor(seconds(2));
        QVERIFY(animator.dotsInFlight() > 0);
        bool icmp = false;
        for (QGraphicsEllipseItem *dot : animator.dots())
            icmp |= dot->brush().color() == frameKindColor(FrameKind::Icmp);
        QVERIFY(icmp);

        QTest::qWait(1500); // let the dots get under way
        QDir().mkpath(ROUTERLAB_BINARY_DIR "/gui-screenshots");
        const QRectF area = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20);
        QImage image(area.size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), area.size()), area);
        painter.end();
        QVERIFY(image.save(ROUTERLAB_BINARY_DIR "/gui-screenshots/packet-flow-ping.png"));
    }
};

QTEST_MAIN(PacketFlowAnimatorTest)
#include "packet_flow_animator_test.moc"
