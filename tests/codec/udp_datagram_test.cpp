#include "net/ethernet_frame.h"
#include "net/ipv4_packet.h"
#include "net/udp_datagram.h"

#include <QtTest>

#include <algorithm>

using namespace routerlab;

namespace {

Bytes fromHex(const char *hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    return Bytes(bytes.begin(), bytes.end());
}

const Ipv4Address kSource = *Ipv4Address::parse("10.0.0.2");
const Ipv4Address kAllRouters = *Ipv4Address::parse("224.0.0.2");

// An HSRP v1 hello (Active, priority 100, group 1, "cisco", virtual IP 10.0.0.254) from the
// virtual MAC, as IOS multicasts it; tshark called both checksums "[correct]" when it was
// written.
const char *const kHsrpHelloFrame = "01005e000002 00000c07ac01 0800"
                                    "45c0 0030 0000 0000 0111 cef9 0a00 0002 e000 0002"
                                    "07c1 07c1 001c 99fd"
                                    "00 00 10 03 0a 64 01 00 636973636f000000 0a0000fe";

Bytes hsrpHelloPayload()
{
    return fromHex("000010030a640100636973636f0000000a0000fe");
}

} // namespace

class UdpDatagramTest : public QObject {
    Q_OBJECT
private slots:
    void decodesAKnownHsrpHelloFrame()
    {
        const Bytes frame = fromHex(kHsrpHelloFrame);
        const auto ethernet = decodeEthernet(frame);
        QVERIFY(ethernet);
        const auto ip = decodeIpv4(ethernet->payload);
        QVERIFY(ip && ip->checksumValid);
        QCOMPARE(ip->protocol, IpProtocol::Udp);
        const auto udp = decodeUdp(ip->payload, ip->source, ip->destination);
        QVERIFY(udp);
        QCOMPARE(udp->sourcePort, std::uint16_t(1985));
        QCOMPARE(udp->destinationPort, std::uint16_t(1985));
        QCOMPARE(udp->length, std::uint16_t(28));
        QCOMPARE(udp->checksum, std::uint16_t(0x99fd));
        QVERIFY(udp->hasChecksum());
        QVERIFY(udp->checksumValid);
        QVERIFY(std::ranges::equal(udp->payload, hsrpHelloPayload()));
    }

    void encodesTheKnownHsrpHelloByteForByte()
    {
        const Bytes udp = encodeUdp(kSource, kAllRouters, 1985, 1985, hsrpHelloPayload());
        const Bytes frame = fromHex(kHsrpHelloFrame);
        QVERIFY(std::equal(udp.begin(), udp.end(), frame.begin() + 34, frame.end()));
    }

    void roundTripsPortsAndPayload_data()
    {
        QTest::addColumn<int>("sourcePort");
        QTest::addColumn<int>("destinationPort");
        QTest::addColumn<int>("payloadLength");
        QTest::newRow("ISAKMP") << 500 << 500 << 188;
        QTest::newRow("NAT-T, odd length") << 4500 << 4500 << 93;
        QTest::newRow("empty payload") << 53 << 33000 << 0;
        QTest::newRow("one byte") << 0 << 65535 << 1;
        QTest::newRow("jumbo") << 1985 << 1985 << 9000;
    }

    void roundTripsPortsAndPayload()
    {
        QFETCH(int, sourcePort);
        QFETCH(int, destinationPort);
        QFETCH(int, payloadLength);
        Bytes payload(static_cast<std::size_t>(payloadLength));
        for (std::size_t i = 0; i < payload.size(); ++i)
            payload[i] = static_cast<std::uint8_t>(i * 13 + 5);
        const Bytes datagram =
            encodeUdp(kSource, kAllRouters, static_cast<std::uint16_t>(sourcePort),
                      static_cast<std::uint16_t>(destinationPort), payload);
        QCOMPARE(datagram.size(), kUdpHeaderLength + payload.size());
        const auto decoded = decodeUdp(datagram, kSource, kAllRouters);
        QVERIFY(decoded);
        QCOMPARE(int(decoded->sourcePort), sourcePort);
        QCOMPARE(int(decoded->destinationPort), destinationPort);
        QCOMPARE(std::size_t(decoded->length), datagram.size());
        QVERIFY(decoded->hasChecksum());
        QVERIFY(decoded->checksumValid);
        QVERIFY(std::ranges::equal(decoded->payload, payload));
    }

    void checksumCoversThePseudoHeaderAddresses()
    {
        const Bytes datagram = encodeUdp(kSource, kAllRouters, 500, 500, Bytes(20, 0x33));
        QVERIFY(decodeUdp(datagram, kSource, kAllRouters)->checksumValid);
        const Ipv4Address elsewhere = *Ipv4Address::parse("10.0.0.3");
        QVERIFY(!decodeUdp(datagram, elsewhere, kAllRouters)->checksumValid);
        QVERIFY(!decodeUdp(datagram, kSource, elsewhere)->checksumValid);
    }

    void computedZeroChecksumIsSentAsAllOnes()
    {
        // Choose the last payload word so that the data sums to 0xffff: whatever the checksum
        // over a zero word is, putting that value in the word makes the computed checksum 0.
        Bytes payload = {0x00, 0x00};
        const Bytes probe = encodeUdp(kSource, kAllRouters, 1985, 1985, payload);
        payload = {probe[6], probe[7]};
        const Bytes datagram = encodeUdp(kSource, kAllRouters, 1985, 1985, payload);
        QCOMPARE(datagram[6], std::uint8_t(0xff));
        QCOMPARE(datagram[7], std::uint8_t(0xff));
        const auto decoded = decodeUdp(datagram, kSource, kAllRouters);
        QVERIFY(decoded && decoded->hasChecksum() && decoded->checksumValid);
    }

    void zeroChecksumMeansTheSenderComputedNone()
    {
        Bytes datagram = encodeUdp(kSource, kAllRouters, 1985, 1985, hsrpHelloPayload());
        datagram[6] = 0;
        datagram[7] = 0;
        const auto decoded = decodeUdp(datagram, kSource, kAllRouters);
        QVERIFY(decoded);
        QVERIFY(!decoded->hasChecksum());
        QVERIFY(decoded->checksumValid);
    }

    void corruptedPayloadFailsTheChecksum()
    {
        Bytes datagram = encodeUdp(kSource, kAllRouters, 500, 500, Bytes(20, 0x33));
        datagram[15] ^= 0x80;
        const auto decoded = decodeUdp(datagram, kSource, kAllRouters);
        QVERIFY(decoded);
        QVERIFY(!decoded->checksumValid);
    }

    void bytesBeyondTheLengthFieldAreIgnored()
    {
        Bytes datagram = encodeUdp(kSource, kAllRouters, 500, 500, Bytes(3, 0x33));
        datagram.resize(26, 0x00);
        const auto decoded = decodeUdp(datagram, kSource, kAllRouters);
        QVERIFY(decoded);
        QCOMPARE(decoded->payload.size(), std::size_t(3));
        QVERIFY(decoded->checksumValid);
    }

    void rejectsImpossibleLengthFields_data()
    {
        QTest::addColumn<int>("lengthField");
        QTest::newRow("0") << 0;
        QTest::newRow("7, below the header") << 7;
        QTest::newRow("one beyond the bytes") << 29;
        QTest::newRow("65535") << 65535;
    }

    void rejectsImpossibleLengthFields()
    {
        QFETCH(int, lengthField);
        Bytes datagram = encodeUdp(kSource, kAllRouters, 500, 500, Bytes(20, 0x33));
        datagram[4] = static_cast<std::uint8_t>(lengthField >> 8);
        datagram[5] = static_cast<std::uint8_t>(lengthField);
        QVERIFY(!decodeUdp(datagram, kSource, kAllRouters));
    }

    void everyPrefixDecodesOrFailsCleanly()
    {
        const Bytes datagram = encodeUdp(kSource, kAllRouters, 4500, 4500, Bytes(17, 0x99));
        for (std::size_t length = 0; length <= datagram.size(); ++length) {
            const Bytes prefix(datagram.begin(), datagram.begin() + std::ptrdiff_t(length));
            const auto decoded = decodeUdp(prefix, kSource, kAllRouters);
            QCOMPARE(bool(decoded), length == datagram.size());
        }
    }
};

QTEST_APPLESS_MAIN(UdpDatagramTest)
#include "udp_datagram_test.moc"
