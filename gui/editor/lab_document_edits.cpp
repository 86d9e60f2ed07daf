// The edits of LabDocument: the validated ones that push commands, and the raw changes the
// commands apply (each emits the signal the scene follows).
#include "editor/lab_document.h"

#include "editor/edit_commands.h"
#include "topology/image_catalog.h"

#include <algorithm>

namespace routerlab::gui {
namespace {

void setProblem(QString *problem, const QString &text)
{
    if (problem)
        *problem = text;
}

} // namespace

bool LabDocument::addNode(const LabNodeSpec &node, QString *problem)
{
    LabNodeSpec added = node;
    if (added.kind == LabNodeSpec::Kind::Router) {
        if (added.model.empty())
            added.model = m_catalog->chassis().defaultModel;
        if (added.npe.empty())
            added.npe = m_catalog->chassis().defaultNpe;
    }
    if (QString reason = nodeProblem(added); !reason.isEmpty()) {
        setProblem(problem, reason);
        return false;
    }
    m_undoStack.push(new AddNodeCommand(*this, added));
    return true;
}

bool LabDocument::addLink(const LabLinkSpec &link, QString *problem)
{
    if (QString reason = linkProblem(link); !reason.isEmpty()) {
        setProblem(problem, reason);
        return false;
    }
    m_undoStack.push(new AddLinkCommand(*this, link));
    return true;
}

bool LabDocument::renameNode(const std::string &name, const std::string &newName, QString *problem)
{
    if (!m_spec.node(name)) {
        setProblem(problem, tr("There is no node named %1.").arg(QString::fromStdString(name)));
        return false;
    }
    if (QString reason = nameProblem(newName, name); !reason.isEmpty()) {
        setProblem(problem, reason);
        return false;
    }
    if (newName != name)
        m_undoStack.push(new RenameNodeCommand(*this, name, newName));
    return true;
}

void LabDocument::moveNodes(const std::vector<NodeMove> &moves)
{
    std::vector<NodeMove> real;
    for (const NodeMove &move : moves) {
        if (m_spec.node(move.node) && move.from != move.to)
            real.push_back(move);
    }
    if (!real.empty())
        m_undoStack.push(new MoveNodesCommand(*this, std::move(real)));
}

void LabDocument::removeItems(const std::vector<std::string> &nodes,
                              const std::vector<LabLinkSpec> &links)
{
    // Every link to go, each once, then the nodes; each list from the back, so that the
    // positions the commands remember stay right while the others are removed.
    std::vector<std::size_t> linkIndexes;
    for (std::size_t index = 0; index < m_spec.links.size(); ++index) {
        const LabLinkSpec &link = m_spec.links[index];
        const bool onRemovedNode =
            std::find(nodes.begin(), nodes.end(), link.a.node) != nodes.end() ||
            std::find(nodes.begin(), nodes.end(), link.b.node) != nodes.end();
        const bool chosen = std::any_of(links.begin(), links.end(), [&](const LabLinkSpec &other) {
            return sameLink(link, other);
        });
        if (onRemovedNode || chosen)
            linkIndexes.push_back(index);
    }
    std::vector<std::size_t> nodeIndexes;
    for (const std::string &name : nodes) {
        const std::size_t index = nodeIndex(name);
        if (index < m_spec.nodes.size() &&
            std::find(nodeIndexes.begin(), nodeIndexes.end(), index) == nodeIndexes.end())
            nodeIndexes.push_back(index);
    }
    std::sort(nodeIndexes.rbegin(), nodeIndexes.rend());
    if (linkIndexes.empty() && nodeIndexes.empty())
        return;

    auto *removal = new QUndoCommand;
    for (auto index = linkIndexes.rbegin(); index != linkIndexes.rend(); ++index)
        new RemoveLinkCommand(*this, m_spec.links[*index], removal);
    for (std::size_t index : nodeIndexes)
        new RemoveNodeCommand(*this, m_spec.nodes[index].name, removal);
    if (removal->childCount() == 1)
        removal->setText(removal->child(0)->text());
    else if (nodeIndexes.size() == 1 && nodes.size() == 1 && links.empty())
        removal->setText(tr("Delete %1").arg(QString::fromStdString(nodes.front())));
    else
        removal->setText(tr("Delete %1 items").arg(nodeIndexes.size() + links.size()));
    m_undoStack.push(removal);
}

void LabDocument::setStartupConfig(const std::string &node, const std::string &text)
{
    if (m_spec.node(node) && text != startupConfig(node))
        m_undoStack.push(new SetStartupConfigCommand(*this, node, text));
}

std::size_t LabDocument::nodeIndex(const std::string &name) const
{
    const auto found = std::find_if(m_spec.nodes.begin(), m_spec.nodes.end(),
                                    [&](const LabNodeSpec &node) { return node.name == name; });
    return static_cast<std::size_t>(found - m_spec.nodes.begin());
}

std::size_t LabDocument::linkIndex(const LabLinkSpec &link) const
{
    const auto found =
        std::find_if(m_spec.links.begin(), m_spec.links.end(),
                     [&](const LabLinkSpec &other) { return sameLink(link, other); });
    return static_cast<std::size_t>(found - m_spec.links.begin());
}

void LabDocument::insertNode(std::size_t index, const LabNodeSpec &node,
                             std::optional<std::string> configText)
{
    index = std::min(index, m_spec.nodes.size());
    m_spec.nodes.insert(m_spec.nodes.begin() + static_cast<std::ptrdiff_t>(index), node);
    if (configText)
        m_editedConfigs[node.name] = std::move(*configText);
    emit nodeAdded(node.name);
}

void LabDocument::eraseNode(const std::string &name)
{
    const std::size_t index = nodeIndex(name);
    if (index >= m_spec.nodes.size())
        return;
    m_spec.nodes.erase(m_spec.nodes.begin() + static_cast<std::ptrdiff_t>(index));
    m_editedConfigs.erase(name);
    emit nodeRemoved(name);
}

void LabDocument::changeNodeName(const std::string &name, const std::string &newName)
{
    const std::size_t index = nodeIndex(name);
    if (index >= m_spec.nodes.size())
        return;
    m_spec.nodes[index].name = newName;
    for (LabLinkSpec &link : m_spec.links) {
        for (LabLinkEnd *end : {&link.a, &link.b}) {
            if (end->node == name)
                end->node = newName;
        }
    }
    if (auto edited = m_editedConfigs.extract(name))
        m_editedConfigs[newName] = std::move(edited.mapped());
    emit nodeRenamed(name, newName);
}

void LabDocument::changeNodePosition(const std::string &name, QPointF position)
{
    const std::size_t index = nodeIndex(name);
    if (index >= m_spec.nodes.size())
        return;
    m_spec.nodes[index].x = position.x();
    m_spec.nodes[index].y = position.y();
    emit nodeMoved(name);
}

void LabDocument::insertLink(std::size_t index, const LabLinkSpec &link)
{
    index = std::min(index, m_spec.links.size());
    m_spec.links.insert(m_spec.links.begin() + static_cast<std::ptrdiff_t>(index), link);
    emit linkAdded(link);
}

void LabDocument::eraseLink(const LabLinkSpec &link)
{
    const std::size_t index = linkIndex(link);
    if (index >= m_spec.links.size())
        return;
    const LabLinkSpec removed = m_spec.links[index];
    m_spec.links.erase(m_spec.links.begin() + static_cast<std::ptrdiff_t>(index));
    emit linkRemoved(removed);
}

void LabDocument::changeStartupConfig(const std::string &node, const std::string &text)
{
    m_editedConfigs[node] = text;
    emit startupConfigChanged(node);
}

} // namespace routerlab::gui
