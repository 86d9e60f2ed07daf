#include <QtTest>

#include "net/ethernet_frame.h"
#include "net/stp_bpdu.h"

using namespace routerlab;

namespace {

Bytes fromHex(const char *hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    return Bytes(bytes.begin(), bytes.end());
}

const MacAddress kPortMac = *MacAddress::parse("0019.e8a4.5b03");
const MacAddress kBridgeMac = *MacAddress::parse("0019.e8a4.5b00");
const MacAddress kRootMac = *MacAddress::parse("0000.0c12.3456");

// A non-root bridge relaying the root's hello with Topology Change set, one second old, as
// Wireshark shows it: "Conf. TC + Root = 4096/1/00:00:0c:12:34:56  Cost = 19  Port = 0x8003"
// (checked with text2pcap + tshark when written).
const char *const kConfigurationFrame = "0180c2000000 0019e8a45b03 0026 424203"
                                        "0000 00 00 01 1001 00000c123456 00000013"
                                        "8001 0019e8a45b00 8003 0100 1400 0200 0f00"
                                        "0000000000000000";

// "Topology Change Notification", the same port.
const char *const kTopologyChangeFrame = "0180c2000000 0019e8a45b03 0007 424203 0000 00 80"
                                         "000000000000000000000000000000000000000000000000"
                                         "000000000000000000000000000000";

StpBpdu rootHello()
{
    StpBpdu bpdu;
    bpdu.rootId = BridgeId{32768, kBridgeMac};
    bpdu.bridgeId = bpdu.rootId;
    bpdu.portId = 0x8001;
    return bpdu;
}

} // namespace

class StpBpduTest : public QObject {
    Q_OBJECT
private slots:
    void decodesAKnownConfigurationFrame()
    {
        const Bytes frame = fromHex(kConfigurationFrame);
        QCOMPARE(frame.size(), kEthernetMinimumFrameLength);
        const auto bpdu = decodeStpFrame(frame);
        QVERIFY(bpdu);
        QCOMPARE(bpdu->type, StpBpduType::Configuration);
        QCOMPARE(bpdu->version, std::uint8_t(0));
        QCOMPARE(bpdu->flags, kStpFlagTopologyChange);
        QVERIFY(bpdu->rootId == (BridgeId{4097, kRootMac}));
        QCOMPARE(bpdu->rootPathCost, std::uint32_t(19));
        QVERIFY(bpdu->bridgeId == (BridgeId{32769, kBridgeMac}));
        QCOMPARE(bpdu->portId, std::uint16_t(0x8003));
        QCOMPARE(bpdu->messageAge, seconds(1));
        QCOMPARE(bpdu->maxAge, seconds(20));
        QCOMPARE(bpdu->helloTime, seconds(2));
        QCOMPARE(bpdu->forwardDelay, seconds(15));
    }

    void decodesAKnownTopologyChangeNotification()
    {
        const Bytes frame = fromHex(kTopologyChangeFrame);
        QCOMPARE(frame.size(), kEthernetMinimumFrameLength);
        const auto bpdu = decodeStpFrame(frame);
        QVERIFY(bpdu);
        QCOMPARE(bpdu->type, StpBpduType::TopologyChangeNotification);
    }

    void encodesTheKnownFramesByteForByte()
    {
        for (const char *hex : {kConfigurationFrame, kTopologyChangeFrame}) {
            const Bytes frame = fromHex(hex);
            QVERIFY(encodeStpFrame(kPortMac, *decodeStpFrame(frame)) == frame);
        }
    }

    void rootHelloIsAn802Dot3FrameWithLlcPaddedTo60()
    {
        const Bytes frame = encodeStpFrame(kPortMac, rootHello());
        QCOMPARE(frame.size(), kEthernetMinimumFrameLength);
        const auto ethernet = decodeEthernet(frame);
        QVERIFY(ethernet);
        QCOMPARE(ethernet->destination, kStpBridgeGroupAddress);
        QCOMPARE(ethernet->source, kPortMac);
        QVERIFY(!ethernet->isEthernetII());
        QCOMPARE(std::size_t(ethernet->etherType), kLlcHeaderLength + kStpConfigBpduLength);
        QVERIFY(Bytes(frame.begin() + 14, frame.begin() + 17) == fromHex("424203"));
        // Times go out in 1/256 s: message age 0, max age 20 s, hello 2 s, forward delay 15 s.
        QVERIFY(Bytes(frame.begin() + 44, frame.begin() + 52) == fromHex("0000 1400 0200 0f00"));
    }

    void roundTrips_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("flags");
        QTest::addColumn<int>("priority");
        QTest::addColumn<quint32>("cost");
        QTest::addColumn<int>("ageUnits");
        QTest::addColumn<int>("helloUnits");
        QTest::newRow("root hello") << 0x00 << 0x00 << 32768 << 0u << 0 << 0x200;
        QTest::newRow("TC and TC ack") << 0x00 << 0x81 << 4096 << 19u << 0x100 << 0x200;
        QTest::newRow("all ones") << 0x00 << 0xff << 0xffff << 0xffffffffu << 0xffff << 0xffff;
        QTest::newRow("sub-second times") << 0x00 << 0x00 << 0 << 1u << 1 << 0x180;
        QTest::newRow("topology change notification") << 0x80 << 0 << 32768 << 0u << 0 << 0x200;
    }

    void roundTrips()
    {
        QFETCH(int, type);
        QFETCH(int, flags);
        QFETCH(int, priority);
        QFETCH(quint32, cost);
        QFETCH(int, ageUnits);
        QFETCH(int, helloUnits);
        StpBpdu bpdu = rootHello();
        bpdu.type = static_cast<StpBpduType>(type);
        bpdu.flags = static_cast<std::uint8_t>(flags);
        bpdu.rootId.priority = static_cast<std::uint16_t>(priority);
        bpdu.rootPathCost = cost;
        bpdu.messageAge = ageUnits * kStpTimeUnit;
        bpdu.helloTime = helloUnits * kStpTimeUnit;
        const Bytes bytes = encodeStpBpdu(bpdu);
        QCOMPARE(bytes.size(), type == 0x80 ? kStpTcnBpduLength : kStpConfigBpduLength);
        const auto decoded = decodeStpBpdu(bytes);
        QVERIFY(decoded);
        if (type == 0x80)
            QCOMPARE(decoded->type, StpBpduType::TopologyChangeNotification);
        else
            QVERIFY(*decoded == bpdu);
        QVERIFY(encodeStpBpdu(*decoded) == bytes);
        const auto fromFrame = decodeStpFrame(encodeStpFrame(kPortMac, bpdu));
        QVERIFY(fromFrame && encodeStpBpdu(*fromFrame) == bytes);
    }

    void timesRoundDownToTheUnitAndSaturate()
    {
        StpBpdu bpdu = rootHello();
        bpdu.messageAge = kStpTimeUnit - SimDuration(1);
        bpdu.helloTime = milliseconds(1500);
        bpdu.forwardDelay = seconds(300);
        const auto decoded = decodeStpBpdu(encodeStpBpdu(bpdu));
        QVERIFY(decoded);
        QCOMPARE(decoded->messageAge, SimDuration(0));
        QCOMPARE(decoded->helloTime, milliseconds(1500));
        QCOMPARE(decoded->forwardDelay, 0xffff * kStpTimeUnit);
    }

    void rejectsWhatIsNotAnStpBpdu_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QByteArray>("replacement");
        QTest::newRow("another multicast destination") << 5 << QByteArray::fromHex("02");
        QTest::newRow("an EtherType, not a length") << 12 << QByteArray::fromHex("0800");
        QTest::newRow("length shorter than LLC") << 12 << QByteArray::fromHex("0002");
        QTest::newRow("length beyond the frame") << 12 << QByteArray::fromHex("05dc");
        QTest::newRow("SNAP, not the STP SAP") << 14 << QByteArray::fromHex("aaaa03");
        QTest::newRow("LLC control not UI") << 16 << QByteArray::fromHex("f3");
        QTest::newRow("protocol identifier 1") << 17 << QByteArray::fromHex("0001");
        QTest::newRow("RST BPDU type") << 20 << QByteArray::fromHex("02");
        QTest::newRow("unknown type 1") << 20 << QByteArray::fromHex("01");
    }

    void rejectsWhatIsNotAnStpBpdu()
    {
        QFETCH(int, offset);
        QFETCH(QByteArray, replacement);
        Bytes frame = encodeStpFrame(kPortMac, rootHello());
        std::copy(replacement.begin(), replacement.end(), frame.begin() + offset);
        QVERIFY(!decodeStpFrame(frame));
    }

    void acceptsLaterProtocolVersionsOfTheSameTypes()
    {
        Bytes frame = encodeStpFrame(kPortMac, rootHello());
        frame[19] = 2;
        const auto bpdu = decodeStpFrame(frame);
        QVERIFY(bpdu);
        QCOMPARE(bpdu->version, std::uint8_t(2));
    }

    void everyPrefixOfABpduDecodesOrFailsCleanly()
    {
        StpBpdu notification;
        notification.type = StpBpduType::TopologyChangeNotification;
        for (const StpBpdu &bpdu : {rootHello(), notification}) {
            const Bytes bytes = encodeStpBpdu(bpdu);
            for (std::size_t length = 0; length <= bytes.size(); ++length) {
                const Bytes prefix(bytes.begin(), bytes.begin() + std::ptrdiff_t(length));
                QCOMPARE(bool(decodeStpBpdu(prefix)), length == bytes.size());
            }
        }
    }

    void everyPrefixOfAFrameDecodesOrFailsCleanly()
    {
        const Bytes frame = encodeStpFrame(kPortMac, rootHello());
        const std::size_t needed = kEthernetHeaderLength + kLlcHeaderLength + kStpConfigBpduLength;
        for (std::size_t length = 0; length <= frame.size(); ++length) {
            const Bytes prefix(frame.begin(), frame.begin() + std::ptrdiff_t(length));
            QCOMPARE(bool(decodeStpFrame(prefix)), length >= needed);
        }
    }
};

QTEST_APPLESS_MAIN(StpBpduTest)
#include "stp_bpdu_test.moc"
