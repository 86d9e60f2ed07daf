#include "canvas/hsrp_badge_item.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QVariantAnimation>

#include <cmath>
#include <numbers>

namespace routerlab::gui {
namespace {

constexpr qreal kHorizontalPadding = 6;
constexpr qreal kVerticalPadding = 2;
constexpr qreal kHaloGrowth = 8;     // how far the halo spreads at the end of a pulse
constexpr qreal kPulseSwell = 0.25;  // extra scale at the height of a pulse
constexpr int kPulseMilliseconds = 700;

QFont badgeFont()
{
    QFont font;
    font.setPointSizeF(7.5);
    font.setBold(true);
    return font;
}

} // namespace

HsrpBadgeItem::HsrpBadgeItem(const QString &interface, int group, QGraphicsItem *parent)
    : QGraphicsObject(parent), m_interface(interface), m_group(group)
{
    setToolTip(tr("HSRP group %1 on %2").arg(group).arg(interface));
}

QString HsrpBadgeItem::text() const
{
    return QStringLiteral("%1 G%2 %3").arg(m_interface).arg(m_group).arg(m_role);
}

QColor HsrpBadgeItem::roleColor(const QString &role)
{
    if (role == QLatin1String("Active"))
        return QColor(0x2e, 0x9d, 0x4f);
    if (role == QLatin1String("Standby"))
        return QColor(0xf2, 0xb7, 0x05);
    if (role == QLatin1String("Speak"))
        return QColor(0x8e, 0xc9, 0xf0);
    if (role == QLatin1String("Listen"))
        return QColor(0x7f, 0x9d, 0xb5);
    return QColor(0x9e, 0x9e, 0x9e); // Init, Learn
}

QColor HsrpBadgeItem::roleTextColor(const QString &role)
{
    // Dark text on the light fills, white on the others.
    if (role == QLatin1String("Standby") || role == QLatin1String("Speak"))
        return QColor(0x20, 0x20, 0x20);
    return Qt::white;
}

void HsrpBadgeItem::setRole(const QString &role, bool animated)
{
    if (role == m_role && m_pulse == 0)
        return;
    prepareGeometryChange();
    m_role = role;
    if (m_animation)
        m_animation->stop();
    if (!animated) {
        setPulse(0);
        update();
        return;
    }
    if (!m_animation) {
        m_animation = new QVariantAnimation(this);
        m_animation->setStartValue(0.0);
        m_animation->setEndValue(1.0);
        m_animation->setDuration(kPulseMilliseconds);
        connect(m_animation, &QVariantAnimation::valueChanged, this,
                [this](const QVariant &value) { setPulse(value.toReal()); });
        connect(m_animation, &QVariantAnimation::finished, this, [this] { setPulse(0); });
    }
    m_animation->start();
}

bool HsrpBadgeItem::isPulsing() const
{
    return m_animation && m_animation->state() == QAbstractAnimation::Running;
}

void HsrpBadgeItem::setPulse(qreal progress)
{
    m_pulse = progress;
    // Swell and settle back: a half sine over the pulse.
    setScale(1.0 + kPulseSwell * std::sin(std::numbers::pi * progress));
    update();
}

QRectF HsrpBadgeItem::badgeRect() const
{
    const QFontMetricsF metrics(badgeFont());
    const qreal width = metrics.horizontalAdvance(text()) + 2 * kHorizontalPadding;
    const qreal height = metrics.height() + 2 * kVerticalPadding;
    return QRectF(-width / 2, 0, width, height);
}

QRectF HsrpBadgeItem::boundingRect() const
{
    return badgeRect().adjusted(-kHaloGrowth - 1, -kHaloGrowth - 1, kHaloGrowth + 1,
                                kHaloGrowth + 1);
}

void HsrpBadgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF rect = badgeRect();
    const qreal radius = rect.height() / 2;
    const QColor fill = roleColor(m_role);
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_pulse > 0) {
        QColor halo = fill;
        halo.setAlphaF(0.6 * (1.0 - m_pulse));
        painter->setPen(QPen(halo, 3));
        painter->setBrush(Qt::NoBrush);
        const qreal spread = kHaloGrowth * m_pulse;
        painter->drawRoundedRect(rect.adjusted(-spread, -spread, spread, spread), radius + spread,
                                 radius + spread);
    }
    painter->setPen(QPen(fill.darker(130), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, radius, radius);
    painter->setFont(badgeFont());
    painter->setPen(roleTextColor(m_role));
    painter->drawText(rect, Qt::AlignCenter, text());
}

} // namespace routerlab::gui
