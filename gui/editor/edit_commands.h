#pragma once

#include "editor/lab_document.h"

#include <QUndoCommand>

#include <optional>
#include <string>
#include <vector>

namespace routerlab::gui {

// The undoable edits of a LabDocument, one class per kind of edit. Each keeps what it needs
// to put things back exactly (list positions included, so undo restores the saved order).
// LabDocument validates before it pushes; these only apply. A removal of several items is one
// parent command whose children remove the links first and then the nodes, so undo puts the
// nodes back before the links that need them.

class AddNodeCommand : public QUndoCommand {
public:
    AddNodeCommand(LabDocument &document, LabNodeSpec node, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    LabDocument &m_document;
    LabNodeSpec m_node;
};

// Removes a node that no link uses any more.
class RemoveNodeCommand : public QUndoCommand {
public:
    RemoveNodeCommand(LabDocument &document, const std::string &name,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    LabDocument &m_document;
    LabNodeSpec m_node;
    std::size_t m_index;
    std::string m_configText;
};

class RenameNodeCommand : public QUndoCommand {
public:
    RenameNodeCommand(LabDocument &document, std::string name, std::string newName,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    LabDocument &m_document;
    std::string m_name;
    std::string m_newName;
};

class MoveNodesCommand : public QUndoCommand {
public:
    MoveNodesCommand(LabDocument &document, std::vector<NodeMove> moves,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    LabDocument &m_document;
    std::vector<NodeMove> m_moves;
};

class AddLinkCommand : public QUndoCommand {
public:
    AddLinkCommand(LabDocument &document, LabLinkSpec link, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    LabDocument &m_document;
    LabLinkSpec m_link;
};

class RemoveLinkCommand : public QUndoCommand {
public:
    RemoveLinkCommand(LabDocument &document, LabLinkSpec link, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    LabDocument &m_document;
    LabLinkSpec m_link;
    std::size_t m_index;
};

class SetStartupConfigCommand : public QUndoCommand {
public:
    SetStartupConfigCommand(LabDocument &document, std::string node, std::string text,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    LabDocument &m_document;
    std::string m_node;
    std::string m_oldText;
    std::string m_newText;
};

// "R1 Fa0/0 – SW1 1", for undo texts and menus.
QString linkDescription(const LabLinkSpec &link);

} // namespace routerlab::gui
