#pragma once

#include "topology/lab_spec.h"

#include <QGraphicsItem>

#include <string>
#include <vector>

namespace routerlab::gui {

class LinkItem;

// A router or switch on the canvas: its icon centred on the item's position (the node's x/y
// in the lab file) and its name under it. Selectable and movable; the scene turns a finished
// drag into a move command. Links attached to it follow it (itemChange).
class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    NodeItem(std::string name, LabNodeSpec::Kind kind);

    int type() const override { return Type; }
    const std::string &name() const { return m_name; }
    void setName(std::string name);
    LabNodeSpec::Kind kind() const { return m_kind; }

    // The icon, in item coordinates, centred on (0, 0).
    static QRectF iconRect();
    // Where a role badge (HSRP Active/Standby) belongs: the icon's top-right corner, in item
    // coordinates, so a child item placed there moves with the node.
    QPointF badgeAnchor() const { return iconRect().topRight(); }
    // The point where a line from the centre towards `target` (scene coordinates) leaves the
    // icon, in scene coordinates: where link lines and their state dots start.
    QPointF edgePointTowards(QPointF target) const;

    void addLink(LinkItem *link);
    void removeLink(LinkItem *link);
    const std::vector<LinkItem *> &links() const { return m_links; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    QRectF labelRect() const;

    std::string m_name;
    LabNodeSpec::Kind m_kind;
    std::vector<LinkItem *> m_links;
};

} // namespace routerlab::gui
