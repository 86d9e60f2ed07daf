#include "panels/event_timeline_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace routerlab::gui {

const QStringList &EventTimelineModel::kinds()
{
    static const QStringList all{QStringLiteral("Link"),       QStringLiteral("Interface"),
                                 QStringLiteral("HSRP"),       QStringLiteral("Redundancy"),
                                 QStringLiteral("Syslog"),     QStringLiteral("Route")};
    return all;
}

EventTimelineModel::EventTimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventTimelineModel::append(Entry entry)
{
    if (rowCount() >= kMaximumRows) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(entry));
    endInsertRows();
}

void EventTimelineModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString EventTimelineModel::timeText(qint64 labTimeNs)
{
    const qint64 milliseconds = std::max<qint64>(labTimeNs, 0) / 1'000'000;
    const qint64 seconds = milliseconds / 1000;
    return QStringLiteral("%1:%2:%3.%4")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'))
        .arg(milliseconds % 1000, 3, 10, QLatin1Char('0'));
}

int EventTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int EventTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Entry &row = entry(index.row());
    if (role == NodesRole)
        return row.nodes;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn: return timeText(row.labTimeNs);
        case NodeColumn: return row.nodes.join(QStringLiteral(" ↔ "));
        case KindColumn: return row.kind;
        case TextColumn: return row.text;
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole && row.warning)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::FontRole && index.column() == TimeColumn) {
        QFont font;
        font.setStyleHint(QFont::Monospace);
        font.setFamily(QStringLiteral("monospace"));
        return font;
    }
    return {};
}

QVariant EventTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Lab time");
    case NodeColumn: return tr("Node");
    case KindColumn: return tr("Kind");
    case TextColumn: return tr("Event");
    default: return {};
    }
}

void EventTimelineFilter::setNode(const QString &node)
{
    m_node = node;
    invalidateFilter();
}

void EventTimelineFilter::setKind(const QString &kind)
{
    m_kind = kind;
    invalidateFilter();
}

bool EventTimelineFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_node.isEmpty() &&
        !index.data(EventTimelineModel::NodesRole).toStringList().contains(m_node))
        return false;
    if (!m_kind.isEmpty() &&
        sourceModel()->index(sourceRow, EventTimelineModel::KindColumn, sourceParent).data() != m_kind)
        return false;
    return true;
}

} // namespace routerlab::gui
