#include "editor/edit_commands.h"

#include "editor/node_ports.h"

namespace routerlab::gui {
namespace {

QString toQString(const std::string &text) { return QString::fromStdString(text); }

} // namespace

QString linkDescription(const LabLinkSpec &link)
{
    return QStringLiteral("%1 %2 – %3 %4")
        .arg(toQString(link.a.node), toQString(portLabel(link.a.port)), toQString(link.b.node),
             toQString(portLabel(link.b.port)));
}

AddNodeCommand::AddNodeCommand(LabDocument &document, LabNodeSpec node, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_node(std::move(node))
{
    setText(QObject::tr("Add %1").arg(toQString(m_node.name)));
}

void AddNodeCommand::redo()
{
    m_document.insertNode(m_document.spec().nodes.size(), m_node, std::nullopt);
}

void AddNodeCommand::undo() { m_document.eraseNode(m_node.name); }

RemoveNodeCommand::RemoveNodeCommand(LabDocument &document, const std::string &name,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_node(*document.node(name)),
      m_index(document.nodeIndex(name)), m_configText(document.startupConfig(name))
{
    setText(QObject::tr("Delete %1").arg(toQString(name)));
}

void RemoveNodeCommand::redo() { m_document.eraseNode(m_node.name); }

// The config comes back as an edit even if it only came from disk: the file may have been
// overwritten by a save in between, and the node must get its own text back.
void RemoveNodeCommand::undo() { m_document.insertNode(m_index, m_node, m_configText); }

RenameNodeCommand::RenameNodeCommand(LabDocument &document, std::string name, std::string newName,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_name(std::move(name)),
      m_newName(std::move(newName))
{
    setText(QObject::tr("Rename %1 to %2").arg(toQString(m_name), toQString(m_newName)));
}

void RenameNodeCommand::redo() { m_document.changeNodeName(m_name, m_newName); }

void RenameNodeCommand::undo() { m_document.changeNodeName(m_newName, m_name); }

MoveNodesCommand::MoveNodesCommand(LabDocument &document, std::vector<NodeMove> moves,
                                   QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_moves(std::move(moves))
{
    setText(m_moves.size() == 1 ? QObject::tr("Move %1").arg(toQString(m_moves.front().node))
                                : QObject::tr("Move %1 nodes").arg(m_moves.size()));
}

void MoveNodesCommand::redo()
{
    for (const NodeMove &move : m_moves)
        m_document.changeNodePosition(move.node, move.to);
}

void MoveNodesCommand::undo()
{
    for (const NodeMove &move : m_moves)
        m_document.changeNodePosition(move.node, move.from);
}

AddLinkCommand::AddLinkCommand(LabDocument &document, LabLinkSpec link, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_link(std::move(link))
{
    setText(QObject::tr("Add link %1").arg(linkDescription(m_link)));
}

void AddLinkCommand::redo() { m_document.insertLink(m_document.spec().links.size(), m_link); }

void AddLinkCommand::undo() { m_document.eraseLink(m_link); }

RemoveLinkCommand::RemoveLinkCommand(LabDocument &document, LabLinkSpec link, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_link(std::move(link)),
      m_index(document.linkIndex(m_link))
{
    setText(QObject::tr("Delete link %1").arg(linkDescription(m_link)));
}

void RemoveLinkCommand::redo() { m_document.eraseLink(m_link); }

void RemoveLinkCommand::undo() { m_document.insertLink(m_index, m_link); }

SetStartupConfigCommand::SetStartupConfigCommand(LabDocument &document, std::string node,
                                                 std::string text, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_node(std::move(node)),
      m_oldText(document.startupConfig(m_node)), m_newText(std::move(text))
{
    setText(QObject::tr("Edit startup config of %1").arg(toQString(m_node)));
}

void SetStartupConfigCommand::redo() { m_document.changeStartupConfig(m_node, m_newText); }

void SetStartupConfigCommand::undo() { m_document.changeStartupConfig(m_node, m_oldText); }

} // namespace routerlab::gui
