// Decodes every frame of the shared real-world captures (FRR ospfd and strongSwan talking to
// each other, see /work/shared/vectors/README.md) through the Ethernet, ARP, IPv4 and UDP
// codecs, so the codecs are held to bytes nobody on this project produced.

#include "net/arp_packet.h"
#include "net/checksum.h"
#include "net/ethernet_frame.h"
#include "net/ipv4_packet.h"
#include "net/pcap_file_reader.h"
#include "net/udp_datagram.h"

#include <QtTest>

#include <algorithm>

using namespace routerlab;

namespace {

// The IPv4 packet a captured frame carries, if it carries one.
std::optional<Ipv4Packet> ipv4Of(const PcapFrame &captured)
{
    const auto frame = decodeEthernet(captured.data);
    if (!frame || !frame->hasType(EtherType::Ipv4))
        return std::nullopt;
    return decodeIpv4(frame->payload);
}

constexpr std::uint16_t kEtherTypeIpv6 = 0x86dd;
constexpr std::uint8_t kOspfHello = 1;

std::vector<PcapFrame> readVector(const char *name)
{
    PcapFileReader reader;
    if (!reader.readFile(std::string(ROUTERLAB_SHARED_DIR "/vectors/") + name))
        qFatal("%s", reader.errorString().c_str());
    return reader.frames();
}

// What a NIC puts on the wire for a captured frame: captures taken on the sending host hold
// ARP frames before the 60-byte padding is added.
Bytes paddedToMinimum(Bytes frame)
{
    if (frame.size() < kEthernetMinimumFrameLength)
        frame.resize(kEthernetMinimumFrameLength, 0);
    return frame;
}

} // namespace

class CapturedFramesTest : public QObject {
    Q_OBJECT
private:
    std::vector<PcapFrame> m_ospfFrames;
    std::vector<PcapFrame> m_ikeFrames;

    // One row per frame of both captures, numbered from 1 as Wireshark numbers them.
    void addFrameRows(bool ipv4Only)
    {
        QTest::addColumn<QString>("capture");
        QTest::addColumn<int>("index");
        for (const QString &capture : {QStringLiteral("ospf"), QStringLiteral("ike")}) {
            const auto &frames = capture == "ospf" ? m_ospfFrames : m_ikeFrames;
            for (std::size_t i = 0; i < frames.size(); ++i) {
                const auto frame = decodeEthernet(frames[i].data);
                if (ipv4Only && !(frame && frame->hasType(EtherType::Ipv4)))
                    continue;
                QTest::addRow("%s #%zu", qPrintable(capture), i + 1) << capture << int(i);
            }
        }
    }

    const PcapFrame &frameOf(const QString &capture, int index) const
    {
        return (capture == "ospf" ? m_ospfFrames : m_ikeFrames)[std::size_t(index)];
    }

private slots:
    void initTestCase()
    {
        m_ospfFrames = readVector("ospf-frr-adjacency.pcap");
        m_ikeFrames = readVector("ikev1-des-md5-modp768-strongswan.pcap");
        QCOMPARE(m_ospfFrames.size(), std::size_t(66));
        QCOMPARE(m_ikeFrames.size(), std::size_t(118));
    }

    void everyFrameDecodesAndReencodesAsOnTheWire_data() { addFrameRows(false); }

    void everyFrameDecodesAndReencodesAsOnTheWire()
    {
        QFETCH(QString, capture);
        QFETCH(int, index);
        const Bytes &bytes = frameOf(capture, index).data;
        const auto frame = decodeEthernet(bytes);
        QVERIFY(frame);
        QVERIFY(frame->isEthernetII());
        QVERIFY(frame->hasType(EtherType::Ipv4) || frame->hasType(EtherType::Arp)
                || frame->etherType == kEtherTypeIpv6);
        QVERIFY(encodeEthernet(frame->destination, frame->source, frame->etherType,
                               frame->payload)
                == paddedToMinimum(bytes));
    }

    void everyIpv4HeaderVerifiesAndReencodesExactly_data() { addFrameRows(true); }

    void everyIpv4HeaderVerifiesAndReencodesExactly()
    {
        QFETCH(QString, capture);
        QFETCH(int, index);
        const auto frame = decodeEthernet(frameOf(capture, index).data);
        QVERIFY(frame);
        const auto packet = decodeIpv4(frame->payload);
        QVERIFY(packet);
        QVERIFY(packet->checksumValid);
        QVERIFY(!packet->isFragment());
        QVERIFY(encodeIpv4(*packet, packet->payload)
                == Bytes(frame->payload.begin(), frame->payload.begin() + packet->totalLength));
    }

    void everyArpPacketDecodesAndReencodesExactly()
    {
        int arpFrames = 0;
        for (const auto *frames : {&m_ospfFrames, &m_ikeFrames}) {
            for (const PcapFrame &captured : *frames) {
                const auto frame = decodeEthernet(captured.data);
                if (!frame || !frame->hasType(EtherType::Arp))
                    continue;
                ++arpFrames;
                const auto arp = decodeArp(frame->payload);
                QVERIFY(arp);
                QVERIFY(encodeArp(*arp) == Bytes(frame->payload.begin(), frame->payload.end()));
                // Linux re-validates a stale entry with a unicast request (RFC 1122
                // 2.3.2.1), so requests are not always broadcast; replies always go back to
                // the asker.
                if (arp->operation == ArpOperation::Reply)
                    QCOMPARE(frame->destination, arp->targetMac);
                QCOMPARE(frame->source, arp->senderMac);
            }
        }
        // tshark: 6 in the OSPF capture, 24 in the IKE capture.
        QCOMPARE(arpFrames, 30);
    }

    void ospfPacketsAreProtocol89WithTtl1AndHellosGoToAllSpfRouters()
    {
        int ospf = 0;
        int hellos = 0;
        for (const PcapFrame &captured : m_ospfFrames) {
            const auto packet = ipv4Of(captured);
            if (!packet || packet->protocol != IpProtocol::Ospf)
                continue;
            ++ospf;
            // RFC 2328 A.1: OSPF packets are sent with TTL 1 and precedence "internetwork
            // control"; multicast goes to AllSPFRouters or AllDRouters.
            QCOMPARE(packet->ttl, std::uint8_t(1));
            QCOMPARE(packet->tos, std::uint8_t(0xc0));
            if (packet->destination.isMulticast())
                QVERIFY(packet->destination.toString() == "224.0.0.5"
                        || packet->destination.toString() == "224.0.0.6");
            QVERIFY(packet->payload.size() >= 2);
            if (packet->payload[1] == kOspfHello) {
                ++hellos;
                QCOMPARE(packet->destination.toString(), std::string("224.0.0.5"));
            }
        }
        QCOMPARE(ospf, 47);
        QCOMPARE(hellos, 30);
    }

    void igmpReportsCarryTheRouterAlertOption()
    {
        int reports = 0;
        for (const PcapFrame &captured : m_ospfFrames) {
            const auto packet = ipv4Of(captured);
            if (!packet || packet->protocol != IpProtocol::Igmp)
                continue;
            ++reports;
            // RFC 2113 Router Alert: type 148, length 4, value 0; IHL 6.
            QCOMPARE(packet->headerLength(), std::size_t(24));
            QVERIFY(std::ranges::equal(packet->options, Bytes{0x94, 0x04, 0x00, 0x00}));
            QCOMPARE(packet->destination.toString(), std::string("224.0.0.22"));
            QCOMPARE(internetChecksum(packet->payload), std::uint16_t(0));
        }
        QCOMPARE(reports, 5);
    }

    void ikeTrafficStartsOnUdp500AndFloatsTo4500()
    {
        // Runs of equal ports, in capture order: each Main Mode sends messages 1-4 on 500 and
        // floats to 4500 for message 5 (RFC 3947 section 4). The capture holds two
        // negotiations: the first SA is deleted at 170 s and a new Main Mode follows.
        std::vector<std::pair<std::uint16_t, int>> runs;
        for (const PcapFrame &captured : m_ikeFrames) {
            const auto packet = ipv4Of(captured);
            if (!packet)
                continue;
            QCOMPARE(packet->protocol, IpProtocol::Udp);
            const auto udp = decodeUdp(packet->payload, packet->source, packet->destination);
            QVERIFY(udp);
            QCOMPARE(udp->sourcePort, udp->destinationPort);
            if (runs.empty() || runs.back().first != udp->sourcePort)
                runs.emplace_back(udp->sourcePort, 0);
            ++runs.back().second;
        }
        const std::vector<std::pair<std::uint16_t, int>> expected = {
            {500, 4}, {4500, 57}, {500, 4}, {4500, 23}};
        QVERIFY(runs == expected);
    }

    // The captures were taken on veth interfaces with checksum offload: Linux leaves the UDP
    // checksum field holding the (uncomplemented) pseudo-header sum for the "NIC" to finish,
    // and a veth never finishes it. tshark calls every one of them bad too. So the captured
    // UDP checksums are not valid and must not be; what must hold is that they are exactly
    // that partial sum, and that our encoder produces the finished datagram.
    void ikeUdpChecksumsAreOffloadPartialsAndOurEncoderFinishesThem()
    {
        int datagrams = 0;
        for (const PcapFrame &captured : m_ikeFrames) {
            const auto packet = ipv4Of(captured);
            if (!packet)
                continue;
            const auto udp = decodeUdp(packet->payload, packet->source, packet->destination);
            QVERIFY(udp);
            ++datagrams;
            QVERIFY(!udp->checksumValid);
            InternetChecksum pseudoHeader;
            pseudoHeader.addU32(packet->source.value());
            pseudoHeader.addU32(packet->destination.value());
            pseudoHeader.addU16(static_cast<std::uint16_t>(IpProtocol::Udp));
            pseudoHeader.addU16(udp->length);
            QCOMPARE(udp->checksum, pseudoHeader.sum());

            const Bytes reencoded = encodeUdp(packet->source, packet->destination,
                                              udp->sourcePort, udp->destinationPort,
                                              udp->payload);
            const auto finished = decodeUdp(reencoded, packet->source, packet->destination);
            QVERIFY(finished && finished->checksumValid);
            QVERIFY(std::equal(reencoded.begin(), reencoded.begin() + 6, packet->payload.begin()));
            QVERIFY(std::equal(reencoded.begin() + 8, reencoded.end(),
                               packet->payload.begin() + 8));
        }
        QCOMPARE(datagrams, 88);
    }
};

QTEST_APPLESS_MAIN(CapturedFramesTest)
#include "captured_frames_test.moc"
