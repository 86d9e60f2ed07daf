#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QString>

#include <functional>
#include <map>
#include <tuple>

class QGraphicsScene;

namespace routerlab::gui {

class EmulatorBridge;
class HsrpBadgeItem;
class VipMarkerItem;

// HSRP on the canvas: a role badge per (node, interface, group) under its router and, per
// virtual IP, a VIP tag beside the router that is Active for it — moved there when a group
// becomes Active, greyed where it was when the Active router leaves Active and nobody has
// taken over yet, marked in red while two routers are Active at once. Fed by the bridge's hsrpStateChanged; knows routers only through the anchor
// lookup (a node's centre in scene coordinates), so it works with any node items, or none.
//
// The overlay owns its items (they are deleted with it or on clear()); if the scene deletes
// them first (QGraphicsScene::clear), they come back with the next event. When nodes move, call
// relayout(). With animations off every change is immediate; with them on, the final state is
// still set at once (roleOf, vipMarkerTarget) and only the drawing catches up.
class HsrpOverlay : public QObject {
    Q_OBJECT
public:
    using AnchorLookup = std::function<QPointF(const QString &node)>;

    // Distances from a node's anchor (its icon's centre; NodeItem's icon is 60 × 42 with the
    // name under it): badges stack below the name, the VIP tag starts at the icon's upper right.
    static constexpr qreal kBadgeOffsetY = 45;
    static constexpr qreal kBadgeSpacing = 3;
    static constexpr qreal kVipOffsetX = 36;
    static constexpr qreal kVipOffsetY = -26;
    static constexpr qreal kVipSpacing = 24;

    HsrpOverlay(QGraphicsScene &scene, AnchorLookup anchorOf, QObject *parent = nullptr);
    ~HsrpOverlay() override;

    void connectBridge(const EmulatorBridge &bridge);
    void setAnimationsEnabled(bool enabled) { m_animated = enabled; }
    bool animationsEnabled() const { return m_animated; }

    // The group's state name ("Active", "Standby"...); empty for a group never heard of.
    QString roleOf(const QString &node, const QString &interface, int group) const;
    // Where the VIP tag goes (final position, not the animated one); a null point for an
    // unknown VIP.
    QPointF vipMarkerTarget(const QString &vip) const;
    // The node Active for the VIP; empty while none is.
    QString vipOwner(const QString &vip) const;
    HsrpBadgeItem *badge(const QString &node, const QString &interface, int group) const;
    VipMarkerItem *vipMarker(const QString &vip) const;

    // Positions everything again from the anchors (after nodes moved).
    void relayout();
    // Forgets every group and removes the items (the lab stopped).
    void clear();

public slots:
    // `interface` may be the full name ("FastEthernet0/0") or the short one.
    void updateGroup(const QString &node, const QString &interface, int group,
                     const QString &oldState, const QString &newState, const QString &vip,
                     qint64 labTimeNs);

private:
    using GroupKey = std::tuple<QString, QString, int>; // node, short interface, group
    // Guarded: whoever owns the scene may clear() it, deleting the items under us.
    struct Group {
        QPointer<HsrpBadgeItem> badge;
        QString role;
        QString vip; // remembered: a group leaving Active may no longer announce it
    };
    struct Vip {
        QPointer<VipMarkerItem> marker;
        // Every router Active for the VIP, the latest last. Two at once is HSRP's split brain
        // (they cannot hear each other, e.g. while spanning tree blocks the LAN); the tag
        // follows the latest and shows the conflict.
        QStringList activeNodes;
        QString owner() const { return activeNodes.isEmpty() ? QString() : activeNodes.last(); }
    };

    void placeBadges(const QString &node);
    QPointF vipTargetAt(const QString &node, const QString &vip) const;
    void vipServedBy(const QString &vip, const QString &node);
    void vipLeft(const QString &vip, const QString &node);
    void showVip(const QString &vip, Vip &entry, bool animated);

    QPointer<QGraphicsScene> m_scene;
    AnchorLookup m_anchorOf;
    bool m_animated = true;
    std::map<GroupKey, Group> m_groups;
    std::map<QString, Vip> m_vips;
};

} // namespace routerlab::gui
