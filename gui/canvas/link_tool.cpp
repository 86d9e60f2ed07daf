#include "canvas/link_tool.h"

#include "canvas/lab_scene.h"
#include "canvas/node_item.h"
#include "editor/lab_document.h"
#include "editor/node_ports.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPen>

#include <algorithm>

namespace routerlab::gui {
namespace {

QString endText(const std::string &node, const std::string &port)
{
    return QStringLiteral("%1 %2").arg(QString::fromStdString(node),
                                       QString::fromStdString(portLabel(port)));
}

} // namespace

LinkTool::LinkTool(LabDocument &document, LabScene &scene, PortChooser chooser, QObject *parent)
    : QObject(parent), m_document(document), m_scene(scene), m_chooser(std::move(chooser))
{
    scene.installEventFilter(this);
    // The scene deletes its items, the dashed line included, when it goes first.
    connect(&scene, &QObject::destroyed, this, [this] { m_rubberBand = nullptr; });
    connect(&document, &LabDocument::reset, this, &LinkTool::cancel);
    connect(&document, &LabDocument::nodeRemoved, this, [this](const std::string &name) {
        if (m_firstEnd && m_firstEnd->node == name)
            cancel();
    });
    connect(&document, &LabDocument::nodeRenamed, this,
            [this](const std::string &oldName, const std::string &newName) {
                if (m_firstEnd && m_firstEnd->node == oldName)
                    m_firstEnd->node = newName;
            });
}

LinkTool::~LinkTool() { clearFirstEnd(); }

void LinkTool::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    clearFirstEnd();
    if (active)
        emit statusMessage(tr("Add link: click the first node."));
    else
        emit statusMessage(QString());
    emit activeChanged(active);
}

void LinkTool::pickNode(const std::string &node, QPoint screenPos)
{
    std::vector<std::string> ports = m_document.freePorts(node);
    if (m_firstEnd && m_firstEnd->node == node)
        std::erase(ports, m_firstEnd->port);
    if (ports.empty()) {
        emit statusMessage(tr("%1 has no free port.").arg(QString::fromStdString(node)));
        return;
    }
    const std::optional<std::string> port =
        m_chooser ? m_chooser(node, ports, screenPos) : std::nullopt;
    if (!port)
        return;
    if (m_firstEnd)
        finish(node, *port);
    else
        begin(node, *port);
}

bool LinkTool::begin(const std::string &node, const std::string &port)
{
    const std::vector<std::string> free = m_document.freePorts(node);
    NodeItem *item = m_scene.nodeItem(node);
    if (!item || std::find(free.begin(), free.end(), port) == free.end()) {
        emit statusMessage(tr("%1 is not a free port.").arg(endText(node, port)));
        return false;
    }
    clearFirstEnd();
    m_firstEnd = LabLinkEnd{node, port};
    m_rubberBand = new QGraphicsLineItem(QLineF(item->scenePos(), item->scenePos()));
    m_rubberBand->setPen(QPen(QColor(0x2f, 0x7f, 0xc1), 2, Qt::DashLine));
    m_rubberBand->setZValue(0.5);
    m_scene.addItem(m_rubberBand);
    emit statusMessage(tr("Add link from %1: click the other node.").arg(endText(node, port)));
    return true;
}

bool LinkTool::finish(const std::string &node, const std::string &port)
{
    if (!m_firstEnd)
        return false;
    const LabLinkSpec link{*m_firstEnd, LabLinkEnd{node, port}};
    QString problem;
    if (!m_document.addLink(link, &problem)) {
        emit statusMessage(problem);
        return false;
    }
    clearFirstEnd();
    emit statusMessage(
        tr("Linked %1 to %2.").arg(endText(link.a.node, link.a.port), endText(node, port)));
    return true;
}

void LinkTool::cancel()
{
    const bool hadFirstEnd = m_firstEnd.has_value();
    clearFirstEnd();
    if (hadFirstEnd && m_active)
        emit statusMessage(tr("Add link: click the first node."));
}

void LinkTool::clearFirstEnd()
{
    m_firstEnd.reset();
    delete m_rubberBand;
    m_rubberBand = nullptr;
}

bool LinkTool::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_scene || !m_active)
        return false;
    switch (event->type()) {
    case QEvent::GraphicsSceneMousePress: {
        auto *mouse = static_cast<QGraphicsSceneMouseEvent *>(event);
        NodeItem *node = m_scene.nodeItemAt(mouse->scenePos());
        if (mouse->button() == Qt::LeftButton && node)
            pickNode(node->name(), mouse->screenPos());
        else
            cancel();
        return true;
    }
    case QEvent::GraphicsSceneMouseRelease:
    case QEvent::GraphicsSceneMouseDoubleClick:
        return true;
    case QEvent::GraphicsSceneMouseMove:
        if (m_rubberBand) {
            auto *mouse = static_cast<QGraphicsSceneMouseEvent *>(event);
            m_rubberBand->setLine(QLineF(m_rubberBand->line().p1(), mouse->scenePos()));
        }
        return false;
    case QEvent::KeyPress:
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            if (m_firstEnd)
                cancel();
            else
                setActive(false);
            return true;
        }
        return false;
    default:
        return false;
    }
}

} // namespace routerlab::gui
