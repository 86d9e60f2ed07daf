#include "canvas/lab_view.h"

#include "canvas/lab_scene.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace routerlab::gui {
namespace {

constexpr double minimumZoom = 0.1;
constexpr double maximumZoom = 5.0;
constexpr double zoomStep = 1.2;
constexpr double maximumFitZoom = 1.5;

} // namespace

LabView::LabView(LabScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorViewCenter);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
}

QPointF LabView::visibleCentre() const { return mapToScene(viewport()->rect().center()); }

void LabView::zoomIn() { zoomBy(zoomStep); }

void LabView::zoomOut() { zoomBy(1 / zoomStep); }

void LabView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, minimumZoom, maximumZoom);
    const double applied = target / zoom();
    scale(applied, applied);
}

// Qt's AnchorUnderMouse follows the last mouse move (or the global cursor), not the wheel
// event; anchoring by hand keeps exactly the point under the wheel in place.
void LabView::zoomAround(double factor, QPoint viewportPos)
{
    const QPointF anchor = mapToScene(viewportPos);
    const ViewportAnchor previous = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    zoomBy(factor);
    setTransformationAnchor(previous);
    panBy(viewportPos - mapFromScene(anchor));
}

void LabView::fitToView()
{
    m_fitPending = !isVisible();
    if (m_fitPending)
        return;
    const QRectF content = static_cast<LabScene *>(scene())->contentRect();
    if (content.isEmpty()) {
        resetTransform();
        return;
    }
    fitInView(content, Qt::KeepAspectRatio);
    if (zoom() > maximumFitZoom) {
        const ViewportAnchor anchor = transformationAnchor();
        setTransformationAnchor(AnchorViewCenter);
        scale(maximumFitZoom / zoom(), maximumFitZoom / zoom());
        setTransformationAnchor(anchor);
        centerOn(content.center());
    }
}

void LabView::setLinkMode(bool active)
{
    m_linkMode = active;
    if (active)
        viewport()->setCursor(Qt::CrossCursor);
    else
        viewport()->unsetCursor();
    setDragMode(active ? NoDrag : RubberBandDrag);
}

void LabView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomAround(std::pow(zoomStep, steps / 120.0), event->position().toPoint());
    event->accept();
}

void LabView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_middlePanning = true;
        m_lastPanPos = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void LabView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_middlePanning) {
        panBy(event->position().toPoint() - m_lastPanPos);
        m_lastPanPos = event->position().toPoint();
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void LabView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_middlePanning && event->button() == Qt::MiddleButton) {
        m_middlePanning = false;
        setLinkMode(m_linkMode);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void LabView::panBy(QPoint delta)
{
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
}

void LabView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        setSpacePanning(true);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void LabView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        setSpacePanning(false);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void LabView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitPending)
        fitToView();
}

// While space is held the whole canvas is a hand: no item takes the press.
void LabView::setSpacePanning(bool panning)
{
    if (m_spacePanning == panning)
        return;
    m_spacePanning = panning;
    setInteractive(!panning);
    setDragMode(panning ? ScrollHandDrag : m_linkMode ? NoDrag : RubberBandDrag);
}

} // namespace routerlab::gui
