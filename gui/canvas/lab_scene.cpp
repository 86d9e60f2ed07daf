#include "canvas/lab_scene.h"

#include "canvas/device_mime.h"
#include "canvas/link_item.h"
#include "canvas/node_item.h"
#include "editor/lab_document.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>

namespace routerlab::gui {
namespace {

// Room around the nodes to drop new ones and to pan into.
const QRectF minimumSceneRect(-400, -300, 1600, 1100);
constexpr double sceneMargin = 600;

} // namespace

LabScene::LabScene(LabDocument &document, QObject *parent)
    : QGraphicsScene(parent), m_document(document)
{
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    connect(&document, &LabDocument::reset, this, &LabScene::rebuild);
    connect(&document, &LabDocument::nodeAdded, this, &LabScene::addNodeItem);
    connect(&document, &LabDocument::nodeRemoved, this, &LabScene::removeNodeItem);
    connect(&document, &LabDocument::nodeRenamed, this, &LabScene::renameNodeItem);
    connect(&document, &LabDocument::nodeMoved, this, &LabScene::moveNodeItem);
    connect(&document, &LabDocument::linkAdded, this, &LabScene::addLinkItem);
    connect(&document, &LabDocument::linkRemoved, this, &LabScene::removeLinkItem);
    rebuild();
}

LabScene::~LabScene()
{
    // Nothing selected, so deleting items announces no selection change to listeners that
    // would look into this half-destroyed scene; links before nodes, since they unregister
    // from their nodes.
    clearSelection();
    for (LinkItem *link : std::exchange(m_links, {}))
        delete link;
    for (auto &[name, node] : std::exchange(m_nodes, {}))
        delete node;
}

void LabScene::rebuild()
{
    for (LinkItem *link : m_links)
        delete link;
    m_links.clear();
    for (auto &[name, node] : m_nodes)
        delete node;
    m_nodes.clear();
    for (const LabNodeSpec &node : m_document.spec().nodes)
        addNodeItem(node.name);
    for (const LabLinkSpec &link : m_document.spec().links)
        addLinkItem(link);
    setSceneRect(minimumSceneRect.united(
        contentRect().adjusted(-sceneMargin, -sceneMargin, sceneMargin, sceneMargin)));
}

void LabScene::growSceneRect()
{
    setSceneRect(sceneRect().united(
        contentRect().adjusted(-sceneMargin, -sceneMargin, sceneMargin, sceneMargin)));
}

void LabScene::addNodeItem(const std::string &name)
{
    const LabNodeSpec *spec = m_document.node(name);
    if (!spec || m_nodes.contains(name))
        return;
    auto *item = new NodeItem(name, spec->kind);
    item->setPos(spec->x, spec->y);
    addItem(item);
    m_nodes[name] = item;
    growSceneRect();
}

void LabScene::removeNodeItem(const std::string &name)
{
    auto found = m_nodes.find(name);
    if (found == m_nodes.end())
        return;
    // The document removes links before their nodes; a stray one must not dangle.
    for (LinkItem *link : std::vector<LinkItem *>(found->second->links())) {
        std::erase(m_links, link);
        delete link;
    }
    delete found->second;
    m_nodes.erase(found);
}

void LabScene::renameNodeItem(const std::string &oldName, const std::string &newName)
{
    auto found = m_nodes.find(oldName);
    if (found == m_nodes.end())
        return;
    NodeItem *item = found->second;
    m_nodes.erase(found);
    item->setName(newName);
    m_nodes[newName] = item;
    for (LinkItem *link : item->links())
        link->renameNode(oldName, newName);
}

void LabScene::moveNodeItem(const std::string &name)
{
    NodeItem *item = nodeItem(name);
    const LabNodeSpec *spec = m_document.node(name);
    if (item && spec && item->pos() != QPointF(spec->x, spec->y)) {
        item->setPos(spec->x, spec->y);
        growSceneRect();
    }
}

void LabScene::addLinkItem(const LabLinkSpec &link)
{
    NodeItem *a = nodeItem(link.a.node);
    NodeItem *b = nodeItem(link.b.node);
    if (!a || !b)
        return;
    auto *item = new LinkItem(link, a, b);
    addItem(item);
    m_links.push_back(item);
}

void LabScene::removeLinkItem(const LabLinkSpec &link)
{
    for (auto it = m_links.begin(); it != m_links.end(); ++it) {
        if (sameLink((*it)->link(), link)) {
            delete *it;
            m_links.erase(it);
            return;
        }
    }
}

NodeItem *LabScene::nodeItem(const std::string &name) const
{
    auto found = m_nodes.find(name);
    return found == m_nodes.end() ? nullptr : found->second;
}

LinkItem *LabScene::linkItem(const std::string &node, const std::string &port) const
{
    for (LinkItem *link : m_links) {
        if (link->endAt(node, port) >= 0)
            return link;
    }
    return nullptr;
}

std::vector<NodeItem *> LabScene::nodeItems() const
{
    std::vector<NodeItem *> items;
    for (const LabNodeSpec &node : m_document.spec().nodes) {
        if (NodeItem *item = nodeItem(node.name))
            items.push_back(item);
    }
    return items;
}

NodeItem *LabScene::nodeItemAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

std::vector<std::string> LabScene::selectedNodeNames() const
{
    std::vector<std::string> names;
    for (NodeItem *item : nodeItems()) {
        if (item->isSelected())
            names.push_back(item->name());
    }
    return names;
}

std::vector<LabLinkSpec> LabScene::selectedLinks() const
{
    std::vector<LabLinkSpec> links;
    for (LinkItem *item : m_links) {
        if (item->isSelected())
            links.push_back(item->link());
    }
    return links;
}

QRectF LabScene::contentRect() const
{
    QRectF rect;
    for (const auto &[name, node] : m_nodes)
        rect = rect.united(node->sceneBoundingRect());
    for (LinkItem *link : m_links)
        rect = rect.united(link->sceneBoundingRect());
    return rect.isNull() ? QRectF() : rect.adjusted(-20, -20, 20, 20);
}

// A drag of one or several selected nodes ends here: one undoable move for all of them.
void LabScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    std::vector<NodeMove> moves;
    for (NodeItem *item : nodeItems()) {
        const LabNodeSpec *spec = m_document.node(item->name());
        if (spec && item->pos() != QPointF(spec->x, spec->y))
            moves.push_back({item->name(), QPointF(spec->x, spec->y), item->pos()});
    }
    if (!moves.empty()) {
        m_document.moveNodes(moves);
        growSceneRect();
    }
}

void LabScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (NodeItem *node = nodeItemAt(event->scenePos()); node && event->button() == Qt::LeftButton) {
        emit nodeDoubleClicked(node->name());
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void LabScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    QGraphicsItem *item = nullptr;
    for (QGraphicsItem *candidate : items(event->scenePos())) {
        if (candidate->type() == NodeItem::Type || candidate->type() == LinkItem::Type) {
            item = candidate;
            break;
        }
    }
    if (!item)
        return;
    // A right-click acts on what is under the pointer, as file managers do.
    if (!item->isSelected()) {
        clearSelection();
        item->setSelected(true);
    }
    event->accept();
    if (item->type() == NodeItem::Type)
        emit nodeContextMenuRequested(static_cast<NodeItem *>(item)->name(), event->screenPos());
    else
        emit linkContextMenuRequested(static_cast<LinkItem *>(item)->link(), event->screenPos());
}

void LabScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(deviceKindOf(event->mimeData()).has_value());
}

void LabScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(deviceKindOf(event->mimeData()).has_value());
}

void LabScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const auto kind = deviceKindOf(event->mimeData());
    if (!kind) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    emit deviceDropped(*kind, event->scenePos());
}

} // namespace routerlab::gui
