#include "panels/event_timeline_dock.h"

#include "cli/interface_names.h"
#include "runtime/emulator_bridge.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace routerlab::gui {
namespace {

QString shortName(const QString &interface)
{
    return QString::fromStdString(cli::shortInterfaceName(interface.toStdString()));
}

// "R1:FastEthernet0/0 <-> SW1:1" (Segment::name) -> {"R1", "SW1"}.
QStringList linkNodes(const QString &link)
{
    QStringList nodes;
    for (const QString &end : link.split(QStringLiteral(" <-> "))) {
        const QString node = end.section(QLatin1Char(':'), 0, 0);
        if (!node.isEmpty())
            nodes.append(node);
    }
    return nodes;
}

QString interfaceText(const QString &interface, bool adminUp, bool lineUp)
{
    return QStringLiteral("%1 is %2, line protocol is %3")
        .arg(interface, adminUp ? QStringLiteral("up") : QStringLiteral("administratively down"),
             lineUp ? QStringLiteral("up") : QStringLiteral("down"));
}

// The console line starts with its timestamp; the table has a time column of its own.
QString syslogText(const QString &line)
{
    const qsizetype percent = line.indexOf(QLatin1Char('%'));
    return percent >= 0 ? line.mid(percent) : line;
}

constexpr int kSevereSyslog = 3; // errors and worse: %LINK-3-UPDOWN
constexpr const char *kAll = "";

} // namespace

EventTimelineDock::EventTimelineDock(QWidget *parent)
    : QDockWidget(tr("Event Timeline"), parent), m_model(new EventTimelineModel(this)),
      m_filter(new EventTimelineFilter(this))
{
    setObjectName(QStringLiteral("eventTimelineDock"));
    m_filter->setSourceModel(m_model);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    m_nodes = new QComboBox(content);
    m_nodes->addItem(tr("All nodes"), QString::fromLatin1(kAll));
    m_nodes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kinds = new QComboBox(content);
    m_kinds->addItem(tr("All kinds"), QString::fromLatin1(kAll));
    for (const QString &kind : EventTimelineModel::kinds())
        m_kinds->addItem(kind, kind);
    filters->addWidget(new QLabel(tr("Node:"), content));
    filters->addWidget(m_nodes);
    filters->addWidget(new QLabel(tr("Kind:"), content));
    filters->addWidget(m_kinds);
    filters->addStretch();
    layout->addLayout(filters);

    m_view = new QTableView(content);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(EventTimelineModel::TimeColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setColumnWidth(EventTimelineModel::NodeColumn, 120);
    m_view->setColumnWidth(EventTimelineModel::KindColumn, 96);
    layout->addWidget(m_view);
    setWidget(content);

    connect(m_nodes, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setNode(m_nodes->itemData(index).toString()); });
    connect(m_kinds, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_filter->setKind(m_kinds->itemData(index).toString()); });
    connect(m_view, &QTableView::clicked, this, &EventTimelineDock::rowClicked);
    connect(m_view, &QTableView::activated, this, &EventTimelineDock::rowClicked);
    // Follow the newest row, unless the user scrolled up to read something.
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *scroll = m_view->verticalScrollBar();
        m_followNewest = scroll->value() >= scroll->maximum();
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followNewest)
            m_view->scrollToBottom();
    });
}

void EventTimelineDock::connectBridge(const EmulatorBridge &bridge)
{
    connect(&bridge, &EmulatorBridge::linkStateChanged, this,
            [this](const QString &link, bool up, qint64 time) {
                addEvent(time, linkNodes(link), QStringLiteral("Link"),
                         QStringLiteral("%1 %2").arg(link, up ? QStringLiteral("up")
                                                              : QStringLiteral("down")),
                         !up);
            });
    connect(&bridge, &EmulatorBridge::interfaceStateChanged, this,
            [this](const QString &node, const QString &interface, bool adminUp, bool lineUp,
                   qint64 time) {
                addEvent(time, {node}, QStringLiteral("Interface"),
                         interfaceText(interface, adminUp, lineUp), adminUp && !lineUp);
            });
    connect(&bridge, &EmulatorBridge::hsrpStateChanged, this,
            [this](const QString &node, const QString &interface, int group,
                   const QString &oldState, const QString &newState, const QString &vip,
                   qint64 time) {
                QString text = QStringLiteral("%1 Grp %2 %3 -> %4")
                                   .arg(shortName(interface))
                                   .arg(group)
                                   .arg(oldState, newState);
                if (!vip.isEmpty())
                    text += QStringLiteral("  (VIP %1)").arg(vip);
                addEvent(time, {node}, QStringLiteral("HSRP"), text,
                         oldState == QLatin1String("Active"));
            });
    connect(&bridge, &EmulatorBridge::redundancyStateChanged, this,
            [this](const QString &node, const QString &name, const QString &oldState,
                   const QString &newState, bool, qint64 time) {
                addEvent(time, {node}, QStringLiteral("Redundancy"),
                         QStringLiteral("%1 %2 -> %3").arg(name, oldState, newState));
            });
    connect(&bridge, &EmulatorBridge::syslog, this,
            [this](const QString &node, const QString &text, int severity, const QString &,
                   qint64 time) {
                addEvent(time, {node}, QStringLiteral("Syslog"), syslogText(text),
                         severity <= kSevereSyslog);
            });
    connect(&bridge, &EmulatorBridge::routeChanged, this,
            [this](const QString &node, const QString &prefix, QChar source, bool added,
                   qint64 time) {
                addEvent(time, {node}, QStringLiteral("Route"),
                         QStringLiteral("%1 %2 %3")
                             .arg(added ? QStringLiteral("installed") : QStringLiteral("removed"),
                                  QString(source), prefix));
            });
}

void EventTimelineDock::setNodes(const QStringList &nodes)
{
    for (const QString &node : nodes)
        addNodeChoice(node);
}

void EventTimelineDock::addNodeChoice(const QString &node)
{
    if (m_nodes->findData(node) < 0)
        m_nodes->addItem(node, node);
}

void EventTimelineDock::addEvent(qint64 labTimeNs, const QStringList &nodes, const QString &kind,
                                 const QString &text, bool warning)
{
    for (const QString &node : nodes)
        addNodeChoice(node);
    m_model->append({labTimeNs, nodes, kind, text, warning});
}

void EventTimelineDock::clear() { m_model->clear(); }

void EventTimelineDock::setNodeFilter(const QString &node)
{
    const int index = m_nodes->findData(node);
    m_nodes->setCurrentIndex(index >= 0 ? index : 0);
}

void EventTimelineDock::setKindFilter(const QString &kind)
{
    const int index = m_kinds->findData(kind);
    m_kinds->setCurrentIndex(index >= 0 ? index : 0);
}

QString EventTimelineDock::visibleText(int row, int column) const
{
    return m_filter->index(row, column).data().toString();
}

void EventTimelineDock::rowClicked(const QModelIndex &index)
{
    const QStringList nodes = index.data(EventTimelineModel::NodesRole).toStringList();
    if (nodes.isEmpty())
        return;
    // A link row names both ends; its "a" side is the one selected.
    emit nodeActivated(nodes.first());
}

} // namespace routerlab::gui
