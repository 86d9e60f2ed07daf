#pragma once

#include "runtime/frame_kind.h"

#include <QElapsedTimer>
#include <QLineF>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <vector>

class QGraphicsEllipseItem;
class QGraphicsObject;
class QGraphicsScene;

namespace routerlab::gui {

class EmulatorBridge;

// Frames crossing links, drawn as small dots coloured by protocol (frame_kind.h: ARP orange,
// ICMP blue, HSRP green, STP purple, OSPF red, ISAKMP/ESP teal) that travel from the sending
// node to the far end. A dot's trip takes a fixed wall-clock time whatever the lab speed,
// so 30× stays watchable; at most maxDotsPerLinkPerSecond() dots start per link per wall
// second and the rest are counted, not drawn, so a busy link stays readable. One timer moves
// every dot and stops when none is in flight.
//
// The path lookup gives a link's line in scene coordinates, from `fromNode`'s end to the other
// (nullopt: not on the canvas, skip the frame).
class PacketFlowAnimator : public QObject {
    Q_OBJECT
public:
    using PathLookup =
        std::function<std::optional<QLineF>(const QString &link, const QString &fromNode)>;

    static constexpr int kDefaultMaxDotsPerLinkPerSecond = 6;
    static constexpr std::chrono::milliseconds kDefaultTravelTime{700};
    static constexpr qreal kDotRadius = 4;

    PacketFlowAnimator(QGraphicsScene &scene, PathLookup pathOf, QObject *parent = nullptr);
    ~PacketFlowAnimator() override;

    void connectBridge(const EmulatorBridge &bridge);

    // Off: dots in flight vanish and frames are ignored. On by default.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setMaxDotsPerLinkPerSecond(int dots) { m_maxDotsPerLinkPerSecond = std::max(dots, 1); }
    int maxDotsPerLinkPerSecond() const { return m_maxDotsPerLinkPerSecond; }
    void setTravelTime(std::chrono::milliseconds travelTime) { m_travelTime = travelTime; }

    int dotsInFlight() const { return m_layer ? static_cast<int>(m_dots.size()) : 0; }
    // Frames not drawn because their link was at its rate.
    quint64 framesSkipped() const { return m_skipped; }
    // The dots' scene items, oldest first (tests look at their colour and position).
    std::vector<QGraphicsEllipseItem *> dots() const;

public slots:
    void showFrame(const QString &link, const QString &node, const QString &port,
                   routerlab::gui::FrameKind kind, qint64 labTimeNs);

private:
    struct Dot {
        QGraphicsEllipseItem *item = nullptr;
        QLineF path;
        qint64 startedMs = 0;
    };

    bool admit(const QString &link, qint64 nowMs);
    QGraphicsObject *layer();
    void step();
    void removeAll();

    QPointer<QGraphicsScene> m_scene;
    // The dots' parent item. Guarded: if the scene is cleared under us, the dots go with it and
    // the animator notices instead of touching deleted items.
    QPointer<QGraphicsObject> m_layer;
    PathLookup m_pathOf;
    bool m_enabled = true;
    int m_maxDotsPerLinkPerSecond = kDefaultMaxDotsPerLinkPerSecond;
    std::chrono::milliseconds m_travelTime = kDefaultTravelTime;
    QElapsedTimer m_wall;
    QTimer m_frameTimer;
    std::deque<Dot> m_dots;
    std::map<QString, std::deque<qint64>> m_recentStarts; // per link: wall ms of dots started
    quint64 m_skipped = 0;
};

} // namespace routerlab::gui
