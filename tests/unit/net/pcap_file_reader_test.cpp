#include "net/pcap_file_reader.h"

#include <QtTest>

#include <string>

using namespace routerlab;

namespace {

const std::string kSharedVectors = ROUTERLAB_SHARED_DIR "/vectors/";

Bytes readWholeFile(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray contents = file.readAll();
    return Bytes(contents.begin(), contents.end());
}

void put32(Bytes &out, std::uint32_t value, bool bigEndian)
{
    for (int i = 0; i < 4; ++i) {
        const int shift = bigEndian ? 24 - 8 * i : 8 * i;
        out.push_back(static_cast<std::uint8_t>(value >> shift));
    }
}

void put16(Bytes &out, std::uint16_t value, bool bigEndian)
{
    out.push_back(static_cast<std::uint8_t>(bigEndian ? value >> 8 : value));
    out.push_back(static_cast<std::uint8_t>(bigEndian ? value : value >> 8));
}

// A capture written by hand, in either byte order, holding two small records.
Bytes syntheticCapture(bool bigEndian, std::uint32_t magic)
{
    Bytes out;
    put32(out, magic, bigEndian);
    put16(out, 2, bigEndian);
    put16(out, 4, bigEndian);
    put32(out, 0, bigEndian);
    put32(out, 0, bigEndian);
    put32(out, 65535, bigEndian);
    put32(out, PcapFileReader::kLinkTypeEthernet, bigEndian);
    const Bytes records[] = {{0xde, 0xad, 0xbe, 0xef}, {0x01, 0x02, 0x03}};
    std::uint32_t seconds = 1000;
    for (const Bytes &record : records) {
        put32(out, seconds++, bigEndian);
        put32(out, 250, bigEndian);
        put32(out, static_cast<std::uint32_t>(record.size()), bigEndian);
        put32(out, 60, bigEndian);
        out.insert(out.end(), record.begin(), record.end());
    }
    return out;
}

} // namespace

class PcapFileReaderTest : public QObject {
    Q_OBJECT
private slots:
    void readsEveryFrameOfTheSharedVectors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("frameCount");
        QTest::addColumn<int>("firstFrameLength");
        QTest::addColumn<qint64>("firstTimestampMicroseconds");
        // Counts and first records as tshark/capinfos report them.
        QTest::newRow("ospf") << "ospf-frr-adjacency.pcap" << 66 << 54
                              << qint64(0x6b09058d) * 1000000 + 0x0ee648;
        QTest::newRow("ike") << "ikev1-des-md5-modp768-strongswan.pcap" << 118 << 222
                             << qint64(0x6b090542) * 1000000 + 0x0b5231;
    }

    void readsEveryFrameOfTheSharedVectors()
    {
        QFETCH(QString, file);
        QFETCH(int, frameCount);
        QFETCH(int, firstFrameLength);
        QFETCH(qint64, firstTimestampMicroseconds);

        PcapFileReader reader;
        QVERIFY2(reader.readFile(kSharedVectors + file.toStdString()),
                 reader.errorString().c_str());
        QCOMPARE(reader.linkType(), PcapFileReader::kLinkTypeEthernet);
        QCOMPARE(reader.snapLength(), std::uint32_t(262144));
        QVERIFY(!reader.hasNanosecondTimestamps());
        QCOMPARE(int(reader.frames().size()), frameCount);
        QCOMPARE(int(reader.frames().front().data.size()), firstFrameLength);
        QCOMPARE(reader.frames().front().originalLength, std::uint32_t(firstFrameLength));
        QCOMPARE(std::chrono::duration_cast<std::chrono::microseconds>(
                     reader.frames().front().timestamp)
                     .count(),
                 firstTimestampMicroseconds);
        for (std::size_t i = 1; i < reader.frames().size(); ++i)
            QVERIFY(reader.frames()[i].timestamp >= reader.frames()[i - 1].timestamp);
        QCOMPARE(int(reader.frameData().size()), frameCount);
        QVERIFY(reader.frameData().front() == reader.frames().front().data);
    }

    void readsBothByteOrdersAndTimestampResolutions_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::addColumn<bool>("nanoseconds");
        QTest::newRow("little-endian microseconds") << false << false;
        QTest::newRow("big-endian microseconds") << true << false;
        QTest::newRow("little-endian nanoseconds") << false << true;
        QTest::newRow("big-endian nanoseconds") << true << true;
    }

    void readsBothByteOrdersAndTimestampResolutions()
    {
        QFETCH(bool, bigEndian);
        QFETCH(bool, nanoseconds);
        const Bytes capture = syntheticCapture(bigEndian, nanoseconds ? 0xa1b23c4d : 0xa1b2c3d4);

        PcapFileReader reader;
        QVERIFY2(reader.readBytes(capture), reader.errorString().c_str());
        QCOMPARE(reader.hasNanosecondTimestamps(), nanoseconds);
        QCOMPARE(reader.snapLength(), std::uint32_t(65535));
        QCOMPARE(reader.frames().size(), std::size_t(2));
        QVERIFY(reader.frames()[0].data == (Bytes{0xde, 0xad, 0xbe, 0xef}));
        QVERIFY(reader.frames()[1].data == (Bytes{0x01, 0x02, 0x03}));
        QCOMPARE(reader.frames()[1].originalLength, std::uint32_t(60));
        const std::chrono::nanoseconds fraction =
            nanoseconds ? std::chrono::nanoseconds(250) : std::chrono::microseconds(250);
        QVERIFY(reader.frames()[0].timestamp == std::chrono::seconds(1000) + fraction);
        QVERIFY(reader.frames()[1].timestamp == std::chrono::seconds(1001) + fraction);
    }

    void headerOnlyFileIsAnEmptyCapture()
    {
        Bytes capture = syntheticCapture(false, 0xa1b2c3d4);
        capture.resize(24);
        PcapFileReader reader;
        QVERIFY(reader.readBytes(capture));
        QVERIFY(reader.frames().empty());
        QVERIFY(reader.errorString().empty());
    }

    void rejectsDamagedFilesWithAnError_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("expectedError");
        QTest::addColumn<int>("framesBeforeError");

        const Bytes good = syntheticCapture(false, 0xa1b2c3d4);
        const auto prefix = [&good](std::size_t length) {
            return QByteArray(reinterpret_cast<const char *>(good.data()), qsizetype(length));
        };
        QTest::newRow("empty file") << QByteArray() << "truncated global header" << 0;
        QTest::newRow("garbage") << QByteArray("this is certainly not a capture file, just text")
                                 << "not a pcap file" << 0;
        QTest::newRow("pcapng") << QByteArray::fromHex("0a0d0d0a1c0000004d3c2b1a01000000")
                                           .leftJustified(40, '\0')
                                << "pcapng" << 0;
        QTest::newRow("header cut short") << prefix(20) << "truncated global header" << 0;
        QTest::newRow("record header cut short") << prefix(24 + 10) << "record 1: truncated header"
                                                 << 0;
        QTest::newRow("record data cut short") << prefix(24 + 16 + 4 + 16 + 1)
                                               << "record 2: truncated data" << 1;

        QByteArray wrongVersion = prefix(good.size());
        wrongVersion[4] = 3;
        QTest::newRow("unknown version") << wrongVersion << "unsupported pcap version 3.4" << 0;

        QByteArray hugeRecord = prefix(good.size());
        hugeRecord[24 + 8 + 3] = char(0x7f);
        QTest::newRow("absurd record length") << hugeRecord << "record 1: implausible captured"
                                              << 0;
    }

    void rejectsDamagedFilesWithAnError()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, expectedError);
        QFETCH(int, framesBeforeError);

        const Bytes bytes(contents.begin(), contents.end());
        PcapFileReader reader;
        QVERIFY(!reader.readBytes(bytes));
        QVERIFY2(QString::fromStdString(reader.errorString()).contains(expectedError),
                 reader.errorString().c_str());
        QCOMPARE(int(reader.frames().size()), framesBeforeError);
    }

    void rejectsATruncatedCopyOfARealCaptureNamingTheFile()
    {
        Bytes capture = readWholeFile(kSharedVectors + "ospf-frr-adjacency.pcap");
        QVERIFY(!capture.empty());
        capture.resize(capture.size() - 5);
        QTemporaryDir directory;
        const QString path = directory.filePath("truncated.pcap");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(reinterpret_cast<const char *>(capture.data()), qsizetype(capture.size()));
        file.close();

        PcapFileReader reader;
        QVERIFY(!reader.readFile(path.toStdString()));
        const QString error = QString::fromStdString(reader.errorString());
        QVERIFY2(error.startsWith(path) && error.contains("record 66: truncated data"),
                 qPrintable(error));
        QCOMPARE(reader.frames().size(), std::size_t(65));
    }

    void rejectsAGarbageFileOnDisk()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath("garbage.pcap");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 1000; ++i)
            file.putChar(char(i * 37 + 11));
        file.close();

        PcapFileReader reader;
        QVERIFY(!reader.readFile(path.toStdString()));
        QVERIFY(QString::fromStdString(reader.errorString()).contains("not a pcap file"));
    }

    void reportsAMissingFile()
    {
        PcapFileReader reader;
        QVERIFY(!reader.readFile("/nonexistent/routerlab/missing.pcap"));
        QVERIFY(QString::fromStdString(reader.errorString()).contains("cannot open"));
    }

    void readingAgainForgetsThePreviousFile()
    {
        PcapFileReader reader;
        QVERIFY(reader.readBytes(syntheticCapture(true, 0xa1b23c4d)));
        QVERIFY(!reader.readBytes(Bytes{1, 2, 3}));
        QVERIFY(reader.frames().empty());
        QVERIFY(!reader.hasNanosecondTimestamps());
        QVERIFY(reader.readBytes(syntheticCapture(false, 0xa1b2c3d4)));
        QVERIFY(reader.errorString().empty());
    }
};

QTEST_APPLESS_MAIN(PcapFileReaderTest)
#include "pcap_file_reader_test.moc"
