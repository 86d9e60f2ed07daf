// ARP as a user sees it: entries learned by pinging, answered requests, incomplete entries
// that give up, entries that age out after four hours, and gratuitous ARP updating a cache.
#include <QtTest>

#include "ip/arp_cache.h"
#include "net/arp_packet.h"
#include "net/ethernet_frame.h"
#include "support/lab_fixture.h"

using namespace routerlab;
using namespace std::chrono_literals;

namespace {

// The three-routers lab, settled, with R1's console already in privileged mode.
testing::BootedLab bootThreeRouters()
{
    auto booted = testing::bootThreeRouters();
    booted.runner->runCommand("R1", "enable");
    return booted;
}

const ArpEntry *entryFor(Lab &lab, const std::string &node, const char *address)
{
    return lab.router(node)->ip().arpCache().find(*Ipv4Address::parse(address));
}

} // namespace

class ArpTest : public QObject {
    Q_OBJECT
private slots:
    void pingLearnsTheNeighbourAndTheNeighbourLearnsUs()
    {
        auto booted = bootThreeRouters();
        Lab &lab = *booted.lab;
        booted.runner->runCommand("R1", "ping 192.168.1.3");
        QVERIFY(booted.runner->transcript().text().find("!!!!!") != std::string::npos);
        const ArpEntry *entry = entryFor(lab, "R1", "192.168.1.3");
        QVERIFY(entry && entry->complete);
        QCOMPARE(entry->mac, lab.router("R3")->findInterface("FastEthernet0/0")->mac());
        QCOMPARE(entry->interface, std::string("FastEthernet0/0"));
        // R3 answered a request aimed at it, so it cached R1 (RFC 826 merge).
        const ArpEntry *reverse = entryFor(lab, "R3", "192.168.1.1");
        QVERIFY(reverse && reverse->complete);
        QVERIFY(lab.router("R3")->ip().counters().arpRepliesSent >= 1);
    }

    void unansweredRequestsGiveUpAndLeaveNoEntry()
    {
        auto booted = bootThreeRouters();
        Lab &lab = *booted.lab;
        booted.runner->runCommand("R1", "ping 192.168.1.99 repeat 1");
        QVERIFY(booted.runner->transcript().text().find("Success rate is 0 percent (0/1)") != std::string::npos);
        lab.runFor(30s);
        QVERIFY(entryFor(lab, "R1", "192.168.1.99") == nullptr);
        QCOMPARE(lab.router("R1")->ip().counters().arpRequestsSent >= 5, true);
    }

    void entriesAgeOutAfterFourHours()
    {
        auto booted = bootThreeRouters();
        Lab &lab = *booted.lab;
        booted.runner->runCommand("R1", "ping 192.168.1.3");
        QVERIFY(entryFor(lab, "R1", "192.168.1.3") != nullptr);
        lab.runFor(3h + 59min);
        booted.runner->runCommand("R1", "show ip arp");
        QVERIFY(booted.runner->transcript().take().find(
            "Internet  192.168.1.3            239  " +
            lab.router("R3")->findInterface("FastEthernet0/0")->mac().toCisco()) != std::string::npos);
        lab.runFor(2min);
        booted.runner->runCommand("R1", "show ip arp");
        QVERIFY(booted.runner->transcript().take().find("192.168.1.3 ") == std::string::npos);
        // The next packet resolves the neighbour afresh.
        const auto requestsBefore = lab.router("R1")->ip().counters().arpRequestsSent;
        booted.runner->runCommand("R1", "ping 192.168.1.3");
        QCOMPARE(lab.router("R1")->ip().counters().arpRequestsSent, requestsBefore + 1);
    }

    void gratuitousArpUpdatesAnExistingEntry()
    {
        auto booted = bootThreeRouters();
        Lab &lab = *booted.lab;
        booted.runner->runCommand("R1", "ping 192.168.1.3");
        Interface &r3 = *lab.router("R3")->findInterface("FastEthernet0/0");
        const MacAddress moved = *MacAddress::parse("0000.0c07.ac01");
        lab.router("R3")->ip().sendGratuitousArp(r3, r3.address(), moved);
        lab.runFor(1s);
        const ArpEntry *entry = entryFor(lab, "R1", "192.168.1.3");
        QVERIFY(entry != nullptr);
        QCOMPARE(entry->mac, moved);
    }
};

QTEST_GUILESS_MAIN(ArpTest)
#include "arp_test.moc"
