#include "editor/editor_controller.h"

#include "canvas/lab_scene.h"
#include "canvas/node_item.h"
#include "editor/edit_commands.h"
#include "editor/lab_document.h"
#include "editor/user_prompts.h"
#include "topology/image_catalog.h"

#include <QMenu>

#include <vector>

namespace routerlab::gui {

EditorController::EditorController(LabDocument &document, LabScene &scene, UserPrompts &prompts,
                                   QWidget *dialogParent)
    : QObject(dialogParent), m_document(document), m_scene(scene), m_prompts(prompts),
      m_dialogParent(dialogParent)
{
}

void EditorController::addNodeMenuExtension(QObject *owner, NodeMenuExtension extension)
{
    m_nodeMenuExtensions.push_back({owner, std::move(extension)});
}

void EditorController::addLinkMenuExtension(QObject *owner, LinkMenuExtension extension)
{
    m_linkMenuExtensions.push_back({owner, std::move(extension)});
}

// A new router starts as the descriptor's default chassis with its default I/O controller and
// the newest image in the catalog.
LabNodeSpec EditorController::proposalFor(LabNodeSpec::Kind kind, QPointF scenePos) const
{
    LabNodeSpec node;
    node.kind = kind;
    node.name = m_document.suggestName(kind);
    node.x = scenePos.x();
    node.y = scenePos.y();
    if (kind == LabNodeSpec::Kind::Router) {
        const ChassisDescriptor &chassis = m_document.catalog().chassis();
        node.model = chassis.defaultModel;
        node.npe = chassis.defaultNpe;
        if (!m_document.catalog().images().empty())
            node.image = m_document.catalog().images().rbegin()->first;
        node.slotAdapters[0] = chassis.defaultIoController;
    }
    return node;
}

bool EditorController::addDevice(LabNodeSpec::Kind kind, const QPointF &scenePos)
{
    if (!m_prompts.askNewNode)
        return false;
    // Repeated adds at the middle of the view fan out instead of piling up.
    QPointF position = scenePos;
    for (int step = 0; step < 20 && m_scene.nodeItemAt(position); ++step)
        position += QPointF(40, 40);
    std::optional<LabNodeSpec> node =
        m_prompts.askNewNode(m_dialogParent, m_document, proposalFor(kind, position));
    if (!node)
        return false;
    node->kind = kind;
    node->x = position.x();
    node->y = position.y();
    QString problem;
    if (!m_document.addNode(*node, &problem)) {
        m_prompts.showError(m_dialogParent,
                            tr("Cannot add %1").arg(QString::fromStdString(node->name)), problem);
        return false;
    }
    m_scene.clearSelection();
    if (NodeItem *item = m_scene.nodeItem(node->name))
        item->setSelected(true);
    return true;
}

void EditorController::deleteSelection()
{
    m_document.removeItems(m_scene.selectedNodeNames(), m_scene.selectedLinks());
}

std::optional<std::string> EditorController::singleSelectedNode() const
{
    const std::vector<std::string> nodes = m_scene.selectedNodeNames();
    if (nodes.size() != 1)
        return std::nullopt;
    return nodes.front();
}

bool EditorController::renameNode(const std::string &name)
{
    if (!m_document.node(name) || !m_prompts.askNewName)
        return false;
    const std::optional<std::string> newName =
        m_prompts.askNewName(m_dialogParent, m_document, name);
    if (!newName || *newName == name)
        return false;
    QString problem;
    if (!m_document.renameNode(name, *newName, &problem)) {
        m_prompts.showError(m_dialogParent,
                            tr("Cannot rename %1").arg(QString::fromStdString(name)), problem);
        return false;
    }
    return true;
}

void EditorController::renameSelection()
{
    if (auto node = singleSelectedNode())
        renameNode(*node);
}

bool EditorController::editStartupConfig(const std::string &name)
{
    const LabNodeSpec *node = m_document.node(name);
    if (!node || node->kind != LabNodeSpec::Kind::Router || !m_prompts.askStartupConfig)
        return false;
    const std::optional<std::string> text =
        m_prompts.askStartupConfig(m_dialogParent, name, m_document.startupConfig(name));
    if (!text)
        return false;
    m_document.setStartupConfig(name, *text);
    return true;
}

void EditorController::fillNodeMenu(QMenu &menu, const std::string &node)
{
    const LabNodeSpec *spec = m_document.node(node);
    if (!spec)
        return;
    menu.addSection(QString::fromStdString(node));
    std::erase_if(m_nodeMenuExtensions, [](const auto &owned) { return !owned.owner; });
    for (const auto &owned : m_nodeMenuExtensions)
        owned.extension(menu, node);
    if (!m_nodeMenuExtensions.empty())
        menu.addSeparator();
    if (spec->kind == LabNodeSpec::Kind::Router) {
        menu.addAction(tr("Edit startup config…"), this, [this, node] { editStartupConfig(node); })
            ->setObjectName("editStartupConfig");
    }
    menu.addAction(tr("Rename…"), this, [this, node] { renameNode(node); })
        ->setObjectName("rename");
    menu.addAction(tr("Delete"), this, [this] { deleteSelection(); })->setObjectName("delete");
}

void EditorController::fillLinkMenu(QMenu &menu, const LabLinkSpec &link)
{
    menu.addSection(linkDescription(link));
    menu.addAction(tr("Delete link"), this, [this, link] { m_document.removeItems({}, {link}); })
        ->setObjectName("deleteLink");
    std::erase_if(m_linkMenuExtensions, [](const auto &owned) { return !owned.owner; });
    for (const auto &owned : m_linkMenuExtensions)
        owned.extension(menu, link);
}

void EditorController::showNodeMenu(const std::string &name, const QPoint &screenPos)
{
    QMenu menu(m_dialogParent);
    fillNodeMenu(menu, name);
    menu.exec(screenPos);
}

void EditorController::showLinkMenu(const LabLinkSpec &link, const QPoint &screenPos)
{
    QMenu menu(m_dialogParent);
    fillLinkMenu(menu, link);
    menu.exec(screenPos);
}

} // namespace routerlab::gui
