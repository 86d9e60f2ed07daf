#include "net/ethernet_frame.h"

#include <QtTest>

using namespace routerlab;

namespace {

Bytes fromHex(const char *hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    return Bytes(bytes.begin(), bytes.end());
}

bool isInside(ByteView view, const Bytes &buffer)
{
    return view.empty()
           || (view.data() >= buffer.data()
               && view.data() + view.size() <= buffer.data() + buffer.size());
}

const MacAddress kRouterMac = *MacAddress::parse("ca00.0000.0008");
const MacAddress kPeerMac = *MacAddress::parse("ca01.0000.0008");

} // namespace

class EthernetFrameTest : public QObject {
    Q_OBJECT
private slots:
    void decodesAddressesTypeAndPayload()
    {
        // An ARP request as a Linux host sends it, before the NIC pads it.
        const Bytes frame = fromHex("ffffffffffff122b52768141080600010800060400011"
                                    "22b527681410a0100020000000000000a010001");
        const auto decoded = decodeEthernet(frame);
        QVERIFY(decoded);
        QVERIFY(decoded->destination.isBroadcast());
        QCOMPARE(decoded->source.toColon(), std::string("12:2b:52:76:81:41"));
        QCOMPARE(decoded->etherType, std::uint16_t(0x0806));
        QVERIFY(decoded->hasType(EtherType::Arp));
        QVERIFY(decoded->isEthernetII());
        QCOMPARE(decoded->payload.size(), std::size_t(28));
        QCOMPARE(decoded->payload.data(), frame.data() + kEthernetHeaderLength);
    }

    void roundTripsFieldsAndPadsToTheMinimumFrame_data()
    {
        QTest::addColumn<int>("etherType");
        QTest::addColumn<int>("payloadLength");
        QTest::addColumn<int>("encodedLength");
        QTest::newRow("empty payload padded") << 0x0800 << 0 << 60;
        QTest::newRow("ARP padded") << 0x0806 << 28 << 60;
        QTest::newRow("one short of the minimum") << 0x0800 << 45 << 60;
        QTest::newRow("exactly the minimum") << 0x0800 << 46 << 60;
        QTest::newRow("longer than the minimum") << 0x0800 << 47 << 61;
        QTest::newRow("full MTU") << 0x0800 << 1500 << 1514;
        QTest::newRow("unknown type kept") << 0x88cc << 100 << 114;
    }

    void roundTripsFieldsAndPadsToTheMinimumFrame()
    {
        QFETCH(int, etherType);
        QFETCH(int, payloadLength);
        QFETCH(int, encodedLength);
        Bytes payload(static_cast<std::size_t>(payloadLength));
        for (std::size_t i = 0; i < payload.size(); ++i)
            payload[i] = static_cast<std::uint8_t>(i * 7 + 1);

        const Bytes frame =
            encodeEthernet(kPeerMac, kRouterMac, static_cast<std::uint16_t>(etherType), payload);
        QCOMPARE(int(frame.size()), encodedLength);
        const auto decoded = decodeEthernet(frame);
        QVERIFY(decoded);
        QCOMPARE(decoded->destination, kPeerMac);
        QCOMPARE(decoded->source, kRouterMac);
        QCOMPARE(int(decoded->etherType), etherType);
        QVERIFY(std::equal(payload.begin(), payload.end(), decoded->payload.begin()));
        // Padding is zeros, and the decoder hands it up for the network layer to cut.
        QCOMPARE(int(decoded->payload.size()), encodedLength - 14);
        for (std::size_t i = payload.size(); i < decoded->payload.size(); ++i)
            QCOMPARE(decoded->payload[i], std::uint8_t(0));
    }

    void decodeThenEncodeReproducesAFullSizeFrame()
    {
        const Bytes frame = fromHex("0100 5e00 0005 926d d521 32fc 0800"
                                    "45c0 0030 f1f2 0000 0159 dd2d 0a01 0001 e000 0005"
                                    "0201 001c 0a01 0001 0000 0000 0000 0000 0000 0000"
                                    "0000 0000 ffff ff00");
        QCOMPARE(frame.size(), std::size_t(62));
        const auto decoded = decodeEthernet(frame);
        QVERIFY(decoded);
        QVERIFY(encodeEthernet(decoded->destination, decoded->source, decoded->etherType,
                               decoded->payload)
                == frame);
    }

    void typedOverloadWritesTheWireValue()
    {
        const std::uint8_t payload[] = {0x45};
        const Bytes frame = encodeEthernet(kPeerMac, kRouterMac, EtherType::Ipv4, payload);
        QCOMPARE(frame[12], std::uint8_t(0x08));
        QCOMPARE(frame[13], std::uint8_t(0x00));
    }

    void lengthFieldFramesAreFlaggedAsNotEthernetII_data()
    {
        QTest::addColumn<int>("typeField");
        QTest::addColumn<bool>("ethernetII");
        QTest::newRow("802.3 length 38 (STP over LLC)") << 38 << false;
        QTest::newRow("802.3 maximum length 1500") << 1500 << false;
        QTest::newRow("undefined 1536 boundary is a type") << 0x0600 << true;
        QTest::newRow("IPv4") << 0x0800 << true;
        QTest::newRow("IPv6") << 0x86dd << true;
    }

    void lengthFieldFramesAreFlaggedAsNotEthernetII()
    {
        QFETCH(int, typeField);
        QFETCH(bool, ethernetII);
        const Bytes frame = encodeEthernet(MacAddress::broadcast(), kRouterMac,
                                           static_cast<std::uint16_t>(typeField), ByteView());
        const auto decoded = decodeEthernet(frame);
        QVERIFY(decoded);
        QCOMPARE(int(decoded->etherType), typeField);
        QCOMPARE(decoded->isEthernetII(), ethernetII);
    }

    void everyPrefixDecodesOrFailsCleanly()
    {
        const Bytes frame = encodeEthernet(kPeerMac, kRouterMac, EtherType::Ipv4, Bytes(50, 0xab));
        for (std::size_t length = 0; length <= frame.size(); ++length) {
            const Bytes prefix(frame.begin(), frame.begin() + std::ptrdiff_t(length));
            const auto decoded = decodeEthernet(prefix);
            QCOMPARE(bool(decoded), length >= kEthernetHeaderLength);
            if (decoded) {
                QVERIFY(isInside(decoded->payload, prefix));
                QCOMPARE(decoded->payload.size(), length - kEthernetHeaderLength);
            }
        }
    }
};

QTEST_APPLESS_MAIN(EthernetFrameTest)
#include "ethernet_frame_test.moc"
