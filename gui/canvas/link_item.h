#pragma once

#include "topology/lab_spec.h"

#include <QGraphicsItem>

#include <array>
#include <string>

namespace routerlab::gui {

class NodeItem;

// A cable between two node items, drawn centre to centre under the icons, with each end's
// port label ("Fa0/0", "3") and a dot showing that port's state where the line leaves the
// icon. End 0 is the lab file's "a" side, end 1 its "b" side. The line follows its nodes: they
// call adjust() when they move. The runtime decides the dots (setEndState); the item only
// draws them.
class LinkItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    // Up: line protocol up (green). Down: line protocol down (red). AdminDown: `shutdown`
    // (hollow grey). None: no dot (lab stopped, or a port the runtime does not report).
    enum class EndState { None, Up, Down, AdminDown };

    LinkItem(LabLinkSpec link, NodeItem *a, NodeItem *b);
    ~LinkItem() override;

    int type() const override { return Type; }
    const LabLinkSpec &link() const { return m_link; }
    NodeItem *node(int end) const { return m_nodes.at(end); }
    // 0 or 1 for the end at `node`'s `port`, -1 if neither end is there.
    int endAt(const std::string &node, const std::string &port) const;
    // Keeps the spec in step when a node is renamed.
    void renameNode(const std::string &oldName, const std::string &newName);

    // The port label drawn at `end`: "Fa0/0", "3".
    const QString &label(int end) const { return m_labels.at(end); }

    void setEndState(int end, EndState state);
    EndState endState(int end) const { return m_states.at(end); }

    // Where the cable leaves each node's icon, in scene coordinates: the visible segment of
    // the line, which a packet animation travels along.
    QPointF endPoint(int end) const { return m_edges.at(end); }
    QPointF labelCentre(int end) const { return m_labelRects.at(end).center(); }
    QPointF dotCentre(int end) const { return m_dots.at(end); }

    // A capture of this link is running: a "pcap" tag sits in the middle of the cable.
    void setCapturing(bool capturing);
    bool isCapturing() const { return m_capturing; }
    QRectF captureTagRect() const;
    // Recomputes the geometry from the nodes' positions.
    void adjust();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    LabLinkSpec m_link;
    std::array<NodeItem *, 2> m_nodes;
    std::array<EndState, 2> m_states{EndState::None, EndState::None};
    std::array<QPointF, 2> m_centres;
    std::array<QPointF, 2> m_edges;
    std::array<QPointF, 2> m_dots;
    std::array<QRectF, 2> m_labelRects;
    std::array<QString, 2> m_labels;
    bool m_capturing = false;
};

} // namespace routerlab::gui
