#include "canvas/vip_marker_item.h"

#include "canvas/hsrp_badge_item.h"

#include <QEasingCurve>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPropertyAnimation>

namespace routerlab::gui {
namespace {

constexpr qreal kPadding = 5;
constexpr qreal kPinSize = 8;
constexpr int kGlideMilliseconds = 900;

QFont tagFont()
{
    QFont font;
    font.setPointSizeF(8);
    font.setBold(true);
    return font;
}

} // namespace

VipMarkerItem::VipMarkerItem(const QString &virtualIp, QGraphicsItem *parent)
    : QGraphicsObject(parent), m_virtualIp(virtualIp)
{
    setToolTip(tr("HSRP virtual IP %1").arg(virtualIp));
}

QString VipMarkerItem::label() const
{
    if (m_conflict)
        return QStringLiteral("VIP %1 (2 Active!)").arg(m_virtualIp);
    return QStringLiteral("VIP %1").arg(m_virtualIp);
}

void VipMarkerItem::moveTo(const QPointF &target, bool animated)
{
    m_target = target;
    if (m_glide)
        m_glide->stop();
    if (!animated || pos() == target) {
        setPos(target);
        return;
    }
    if (!m_glide) {
        m_glide = new QPropertyAnimation(this, "pos", this);
        m_glide->setDuration(kGlideMilliseconds);
        m_glide->setEasingCurve(QEasingCurve::InOutCubic);
    }
    m_glide->setStartValue(pos());
    m_glide->setEndValue(target);
    m_glide->start();
}

bool VipMarkerItem::isMoving() const
{
    return m_glide && m_glide->state() == QAbstractAnimation::Running;
}

void VipMarkerItem::setServed(bool served)
{
    if (served == m_served)
        return;
    m_served = served;
    update();
}

void VipMarkerItem::setConflict(bool conflict)
{
    if (conflict == m_conflict)
        return;
    prepareGeometryChange(); // the label grows
    m_conflict = conflict;
    update();
}

QRectF VipMarkerItem::tagRect() const
{
    const QFontMetricsF metrics(tagFont());
    const qreal width = kPinSize + kPadding + metrics.horizontalAdvance(label()) + 2 * kPadding;
    const qreal height = metrics.height() + 2 * kPadding - 2;
    return QRectF(0, -height / 2, width, height);
}

QRectF VipMarkerItem::boundingRect() const { return tagRect().adjusted(-2, -2, 2, 2); }

void VipMarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF rect = tagRect();
    const QColor conflictRed(0xc0, 0x39, 0x2b);
    const QColor accent = !m_served    ? QColor(0x9e, 0x9e, 0x9e)
                          : m_conflict ? conflictRed
                                       : HsrpBadgeItem::roleColor(QStringLiteral("Active"));
    painter->setRenderHint(QPainter::Antialiasing);
    QPen outline(accent, 1.5, m_served ? Qt::SolidLine : Qt::DashLine);
    painter->setPen(outline);
    painter->setBrush(QColor(0xff, 0xff, 0xff, 235));
    painter->drawRoundedRect(rect, 4, 4);

    // A location pin left of the text: the address lives here.
    const QPointF pinCentre(rect.left() + kPadding + kPinSize / 2, rect.center().y());
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawEllipse(pinCentre, kPinSize / 2, kPinSize / 2);
    painter->setBrush(Qt::white);
    painter->drawEllipse(pinCentre, kPinSize / 5, kPinSize / 5);

    painter->setFont(tagFont());
    painter->setPen(!m_served    ? QColor(0x75, 0x75, 0x75)
                    : m_conflict ? conflictRed.darker(130)
                                 : QColor(0x1d, 0x5e, 0x30));
    const QRectF textRect = rect.adjusted(kPinSize + 2 * kPadding, 0, -kPadding, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, label());
}

} // namespace routerlab::gui
