#pragma once

#include "topology/lab_spec.h"

#include <QObject>
#include <QPoint>
#include <QPointF>
#include <QPointer>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class QMenu;
class QWidget;

namespace routerlab::gui {

class LabDocument;
class LabScene;
struct UserPrompts;

// What the editing gestures do: adding a device (after its dialog), deleting the selection,
// renaming, editing a startup config, and the nodes' and links' context menus. It asks through
// UserPrompts and changes the lab only through LabDocument's undoable edits; the main window
// merely connects actions and scene signals to it.
class EditorController : public QObject {
    Q_OBJECT
public:
    // Adds entries to a node's context menu (the runtime adds "Console", "Capture" ...).
    using NodeMenuExtension = std::function<void(QMenu &menu, const std::string &node)>;
    // Adds entries to a link's context menu (the runtime adds the capture actions).
    using LinkMenuExtension = std::function<void(QMenu &menu, const LabLinkSpec &link)>;

    EditorController(LabDocument &document, LabScene &scene, UserPrompts &prompts,
                     QWidget *dialogParent);

    // An extension lasts as long as its owner, as a Qt connection lasts as long as its receiver.
    void addNodeMenuExtension(QObject *owner, NodeMenuExtension extension);
    void addLinkMenuExtension(QObject *owner, LinkMenuExtension extension);
    void fillNodeMenu(QMenu &menu, const std::string &node);
    void fillLinkMenu(QMenu &menu, const LabLinkSpec &link);
    // Exactly one node selected: what Rename acts on.
    std::optional<std::string> singleSelectedNode() const;

public slots:
    // Asks for the device's settings; true when a node was added.
    bool addDevice(routerlab::LabNodeSpec::Kind kind, const QPointF &scenePos);
    void deleteSelection();
    bool renameNode(const std::string &name);
    void renameSelection();
    bool editStartupConfig(const std::string &name);
    void showNodeMenu(const std::string &name, const QPoint &screenPos);
    void showLinkMenu(const routerlab::LabLinkSpec &link, const QPoint &screenPos);

private:
    template <typename Extension>
    struct Owned {
        QPointer<QObject> owner;
        Extension extension;
    };

    LabNodeSpec proposalFor(LabNodeSpec::Kind kind, QPointF scenePos) const;

    LabDocument &m_document;
    LabScene &m_scene;
    UserPrompts &m_prompts;
    QWidget *m_dialogParent;
    std::vector<Owned<NodeMenuExtension>> m_nodeMenuExtensions;
    std::vector<Owned<LinkMenuExtension>> m_linkMenuExtensions;
};

} // namespace routerlab::gui
