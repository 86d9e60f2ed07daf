#pragma once

#include "panels/event_timeline_model.h"

#include <QDockWidget>

class QComboBox;
class QTableView;

namespace routerlab::gui {

class EmulatorBridge;

// The lab's log book: a table of every link, interface, HSRP, redundancy, syslog and route
// event the bridge reports (frames are left to captures), with a node filter and a kind
// filter. Clicking a row emits nodeActivated so the main window can select that node on the
// canvas. Keeps the last EventTimelineModel::kMaximumRows rows; follows new rows while
// scrolled to the bottom.
class EventTimelineDock : public QDockWidget {
    Q_OBJECT
public:
    explicit EventTimelineDock(QWidget *parent = nullptr);

    // Follows the bridge's event signals until either goes away.
    void connectBridge(const EmulatorBridge &bridge);
    // Offers these nodes in the filter before they have events (the lab's nodes, in order).
    void setNodes(const QStringList &nodes);
    void addEvent(qint64 labTimeNs, const QStringList &nodes, const QString &kind,
                  const QString &text, bool warning = false);
    void clear();

    // Empty shows all.
    void setNodeFilter(const QString &node);
    void setKindFilter(const QString &kind);

    int totalRowCount() const { return m_model->rowCount(); }
    int visibleRowCount() const { return m_filter->rowCount(); }
    // The text of a visible cell (tests, copy).
    QString visibleText(int row, int column) const;
    QTableView *view() const { return m_view; }
    QComboBox *nodeSelector() const { return m_nodes; }
    QComboBox *kindSelector() const { return m_kinds; }

signals:
    void nodeActivated(const QString &node);

private:
    void addNodeChoice(const QString &node);
    void rowClicked(const QModelIndex &index);

    EventTimelineModel *m_model = nullptr;
    EventTimelineFilter *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_nodes = nullptr;
    QComboBox *m_kinds = nullptr;
    bool m_followNewest = true;
};

} // namespace routerlab::gui
