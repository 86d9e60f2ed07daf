#include "net/ethernet_frame.h"
#include "net/icmp_message.h"
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

Bytes abcdPattern(std::size_t length)
{
    Bytes data(length);
    for (std::size_t i = 0; i < length; ++i)
        data[i] = i % 2 == 0 ? 0xab : 0xcd;
    return data;
}

// A 100-byte IOS-style ping, 10.0.0.1 -> 10.0.0.2, identifier 5, sequence 0, 72 bytes of the
// 0xabcd pattern. Both checksums were confirmed "[correct]" by tshark when it was written.
const char *const kEchoRequestFrame =
    "ca0100000008 ca0000000008 0800"
    "4500 0064 0014 0000 ff01 a782 0a00 0001 0a00 0002"
    "08 00 cf0e 0005 0000"
    "abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd"
    "abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd";

Bytes offendingUdpDatagram()
{
    Ipv4Header header;
    header.ttl = 1;
    header.protocol = IpProtocol::Udp;
    header.source = *Ipv4Address::parse("10.0.0.1");
    header.destination = *Ipv4Address::parse("192.0.2.9");
    Bytes udp = fromHex("8235 829b 0020 1234");
    const Bytes body(24, 0x77);
    udp.insert(udp.end(), body.begin(), body.end());
    return encodeIpv4(header, udp);
}

} // namespace

class IcmpMessageTest : public QObject {
    Q_OBJECT
private slots:
    void decodesAKnownEchoRequestFrame()
    {
        const Bytes frame = fromHex(kEchoRequestFrame);
        QCOMPARE(frame.size(), std::size_t(114));
        const auto ethernet = decodeEthernet(frame);
        QVERIFY(ethernet && ethernet->hasType(EtherType::Ipv4));
        const auto ip = decodeIpv4(ethernet->payload);
        QVERIFY(ip && ip->checksumValid);
        QCOMPARE(ip->protocol, IpProtocol::Icmp);
        const auto icmp = decodeIcmp(ip->payload);
        QVERIFY(icmp);
        QCOMPARE(icmp->type, IcmpType::EchoRequest);
        QCOMPARE(icmp->code, std::uint8_t(0));
        QCOMPARE(icmp->identifier(), std::uint16_t(5));
        QCOMPARE(icmp->sequence(), std::uint16_t(0));
        QVERIFY(icmp->checksumValid);
        QVERIFY(std::ranges::equal(icmp->data, abcdPattern(72)));
    }

    void encodesTheKnownEchoRequestByteForByte()
    {
        const Bytes expected = fromHex(kEchoRequestFrame);
        const Bytes icmp = encodeIcmpEchoRequest(5, 0, abcdPattern(72));
        QVERIFY(std::equal(icmp.begin(), icmp.end(), expected.begin() + 34, expected.end()));
    }

    void roundTripsEveryMessageKind_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("code");
        QTest::addColumn<quint32>("restOfHeader");
        QTest::addColumn<int>("dataLength");
        QTest::newRow("echo request") << 8 << 0 << quint32(0x00050001) << 72;
        QTest::newRow("echo reply, odd data") << 0 << 0 << quint32(0xffff0000) << 33;
        QTest::newRow("echo without data") << 8 << 0 << quint32(1) << 0;
        QTest::newRow("port unreachable") << 3 << 3 << quint32(0) << 28;
        QTest::newRow("fragmentation needed") << 3 << 4 << quint32(1400) << 28;
        QTest::newRow("administratively prohibited") << 3 << 13 << quint32(0) << 28;
        QTest::newRow("TTL exceeded") << 11 << 0 << quint32(0) << 28;
        QTest::newRow("unknown type 42") << 42 << 7 << quint32(0xdeadbeef) << 5;
    }

    void roundTripsEveryMessageKind()
    {
        QFETCH(int, type);
        QFETCH(int, code);
        QFETCH(quint32, restOfHeader);
        QFETCH(int, dataLength);
        const Bytes data = abcdPattern(static_cast<std::size_t>(dataLength));
        const Bytes message = encodeIcmp(static_cast<IcmpType>(type),
                                         static_cast<std::uint8_t>(code), restOfHeader, data);
        QCOMPARE(message.size(), kIcmpHeaderLength + data.size());
        const auto decoded = decodeIcmp(message);
        QVERIFY(decoded);
        QCOMPARE(int(decoded->type), type);
        QCOMPARE(int(decoded->code), code);
        QCOMPARE(decoded->restOfHeader, restOfHeader);
        QVERIFY(std::ranges::equal(decoded->data, data));
        QVERIFY(decoded->checksumValid);
        QVERIFY(encodeIcmp(decoded->type, decoded->code, decoded->restOfHeader, decoded->data)
                == message);
    }

    void echoReplyMirrorsTheRequest()
    {
        const Bytes request = encodeIcmpEchoRequest(0x1234, 7, abcdPattern(16));
        const auto decodedRequest = decodeIcmp(request);
        const Bytes reply = encodeIcmpEchoReply(decodedRequest->identifier(),
                                                decodedRequest->sequence(), decodedRequest->data);
        const auto decodedReply = decodeIcmp(reply);
        QVERIFY(decodedReply && decodedReply->checksumValid);
        QCOMPARE(decodedReply->type, IcmpType::EchoReply);
        QCOMPARE(decodedReply->identifier(), std::uint16_t(0x1234));
        QCOMPARE(decodedReply->sequence(), std::uint16_t(7));
        QVERIFY(std::ranges::equal(decodedReply->data, abcdPattern(16)));
        // Only the type and the checksum differ (RFC 792: "the type code changed to 0").
        QCOMPARE(reply[0], std::uint8_t(0));
        QVERIFY(std::equal(reply.begin() + 4, reply.end(), request.begin() + 4));
    }

    void destinationUnreachableQuotesTheHeaderAndEightBytes()
    {
        const Bytes original = offendingUdpDatagram();
        const Bytes message =
            encodeIcmpDestinationUnreachable(IcmpUnreachableCode::Port, original);
        const auto decoded = decodeIcmp(message);
        QVERIFY(decoded && decoded->checksumValid);
        QCOMPARE(decoded->type, IcmpType::DestinationUnreachable);
        QCOMPARE(decoded->code, std::uint8_t(3));
        QCOMPARE(decoded->restOfHeader, std::uint32_t(0));
        QCOMPARE(decoded->data.size(), std::size_t(28));
        QVERIFY(std::equal(decoded->data.begin(), decoded->data.end(), original.begin()));
        // The quote carries the UDP ports, which is how the sender matches the error.
        const auto quoted = ByteView(decoded->data);
        QCOMPARE(quoted[20], std::uint8_t(0x82));
        QCOMPARE(quoted[23], std::uint8_t(0x9b));
    }

    void fragmentationNeededCarriesTheNextHopMtu()
    {
        const Bytes message = encodeIcmpDestinationUnreachable(
            IcmpUnreachableCode::FragmentationNeeded, offendingUdpDatagram(), 1400);
        const auto decoded = decodeIcmp(message);
        QVERIFY(decoded);
        QCOMPARE(decoded->code, std::uint8_t(4));
        QCOMPARE(decoded->nextHopMtu(), std::uint16_t(1400));
    }

    void timeExceededQuotesTheHeaderAndEightBytes()
    {
        const Bytes original = offendingUdpDatagram();
        const Bytes message = encodeIcmpTimeExceeded(IcmpTimeExceededCode::TtlExceeded, original);
        const auto decoded = decodeIcmp(message);
        QVERIFY(decoded && decoded->checksumValid);
        QCOMPARE(decoded->type, IcmpType::TimeExceeded);
        QCOMPARE(decoded->code, std::uint8_t(0));
        QVERIFY(std::ranges::equal(decoded->data, ByteView(original).first(28)));
    }

    void quoteMeasuresTheHeaderWithItsOptionsAndStopsAtTheTotalLength_data()
    {
        QTest::addColumn<int>("optionsLength");
        QTest::addColumn<int>("payloadLength");
        QTest::addColumn<int>("trailingPadding");
        QTest::addColumn<int>("quotedLength");
        QTest::newRow("plain header") << 0 << 100 << 0 << 28;
        QTest::newRow("router alert option") << 4 << 100 << 0 << 32;
        QTest::newRow("maximum options") << 40 << 100 << 0 << 68;
        QTest::newRow("short payload, Ethernet padding") << 0 << 2 << 24 << 22;
        QTest::newRow("empty payload") << 0 << 0 << 26 << 20;
    }

    void quoteMeasuresTheHeaderWithItsOptionsAndStopsAtTheTotalLength()
    {
        QFETCH(int, optionsLength);
        QFETCH(int, payloadLength);
        QFETCH(int, trailingPadding);
        QFETCH(int, quotedLength);
        Ipv4Header header;
        const Bytes options(static_cast<std::size_t>(optionsLength), 0x01);
        header.options = options;
        Bytes datagram = encodeIpv4(header, Bytes(static_cast<std::size_t>(payloadLength), 9));
        datagram.resize(datagram.size() + static_cast<std::size_t>(trailingPadding), 0);
        QCOMPARE(int(icmpQuotedDatagram(datagram).size()), quotedLength);
    }

    void quoteOfAMangledDatagramStaysInsideIt()
    {
        for (const char *hex : {"", "45", "4f00", "4f00ffff", "45000000", "0000ffff0000"}) {
            const Bytes datagram = fromHex(hex);
            const ByteView quote = icmpQuotedDatagram(datagram);
            QVERIFY(quote.size() <= datagram.size());
            QVERIFY(quote.empty() || quote.data() == datagram.data());
        }
    }

    void badChecksumIsFlagged()
    {
        Bytes message = encodeIcmpEchoRequest(1, 1, abcdPattern(8));
        message.back() ^= 0x01;
        const auto decoded = decodeIcmp(message);
        QVERIFY(decoded);
        QVERIFY(!decoded->checksumValid);
    }

    void everyPrefixDecodesOrFailsCleanly()
    {
        const Bytes message = encodeIcmpEchoRequest(5, 0, abcdPattern(21));
        for (std::size_t length = 0; length <= message.size(); ++length) {
            const Bytes prefix(message.begin(), message.begin() + std::ptrdiff_t(length));
            const auto decoded = decodeIcmp(prefix);
            QCOMPARE(bool(decoded), length >= kIcmpHeaderLength);
            if (decoded) {
                QCOMPARE(decoded->data.size(), length - kIcmpHeaderLength);
                QCOMPARE(decoded->checksumValid, length == message.size());
            }
        }
    }
};

QTEST_APPLESS_MAIN(IcmpMessageTest)
#include "icmp_message_test.moc"
