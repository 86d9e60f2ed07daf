#include "canvas/packet_flow_animator.h"

#include "runtime/emulator_bridge.h"

#include <QBrush>
#include <QGraphicsEllipseItem>
#include <QGraphicsObject>
#include <QGraphicsScene>
#include <QPen>

namespace routerlab::gui {
namespace {

constexpr qint64 kRateWindowMs = 1000;
constexpr int kFrameIntervalMs = 16; // about 60 frames a second
constexpr qreal kDotZ = 8;

// Holds the dots, draws nothing itself.
class DotLayer final : public QGraphicsObject {
public:
    DotLayer() { setFlag(ItemHasNoContents); }
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override {}
};

} // namespace

PacketFlowAnimator::PacketFlowAnimator(QGraphicsScene &scene, PathLookup pathOf, QObject *parent)
    : QObject(parent), m_scene(&scene), m_pathOf(std::move(pathOf))
{
    m_wall.start();
    m_frameTimer.setInterval(kFrameIntervalMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &PacketFlowAnimator::step);
}

PacketFlowAnimator::~PacketFlowAnimator() { removeAll(); }

void PacketFlowAnimator::connectBridge(const EmulatorBridge &bridge)
{
    connect(&bridge, &EmulatorBridge::frameTransmitted, this, &PacketFlowAnimator::showFrame);
}

void PacketFlowAnimator::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        removeAll();
}

std::vector<QGraphicsEllipseItem *> PacketFlowAnimator::dots() const
{
    std::vector<QGraphicsEllipseItem *> items;
    if (!m_layer)
        return items;
    for (const Dot &dot : m_dots)
        items.push_back(dot.item);
    return items;
}

bool PacketFlowAnimator::admit(const QString &link, qint64 nowMs)
{
    std::deque<qint64> &starts = m_recentStarts[link];
    while (!starts.empty() && nowMs - starts.front() >= kRateWindowMs)
        starts.pop_front();
    if (static_cast<int>(starts.size()) >= m_maxDotsPerLinkPerSecond)
        return false;
    starts.push_back(nowMs);
    return true;
}

void PacketFlowAnimator::showFrame(const QString &link, const QString &node, const QString &,
                                   FrameKind kind, qint64)
{
    if (!m_enabled || !m_scene)
        return;
    const auto path = m_pathOf(link, node);
    if (!path)
        return;
    const qint64 nowMs = m_wall.elapsed();
    if (!admit(link, nowMs)) {
        ++m_skipped;
        return;
    }
    const QColor colour = frameKindColor(kind);
    auto *item = new QGraphicsEllipseItem(-kDotRadius, -kDotRadius, 2 * kDotRadius, 2 * kDotRadius);
    item->setBrush(colour);
    // A white rim keeps a dot visible over a link line or an icon of its own colour.
    item->setPen(QPen(Qt::white, 1.5));
    item->setPos(path->p1());
    item->setToolTip(frameKindName(kind));
    item->setParentItem(layer());
    m_dots.push_back({item, *path, nowMs});
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
}

QGraphicsObject *PacketFlowAnimator::layer()
{
    if (!m_layer) {
        m_dots.clear(); // gone with the old layer, if there was one
        m_layer = new DotLayer;
        m_layer->setZValue(kDotZ);
        m_scene->addItem(m_layer);
    }
    return m_layer;
}

void PacketFlowAnimator::step()
{
    if (!m_layer) {
        m_dots.clear();
        m_frameTimer.stop();
        return;
    }
    const qint64 nowMs = m_wall.elapsed();
    const auto travelMs = static_cast<qreal>(std::max<qint64>(m_travelTime.count(), 1));
    while (!m_dots.empty() && nowMs - m_dots.front().startedMs >= m_travelTime.count()) {
        delete m_dots.front().item;
        m_dots.pop_front();
    }
    for (Dot &dot : m_dots)
        dot.item->setPos(dot.path.pointAt(static_cast<qreal>(nowMs - dot.startedMs) / travelMs));
    if (m_dots.empty())
        removeAll(); // nothing moves: no timer, no empty layer left in the scene
}

void PacketFlowAnimator::removeAll()
{
    delete m_layer.data(); // and every dot with it
    m_dots.clear();
    m_frameTimer.stop();
}

} // namespace routerlab::gui
