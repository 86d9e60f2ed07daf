// The Configuration BPDUs a switch running spanning tree sends, captured off its link the way a
// lab capture takes them (the bus's FrameTransmitted into a PcapWriter), must decode in tshark
// as STP with every field as sent and no malformed packet or expert error.
#include <QtTest>

#include "capture/capture_point.h"
#include "core/event_bus.h"
#include "core/scheduler.h"
#include "link/learning_switch.h"
#include "link/segment.h"
#include "support/pcap_read_back.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace routerlab;

namespace {

struct Host : FrameSink {
    void receiveFrame(const FrameBytes &) override {}
    void carrierChanged(bool) override {}
};

} // namespace

class StpBpduTsharkTest : public QObject {
    Q_OBJECT
private slots:
    void capturedBpdusDecodeAsStpWithoutErrors()
    {
        const QString tshark = QStandardPaths::findExecutable("tshark");
        if (tshark.isEmpty())
            QSKIP("tshark is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString pcap = dir.filePath("stp.pcap");
        {
            Scheduler scheduler;
            EventBus bus;
            LearningSwitch sw(scheduler, bus, "SW1");
            SpanningTreeSettings settings;
            settings.enabled = true;
            settings.bridgeAddress = *MacAddress::parse("ce01.1234.0000");
            sw.setSpanningTree(settings);
            Host host;
            Segment link(scheduler, bus, "SW1:3 <-> H1:e0");
            link.attach(0, "H1", "e0", &host);
            sw.connect("3", &link, 1);
            CapturePoint capture(bus, link.name(),
                                 std::make_unique<PcapWriter>(pcap.toStdString()));
            QVERIFY(capture.isCapturing());
            scheduler.runUntil(seconds(5));
            QCOMPARE(capture.framesCaptured(), std::uint64_t(3));
            sw.disconnect("3");
        }
        const auto records = testing::readBack(pcap.toStdString());
        QCOMPARE(records.size(), std::size_t(3));
        QCOMPARE(records[0].bytes.size(), std::size_t(60));

        QProcess decode;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("HOME", dir.path()); // tshark wants a writable profile folder
        decode.setProcessEnvironment(environment);
        QStringList arguments{"-r", pcap, "-T", "fields", "-E", "separator=|"};
        for (const char *field : {"_ws.col.Protocol", "eth.src", "llc.dsap", "stp.type",
                                  "stp.root.prio", "stp.root.hw", "stp.root.cost", "stp.bridge.hw",
                                  "stp.port", "stp.msg_age", "stp.max_age", "stp.hello",
                                  "stp.forward", "_ws.malformed", "_ws.expert"})
            arguments << "-e" << field;
        decode.start(tshark, arguments);
        QVERIFY(decode.waitForFinished(60000));
        QCOMPARE(decode.exitCode(), 0);
        const QString output = QString::fromUtf8(decode.readAllStandardOutput());
        QVERIFY2(!output.contains("Malformed"), qPrintable(output));
        const QStringList lines = output.split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines)
            QCOMPARE(line, QString("STP|ce:01:12:34:00:03|0x42|0x00|32768|ce:01:12:34:00:00|0|"
                                   "ce:01:12:34:00:00|0x8003|0|20|2|15||"));
    }
};

QTEST_GUILESS_MAIN(StpBpduTsharkTest)
#include "stp_bpdu_tshark_test.moc"
