#include "core/event_bus.h"
#include "core/scheduler.h"
#include "link/learning_switch.h"
#include "link/segment.h"

#include <QtTest>

#include <array>
#include <memory>

using namespace routerlab;

namespace {

struct Host : FrameSink {
    void receiveFrame(const FrameBytes &frame) override { frames.push_back(frame); }
    void carrierChanged(bool) override {}
    std::vector<FrameBytes> frames;
};

MacAddress mac(std::uint8_t last) { return MacAddress({0x00, 0x00, 0x0c, 0x00, 0x00, last}); }

FrameBytes ethernet(MacAddress destination, MacAddress source)
{
    auto bytes = std::make_shared<std::vector<std::uint8_t>>();
    bytes->insert(bytes->end(), destination.octets().begin(), destination.octets().end());
    bytes->insert(bytes->end(), source.octets().begin(), source.octets().end());
    bytes->insert(bytes->end(), {0x08, 0x00});
    bytes->resize(60, 0);
    return bytes;
}

// Four hosts on switch ports 1..4 of an eight-port switch, host i on port i+1.
struct Lab {
    static constexpr int kHosts = 4;
    Scheduler scheduler;
    EventBus bus;
    LearningSwitch sw{scheduler, bus, "SW1"};
    std::array<Host, kHosts> hosts;
    std::vector<std::unique_ptr<Segment>> links;

    Lab()
    {
        for (int i = 0; i < kHosts; ++i) {
            const std::string name = "H" + std::to_string(i);
            links.push_back(std::make_unique<Segment>(scheduler, bus, name + "-SW1"));
            links.back()->attach(0, name, "e0", &hosts[static_cast<std::size_t>(i)]);
            sw.connect(std::to_string(i + 1), links.back().get(), 1);
        }
        settle();
    }
    void send(int host, FrameBytes frame)
    {
        links[static_cast<std::size_t>(host)]->transmit(0, std::move(frame));
    }
    void settle() { scheduler.runUntil(scheduler.now() + milliseconds(1)); }
    std::vector<std::size_t> received()
    {
        std::vector<std::size_t> counts;
        for (Host &host : hosts) {
            counts.push_back(host.frames.size());
            host.frames.clear();
        }
        return counts;
    }
};

using Counts = std::vector<std::size_t>;

} // namespace

class LearningSwitchTest : public QObject {
    Q_OBJECT
private slots:
    void hasNumberedPorts()
    {
        Scheduler scheduler;
        EventBus bus;
        LearningSwitch sw(scheduler, bus, "SW1", 3);
        QCOMPARE(sw.portNames(), (std::vector<std::string>{"1", "2", "3"}));
        QVERIFY(sw.port("3") != nullptr);
        QVERIFY(sw.port("4") == nullptr);
        QVERIFY(sw.port("0") == nullptr);
        QCOMPARE(sw.name(), std::string("SW1"));
    }

    void learnsSourceMacOnIngressPort()
    {
        Lab lab;
        lab.send(2, ethernet(MacAddress::broadcast(), mac(3)));
        lab.settle();
        QCOMPARE(lab.sw.portFor(mac(3)), std::optional<std::string>("3"));
        const auto table = lab.sw.macTable();
        QCOMPARE(table.size(), std::size_t(1));
        QCOMPARE(table[0].mac, mac(3));
        QCOMPARE(table[0].port, std::string("3"));
    }

    void doesNotLearnMulticastSources()
    {
        Lab lab;
        lab.send(0, ethernet(MacAddress::broadcast(), MacAddress({0x01, 0, 0x5e, 0, 0, 5})));
        lab.settle();
        QVERIFY(lab.sw.macTable().empty());
    }

    void floodsBroadcastToEveryOtherPortWithCarrier()
    {
        Lab lab;
        lab.links[3]->setLinkUp(false);
        lab.settle();
        lab.send(0, ethernet(MacAddress::broadcast(), mac(1)));
        lab.settle();
        QCOMPARE(lab.received(), (Counts{0, 1, 1, 0}));
        QCOMPARE(lab.links[3]->counters().framesDropped, std::uint64_t(0));
    }

    void floodsUnknownUnicastAndMulticast()
    {
        Lab lab;
        lab.send(1, ethernet(mac(99), mac(2)));
        lab.send(1, ethernet(MacAddress({0x01, 0x00, 0x5e, 0x00, 0x00, 0x02}), mac(2)));
        lab.settle();
        QCOMPARE(lab.received(), (Counts{2, 0, 2, 2}));
        QCOMPARE(lab.sw.counters().framesFlooded, std::uint64_t(2));
    }

    void floodsInPortOrder()
    {
        Lab lab;
        std::vector<std::string> order;
        auto subscription = lab.bus.subscribeTo<FrameTransmitted>(
            [&](const FrameTransmitted &event) {
                if (event.node == "SW1")
                    order.push_back(event.port);
            });
        lab.send(2, ethernet(MacAddress::broadcast(), mac(3)));
        lab.settle();
        QCOMPARE(order, (std::vector<std::string>{"1", "2", "4"}));
    }

    void forwardsKnownUnicastOnlyToItsPort()
    {
        Lab lab;
        lab.send(3, ethernet(MacAddress::broadcast(), mac(4)));
        lab.settle();
        lab.received();
        lab.send(0, ethernet(mac(4), mac(1)));
        lab.settle();
        QCOMPARE(lab.received(), (Counts{0, 0, 0, 1}));
        QCOMPARE(lab.sw.counters().framesForwarded, std::uint64_t(1));
    }

    void dropsUnicastForAMacLearnedOnTheIngressPort()
    {
        Lab lab;
        lab.send(0, ethernet(MacAddress::broadcast(), mac(1)));
        lab.settle();
        lab.received();
        lab.send(0, ethernet(mac(1), mac(2)));
        lab.settle();
        QCOMPARE(lab.received(), (Counts{0, 0, 0, 0}));
        QCOMPARE(lab.sw.counters().framesFiltered, std::uint64_t(1));
    }

    void relearnsMacWhenItMovesPort()
    {
        Lab lab;
        const MacAddress virtualMac({0x00, 0x00, 0x0c, 0x07, 0xac, 0x01});
        lab.send(0, ethernet(MacAddress::broadcast(), virtualMac));
        lab.settle();
        QCOMPARE(lab.sw.portFor(virtualMac), std::optional<std::string>("1"));
        // The standby router takes over and sends from the same virtual MAC.
        lab.send(1, ethernet(MacAddress::broadcast(), virtualMac));
        lab.settle();
        QCOMPARE(lab.sw.portFor(virtualMac), std::optional<std::string>("2"));
        QCOMPARE(lab.sw.counters().macMoves, std::uint64_t(1));
        lab.received();
        lab.send(2, ethernet(virtualMac, mac(3)));
        lab.settle();
        QCOMPARE(lab.received(), (Counts{0, 1, 0, 0}));
    }

    void agesOutEntriesAfterThreeHundredSecondsUnseen()
    {
        Lab lab;
        lab.send(0, ethernet(MacAddress::broadcast(), mac(1)));
        lab.send(1, ethernet(MacAddress::broadcast(), mac(2)));
        lab.settle();
        const SimTime learnedAt = lab.scheduler.now();
        lab.scheduler.runUntil(learnedAt + seconds(200));
        lab.send(1, ethernet(MacAddress::broadcast(), mac(2))); // refreshes mac(2) only
        lab.scheduler.runUntil(learnedAt + seconds(299));
        QCOMPARE(lab.sw.macTable().size(), std::size_t(2));
        lab.scheduler.runUntil(learnedAt + seconds(301));
        QCOMPARE(lab.sw.portFor(mac(1)), std::nullopt);
        QCOMPARE(lab.sw.portFor(mac(2)), std::optional<std::string>("2"));
        lab.scheduler.runUntil(learnedAt + seconds(501));
        QVERIFY(lab.sw.macTable().empty());
        // Nothing left to age, so the switch leaves the queue empty.
        QVERIFY(!lab.scheduler.hasPendingEvents());
    }

    void agedDestinationIsFloodedAgain()
    {
        Lab lab;
        lab.send(3, ethernet(MacAddress::broadcast(), mac(4)));
        lab.scheduler.runUntil(seconds(301));
        lab.received();
        lab.send(0, ethernet(mac(4), mac(1)));
        lab.settle();
        QCOMPARE(lab.received(), (Counts{0, 1, 1, 1}));
    }

    void flushesMacsOfAPortThatLosesCarrier()
    {
        Lab lab;
        lab.send(0, ethernet(MacAddress::broadcast(), mac(1)));
        lab.send(1, ethernet(MacAddress::broadcast(), mac(2)));
        lab.settle();
        lab.links[0]->setEndpointEnabled(0, false); // H0 shuts its interface
        lab.settle();
        QCOMPARE(lab.sw.portFor(mac(1)), std::nullopt);
        QCOMPARE(lab.sw.portFor(mac(2)), std::optional<std::string>("2"));
    }

    void dropsAndCountsRuntFrames()
    {
        Lab lab;
        lab.send(0, std::make_shared<const std::vector<std::uint8_t>>(13, 0xff));
        lab.settle();
        QCOMPARE(lab.received(), (Counts{0, 0, 0, 0}));
        QCOMPARE(lab.sw.counters().framesTooShort, std::uint64_t(1));
        QVERIFY(lab.sw.macTable().empty());
    }

    void macTableIsSortedByMac()
    {
        Lab lab;
        lab.send(0, ethernet(MacAddress::broadcast(), mac(9)));
        lab.send(1, ethernet(MacAddress::broadcast(), mac(3)));
        lab.send(2, ethernet(MacAddress::broadcast(), mac(5)));
        lab.settle();
        const auto table = lab.sw.macTable();
        QCOMPARE(table.size(), std::size_t(3));
        QCOMPARE(table[0].mac, mac(3));
        QCOMPARE(table[1].mac, mac(5));
        QCOMPARE(table[2].mac, mac(9));
    }
};

QTEST_APPLESS_MAIN(LearningSwitchTest)
#include "learning_switch_test.moc"
