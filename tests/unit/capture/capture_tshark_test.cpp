#include "capture/pcap_writer.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace routerlab;

namespace {

// Ethernet II + ARP (RFC 826) for IPv4 over Ethernet, padded to the 60-byte minimum.
FrameBytes arpFrame(std::uint16_t opcode, const std::array<std::uint8_t, 6> &destination)
{
    const std::array<std::uint8_t, 6> sender{0xc2, 0x01, 0x12, 0x34, 0x00, 0x00};
    std::vector<std::uint8_t> bytes(destination.begin(), destination.end());
    bytes.insert(bytes.end(), sender.begin(), sender.end());
    bytes.insert(bytes.end(), {0x08, 0x06, 0x00, 0x01, 0x08, 0x00, 0x06, 0x04});
    bytes.insert(bytes.end(), {static_cast<std::uint8_t>(opcode >> 8),
                               static_cast<std::uint8_t>(opcode)});
    bytes.insert(bytes.end(), sender.begin(), sender.end());
    bytes.insert(bytes.end(), {10, 0, 0, 1});
    bytes.insert(bytes.end(), 6, 0);
    bytes.insert(bytes.end(), {10, 0, 0, 2});
    bytes.resize(60, 0);
    return std::make_shared<const std::vector<std::uint8_t>>(std::move(bytes));
}

} // namespace

class CaptureTsharkTest : public QObject {
    Q_OBJECT
private slots:
    void tsharkDecodesArpFramesAndVirtualTimestamps()
    {
        const QString tshark = QStandardPaths::findExecutable("tshark");
        if (tshark.isEmpty())
            QSKIP("tshark is not on PATH");

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("arp.pcap");
        {
            PcapWriter writer(path.toStdString());
            QVERIFY2(writer.isOpen(), writer.errorString().c_str());
            QVERIFY(writer.write(seconds(1), arpFrame(1, {0xff, 0xff, 0xff, 0xff, 0xff, 0xff})));
            QVERIFY(writer.write(seconds(1) + std::chrono::microseconds(20),
                                 arpFrame(2, {0xc2, 0x02, 0x12, 0x34, 0x00, 0x00})));
        }

        QProcess process;
        // tshark wants a writable home for its profile; keep it inside the temporary folder.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("HOME", dir.path());
        process.setProcessEnvironment(environment);
        process.start(tshark, {"-r", path, "-T", "fields", "-e", "eth.type", "-e",
                               "arp.opcode", "-e", "frame.time_epoch"});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList lines =
            QString::fromUtf8(process.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList request = lines[0].split('\t');
        const QStringList reply = lines[1].split('\t');
        QCOMPARE(request.value(0), QString("0x0806"));
        QCOMPARE(request.value(1), QString("1"));
        QCOMPARE(reply.value(0), QString("0x0806"));
        QCOMPARE(reply.value(1), QString("2"));
        QCOMPARE(request.value(2).toDouble(), 730944001.0);
        QCOMPARE(reply.value(2).left(18), QString("730944001.00002000"));
    }
};

QTEST_APPLESS_MAIN(CaptureTsharkTest)
#include "capture_tshark_test.moc"
