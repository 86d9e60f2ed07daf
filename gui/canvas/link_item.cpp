#include "canvas/link_item.h"

#include "canvas/node_item.h"
#include "editor/node_ports.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace routerlab::gui {
namespace {

constexpr double dotRadius = 4.5;
// Along the line from the icon's edge: the dot just clear of the icon, then the label.
constexpr double dotOffset = dotRadius + 3;
constexpr double labelGap = 2 * dotRadius + 8;

QFont portFont()
{
    QFont font;
    font.setPointSizeF(8.5);
    return font;
}

QColor dotColour(LinkItem::EndState state)
{
    switch (state) {
    case LinkItem::EndState::Up:
        return QColor(0x2e, 0xb8, 0x4b);
    case LinkItem::EndState::Down:
        return QColor(0xd9, 0x2b, 0x2b);
    default:
        return QColor(0x9a, 0x9a, 0x9a);
    }
}

} // namespace

LinkItem::LinkItem(LabLinkSpec link, NodeItem *a, NodeItem *b)
    : m_link(std::move(link)), m_nodes{a, b}
{
    m_labels = {QString::fromStdString(portLabel(m_link.a.port)),
                QString::fromStdString(portLabel(m_link.b.port))};
    setFlags(ItemIsSelectable);
    setZValue(-1);
    setToolTip(
        QStringLiteral("%1 %2 — %3 %4")
            .arg(QString::fromStdString(m_link.a.node), QString::fromStdString(m_link.a.port),
                 QString::fromStdString(m_link.b.node), QString::fromStdString(m_link.b.port)));
    for (NodeItem *node : m_nodes)
        node->addLink(this);
    adjust();
}

LinkItem::~LinkItem()
{
    for (NodeItem *node : m_nodes)
        node->removeLink(this);
}

int LinkItem::endAt(const std::string &node, const std::string &port) const
{
    if (m_link.a.node == node && m_link.a.port == port)
        return 0;
    if (m_link.b.node == node && m_link.b.port == port)
        return 1;
    return -1;
}

void LinkItem::renameNode(const std::string &oldName, const std::string &newName)
{
    for (LabLinkEnd *end : {&m_link.a, &m_link.b}) {
        if (end->node == oldName)
            end->node = newName;
    }
}

void LinkItem::setEndState(int end, EndState state)
{
    if (m_states.at(end) == state)
        return;
    m_states[end] = state;
    update();
}

void LinkItem::adjust()
{
    prepareGeometryChange();
    m_centres = {m_nodes[0]->scenePos(), m_nodes[1]->scenePos()};
    m_edges = {m_nodes[0]->edgePointTowards(m_centres[1]),
               m_nodes[1]->edgePointTowards(m_centres[0])};
    const QFontMetricsF metrics(portFont());
    const QLineF visible(m_edges[0], m_edges[1]);
    const double length = visible.length();
    for (int end = 0; end < 2; ++end) {
        const QSizeF size(metrics.horizontalAdvance(m_labels[end]) + 6, metrics.height() + 1);
        const QPointF edge = m_edges[end];
        const QPointF towards = m_edges[1 - end] - edge;
        // Place the label's centre far enough along the line that the box clears the icon:
        // the box's half-extent along the line's direction plus a gap.
        QPointF unit = length > 0 ? towards / length : QPointF(0, 0);
        const double halfExtent =
            std::abs(unit.x()) * size.width() / 2 + std::abs(unit.y()) * size.height() / 2;
        const double along = std::min(labelGap + halfExtent, length / 2 - 2);
        const QPointF centre = edge + unit * std::max(along, 0.0);
        m_dots[end] = edge + unit * std::min(dotOffset, length / 4);
        m_labelRects[end] = QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
    }
}

QRectF LinkItem::boundingRect() const
{
    const QRectF line = QRectF(m_centres[0], m_centres[1]).normalized();
    return line.united(m_labelRects[0]).united(m_labelRects[1]).united(captureTagRect()).adjusted(-8, -8, 8, 8);
}

QRectF LinkItem::captureTagRect() const
{
    const QPointF middle = (m_edges[0] + m_edges[1]) / 2;
    return QRectF(middle.x() - 16, middle.y() - 7, 32, 14);
}

void LinkItem::setCapturing(bool capturing)
{
    if (capturing == m_capturing)
        return;
    prepareGeometryChange();
    m_capturing = capturing;
    update();
}

QPainterPath LinkItem::shape() const
{
    QPainterPath path(m_edges[0]);
    path.lineTo(m_edges[1]);
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath shape = stroker.createStroke(path);
    shape.addRect(m_labelRects[0]);
    shape.addRect(m_labelRects[1]);
    return shape;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option->state & QStyle::State_Selected;
    if (selected) {
        painter->setPen(QPen(QColor(0x2f, 0x7f, 0xc1, 110), 8, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(m_edges[0], m_edges[1]);
    }
    painter->setPen(QPen(QColor(0x3a, 0x3a, 0x3a), 2));
    painter->drawLine(m_centres[0], m_centres[1]);

    painter->setFont(portFont());
    for (int end = 0; end < 2; ++end) {
        painter->setPen(QPen(QColor(0x70, 0x70, 0x70), 0.8));
        painter->setBrush(QColor(255, 255, 255, 235));
        painter->drawRoundedRect(m_labelRects[end], 3, 3);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(m_labelRects[end], Qt::AlignCenter, m_labels[end]);
        if (m_states[end] == EndState::None)
            continue;
        const QColor colour = dotColour(m_states[end]);
        const bool hollow = m_states[end] == EndState::AdminDown;
        painter->setPen(QPen(hollow ? colour : colour.darker(150), hollow ? 2 : 1));
        painter->setBrush(hollow ? QBrush(Qt::white) : QBrush(colour));
        painter->drawEllipse(m_dots[end], dotRadius, dotRadius);
    }
    if (m_capturing) {
        const QRectF tag = captureTagRect();
        painter->setPen(QPen(QColor(0x8b, 0x10, 0x10), 1));
        painter->setBrush(QColor(0xd3, 0x2f, 0x2f));
        painter->drawRoundedRect(tag, 6, 6);
        painter->setPen(Qt::white);
        painter->drawText(tag, Qt::AlignCenter, QStringLiteral("pcap"));
    }
}

} // namespace routerlab::gui
