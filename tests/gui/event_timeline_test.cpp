// The event timeline is the lab's log book: every interface, link, HSRP, redundancy and syslog
// event the bridge reports becomes a row (frames do not), the node and kind filters narrow it,
// a click names the node to select, and the oldest rows make room for new ones.
#include <QtTest>

#include "gui/running_lab.h"
#include "panels/event_timeline_dock.h"
#include "runtime/emulator_bridge.h"

#include <QComboBox>
#include <QDir>
#include <QTableView>

using namespace routerlab;
using namespace routerlab::gui;
using routerlab::testing::RunningLab;

namespace {

QStringList column(const EventTimelineDock &dock, int columnIndex)
{
    QStringList values;
    for (int row = 0; row < dock.visibleRowCount(); ++row)
        values.append(dock.visibleText(row, columnIndex));
    return values;
}

// three-routers booted with the timeline watching, then R3 shuts its link to R2.
struct TimelineFixture {
    TimelineFixture() : running("three-routers"), bridge(running.lab)
    {
        dock.connectBridge(bridge);
        running.start();
        running.lab.runFor(seconds(5));
        running.configure("R3", {"interface FastEthernet1/0", "shutdown"});
        running.lab.runFor(seconds(2));
    }

    RunningLab running;
    EmulatorBridge bridge;
    EventTimelineDock dock;
};

} // namespace

class EventTimelineTest : public QObject {
    Q_OBJECT
private slots:
    void labEventsBecomeRowsButFramesDoNot()
    {
        TimelineFixture timeline;
        const QStringList kinds = column(timeline.dock, EventTimelineModel::KindColumn);
        QVERIFY(kinds.contains("Interface"));
        QVERIFY(kinds.contains("Link"));
        QVERIFY(kinds.contains("Syslog"));
        QVERIFY(kinds.contains("Route"));
        for (const QString &kind : kinds)
            QVERIFY2(EventTimelineModel::kinds().contains(kind), qPrintable(kind));
        const QStringList texts = column(timeline.dock, EventTimelineModel::TextColumn);
        QVERIFY(texts.contains("FastEthernet1/0 is administratively down, line protocol is down"));
        QVERIFY(texts.contains(
            "%LINK-5-CHANGED: Interface FastEthernet1/0, changed state to administratively down"));
        // Rows are in lab time order, stamped from the lab clock.
        const QStringList times = column(timeline.dock, EventTimelineModel::TimeColumn);
        QVERIFY(std::is_sorted(times.begin(), times.end()));
        QCOMPARE(times.first().left(8), QString("00:00:00"));
        QVERIFY(times.last() >= QString("00:00:05"));
    }

    void theNodeFilterKeepsOneNodesRows()
    {
        TimelineFixture timeline;
        const int all = timeline.dock.visibleRowCount();
        QVERIFY(timeline.dock.nodeSelector()->findText("R3") >= 0);
        timeline.dock.setNodeFilter("R3");
        QVERIFY(timeline.dock.visibleRowCount() > 0);
        QVERIFY(timeline.dock.visibleRowCount() < all);
        for (const QString &nodes : column(timeline.dock, EventTimelineModel::NodeColumn))
            QVERIFY2(nodes.split(" ↔ ").contains("R3"), qPrintable(nodes));
        timeline.dock.setNodeFilter({});
        QCOMPARE(timeline.dock.visibleRowCount(), all);
    }

    void theKindFilterCombinesWithTheNodeFilter()
    {
        TimelineFixture timeline;
        timeline.dock.setKindFilter("Interface");
        for (const QString &kind : column(timeline.dock, EventTimelineModel::KindColumn))
            QCOMPARE(kind, QString("Interface"));
        timeline.dock.setNodeFilter("R2");
        // R2 saw its side of the cable lose carrier.
        QVERIFY(column(timeline.dock, EventTimelineModel::TextColumn)
                    .contains("FastEthernet0/1 is up, line protocol is down"));
        for (const QString &node : column(timeline.dock, EventTimelineModel::NodeColumn))
            QCOMPARE(node, QString("R2"));
        // The link row belongs to both of its ends.
        timeline.dock.setKindFilter("Link");
        QCOMPARE(column(timeline.dock, EventTimelineModel::NodeColumn).last(), QString("R2 ↔ R3"));
    }

    void clickingARowNamesItsNode()
    {
        TimelineFixture timeline;
        timeline.dock.resize(800, 400);
        timeline.dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline.dock));
        timeline.dock.setNodeFilter("R3");
        QSignalSpy activated(&timeline.dock, &EventTimelineDock::nodeActivated);
        QTableView *view = timeline.dock.view();
        view->scrollToTop();
        const QRect cell = view->visualRect(view->model()->index(0, EventTimelineModel::TextColumn));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toString(), QString("R3"));
    }

    void hsrpTransitionsAreListedWithTheirVirtualIp()
    {
        RunningLab running("seed-hsrp");
        EmulatorBridge bridge(running.lab);
        EventTimelineDock dock;
        dock.connectBridge(bridge);
        running.start();
        running.lab.runFor(seconds(60));
        dock.setKindFilter("HSRP");
        dock.setNodeFilter("7204VXR-1");
        QVERIFY(dock.visibleRowCount() > 0);
        QCOMPARE(dock.visibleText(dock.visibleRowCount() - 1, EventTimelineModel::TextColumn),
                 QString("Fa0/0 Grp 1 Standby -> Active  (VIP 172.16.172.53)"));
        dock.setKindFilter("Redundancy");
        QVERIFY(column(dock, EventTimelineModel::TextColumn).contains("VPNHA Standby -> Active"));

        dock.setKindFilter({});
        dock.setNodeFilter({});
        dock.resize(900, 420);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        dock.view()->scrollToBottom();
        QDir().mkpath(ROUTERLAB_BINARY_DIR "/gui-screenshots");
        QVERIFY(dock.grab().save(ROUTERLAB_BINARY_DIR "/gui-screenshots/event_timeline.png"));
    }

    void theOldestRowsMakeRoom()
    {
        EventTimelineDock dock;
        const int extra = 100;
        for (int index = 0; index < EventTimelineModel::kMaximumRows + extra; ++index)
            dock.addEvent(index, {"R1"}, "Syslog", QString("message %1").arg(index));
        QCOMPARE(dock.totalRowCount(), EventTimelineModel::kMaximumRows);
        QCOMPARE(dock.visibleText(0, EventTimelineModel::TextColumn), QString("message %1").arg(extra));
    }
};

QTEST_MAIN(EventTimelineTest)
#include "event_timeline_test.moc"
