#pragma once

#include <QGraphicsView>

namespace routerlab::gui {

class LabScene;

// The canvas widget: zooms with the wheel around the pointer, fits the lab in view, and pans
// by dragging the background with the middle button or with the space bar held (the left
// button then pans instead of selecting).
class LabView : public QGraphicsView {
    Q_OBJECT
public:
    explicit LabView(LabScene *scene, QWidget *parent = nullptr);

    double zoom() const { return transform().m11(); }
    // The scene point at the middle of what is visible (where palette double-clicks add).
    QPointF visibleCentre() const;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomBy(double factor);
    // Zooms keeping the scene point at `viewportPos` where it is (the wheel's way).
    void zoomAround(double factor, QPoint viewportPos);
    // Shows the whole lab, never magnified past 1.5x (a two-node lab should not fill a
    // monitor with two giant icons). Before the view is first shown it has no real size yet:
    // the fit then happens when it is shown.
    void fitToView();
    // The link tool's crosshair.
    void setLinkMode(bool active);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void panBy(QPoint delta);
    void setSpacePanning(bool panning);

    bool m_middlePanning = false;
    bool m_spacePanning = false;
    bool m_linkMode = false;
    bool m_fitPending = false;
    QPoint m_lastPanPos;
};

} // namespace routerlab::gui
