#include "capture/pcap_writer.h"

#include <QTemporaryDir>
#include <QtTest>

#include "support/pcap_read_back.h"

#include <cstdio>

using namespace routerlab;

namespace {

using testing::readBack;

FrameBytes frameOfSize(std::size_t size, std::uint8_t seed)
{
    auto bytes = std::make_shared<std::vector<std::uint8_t>>(size);
    for (std::size_t i = 0; i < size; ++i)
        (*bytes)[i] = static_cast<std::uint8_t>(seed + i);
    return bytes;
}

} // namespace

class PcapWriterTest : public QObject {
    Q_OBJECT
private slots:
    void labEpochIsFirstOfMarch1993()
    {
        const QDateTime epoch =
            QDateTime::fromSecsSinceEpoch(PcapWriter::kLabEpochUnixSeconds, Qt::UTC);
        QCOMPARE(epoch, QDateTime(QDate(1993, 3, 1), QTime(0, 0), Qt::UTC));
    }

    void writesFramesWithVirtualTimestampsByteForByte()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.filePath("link.pcap").toStdString();
        const std::vector<std::pair<SimTime, FrameBytes>> frames{
            {SimTime{0}, frameOfSize(60, 1)},
            {std::chrono::microseconds(10), frameOfSize(64, 2)},
            {seconds(3) + milliseconds(250), frameOfSize(1514, 3)},
            {seconds(86400 + 5), frameOfSize(42, 4)},
        };
        {
            PcapWriter writer(path);
            QVERIFY2(writer.isOpen(), writer.errorString().c_str());
            for (const auto &[time, frame] : frames)
                QVERIFY(writer.write(time, frame));
            QCOMPARE(writer.framesWritten(), std::uint64_t(4));
        }
        int linkType = -1;
        const auto records = readBack(path, &linkType);
        QCOMPARE(linkType, DLT_EN10MB);
        QCOMPARE(records.size(), frames.size());
        const std::int64_t epoch = PcapWriter::kLabEpochUnixSeconds;
        const std::vector<std::pair<std::int64_t, std::int64_t>> stamps{
            {epoch, 0}, {epoch, 10}, {epoch + 3, 250000}, {epoch + 86405, 0}};
        for (std::size_t i = 0; i < frames.size(); ++i) {
            QCOMPARE(records[i].seconds, stamps[i].first);
            QCOMPARE(records[i].micros, stamps[i].second);
            QCOMPARE(records[i].bytes, *frames[i].second);
        }
    }

    void flushesEachFrameSoALiveReaderSeesIt()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("live.pcap").toStdString();
        PcapWriter writer(path);
        QVERIFY(writer.write(milliseconds(1), frameOfSize(60, 9)));
        // Still open: the reader sees the frame without the writer closing the file.
        const auto records = readBack(path);
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records[0].bytes, *frameOfSize(60, 9));
    }

    void honoursAChosenEpoch()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("epoch.pcap").toStdString();
        {
            PcapWriter writer(path, 1'000'000'000);
            QVERIFY(writer.write(seconds(2), frameOfSize(60, 0)));
        }
        const auto records = readBack(path);
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records[0].seconds, std::int64_t(1'000'000'002));
    }

    void reportsAnUnwritablePathWithoutCrashing()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("no/such/folder/x.pcap").toStdString();
        PcapWriter writer(path);
        QVERIFY(!writer.isOpen());
        QVERIFY(!writer.errorString().empty());
        QVERIFY(writer.errorString().find("no/such/folder") != std::string::npos);
        QVERIFY(!writer.write(SimTime{0}, frameOfSize(60, 0)));
        QVERIFY(!writer.write(SimTime{0}, FrameBytes{}));
    }

    void writesToAStreamAndLeavesItOpenForTheCaller()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("stream.pcap").toStdString();
        std::FILE *stream = std::fopen(path.c_str(), "wb");
        QVERIFY(stream);
        {
            PcapWriter writer(stream);
            QVERIFY2(writer.isOpen(), writer.errorString().c_str());
            QVERIFY(writer.write(milliseconds(5), frameOfSize(60, 7)));
        }
        QCOMPARE(std::fflush(stream), 0);
        QCOMPARE(std::fclose(stream), 0);
        const auto records = readBack(path);
        QCOMPARE(records.size(), std::size_t(1));
        QCOMPARE(records[0].micros, std::int64_t(5000));
        QCOMPARE(records[0].bytes, *frameOfSize(60, 7));
    }

    void reportsAMissingStream()
    {
        PcapWriter writer(static_cast<std::FILE *>(nullptr));
        QVERIFY(!writer.isOpen());
        QVERIFY(!writer.errorString().empty());
    }
};

QTEST_APPLESS_MAIN(PcapWriterTest)
#include "pcap_writer_test.moc"
