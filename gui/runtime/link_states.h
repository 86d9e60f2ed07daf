#pragma once

#include "canvas/link_item.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <utility>

namespace routerlab {
class Lab;
struct LabLinkSpec;
} // namespace routerlab

namespace routerlab::gui {

class EmulatorBridge;
class LabScene;

// What every link end's dot shows, learnt from the emulator's events alone: a router end shows
// its interface (administratively down, line protocol up or down), a switch end whether its
// cable has carrier. Attaching to a running lab starts from its snapshot and follows the bus
// after; detached (stopped), or for a link the lab does not run (drawn since it started), the
// dots go away.
class LinkStates : public QObject {
    Q_OBJECT
public:
    explicit LinkStates(QObject *parent = nullptr);
    ~LinkStates() override;

    void attach(Lab &lab);
    void detach();

    LinkItem::EndState endState(const LabLinkSpec &link, int side) const;
    // Sets every link item's dots.
    void paint(LabScene &scene) const;

signals:
    // An interface or a link changed; the dots need painting again.
    void changed();

private:
    void interfaceSeen(const QString &node, const QString &interface, bool adminUp, bool lineUp);
    void linkSeen(const QString &link, bool up);

    struct InterfaceState {
        bool adminUp = false;
        bool lineUp = false;
    };
    std::unique_ptr<EmulatorBridge> m_bridge;
    std::map<std::pair<QString, QString>, InterfaceState> m_interfaces; // (node, interface)
    std::map<QString, bool> m_carriers;                                  // link name -> carrier
};

} // namespace routerlab::gui
