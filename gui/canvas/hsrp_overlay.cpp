#include "canvas/hsrp_overlay.h"

#include "canvas/hsrp_badge_item.h"
#include "canvas/vip_marker_item.h"
#include "cli/interface_names.h"
#include "runtime/emulator_bridge.h"

#include <QGraphicsScene>

namespace routerlab::gui {
namespace {

constexpr qreal kBadgeZ = 10;
constexpr qreal kVipZ = 11;

QString shortName(const QString &interface)
{
    return QString::fromStdString(cli::shortInterfaceName(interface.toStdString()));
}

bool isActive(const QString &state) { return state == QLatin1String("Active"); }

} // namespace

HsrpOverlay::HsrpOverlay(QGraphicsScene &scene, AnchorLookup anchorOf, QObject *parent)
    : QObject(parent), m_scene(&scene), m_anchorOf(std::move(anchorOf))
{
}

HsrpOverlay::~HsrpOverlay() { clear(); }

void HsrpOverlay::connectBridge(const EmulatorBridge &bridge)
{
    connect(&bridge, &EmulatorBridge::hsrpStateChanged, this, &HsrpOverlay::updateGroup);
}

void HsrpOverlay::clear()
{
    // Items die with a scene that went first; the guards are null then.
    for (auto &[key, group] : m_groups)
        delete group.badge.data();
    for (auto &[vip, entry] : m_vips)
        delete entry.marker.data();
    m_groups.clear();
    m_vips.clear();
}

void HsrpOverlay::updateGroup(const QString &node, const QString &interface, int group,
                              const QString &oldState, const QString &newState,
                              const QString &vip, qint64)
{
    if (!m_scene)
        return;
    const GroupKey key{node, shortName(interface), group};
    Group &entry = m_groups[key];
    entry.role = newState;
    if (!entry.badge) {
        entry.badge = new HsrpBadgeItem(std::get<1>(key), group);
        entry.badge->setZValue(kBadgeZ);
        entry.badge->setRole(newState, false);
        m_scene->addItem(entry.badge);
        placeBadges(node);
    } else {
        entry.badge->setRole(newState, m_animated);
    }
    if (!vip.isEmpty())
        entry.vip = vip;
    if (entry.vip.isEmpty())
        return;
    if (isActive(newState))
        vipServedBy(entry.vip, node);
    else if (isActive(oldState))
        vipLeft(entry.vip, node);
}

void HsrpOverlay::vipServedBy(const QString &vip, const QString &node)
{
    Vip &entry = m_vips[vip];
    const bool created = !entry.marker;
    if (created) {
        entry.marker = new VipMarkerItem(vip);
        entry.marker->setZValue(kVipZ);
        m_scene->addItem(entry.marker);
    }
    entry.activeNodes.removeAll(node);
    entry.activeNodes.append(node);
    showVip(vip, entry, m_animated && !created);
}

void HsrpOverlay::vipLeft(const QString &vip, const QString &node)
{
    const auto found = m_vips.find(vip);
    if (found == m_vips.end() || !found->second.activeNodes.removeAll(node) || !found->second.marker)
        return;
    showVip(vip, found->second, m_animated);
}

// The tag beside the latest Active router; where it was (greyed) when there is none.
void HsrpOverlay::showVip(const QString &vip, Vip &entry, bool animated)
{
    const QString owner = entry.owner();
    entry.marker->setServed(!owner.isEmpty());
    entry.marker->setConflict(entry.activeNodes.size() > 1);
    if (!owner.isEmpty())
        entry.marker->moveTo(vipTargetAt(owner, vip), animated);
}

// Several VIPs served by one router stack upwards, in address order.
QPointF HsrpOverlay::vipTargetAt(const QString &node, const QString &vip) const
{
    int index = 0;
    for (const auto &[address, entry] : m_vips) {
        if (address == vip)
            break;
        if (entry.owner() == node)
            ++index;
    }
    return m_anchorOf(node) + QPointF(kVipOffsetX, kVipOffsetY - index * kVipSpacing);
}

// A node's badges stack below it in (interface, group) order, which the map's key order is.
void HsrpOverlay::placeBadges(const QString &node)
{
    qreal y = kBadgeOffsetY;
    const QPointF anchor = m_anchorOf(node);
    for (auto &[key, group] : m_groups) {
        if (std::get<0>(key) != node || !group.badge)
            continue;
        group.badge->setPos(anchor + QPointF(0, y));
        y += group.badge->badgeRect().height() + kBadgeSpacing;
    }
}

void HsrpOverlay::relayout()
{
    QStringList nodes;
    for (const auto &[key, group] : m_groups) {
        if (!nodes.contains(std::get<0>(key)))
            nodes.append(std::get<0>(key));
    }
    for (const QString &node : nodes)
        placeBadges(node);
    for (auto &[vip, entry] : m_vips) {
        if (entry.marker && !entry.owner().isEmpty())
            entry.marker->moveTo(vipTargetAt(entry.owner(), vip), false);
    }
}

QString HsrpOverlay::roleOf(const QString &node, const QString &interface, int group) const
{
    const auto found = m_groups.find(GroupKey{node, shortName(interface), group});
    return found == m_groups.end() ? QString() : found->second.role;
}

QPointF HsrpOverlay::vipMarkerTarget(const QString &vip) const
{
    const auto found = m_vips.find(vip);
    return found == m_vips.end() || !found->second.marker ? QPointF() : found->second.marker->target();
}

QString HsrpOverlay::vipOwner(const QString &vip) const
{
    const auto found = m_vips.find(vip);
    return found == m_vips.end() ? QString() : found->second.owner();
}

HsrpBadgeItem *HsrpOverlay::badge(const QString &node, const QString &interface, int group) const
{
    const auto found = m_groups.find(GroupKey{node, shortName(interface), group});
    return found == m_groups.end() ? nullptr : found->second.badge;
}

VipMarkerItem *HsrpOverlay::vipMarker(const QString &vip) const
{
    const auto found = m_vips.find(vip);
    return found == m_vips.end() ? nullptr : found->second.marker;
}

} // namespace routerlab::gui
