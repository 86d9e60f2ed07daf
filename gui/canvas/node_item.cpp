#include "canvas/node_item.h"

#include "canvas/device_icons.h"
#include "canvas/link_item.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <algorithm>
#include <cmath>

namespace routerlab::gui {
namespace {

QFont labelFont()
{
    QFont font;
    font.setPointSizeF(10);
    font.setBold(true);
    return font;
}

// How far along the ray centre + t * direction (t >= 0) it takes to leave `box`; 0 when the
// ray misses it (the slab method).
double exitAlong(QPointF direction, const QRectF &box)
{
    double enter = 0;
    double exit = INFINITY;
    const double origin[2] = {0, 0};
    const double delta[2] = {direction.x(), direction.y()};
    const double low[2] = {box.left(), box.top()};
    const double high[2] = {box.right(), box.bottom()};
    for (int axis = 0; axis < 2; ++axis) {
        if (delta[axis] == 0) {
            if (origin[axis] < low[axis] || origin[axis] > high[axis])
                return 0;
            continue;
        }
        double near = (low[axis] - origin[axis]) / delta[axis];
        double far = (high[axis] - origin[axis]) / delta[axis];
        if (near > far)
            std::swap(near, far);
        enter = std::max(enter, near);
        exit = std::min(exit, far);
    }
    return enter <= exit ? exit : 0;
}

} // namespace

NodeItem::NodeItem(std::string name, LabNodeSpec::Kind kind) : m_name(std::move(name)), m_kind(kind)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    setToolTip(QString::fromStdString(m_name));
}

void NodeItem::setName(std::string name)
{
    prepareGeometryChange();
    m_name = std::move(name);
    setToolTip(QString::fromStdString(m_name));
}

QRectF NodeItem::iconRect() { return QRectF(-30, -21, 60, 42); }

QRectF NodeItem::labelRect() const
{
    const QFontMetricsF metrics(labelFont());
    const double width = metrics.horizontalAdvance(QString::fromStdString(m_name)) + 8;
    const QRectF icon = iconRect();
    return QRectF(-width / 2, icon.bottom() + 3, width, metrics.height() + 2);
}

QRectF NodeItem::boundingRect() const
{
    return iconRect().united(labelRect()).adjusted(-3, -3, 3, 3);
}

QPainterPath NodeItem::shape() const
{
    QPainterPath path;
    path.addRect(iconRect());
    path.addRect(labelRect());
    return path;
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    deviceIconRenderer(m_kind).render(painter, iconRect());
    const QRectF label = labelRect();
    const bool selected = option->state & QStyle::State_Selected;
    painter->setPen(Qt::NoPen);
    // Opaque in the canvas colour: a link passing behind the name does not strike it through.
    const QColor canvas = scene() ? scene()->backgroundBrush().color() : QColor(Qt::white);
    painter->setBrush(selected ? QColor(0x2f, 0x7f, 0xc1) : canvas);
    painter->drawRoundedRect(label, 3, 3);
    painter->setFont(labelFont());
    painter->setPen(selected ? Qt::white : QColor(0x20, 0x20, 0x20));
    painter->drawText(label, Qt::AlignCenter, QString::fromStdString(m_name));
    if (selected) {
        painter->setPen(QPen(QColor(0x2f, 0x7f, 0xc1), 1.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(iconRect().adjusted(-2, -2, 2, 2), 4, 4);
    }
}

QPointF NodeItem::edgePointTowards(QPointF target) const
{
    const QPointF centre = scenePos();
    const QPointF direction = target - centre;
    if (direction.isNull())
        return centre;
    // Clear of the name too: a link leaving downwards starts under the label, not on it.
    const double along =
        std::max(exitAlong(direction, iconRect()), exitAlong(direction, labelRect()));
    return centre + direction * std::min(along, 1.0);
}

void NodeItem::addLink(LinkItem *link) { m_links.push_back(link); }

void NodeItem::removeLink(LinkItem *link) { std::erase(m_links, link); }

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (LinkItem *link : m_links)
            link->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace routerlab::gui
