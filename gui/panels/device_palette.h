#pragma once

#include "topology/lab_spec.h"

#include <QDockWidget>

class QListWidget;
class QMimeData;

namespace routerlab::gui {

// The dock listing what can be added: a Cisco 7200 router and an Ethernet switch. Drag one
// onto the canvas (the drag carries deviceMimeData) or double-click it to add it at the
// middle of the view.
class DevicePalette : public QDockWidget {
    Q_OBJECT
public:
    explicit DevicePalette(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // What dragging the entry of `kind` carries.
    static QMimeData *dragData(LabNodeSpec::Kind kind);

signals:
    void deviceActivated(routerlab::LabNodeSpec::Kind kind);

private:
    QListWidget *m_list;
};

} // namespace routerlab::gui
