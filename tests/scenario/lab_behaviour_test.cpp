#include <QtTest>

#include "net/ethernet_frame.h"
#include "net/icmp_message.h"
#include "net/ipv4_packet.h"
#include "support/lab_fixture.h"

#include <memory>
#include <string>

using namespace routerlab;
using namespace routerlab::testing;
using namespace std::chrono_literals;

namespace {

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

FrameBytes frameOf(Bytes bytes)
{
    return std::make_shared<const std::vector<std::uint8_t>>(std::move(bytes));
}

} // namespace

class LabBehaviourTest : public QObject {
    Q_OBJECT

private slots:
    void pingAcrossTheLabSucceeds()
    {
        auto booted = bootThreeRouters();
        booted.runner->runCommand("R1", "enable");
        booted.runner->runCommand("R1", "ping 3.3.3.3");
        const std::string first = booted.runner->transcript().take();
        QVERIFY(contains(first, "Sending 5, 100-byte ICMP Echos to 3.3.3.3"));
        booted.runner->runCommand("R1", "ping 3.3.3.3");
        const std::string second = booted.runner->transcript().text();
        QVERIFY(contains(second, "!!!!!"));
        QVERIFY(contains(second, "Success rate is 100 percent (5/5)"));
    }

    void firstPingThroughAFreshRouterLosesOneEcho()
    {
        // R1 -> R3 across the switch, R3 -> R1 back through R2: R2 has never spoken to R1, so
        // the first reply waits on R2's ARP and is dropped (IOS does not queue behind ARP).
        auto booted = bootThreeRouters();
        booted.runner->runCommand("R1", "enable");
        booted.runner->runCommand("R1", "ping 3.3.3.3 source Loopback0");
        const std::string text = booted.runner->transcript().text();
        QVERIFY2(contains(text, "\n.!!!!\n"), text.c_str());
        QVERIFY(contains(text, "Success rate is 80 percent (4/5)"));
        QVERIFY(booted.lab->router("R2")->ip().counters().encapsulationFailed >= 1);
    }

    void shuttingAnInterfaceRemovesItsConnectedRouteAndDependentStatic()
    {
        auto booted = bootThreeRouters();
        Router *r2 = booted.lab->router("R2");
        Router *r3 = booted.lab->router("R3");
        const Ipv4Prefix backToBack = *Ipv4Prefix::parse("10.23.0.0/24");
        const Ipv4Prefix r1Loopback = *Ipv4Prefix::parse("1.1.1.1/32");
        QVERIFY(r3->rib().installed(backToBack) != nullptr);
        QVERIFY(r3->rib().installed(r1Loopback) != nullptr);

        r3->findInterface("FastEthernet1/0")->setAdminUp(false);
        booted.lab->runFor(3s);
        QVERIFY(r3->rib().installed(backToBack) == nullptr);
        QVERIFY(r3->rib().installed(r1Loopback) == nullptr);
        QVERIFY(!r2->findInterface("FastEthernet0/1")->lineProtocolUp());
        QVERIFY(r2->rib().installed(backToBack) == nullptr);

        r3->findInterface("FastEthernet1/0")->setAdminUp(true);
        booted.lab->runFor(3s);
        QVERIFY(r2->findInterface("FastEthernet0/1")->lineProtocolUp());
        QVERIFY(r3->rib().installed(backToBack) != nullptr);
        const Route *restored = r3->rib().installed(r1Loopback);
        QVERIFY(restored != nullptr);
        QCOMPARE(restored->source, RouteSource::Static);
        QCOMPARE(restored->nextHops.front().gateway, *Ipv4Address::parse("10.23.0.2"));
    }

    void switchLearnsEveryRouterMac()
    {
        auto booted = bootThreeRouters();
        booted.runner->runCommand("R1", "enable");
        booted.runner->runCommand("R1", "ping 3.3.3.3");
        LearningSwitch *sw = booted.lab->ethernetSwitch("SW1");
        QVERIFY(sw != nullptr);
        const MacAddress r1Mac = booted.lab->router("R1")->findInterface("FastEthernet0/0")->mac();
        const MacAddress r3Mac = booted.lab->router("R3")->findInterface("FastEthernet0/0")->mac();
        QVERIFY(r1Mac != r3Mac);
        QCOMPARE(sw->portFor(r1Mac).value_or("none"), std::string("1"));
        QCOMPARE(sw->portFor(r3Mac).value_or("none"), std::string("3"));
        int listed = 0;
        for (const auto &entry : sw->macTable()) {
            if (entry.mac == r1Mac) {
                QCOMPARE(entry.port, std::string("1"));
                ++listed;
            } else if (entry.mac == r3Mac) {
                QCOMPARE(entry.port, std::string("3"));
                ++listed;
            }
        }
        QCOMPARE(listed, 2);
    }

    void ttlExpiryAnswersWithTimeExceeded()
    {
        auto booted = bootThreeRouters();
        Router *r1 = booted.lab->router("R1");
        int timeExceeded = 0;
        Ipv4Address reporter;
        const Registration observer = r1->ip().icmp().addObserver([&](const Ipv4Packet &packet, const IcmpMessage &message) {
            if (message.type == IcmpType::TimeExceeded) {
                ++timeExceeded;
                reporter = packet.source;
            }
        });
        // 10.23.0.0/24 is routed via R2; with TTL 1 R2 must not forward it.
        Ipv4Header header;
        header.ttl = 1;
        header.protocol = IpProtocol::Icmp;
        header.source = *Ipv4Address::parse("192.168.1.1");
        header.destination = *Ipv4Address::parse("10.23.0.3");
        const std::vector<std::uint8_t> data(16, 0xab);
        const Bytes echo = encodeIcmpEchoRequest(7, 1, data);
        // The first send may be spent on ARP for R2; the second goes out.
        r1->ip().send(header, echo);
        booted.lab->runFor(1s);
        r1->ip().send(header, echo);
        booted.lab->runFor(1s);
        QVERIFY(timeExceeded >= 1);
        QCOMPARE(reporter, *Ipv4Address::parse("192.168.1.2"));
        QVERIFY(booted.lab->router("R2")->ip().counters().ttlExpired >= 1);
        QCOMPARE(booted.lab->router("R3")->ip().counters().delivered, std::uint64_t(0));
    }

    void malformedFramesAreDroppedAndCounted()
    {
        auto booted = bootThreeRouters();
        Router *r1 = booted.lab->router("R1");
        Interface *fa0 = r1->findInterface("FastEthernet0/0");
        const auto errorsBefore = fa0->counters.inputErrors;
        const auto badHeaderBefore = r1->ip().counters().badHeader;
        const MacAddress peer = booted.lab->router("R2")->findInterface("FastEthernet0/0")->mac();

        // Shorter than an Ethernet header: an input error.
        Bytes runt(10, 0x5a);
        fa0->receiveFrame(frameOf(runt));
        QCOMPARE(fa0->counters.inputErrors, errorsBefore + 1);

        // 20 bytes addressed to R1, typed IPv4, whose 6 bytes of "IPv4" are garbage.
        Bytes garbage = encodeEthernet(fa0->mac(), peer, EtherType::Ipv4, Bytes(6, 0x5a));
        garbage.resize(20, 0x5a);
        fa0->receiveFrame(frameOf(garbage));
        QCOMPARE(r1->ip().counters().badHeader, badHeaderBefore + 1);

        // A well-formed echo request to R1 with its header checksum broken.
        Ipv4Header header;
        header.protocol = IpProtocol::Icmp;
        header.source = *Ipv4Address::parse("192.168.1.2");
        header.destination = *Ipv4Address::parse("192.168.1.1");
        const std::vector<std::uint8_t> data(8, 1);
        Bytes packet = encodeIpv4(header, encodeIcmpEchoRequest(1, 1, data));
        packet[10] ^= 0xff;
        fa0->receiveFrame(frameOf(encodeEthernet(fa0->mac(), peer, EtherType::Ipv4, packet)));
        booted.lab->runFor(1s);

        QCOMPARE(r1->ip().counters().badHeader, badHeaderBefore + 2);
        QCOMPARE(r1->ip().counters().delivered, std::uint64_t(0));
        QCOMPARE(r1->ip().counters().icmpSent, std::uint64_t(0));
        // Still alive: it answers a real ping afterwards.
        booted.runner->runCommand("R2", "enable");
        booted.runner->runCommand("R2", "ping 192.168.1.1");
        booted.runner->runCommand("R2", "ping 192.168.1.1");
        QVERIFY(booted.runner->transcript().text().find("(5/5)") != std::string::npos);
    }

    void sameSeedGivesIdenticalTranscripts()
    {
        auto play = [](std::uint64_t seed, std::string *mac) {
            auto booted = bootThreeRouters(seed);
            booted.runner->runCommand("R1", "enable");
            booted.runner->runCommand("R1", "ping 3.3.3.3 source Loopback0");
            booted.runner->runCommand("R1", "show ip arp");
            booted.runner->runCommand("R1", "show interfaces FastEthernet0/0");
            *mac = booted.lab->router("R1")->findInterface("FastEthernet0/0")->mac().toCisco();
            return booted.runner->transcript().text();
        };
        std::string macA, macB, macC;
        const std::string a = play(7, &macA);
        const std::string b = play(7, &macB);
        QCOMPARE(a, b);
        QCOMPARE(macA, macB);
        const std::string c = play(8, &macC);
        QVERIFY(macA != macC);
        QVERIFY(a != c);
    }
};

QTEST_APPLESS_MAIN(LabBehaviourTest)
#include "lab_behaviour_test.moc"
