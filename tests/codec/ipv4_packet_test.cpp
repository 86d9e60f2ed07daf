#include "net/ipv4_packet.h"

#include <QtTest>

#include <algorithm>

using namespace routerlab;

namespace {

Bytes fromHex(const char *hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    return Bytes(bytes.begin(), bytes.end());
}

Bytes toBytes(const QByteArray &bytes)
{
    return Bytes(bytes.begin(), bytes.end());
}

bool isInside(ByteView view, const Bytes &buffer)
{
    return view.empty()
           || (view.data() >= buffer.data()
               && view.data() + view.size() <= buffer.data() + buffer.size());
}

Ipv4Header sampleHeader()
{
    Ipv4Header header;
    header.identification = 0x0014;
    header.ttl = 255;
    header.protocol = IpProtocol::Icmp;
    header.source = *Ipv4Address::parse("10.0.0.1");
    header.destination = *Ipv4Address::parse("10.0.0.2");
    return header;
}

// The IPv4 header of the usual checksum worked example: 192.168.0.1 -> 192.168.0.199, UDP,
// DF, TTL 64, total length 115, checksum 0xb861.
const char *const kKnownHeader = "4500 0073 0000 4000 4011 b861 c0a8 0001 c0a8 00c7";

} // namespace

class Ipv4PacketTest : public QObject {
    Q_OBJECT
private slots:
    void decodesAKnownHeader()
    {
        Bytes packet = fromHex(kKnownHeader);
        packet.resize(115, 0x5a);
        const auto decoded = decodeIpv4(packet);
        QVERIFY(decoded);
        QCOMPARE(decoded->tos, std::uint8_t(0));
        QCOMPARE(decoded->totalLength, std::uint16_t(115));
        QCOMPARE(decoded->identification, std::uint16_t(0));
        QVERIFY(decoded->dontFragment);
        QVERIFY(!decoded->moreFragments);
        QCOMPARE(decoded->fragmentOffset, std::uint16_t(0));
        QVERIFY(!decoded->isFragment());
        QCOMPARE(decoded->ttl, std::uint8_t(64));
        QCOMPARE(decoded->protocol, IpProtocol::Udp);
        QCOMPARE(decoded->headerChecksum, std::uint16_t(0xb861));
        QVERIFY(decoded->checksumValid);
        QCOMPARE(decoded->source.toString(), std::string("192.168.0.1"));
        QCOMPARE(decoded->destination.toString(), std::string("192.168.0.199"));
        QVERIFY(decoded->options.empty());
        QCOMPARE(decoded->headerLength(), std::size_t(20));
        QCOMPARE(decoded->payload.size(), std::size_t(95));
        QCOMPARE(decoded->payload.data(), packet.data() + 20);
    }

    void encodesTheKnownHeaderWithItsChecksum()
    {
        Ipv4Header header;
        header.dontFragment = true;
        header.ttl = 64;
        header.protocol = IpProtocol::Udp;
        header.source = *Ipv4Address::parse("192.168.0.1");
        header.destination = *Ipv4Address::parse("192.168.0.199");
        const Bytes packet = encodeIpv4(header, Bytes(95, 0x5a));
        const Bytes expected = fromHex(kKnownHeader);
        QVERIFY(std::equal(expected.begin(), expected.end(), packet.begin()));
    }

    void roundTripsHeaderFields_data()
    {
        QTest::addColumn<int>("tos");
        QTest::addColumn<int>("identification");
        QTest::addColumn<bool>("dontFragment");
        QTest::addColumn<bool>("moreFragments");
        QTest::addColumn<int>("fragmentOffset");
        QTest::addColumn<int>("ttl");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QByteArray>("options");
        QTest::addColumn<int>("payloadLength");
        QTest::newRow("ICMP echo") << 0 << 0x14 << false << false << 0 << 255 << 1
                                   << QByteArray() << 80;
        QTest::newRow("OSPF hello, precedence 6") << 0xc0 << 0xf1f2 << false << false << 0 << 1
                                                  << 89 << QByteArray() << 44;
        QTest::newRow("IKE over UDP with DF") << 0 << 0xbeef << true << false << 0 << 64 << 17
                                              << QByteArray() << 188;
        QTest::newRow("ESP") << 0 << 1 << true << false << 0 << 63 << 50 << QByteArray() << 120;
        QTest::newRow("first fragment") << 0 << 77 << false << true << 0 << 255 << 17
                                        << QByteArray() << 1480;
        QTest::newRow("last fragment, largest offset") << 0 << 77 << false << false << 0x1fff
                                                       << 255 << 17 << QByteArray() << 8;
        QTest::newRow("IGMP with router alert") << 0xc0 << 0 << true << false << 0 << 1 << 2
                                                << QByteArray::fromHex("94040000") << 8;
        QTest::newRow("40 bytes of options") << 0 << 9 << false << false << 0 << 255 << 6
                                             << QByteArray(40, char(1)) << 0;
        QTest::newRow("unassigned protocol 253") << 0xff << 0xffff << true << true << 1 << 0
                                                 << 253 << QByteArray() << 1;
    }

    void roundTripsHeaderFields()
    {
        QFETCH(int, tos);
        QFETCH(int, identification);
        QFETCH(bool, dontFragment);
        QFETCH(bool, moreFragments);
        QFETCH(int, fragmentOffset);
        QFETCH(int, ttl);
        QFETCH(int, protocol);
        QFETCH(QByteArray, options);
        QFETCH(int, payloadLength);

        const Bytes optionBytes = toBytes(options);
        Bytes payload(static_cast<std::size_t>(payloadLength));
        for (std::size_t i = 0; i < payload.size(); ++i)
            payload[i] = static_cast<std::uint8_t>(i ^ 0x5c);
        Ipv4Header header = sampleHeader();
        header.tos = static_cast<std::uint8_t>(tos);
        header.identification = static_cast<std::uint16_t>(identification);
        header.dontFragment = dontFragment;
        header.moreFragments = moreFragments;
        header.fragmentOffset = static_cast<std::uint16_t>(fragmentOffset);
        header.ttl = static_cast<std::uint8_t>(ttl);
        header.protocol = static_cast<IpProtocol>(protocol);
        header.options = optionBytes;

        const Bytes packet = encodeIpv4(header, payload);
        QCOMPARE(packet.size(), 20 + optionBytes.size() + payload.size());
        const auto decoded = decodeIpv4(packet);
        QVERIFY(decoded);
        QVERIFY(decoded->checksumValid);
        QCOMPARE(int(decoded->tos), tos);
        QCOMPARE(int(decoded->identification), identification);
        QCOMPARE(decoded->dontFragment, dontFragment);
        QCOMPARE(decoded->moreFragments, moreFragments);
        QCOMPARE(int(decoded->fragmentOffset), fragmentOffset);
        QCOMPARE(int(decoded->ttl), ttl);
        QCOMPARE(int(decoded->protocol), protocol);
        QCOMPARE(decoded->source, header.source);
        QCOMPARE(decoded->destination, header.destination);
        QCOMPARE(int(decoded->totalLength), int(packet.size()));
        QVERIFY(std::ranges::equal(decoded->options, optionBytes));
        QVERIFY(std::ranges::equal(decoded->payload, payload));
        QVERIFY(encodeIpv4(*decoded, decoded->payload) == packet);
    }

    void padsOptionsToAFourByteBoundaryWithZeros()
    {
        Ipv4Header header = sampleHeader();
        const std::uint8_t noOperationAndEnd[] = {0x01, 0x01, 0x00};
        header.options = noOperationAndEnd;
        const Bytes packet = encodeIpv4(header, Bytes{0xaa});
        QCOMPARE(packet[0], std::uint8_t(0x46));
        QCOMPARE(packet.size(), std::size_t(25));
        QCOMPARE(packet[23], std::uint8_t(0));
        const auto decoded = decodeIpv4(packet);
        QVERIFY(decoded && decoded->checksumValid);
        QCOMPARE(decoded->options.size(), std::size_t(4));
        QCOMPARE(decoded->payload.size(), std::size_t(1));
    }

    void cutsEthernetPaddingOffUsingTheTotalLength()
    {
        Bytes packet = encodeIpv4(sampleHeader(), Bytes(8, 0x11));
        packet.resize(46, 0x00); // what arrives after a 60-byte Ethernet frame's header
        const auto decoded = decodeIpv4(packet);
        QVERIFY(decoded);
        QCOMPARE(decoded->totalLength, std::uint16_t(28));
        QCOMPARE(decoded->payload.size(), std::size_t(8));
        QVERIFY(decoded->checksumValid);
    }

    void badChecksumStillDecodesButIsFlagged()
    {
        Bytes packet = encodeIpv4(sampleHeader(), Bytes(8, 0x11));
        packet[8] = 254; // a TTL decrement without the checksum update
        const auto decoded = decodeIpv4(packet);
        QVERIFY(decoded);
        QVERIFY(!decoded->checksumValid);
        QCOMPARE(decoded->ttl, std::uint8_t(254));
    }

    void payloadBytesDoNotAffectTheHeaderChecksum()
    {
        Bytes packet = encodeIpv4(sampleHeader(), Bytes(8, 0x11));
        packet.back() ^= 0xff;
        QVERIFY(decodeIpv4(packet)->checksumValid);
    }

    void rejectsMalformedHeaders_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("bufferLength");
        // Each header is otherwise the 28-byte sample; checksums are irrelevant to rejection.
        QTest::newRow("version 6") << QByteArray::fromHex("6500001c") << 28;
        QTest::newRow("version 0") << QByteArray::fromHex("0500001c") << 28;
        QTest::newRow("IHL 4") << QByteArray::fromHex("4400001c") << 28;
        QTest::newRow("IHL 0") << QByteArray::fromHex("4000001c") << 28;
        QTest::newRow("IHL 15 beyond total length") << QByteArray::fromHex("4f00001c") << 28;
        QTest::newRow("total length below header") << QByteArray::fromHex("45000013") << 28;
        QTest::newRow("total length beyond the buffer") << QByteArray::fromHex("4500001d") << 28;
        QTest::newRow("total length 65535") << QByteArray::fromHex("4500ffff") << 28;
        QTest::newRow("total length 0") << QByteArray::fromHex("45000000") << 28;
    }

    void rejectsMalformedHeaders()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, bufferLength);
        Bytes packet = encodeIpv4(sampleHeader(), Bytes(8, 0x11));
        packet.resize(static_cast<std::size_t>(bufferLength));
        std::copy(header.begin(), header.end(), packet.begin());
        QVERIFY(!decodeIpv4(packet));
    }

    void everyPrefixDecodesOrFailsCleanly()
    {
        Ipv4Header header = sampleHeader();
        const std::uint8_t routerAlert[] = {0x94, 0x04, 0x00, 0x00};
        header.options = routerAlert;
        const Bytes packet = encodeIpv4(header, Bytes(30, 0x42));
        for (std::size_t length = 0; length <= packet.size(); ++length) {
            const Bytes prefix(packet.begin(), packet.begin() + std::ptrdiff_t(length));
            const auto decoded = decodeIpv4(prefix);
            QCOMPARE(bool(decoded), length == packet.size());
        }
    }

    void everySingleByteCorruptionDecodesOrFailsCleanly()
    {
        Ipv4Header header = sampleHeader();
        const std::uint8_t routerAlert[] = {0x94, 0x04, 0x00, 0x00};
        header.options = routerAlert;
        const Bytes packet = encodeIpv4(header, Bytes(30, 0x42));
        for (std::size_t index = 0; index < 24; ++index) {
            for (int value : {0x00, 0x0f, 0x40, 0x4f, 0x80, 0xff}) {
                Bytes corrupt = packet;
                corrupt[index] = static_cast<std::uint8_t>(value);
                const auto decoded = decodeIpv4(corrupt);
                if (!decoded)
                    continue;
                QVERIFY(isInside(decoded->options, corrupt));
                QVERIFY(isInside(decoded->payload, corrupt));
                QCOMPARE(decoded->headerLength() + decoded->payload.size(),
                         std::size_t(decoded->totalLength));
                QCOMPARE(decoded->checksumValid, corrupt == packet);
            }
        }
    }
};

QTEST_APPLESS_MAIN(Ipv4PacketTest)
#include "ipv4_packet_test.moc"
