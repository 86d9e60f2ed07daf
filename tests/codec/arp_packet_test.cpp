#include "net/arp_packet.h"
#include "net/ethernet_frame.h"

#include <QtTest>

using namespace routerlab;

namespace {

Bytes fromHex(const char *hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    return Bytes(bytes.begin(), bytes.end());
}

const MacAddress kRouterMac = *MacAddress::parse("ca00.0000.0008");
const MacAddress kPeerMac = *MacAddress::parse("ca01.0000.0008");
const Ipv4Address kRouterIp = *Ipv4Address::parse("10.0.0.1");
const Ipv4Address kPeerIp = *Ipv4Address::parse("10.0.0.2");

// "Who has 10.0.0.2? Tell 10.0.0.1" as Wireshark shows it, padded to 60 bytes by the sender's
// NIC (checked with text2pcap + tshark when written).
const char *const kArpRequestFrame = "ffffffffffff ca0000000008 0806"
                                     "0001 0800 06 04 0001"
                                     "ca0000000008 0a000001"
                                     "000000000000 0a000002"
                                     "000000000000000000000000000000000000";

} // namespace

class ArpPacketTest : public QObject {
    Q_OBJECT
private slots:
    void decodesAKnownRequestFrame()
    {
        const Bytes frame = fromHex(kArpRequestFrame);
        QCOMPARE(frame.size(), std::size_t(60));
        const auto ethernet = decodeEthernet(frame);
        QVERIFY(ethernet && ethernet->hasType(EtherType::Arp));
        const auto arp = decodeArp(ethernet->payload);
        QVERIFY(arp);
        QCOMPARE(arp->operation, ArpOperation::Request);
        QCOMPARE(arp->senderMac, kRouterMac);
        QCOMPARE(arp->senderIp, kRouterIp);
        QCOMPARE(arp->targetMac, MacAddress());
        QCOMPARE(arp->targetIp, kPeerIp);
    }

    void encodesTheKnownRequestFrameByteForByte()
    {
        const ArpPacket request = ArpPacket::request(kRouterMac, kRouterIp, kPeerIp);
        const Bytes arp = encodeArp(request);
        QCOMPARE(arp.size(), kArpPacketLength);
        QVERIFY(encodeEthernet(MacAddress::broadcast(), kRouterMac, EtherType::Arp, arp)
                == fromHex(kArpRequestFrame));
    }

    void roundTripsEveryOperation_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("senderMac");
        QTest::addColumn<QString>("senderIp");
        QTest::addColumn<QString>("targetMac");
        QTest::addColumn<QString>("targetIp");
        QTest::newRow("request") << 1 << "ca00.0000.0008" << "10.0.0.1" << "0000.0000.0000"
                                 << "10.0.0.2";
        QTest::newRow("reply") << 2 << "ca01.0000.0008" << "10.0.0.2" << "ca00.0000.0008"
                               << "10.0.0.1";
        QTest::newRow("HSRP virtual MAC reply") << 2 << "0000.0c07.ac01" << "192.168.1.254"
                                                << "ffff.ffff.ffff" << "192.168.1.254";
        QTest::newRow("all ones") << 2 << "ffff.ffff.ffff" << "255.255.255.255"
                                  << "ffff.ffff.ffff" << "255.255.255.255";
    }

    void roundTripsEveryOperation()
    {
        QFETCH(int, operation);
        QFETCH(QString, senderMac);
        QFETCH(QString, senderIp);
        QFETCH(QString, targetMac);
        QFETCH(QString, targetIp);
        const ArpPacket packet{static_cast<ArpOperation>(operation),
                               *MacAddress::parse(senderMac.toStdString()),
                               *Ipv4Address::parse(senderIp.toStdString()),
                               *MacAddress::parse(targetMac.toStdString()),
                               *Ipv4Address::parse(targetIp.toStdString())};
        const Bytes bytes = encodeArp(packet);
        const auto decoded = decodeArp(bytes);
        QVERIFY(decoded);
        QVERIFY(*decoded == packet);
        QVERIFY(encodeArp(*decoded) == bytes);
    }

    void replyAnswersTheRequesterFromTheTarget()
    {
        const ArpPacket request = ArpPacket::request(kRouterMac, kRouterIp, kPeerIp);
        const ArpPacket reply = ArpPacket::replyTo(request, kPeerMac);
        QCOMPARE(reply.operation, ArpOperation::Reply);
        QCOMPARE(reply.senderMac, kPeerMac);
        QCOMPARE(reply.senderIp, kPeerIp);
        QCOMPARE(reply.targetMac, kRouterMac);
        QCOMPARE(reply.targetIp, kRouterIp);
    }

    void gratuitousRequestAsksForItsOwnAddress()
    {
        const ArpPacket announcement = ArpPacket::gratuitous(kRouterMac, kRouterIp);
        QCOMPARE(announcement.operation, ArpOperation::Request);
        QCOMPARE(announcement.senderIp, kRouterIp);
        QCOMPARE(announcement.targetIp, kRouterIp);
        QCOMPARE(announcement.targetMac, MacAddress());
    }

    void rejectsAnythingButEthernetIpv4RequestsAndReplies_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("replacement");
        QTest::newRow("hardware type IEEE 802 (6)") << 0 << QByteArray::fromHex("0006");
        QTest::newRow("protocol type IPv6") << 2 << QByteArray::fromHex("86dd");
        QTest::newRow("hardware length 8") << 4 << QByteArray::fromHex("08");
        QTest::newRow("protocol length 16") << 5 << QByteArray::fromHex("10");
        QTest::newRow("RARP request (3)") << 6 << QByteArray::fromHex("0003");
        QTest::newRow("InARP request (8)") << 6 << QByteArray::fromHex("0008");
        QTest::newRow("operation 0") << 6 << QByteArray::fromHex("0000");
    }

    void rejectsAnythingButEthernetIpv4RequestsAndReplies()
    {
        QFETCH(int, offset);
        QFETCH(QByteArray, replacement);
        Bytes bytes = encodeArp(ArpPacket::request(kRouterMac, kRouterIp, kPeerIp));
        std::copy(replacement.begin(), replacement.end(), bytes.begin() + offset);
        QVERIFY(!decodeArp(bytes));
    }

    void ignoresEthernetPaddingAfterThePacket()
    {
        Bytes bytes = encodeArp(ArpPacket::request(kRouterMac, kRouterIp, kPeerIp));
        const auto unpadded = decodeArp(bytes);
        bytes.resize(46, 0xee);
        const auto padded = decodeArp(bytes);
        QVERIFY(unpadded && padded);
        QVERIFY(*padded == *unpadded);
    }

    void everyPrefixDecodesOrFailsCleanly()
    {
        const Bytes bytes = encodeArp(ArpPacket::request(kRouterMac, kRouterIp, kPeerIp));
        for (std::size_t length = 0; length <= bytes.size(); ++length) {
            const Bytes prefix(bytes.begin(), bytes.begin() + std::ptrdiff_t(length));
            QCOMPARE(bool(decodeArp(prefix)), length == kArpPacketLength);
        }
    }
};

QTEST_APPLESS_MAIN(ArpPacketTest)
#include "arp_packet_test.moc"
