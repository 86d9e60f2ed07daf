#pragma once

#include <QGraphicsObject>
#include <QPointF>
#include <QString>

class QPropertyAnimation;

namespace routerlab::gui {

// The virtual IP of an HSRP group as a tag on the canvas ("VIP 172.16.172.53") sitting beside
// the router that currently answers for it. On failover it glides to the new Active router,
// so the address is seen to move. While no router is Active the tag stays where it was,
// greyed and dashed: the address is unreachable. While two routers are Active at once the
// outline turns red and the tag says so.
//
// The tag's left edge is at its position, vertically centred on it.
class VipMarkerItem : public QGraphicsObject {
    Q_OBJECT
public:
    explicit VipMarkerItem(const QString &virtualIp, QGraphicsItem *parent = nullptr);

    QString virtualIp() const { return m_virtualIp; }
    QString label() const;

    // Where the tag is going (or is, once there): the final position whatever the animation.
    QPointF target() const { return m_target; }
    void moveTo(const QPointF &target, bool animated);
    bool isMoving() const;

    // Served by a router (drawn in the Active colour) or orphaned (greyed, dashed).
    void setServed(bool served);
    bool isServed() const { return m_served; }
    // More than one router claims the address (HSRP split brain): outlined in red.
    void setConflict(bool conflict);
    bool isConflict() const { return m_conflict; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    QRectF tagRect() const;

    QString m_virtualIp;
    QPointF m_target;
    bool m_served = true;
    bool m_conflict = false;
    QPropertyAnimation *m_glide = nullptr;
};

} // namespace routerlab::gui
