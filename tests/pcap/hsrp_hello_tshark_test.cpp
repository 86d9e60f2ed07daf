// The seed-hsrp lab's outside segment, captured off 7204VXR-1 FastEthernet0/0 for 90 s of lab
// time from boot: the HSRP messages on it must be what RFC 2281 and IOS put on the wire (UDP
// 1985 to 224.0.0.2, dst MAC 01:00:5e:00:00:02, IP TTL 1, a 20-byte message; an Active
// router's Hellos from the virtual MAC 0000.0c07.ac01, every other state's from the router's
// own MAC), and tshark must dissect them as HSRP with exactly the fields we sent and without a
// malformed packet or an expert error.
#include <QtTest>

#include "capture/capture_point.h"
#include "net/ethernet_frame.h"
#include "net/ipv4_packet.h"
#include "net/udp_datagram.h"
#include "protocols/hsrp/hsrp_packet.h"
#include "router/interface.h"
#include "support/lab_fixture.h"
#include "support/pcap_read_back.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <map>
#include <set>

using namespace routerlab;
using namespace routerlab::testing;

namespace {

const MacAddress kAllRoutersMac = *MacAddress::parse("01:00:5e:00:00:02");
const MacAddress kGroup1VirtualMac = *MacAddress::parse("0000.0c07.ac01");
const Ipv4Address kVirtualIp = *Ipv4Address::parse("172.16.172.53");
const Ipv4Address kVpn1 = *Ipv4Address::parse("172.16.172.52");
const Ipv4Address kVpn2 = *Ipv4Address::parse("172.16.172.54");

// One HSRP message as captured, and the frame around it.
struct CapturedHsrp {
    int frameNumber = 0; // 1-based, as tshark counts
    MacAddress sourceMac;
    MacAddress destinationMac;
    Ipv4Address sourceIp;
    Ipv4Address destinationIp;
    int ttl = 0;
    int sourcePort = 0;
    int destinationPort = 0;
    bool udpChecksumValid = false;
    std::size_t payloadLength = 0;
    std::optional<hsrp::Message> message;
};

struct Capture {
    std::string path;
    std::map<Ipv4Address, MacAddress> routerMacs; // Fa0/0 of each HSRP router, by its address
    std::vector<CapturedHsrp> hsrp;
    std::size_t frames = 0;
};

// Boots the lab with the capture already running, so the boot's first Hellos are in the file.
Capture captureSeedHsrp(const std::string &path)
{
    Capture capture;
    capture.path = path;
    Lab lab(loadLabFile(ROUTERLAB_TOPOLOGIES_DIR "/seed-hsrp", *catalog()), catalog(), 1);
    Segment *segment = lab.segmentAt("7204VXR-1", "FastEthernet0/0");
    if (!segment) {
        qWarning("no link on 7204VXR-1 FastEthernet0/0");
        return capture;
    }
    CapturePoint point(lab.bus(), segment->name(), std::make_unique<PcapWriter>(path));
    if (!point.isCapturing()) {
        qWarning("capture: %s", point.errorString().c_str());
        return capture;
    }
    lab.start();
    lab.runFor(seconds(90));
    point.stop();
    for (const char *node : {"7204VXR-1", "7204VXR-2"}) {
        const Interface *fa00 = lab.router(node)->findInterface("FastEthernet0/0");
        capture.routerMacs[fa00->address()] = fa00->mac();
    }

    const auto records = readBack(path);
    capture.frames = records.size();
    for (std::size_t i = 0; i < records.size(); ++i) {
        const auto ethernet = decodeEthernet(records[i].bytes);
        if (!ethernet || !ethernet->hasType(EtherType::Ipv4))
            continue;
        const auto ip = decodeIpv4(ethernet->payload);
        if (!ip || ip->protocol != IpProtocol::Udp)
            continue;
        const auto udp = decodeUdp(ip->payload, ip->source, ip->destination);
        if (!udp || (udp->sourcePort != hsrp::kUdpPort && udp->destinationPort != hsrp::kUdpPort))
            continue;
        CapturedHsrp entry;
        entry.frameNumber = int(i) + 1;
        entry.sourceMac = ethernet->source;
        entry.destinationMac = ethernet->destination;
        entry.sourceIp = ip->source;
        entry.destinationIp = ip->destination;
        entry.ttl = ip->ttl;
        entry.sourcePort = udp->sourcePort;
        entry.destinationPort = udp->destinationPort;
        entry.udpChecksumValid = udp->checksumValid;
        entry.payloadLength = udp->payload.size();
        entry.message = hsrp::decode(udp->payload);
        capture.hsrp.push_back(entry);
    }
    return capture;
}

const Capture &seedCapture()
{
    static const Capture capture =
        captureSeedHsrp(ROUTERLAB_BINARY_DIR "/hsrp_hello_tshark_test.pcap");
    return capture;
}

std::string frameName(const CapturedHsrp &entry)
{
    return "frame " + std::to_string(entry.frameNumber);
}

QString text(Ipv4Address address)
{
    return QString::fromStdString(address.toString());
}

QString text(MacAddress mac)
{
    return QString::fromStdString(mac.toColon());
}

struct Tshark {
    QString program;
    QTemporaryDir home; // tshark wants a writable profile folder

    QString run(const QStringList &arguments, int *exitCode = nullptr)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("HOME", home.path());
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        if (!process.waitForFinished(120000))
            return "tshark did not finish";
        if (exitCode)
            *exitCode = process.exitCode();
        return QString::fromUtf8(process.readAllStandardOutput());
    }
};

} // namespace

class HsrpHelloTsharkTest : public QObject {
    Q_OBJECT
private slots:
    void linkCarriesHellosFromBothRouters()
    {
        const Capture &capture = seedCapture();
        QVERIFY(capture.frames > 0);
        QVERIFY(!capture.hsrp.empty());
        std::set<Ipv4Address> senders;
        int hellos = 0;
        for (const CapturedHsrp &entry : capture.hsrp) {
            QVERIFY(entry.message);
            senders.insert(entry.sourceIp);
            if (entry.message->opCode == hsrp::OpCode::Hello)
                ++hellos;
        }
        QVERIFY(senders.count(kVpn1));
        QVERIFY(senders.count(kVpn2));
        // 90 s at one Hello per 3 s from each router once it speaks: well over 20 in all.
        QVERIFY2(hellos > 20, qPrintable(QString("%1 hellos").arg(hellos)));
    }

    void everyHsrpMessageIsAddressedAsRfc2281Says()
    {
        for (const CapturedHsrp &entry : seedCapture().hsrp) {
            const std::string where = frameName(entry);
            QVERIFY2(entry.destinationMac == kAllRoutersMac, where.c_str());
            QVERIFY2(entry.destinationIp == hsrp::kAllRouters, where.c_str());
            QVERIFY2(entry.ttl == 1, where.c_str());
            QVERIFY2(entry.sourcePort == 1985 && entry.destinationPort == 1985, where.c_str());
            QVERIFY2(entry.udpChecksumValid, where.c_str());
            QVERIFY2(entry.payloadLength == hsrp::kMessageLength, where.c_str());
            QVERIFY2(entry.message, where.c_str());
            QVERIFY2(entry.sourceIp == kVpn1 || entry.sourceIp == kVpn2, where.c_str());
        }
    }

    void hellosCarryTheSeedConfiguration()
    {
        for (const CapturedHsrp &entry : seedCapture().hsrp) {
            const std::string where = frameName(entry);
            const hsrp::Message &message = *entry.message;
            QVERIFY2(message.version == 0, where.c_str());
            QVERIFY2(message.group == 1, where.c_str());
            QVERIFY2(message.hellotime == 3 && message.holdtime == 10, where.c_str());
            QVERIFY2(message.authentication == "cisco", where.c_str());
            QVERIFY2(message.virtualIp == kVirtualIp, where.c_str());
            // 7204VXR-1: `standby 1 priority 200`, tracked Fa0/1 up; 7204VXR-2: the default.
            QVERIFY2(message.priority == (entry.sourceIp == kVpn1 ? 200 : 100), where.c_str());
        }
    }

    void activeHellosComeFromTheVirtualMacOthersFromTheRoutersOwn()
    {
        const Capture &capture = seedCapture();
        int active = 0;
        int speakOrStandby = 0;
        for (const CapturedHsrp &entry : capture.hsrp) {
            if (entry.message->opCode != hsrp::OpCode::Hello)
                continue;
            const std::string where = frameName(entry) + " state " +
                                      hsrp::stateName(entry.message->state) + " from " +
                                      entry.sourceMac.toCisco();
            const MacAddress own = capture.routerMacs.at(entry.sourceIp);
            QVERIFY2(own != kGroup1VirtualMac, where.c_str());
            if (entry.message->state == hsrp::State::Active) {
                ++active;
                QVERIFY2(entry.sourceMac == kGroup1VirtualMac, where.c_str());
            } else {
                QVERIFY2(entry.message->state == hsrp::State::Speak ||
                             entry.message->state == hsrp::State::Standby,
                         where.c_str()); // Listen and Learn never speak
                ++speakOrStandby;
                QVERIFY2(entry.sourceMac == own, where.c_str());
            }
        }
        QVERIFY(active > 0);
        QVERIFY(speakOrStandby > 0);
    }

    void steadyStateIs7204Vxr1ActiveAnd7204Vxr2Standby()
    {
        // The last Hello each router sent in the capture.
        std::map<Ipv4Address, hsrp::State> last;
        for (const CapturedHsrp &entry : seedCapture().hsrp)
            if (entry.message->opCode == hsrp::OpCode::Hello)
                last[entry.sourceIp] = entry.message->state;
        QVERIFY(last.count(kVpn1) && last.count(kVpn2));
        QCOMPARE(last.at(kVpn1), hsrp::State::Active);
        QCOMPARE(last.at(kVpn2), hsrp::State::Standby);
    }

    void tsharkDissectsEveryMessageAsSent()
    {
        Tshark tshark;
        tshark.program = QStandardPaths::findExecutable("tshark");
        if (tshark.program.isEmpty())
            QSKIP("tshark is not installed");
        const Capture &capture = seedCapture();
        QVERIFY(!capture.hsrp.empty());

        QStringList arguments{"-r", QString::fromStdString(capture.path), "-Y", "hsrp",
                              "-T", "fields", "-E", "separator=|"};
        for (const char *field :
             {"frame.number", "_ws.col.Protocol", "eth.src", "eth.dst", "ip.src", "ip.dst",
              "ip.ttl", "udp.srcport", "udp.dstport", "hsrp.version", "hsrp.opcode", "hsrp.state",
              "hsrp.hellotime", "hsrp.holdtime", "hsrp.priority", "hsrp.group", "hsrp.auth_data",
              "hsrp.virt_ip"})
            arguments << "-e" << field;
        int exitCode = -1;
        const QString output = tshark.run(arguments, &exitCode);
        QCOMPARE(exitCode, 0);

        QStringList expected;
        for (const CapturedHsrp &entry : capture.hsrp) {
            const hsrp::Message &message = *entry.message;
            expected << QStringList{QString::number(entry.frameNumber),
                                    "HSRP",
                                    text(entry.sourceMac),
                                    text(entry.destinationMac),
                                    text(entry.sourceIp),
                                    text(entry.destinationIp),
                                    QString::number(entry.ttl),
                                    QString::number(entry.sourcePort),
                                    QString::number(entry.destinationPort),
                                    QString::number(message.version),
                                    QString::number(int(message.opCode)),
                                    QString::number(int(message.state)),
                                    QString::number(message.hellotime),
                                    QString::number(message.holdtime),
                                    QString::number(message.priority),
                                    QString::number(message.group),
                                    QString::fromStdString(message.authentication),
                                    text(message.virtualIp)}
                            .join('|');
        }
        QCOMPARE(output.split('\n', Qt::SkipEmptyParts), expected);
    }

    void tsharkDecodesTheActiveHelloValues()
    {
        Tshark tshark;
        tshark.program = QStandardPaths::findExecutable("tshark");
        if (tshark.program.isEmpty())
            QSKIP("tshark is not installed");
        int exitCode = -1;
        const QString output = tshark.run(
            {"-r", QString::fromStdString(seedCapture().path), "-Y",
             "hsrp.opcode == 0 && hsrp.state == 16 && ip.src == 172.16.172.52", "-T", "fields",
             "-E", "separator=|", "-e", "eth.src", "-e", "hsrp.priority", "-e", "hsrp.group",
             "-e", "hsrp.virt_ip", "-e", "hsrp.auth_data"},
            &exitCode);
        QCOMPARE(exitCode, 0);
        const QStringList lines = output.split('\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        for (const QString &line : lines)
            QCOMPARE(line, QString("00:00:0c:07:ac:01|200|1|172.16.172.53|cisco"));
    }

    void tsharkFindsNothingMalformedAndNoExpertErrors()
    {
        Tshark tshark;
        tshark.program = QStandardPaths::findExecutable("tshark");
        if (tshark.program.isEmpty())
            QSKIP("tshark is not installed");
        const QString path = QString::fromStdString(seedCapture().path);
        int exitCode = -1;
        const QString malformed = tshark.run({"-r", path, "-Y", "_ws.malformed"}, &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(malformed.trimmed(), QString());
        const QString errors =
            tshark.run({"-r", path, "-o", "ip.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE",
                        "-Y", "_ws.expert.severity == error || ip.checksum.status == 0 || "
                              "udp.checksum.status == 0"},
                       &exitCode);
        QCOMPARE(exitCode, 0);
        QCOMPARE(errors.trimmed(), QString());
        // The filter itself works: every HSRP frame is checked, and tshark counted them.
        const QString checked =
            tshark.run({"-r", path, "-o", "udp.check_checksum:TRUE", "-Y",
                        "hsrp && udp.checksum.status == 1", "-T", "fields", "-e", "frame.number"},
                       &exitCode);
        QCOMPARE(checked.split('\n', Qt::SkipEmptyParts).size(), int(seedCapture().hsrp.size()));
    }
};

QTEST_GUILESS_MAIN(HsrpHelloTsharkTest)
#include "hsrp_hello_tshark_test.moc"
