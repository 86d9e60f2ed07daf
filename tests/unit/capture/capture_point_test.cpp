#include "capture/capture_point.h"
#include "core/event_bus.h"
#include "core/scheduler.h"
#include "link/segment.h"

#include <QTemporaryDir>
#include <QtTest>

#include "support/pcap_read_back.h"

using namespace routerlab;

namespace {

struct NullSink : FrameSink {
    void receiveFrame(const FrameBytes &) override {}
    void carrierChanged(bool) override {}
};

using testing::readBack;

FrameBytes frameOf(std::uint8_t tag)
{
    return std::make_shared<const std::vector<std::uint8_t>>(60, tag);
}

} // namespace

class CapturePointTest : public QObject {
    Q_OBJECT
private slots:
    void capturesBothDirectionsOfItsLinkOnly()
    {
        Scheduler scheduler;
        EventBus bus;
        NullSink a, b, c, d;
        Segment watched(scheduler, bus, "R1-R2");
        Segment other(scheduler, bus, "R3-R4");
        watched.attach(0, "R1", "FastEthernet0/0", &a);
        watched.attach(1, "R2", "FastEthernet0/0", &b);
        other.attach(0, "R3", "FastEthernet0/0", &c);
        other.attach(1, "R4", "FastEthernet0/0", &d);

        QTemporaryDir dir;
        const std::string path = dir.filePath("r1-r2.pcap").toStdString();
        CapturePoint capture(bus, "R1-R2", std::make_unique<PcapWriter>(path));
        QVERIFY2(capture.isCapturing(), capture.errorString().c_str());
        QCOMPARE(capture.linkName(), std::string("R1-R2"));

        scheduler.runUntil(seconds(1));
        watched.transmit(0, frameOf(1));
        other.transmit(0, frameOf(2));
        scheduler.runUntil(seconds(2) + milliseconds(500));
        watched.transmit(1, frameOf(3));
        scheduler.runUntil(seconds(3));
        QCOMPARE(capture.framesCaptured(), std::uint64_t(2));

        capture.stop();
        QVERIFY(!capture.isCapturing());
        watched.transmit(0, frameOf(4));

        const auto records = readBack(path);
        QCOMPARE(records.size(), std::size_t(2));
        const std::int64_t epoch = PcapWriter::kLabEpochUnixSeconds;
        QCOMPARE(records[0].seconds, epoch + 1);
        QCOMPARE(records[0].micros, std::int64_t(0));
        QCOMPARE(records[0].bytes, *frameOf(1));
        QCOMPARE(records[1].seconds, epoch + 2);
        QCOMPARE(records[1].micros, std::int64_t(500000));
        QCOMPARE(records[1].bytes, *frameOf(3));
    }

    void aFailedWriterCapturesNothingAndSaysWhy()
    {
        EventBus bus;
        QTemporaryDir dir;
        const std::string path = dir.filePath("missing/dir/x.pcap").toStdString();
        CapturePoint capture(bus, "R1-R2", std::make_unique<PcapWriter>(path));
        QVERIFY(!capture.isCapturing());
        QVERIFY(!capture.errorString().empty());
        QVERIFY(!bus.hasSubscribers());
    }

    void stopsListeningWhenDestroyed()
    {
        EventBus bus;
        QTemporaryDir dir;
        {
            CapturePoint capture(bus, "L", std::make_unique<PcapWriter>(
                                               dir.filePath("l.pcap").toStdString()));
            QVERIFY(bus.hasSubscribers());
        }
        QVERIFY(!bus.hasSubscribers());
        bus.publish(FrameTransmitted{"L", "R1", "e0", SimTime{0}, frameOf(1)});
    }
};

QTEST_APPLESS_MAIN(CapturePointTest)
#include "capture_point_test.moc"
