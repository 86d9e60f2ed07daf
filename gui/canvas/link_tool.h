#pragma once

#include "topology/lab_spec.h"

#include <QObject>
#include <QPoint>

#include <functional>
#include <optional>
#include <string>
#include <vector>

class QGraphicsLineItem;

namespace routerlab::gui {

class LabDocument;
class LabScene;

// The "Add link" tool, an interaction mode of the canvas: while it is active a click on a node
// offers that node's free ports, the choice becomes the first end (a dashed line then follows
// the pointer), and a click on another node and one of its free ports adds the link as one
// undoable command. Esc or a click on the background drops the first end; Esc again leaves
// the tool. The steps a click triggers (pickNode, begin, finish, cancel) are public so tests
// and keyboard users take the same path; the port menu is a function the owner can replace.
class LinkTool : public QObject {
    Q_OBJECT
public:
    // Returns the chosen port, or nothing when the user dismissed the menu.
    using PortChooser = std::function<std::optional<std::string>(
        const std::string &node, const std::vector<std::string> &freePorts, QPoint screenPos)>;

    LinkTool(LabDocument &document, LabScene &scene, PortChooser chooser,
             QObject *parent = nullptr);
    ~LinkTool() override;

    bool isActive() const { return m_active; }
    const std::optional<LabLinkEnd> &firstEnd() const { return m_firstEnd; }
    void setPortChooser(PortChooser chooser) { m_chooser = std::move(chooser); }

public slots:
    void setActive(bool active);
    // A click on `node`: asks for one of its free ports, then begins or finishes the link.
    void pickNode(const std::string &node, QPoint screenPos = {});
    bool begin(const std::string &node, const std::string &port);
    bool finish(const std::string &node, const std::string &port);
    // Forgets the first end; the tool stays active.
    void cancel();

signals:
    void activeChanged(bool active);
    // What to do next, or why a link was refused, for the status bar.
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void clearFirstEnd();

    LabDocument &m_document;
    LabScene &m_scene;
    PortChooser m_chooser;
    bool m_active = false;
    std::optional<LabLinkEnd> m_firstEnd;
    QGraphicsLineItem *m_rubberBand = nullptr;
};

} // namespace routerlab::gui
