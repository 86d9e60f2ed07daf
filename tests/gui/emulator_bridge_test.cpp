// The bridge is the GUI's only window on the emulator: what the lab's bus publishes must come
// out as typed Qt signals, frames classified by protocol with the emulator's own codecs, and a
// destroyed bridge must leave the bus alone.
#include <QtTest>

#include "gui/running_lab.h"
#include "net/arp_packet.h"
#include "net/ethernet_frame.h"
#include "net/icmp_message.h"
#include "net/ipv4_packet.h"
#include "net/stp_bpdu.h"
#include "net/udp_datagram.h"
#include "runtime/emulator_bridge.h"

using namespace routerlab;
using namespace routerlab::gui;
using routerlab::testing::RunningLab;

namespace {

const MacAddress kSource = MacAddress::fromU64(0xca0100000000);
const Ipv4Address kA(0x0a000001);
const Ipv4Address kB(0x0a000002);

Bytes ipv4Frame(IpProtocol protocol, ByteView payload)
{
    Ipv4Header header;
    header.protocol = protocol;
    header.source = kA;
    header.destination = kB;
    return encodeEthernet(MacAddress::broadcast(), kSource, EtherType::Ipv4, encodeIpv4(header, payload));
}

Bytes udpFrame(std::uint16_t sourcePort, std::uint16_t destinationPort, ByteView payload)
{
    return ipv4Frame(IpProtocol::Udp, encodeUdp(kA, kB, sourcePort, destinationPort, payload));
}

// Every signal argument list of `spy` whose first arguments equal `expected`.
bool spyHas(const QSignalSpy &spy, const QVariantList &expected)
{
    for (const QVariantList &arguments : spy) {
        if (arguments.mid(0, expected.size()) == expected)
            return true;
    }
    return false;
}

} // namespace

class EmulatorBridgeTest : public QObject {
    Q_OBJECT
private slots:
    void framesAreClassifiedByTheirProtocol_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("kind");
        const auto row = [](const char *name, const Bytes &bytes, const char *kind) {
            QTest::newRow(name) << QByteArray(reinterpret_cast<const char *>(bytes.data()),
                                              static_cast<qsizetype>(bytes.size()))
                                << QString::fromLatin1(kind);
        };
        const Bytes zeros(8, 0);
        const Bytes spi{0x00, 0x00, 0x10, 0x01, 0, 0, 0, 1};
        row("arp", encodeEthernet(MacAddress::broadcast(), kSource, EtherType::Arp,
                                  encodeArp(ArpPacket::request(kSource, kA, kB))),
            "ARP");
        const Bytes icmp = ipv4Frame(IpProtocol::Icmp, encodeIcmpEchoRequest(1, 1, zeros));
        row("icmp", icmp, "ICMP");
        row("hsrp", udpFrame(1985, 1985, zeros), "HSRP");
        row("isakmp", udpFrame(500, 500, zeros), "ISAKMP");
        row("nat-t ike", udpFrame(4500, 4500, zeros), "ISAKMP");
        row("nat-t esp", udpFrame(4500, 4500, spi), "ESP");
        row("esp", ipv4Frame(IpProtocol::Esp, spi), "ESP");
        row("ospf", ipv4Frame(IpProtocol::Ospf, zeros), "OSPF");
        row("stp", encodeStpFrame(kSource, StpBpdu{}), "STP");
        row("other udp", udpFrame(53, 53, zeros), "Other");
        row("truncated", Bytes{0x01, 0x02, 0x03}, "Other");
        row("ipv4 cut short", Bytes(icmp.begin(), icmp.begin() + 20), "Other");
    }

    void framesAreClassifiedByTheirProtocol()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, kind);
        const ByteView bytes(reinterpret_cast<const std::uint8_t *>(frame.constData()),
                             static_cast<std::size_t>(frame.size()));
        QCOMPARE(frameKindName(EmulatorBridge::classifyFrame(bytes)), kind);
    }

    void classifyingEveryTruncationNeverCrashes()
    {
        const Bytes frame = udpFrame(1985, 1985, Bytes(20, 0));
        for (std::size_t length = 0; length <= frame.size(); ++length)
            EmulatorBridge::classifyFrame(ByteView(frame.data(), length));
    }

    void shuttingAnInterfaceIsReportedAsInterfaceLinkAndSyslogSignals()
    {
        RunningLab running("three-routers");
        EmulatorBridge bridge(running.lab);
        QSignalSpy interfaces(&bridge, &EmulatorBridge::interfaceStateChanged);
        QSignalSpy links(&bridge, &EmulatorBridge::linkStateChanged);
        QSignalSpy syslog(&bridge, &EmulatorBridge::syslog);
        running.start();
        running.lab.runFor(seconds(5));
        QVERIFY2(spyHas(interfaces, {"R3", "FastEthernet1/0", true, true}), "boot: R3 Fa1/0 up");

        interfaces.clear();
        running.configure("R3", {"interface FastEthernet1/0", "shutdown"});
        running.lab.runFor(seconds(1));

        QVERIFY(spyHas(interfaces, {"R3", "FastEthernet1/0", false, false}));
        // The back-to-back peer loses carrier: up, line protocol down.
        QVERIFY(spyHas(interfaces, {"R2", "FastEthernet0/1", true, false}));
        QVERIFY(spyHas(links, {"R2:FastEthernet0/1 <-> R3:FastEthernet1/0", false}));
        bool logged = false;
        for (const QVariantList &arguments : syslog) {
            logged |= arguments.at(0) == "R3" &&
                      arguments.at(1).toString().contains(
                          "%LINK-5-CHANGED: Interface FastEthernet1/0, changed state to "
                          "administratively down");
        }
        QVERIFY(logged);
        // Lab time travels with the signal.
        QVERIFY(interfaces.last().at(4).toLongLong() >= seconds(5).count());
    }

    void pingsShowUpAsArpAndIcmpFrames()
    {
        RunningLab running("three-routers");
        running.start();
        running.lab.runFor(seconds(5));
        EmulatorBridge bridge(running.lab);
        QSignalSpy frames(&bridge, &EmulatorBridge::frameTransmitted);
        running.type("R1", "ping 192.168.1.2\r");
        running.lab.runFor(seconds(5));

        QSet<QString> kinds;
        for (const QVariantList &arguments : frames) {
            if (arguments.at(0).toString() == "R1:FastEthernet0/0 <-> SW1:1")
                kinds.insert(frameKindName(arguments.at(3).value<FrameKind>()));
        }
        QVERIFY2(kinds.contains("ARP") && kinds.contains("ICMP"),
                 qPrintable(QStringList(kinds.values()).join(",")));
        QVERIFY(spyHas(frames, {"R1:FastEthernet0/0 <-> SW1:1", "R1", "FastEthernet0/0"}));
    }

    void framesCanBeTurnedOff()
    {
        RunningLab running("three-routers");
        EmulatorBridge bridge(running.lab);
        bridge.setFramesEnabled(false);
        QSignalSpy frames(&bridge, &EmulatorBridge::frameTransmitted);
        running.start();
        running.type("R1", "ping 192.168.1.2\r");
        running.lab.runFor(seconds(5));
        QCOMPARE(frames.count(), 0);
    }

    void aDestroyedBridgeUnsubscribes()
    {
        RunningLab running("three-routers");
        {
            EmulatorBridge bridge(running.lab);
            QVERIFY(running.lab.bus().hasSubscribers());
        }
        QVERIFY(!running.lab.bus().hasSubscribers());
        running.start(); // publishes with nobody listening: no dangling handler runs
        running.lab.runFor(seconds(2));
    }

    void aBridgeOutlivingItsLabIsHarmless()
    {
        EmulatorBridge bridge;
        {
            RunningLab running("three-routers");
            bridge.attach(running.lab);
            QVERIFY(bridge.isAttached());
            running.start();
        }
        bridge.detach();
        QVERIFY(!bridge.isAttached());
    }
};

QTEST_MAIN(EmulatorBridgeTest)
#include "emulator_bridge_test.moc"
