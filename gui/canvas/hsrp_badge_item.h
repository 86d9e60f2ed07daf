#pragma once

#include <QColor>
#include <QGraphicsObject>
#include <QString>

class QVariantAnimation;

namespace routerlab::gui {

// A small rounded badge beside a router: one HSRP group's role, "Fa0/0 G1 Active", coloured by
// role so a glance tells who forwards for the virtual IP — Active green, Standby amber, Speak
// light blue, Listen grey-blue, Init and Learn grey. A change of role pulses the badge (it
// swells and a halo fades) so a failover catches the eye; the colour and text change at once,
// the pulse is decoration only.
//
// The badge is centred horizontally on its position, its top edge at the position.
class HsrpBadgeItem : public QGraphicsObject {
    Q_OBJECT
public:
    // `interface` as IOS abbreviates it ("Fa0/0").
    HsrpBadgeItem(const QString &interface, int group, QGraphicsItem *parent = nullptr);

    // `role` is an HSRP state name as IOS prints it ("Init", "Learn", "Listen", "Speak",
    // "Standby", "Active").
    void setRole(const QString &role, bool animated);
    QString role() const { return m_role; }
    QString text() const;
    bool isPulsing() const;

    static QColor roleColor(const QString &role);
    static QColor roleTextColor(const QString &role);

    // The badge itself, in item coordinates; boundingRect() adds room for the pulse's halo.
    QRectF badgeRect() const;
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    void setPulse(qreal progress);

    QString m_interface;
    int m_group;
    QString m_role = QStringLiteral("Init");
    qreal m_pulse = 0; // 0..1 through a pulse; 0 at rest
    QVariantAnimation *m_animation = nullptr;
};

} // namespace routerlab::gui
