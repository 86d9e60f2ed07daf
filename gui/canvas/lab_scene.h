#pragma once

#include "topology/lab_spec.h"

#include <QGraphicsScene>

#include <map>
#include <string>
#include <vector>

namespace routerlab::gui {

class LabDocument;
class LinkItem;
class NodeItem;

// The canvas of a LabDocument: one NodeItem per node and one LinkItem per link, kept in step
// with the document's signals (so undo and redo redraw for free). User gestures come back as
// document edits or signals: a finished drag pushes one move command; a device dropped from
// the palette, a double-click and a context menu are signals the main window acts on.
class LabScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit LabScene(LabDocument &document, QObject *parent = nullptr);
    ~LabScene() override;

    LabDocument &document() { return m_document; }
    NodeItem *nodeItem(const std::string &name) const;
    // The link attached to `node`'s `port` (the lab file's spelling: "FastEthernet0/0", "3").
    LinkItem *linkItem(const std::string &node, const std::string &port) const;
    const std::vector<LinkItem *> &linkItems() const { return m_links; }
    std::vector<NodeItem *> nodeItems() const;
    // The topmost node item at a scene position (its icon or its name), or nullptr.
    NodeItem *nodeItemAt(QPointF scenePos) const;

    std::vector<std::string> selectedNodeNames() const;
    std::vector<LabLinkSpec> selectedLinks() const;
    // What fit-to-view and the exports show: every item, with a margin.
    QRectF contentRect() const;

signals:
    void nodeDoubleClicked(const std::string &name);
    void nodeContextMenuRequested(const std::string &name, const QPoint &screenPos);
    void linkContextMenuRequested(const routerlab::LabLinkSpec &link, const QPoint &screenPos);
    void deviceDropped(routerlab::LabNodeSpec::Kind kind, const QPointF &scenePos);

protected:
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    void rebuild();
    void addNodeItem(const std::string &name);
    void removeNodeItem(const std::string &name);
    void renameNodeItem(const std::string &oldName, const std::string &newName);
    void moveNodeItem(const std::string &name);
    void addLinkItem(const LabLinkSpec &link);
    void removeLinkItem(const LabLinkSpec &link);
    void growSceneRect();

    LabDocument &m_document;
    std::map<std::string, NodeItem *> m_nodes;
    std::vector<LinkItem *> m_links;
};

} // namespace routerlab::gui
