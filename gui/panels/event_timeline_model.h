#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <deque>

namespace routerlab::gui {

// What the event timeline lists: one row per lab event worth a human's attention (not every
// frame), oldest first, at most kMaximumRows (the oldest scroll away). Columns: lab time,
// node(s), kind, text.
class EventTimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kMaximumRows = 5000;
    enum Column { TimeColumn, NodeColumn, KindColumn, TextColumn, ColumnCount };
    // The kinds the timeline knows, in the order the filter offers them.
    static const QStringList &kinds();
    // Role holding a row's nodes (QStringList): a link concerns both of its ends.
    static constexpr int NodesRole = Qt::UserRole + 1;

    struct Entry {
        qint64 labTimeNs = 0;
        QStringList nodes;
        QString kind;
        QString text;
        bool warning = false; // drawn in red: a link or line protocol down, a severe syslog
    };

    explicit EventTimelineModel(QObject *parent = nullptr);

    void append(Entry entry);
    void clear();
    const Entry &entry(int row) const { return m_entries[static_cast<std::size_t>(row)]; }
    // "00:01:23.456"
    static QString timeText(qint64 labTimeNs);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::deque<Entry> m_entries;
};

// Rows of one node and/or one kind; an empty filter lets everything through.
class EventTimelineFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNode(const QString &node);
    void setKind(const QString &kind);
    QString node() const { return m_node; }
    QString kind() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_node;
    QString m_kind;
};

} // namespace routerlab::gui
