#pragma once

#include "topology/lab_spec.h"

#include <QObject>
#include <QPointF>
#include <QString>
#include <QUndoStack>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace routerlab {
// Not included: moc cannot parse what the command tree's headers pull in.
class ImageCatalog;
} // namespace routerlab

namespace routerlab::gui {

struct NodeMove {
    std::string node;
    QPointF from;
    QPointF to;
};

bool sameLink(const LabLinkSpec &left, const LabLinkSpec &right);

// The lab being edited: its LabSpec, the startup config text of each router, where it lives
// on disk, and the undo stack. Every edit goes through an undoable command (edit_commands.h);
// the public edit functions validate first and push nothing when the lab would become invalid
// (a duplicate name, a port used by two links), so the document is always savable.
//
// Startup configs live in the lab folder (the node's "config" path). The document reads a
// config from there until the user edits it; edited texts stay in memory until saved, so a
// running lab's `write memory` and the editor never fight over a file nobody touched.
//
// The scene follows the signals; undo and redo emit the same signals as the first run.
class LabDocument : public QObject {
    Q_OBJECT
public:
    explicit LabDocument(std::shared_ptr<const ImageCatalog> catalog, QObject *parent = nullptr);
    ~LabDocument() override;

    const ImageCatalog &catalog() const { return *m_catalog; }
    const std::shared_ptr<const ImageCatalog> &sharedCatalog() const { return m_catalog; }
    const LabSpec &spec() const { return m_spec; }
    QUndoStack *undoStack() { return &m_undoStack; }
    // The lab.json path; empty for a new lab never saved.
    QString filePath() const { return QString::fromStdString(m_spec.filePath); }
    QString labName() const { return QString::fromStdString(m_spec.name); }
    bool isModified() const { return !m_undoStack.isClean(); }

    // Files. open/save/saveAs throw LabFileError naming the file (and line and field for a bad
    // lab file); a failed open leaves the document as it was.
    void newLab();
    void open(const QString &path);   // a lab folder or its lab.json
    void save();                      // to filePath(), which must be set
    void saveAs(const QString &path); // a folder (lab.json goes in it) or a .json file

    // Queries.
    const LabNodeSpec *node(const std::string &name) const { return m_spec.node(name); }
    std::vector<std::string> ports(const std::string &node) const;
    std::vector<std::string> freePorts(const std::string &node) const;
    const LabLinkSpec *linkAt(const std::string &node, const std::string &port) const;
    std::vector<LabLinkSpec> linksOf(const std::string &node) const;
    std::string startupConfig(const std::string &node) const;
    // R1, R2 ... for routers, SW1 ... for switches: the lowest number not taken.
    std::string suggestName(LabNodeSpec::Kind kind) const;
    // Why `name` cannot name a node, or an empty string when it can. `renaming` is the node
    // being renamed, which may keep its own name.
    QString nameProblem(const std::string &name, const std::string &renaming = {}) const;
    QString nodeProblem(const LabNodeSpec &node) const;
    QString linkProblem(const LabLinkSpec &link) const;

    // Edits: each pushes one undoable command, or pushes nothing and returns false with the
    // reason in `problem`.
    bool addNode(const LabNodeSpec &node, QString *problem = nullptr);
    bool addLink(const LabLinkSpec &link, QString *problem = nullptr);
    bool renameNode(const std::string &name, const std::string &newName,
                    QString *problem = nullptr);
    void moveNodes(const std::vector<NodeMove> &moves);
    // Removes the nodes (with every link on them) and the links, as one undo step.
    void removeItems(const std::vector<std::string> &nodes, const std::vector<LabLinkSpec> &links);
    void setStartupConfig(const std::string &node, const std::string &text);

    // Raw changes for the edit commands only: no validation, no undo. Everything else pushes
    // commands.
    std::size_t nodeIndex(const std::string &name) const;
    std::size_t linkIndex(const LabLinkSpec &link) const;
    void insertNode(std::size_t index, const LabNodeSpec &node,
                    std::optional<std::string> configText);
    void eraseNode(const std::string &name);
    void changeNodeName(const std::string &name, const std::string &newName);
    void changeNodePosition(const std::string &name, QPointF position);
    void insertLink(std::size_t index, const LabLinkSpec &link);
    void eraseLink(const LabLinkSpec &link);
    void changeStartupConfig(const std::string &node, const std::string &text);

signals:
    // A new or opened lab is about to replace this one (a running lab of it must stop).
    void aboutToReset();
    // New or opened: everything changed.
    void reset();
    // The file path or the lab name changed (save as).
    void fileChanged();
    void modifiedChanged(bool modified);
    void nodeAdded(const std::string &name);
    void nodeRemoved(const std::string &name);
    void nodeRenamed(const std::string &oldName, const std::string &newName);
    void nodeMoved(const std::string &name);
    void linkAdded(const routerlab::LabLinkSpec &link);
    void linkRemoved(const routerlab::LabLinkSpec &link);
    void startupConfigChanged(const std::string &name);

private:
    void replaceSpec(LabSpec spec);
    std::string configFileOf(const LabNodeSpec &node) const;
    void writeStartupConfigs(const std::string &directory);

    std::shared_ptr<const ImageCatalog> m_catalog;
    LabSpec m_spec;
    // Startup configs edited since the last save, by node name.
    std::map<std::string, std::string> m_editedConfigs;
    QUndoStack m_undoStack;
};

} // namespace routerlab::gui
