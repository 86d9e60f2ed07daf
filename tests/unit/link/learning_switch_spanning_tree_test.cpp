#include <QtTest>

#include "core/event_bus.h"
#include "core/scheduler.h"
#include "link/learning_switch.h"
#include "link/segment.h"
#include "net/ethernet_frame.h"
#include "net/stp_bpdu.h"

#include <array>
#include <memory>

using namespace routerlab;

namespace {

const MacAddress kBridgeMac = *MacAddress::parse("ce01.1234.0000");

struct Host : FrameSink {
    void receiveFrame(const FrameBytes &frame) override
    {
        (decodeStpFrame(*frame) ? bpdus : frames).push_back(frame);
    }
    void carrierChanged(bool) override {}
    std::vector<FrameBytes> frames;
    std::vector<FrameBytes> bpdus;
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

SpanningTreeSettings spanningTreeOn()
{
    SpanningTreeSettings settings;
    settings.enabled = true;
    settings.bridgeAddress = kBridgeMac;
    return settings;
}

struct SentBpdu {
    SimTime time;
    std::string port;
    MacAddress source;
    StpBpdu bpdu;
};

// Three hosts on ports 1..3 of an eight-port switch, host i on port i+1, cabled at time 0;
// the cable of `unplugged`, if any, is down from the start.
struct Lab {
    static constexpr int kHosts = 3;
    Scheduler scheduler;
    EventBus bus;
    LearningSwitch sw{scheduler, bus, "SW1"};
    std::array<Host, kHosts> hosts;
    std::vector<std::unique_ptr<Segment>> links;
    std::vector<SentBpdu> sentBpdus;
    Subscription subscription;

    explicit Lab(const SpanningTreeSettings &settings = spanningTreeOn(), int unplugged = -1)
    {
        sw.setSpanningTree(settings);
        subscription = bus.subscribeTo<FrameTransmitted>([this](const FrameTransmitted &event) {
            const auto bpdu = decodeStpFrame(*event.frame);
            if (event.node == "SW1" && bpdu) {
                const MacAddress source = decodeEthernet(*event.frame)->source;
                sentBpdus.push_back(SentBpdu{event.time, event.port, source, *bpdu});
            }
        });
        for (int i = 0; i < kHosts; ++i) {
            const std::string name = "H" + std::to_string(i);
            links.push_back(std::make_unique<Segment>(scheduler, bus, name + "-SW1"));
            links.back()->setLinkUp(i != unplugged);
            links.back()->attach(0, name, "e0", &hosts[static_cast<std::size_t>(i)]);
            sw.connect(std::to_string(i + 1), links.back().get(), 1);
        }
        scheduler.runUntil(scheduler.now()); // carrier reaches the ports
    }
    void send(int host, FrameBytes frame)
    {
        links[static_cast<std::size_t>(host)]->transmit(0, std::move(frame));
        scheduler.runUntil(scheduler.now() + milliseconds(1));
    }
    void runTo(SimTime time) { scheduler.runUntil(time); }
    std::vector<std::size_t> received()
    {
        std::vector<std::size_t> counts;
        for (Host &host : hosts) {
            counts.push_back(host.frames.size());
            host.frames.clear();
        }
        return counts;
    }
    std::vector<StpPortState> states() const
    {
        return {sw.portState("1"), sw.portState("2"), sw.portState("3"), sw.portState("4")};
    }
    std::vector<SimTime> bpduTimes(const std::string &port) const
    {
        std::vector<SimTime> times;
        for (const SentBpdu &sent : sentBpdus) {
            if (sent.port == port)
                times.push_back(sent.time);
        }
        return times;
    }
};

using Counts = std::vector<std::size_t>;
using States = std::vector<StpPortState>;
constexpr auto Disabled = StpPortState::Disabled;
constexpr auto Listening = StpPortState::Listening;
constexpr auto Learning = StpPortState::Learning;
constexpr auto Forwarding = StpPortState::Forwarding;

} // namespace

class LearningSwitchSpanningTreeTest : public QObject {
    Q_OBJECT
private slots:
    void offByDefaultForwardsAtOnceAndSendsNoBpdus()
    {
        Lab lab{SpanningTreeSettings{}};
        QVERIFY(!lab.sw.spanningTree().enabled);
        QCOMPARE(lab.states(), (States{Forwarding, Forwarding, Forwarding, Disabled}));
        lab.send(0, ethernet(MacAddress::broadcast(), mac(1)));
        QCOMPARE(lab.received(), (Counts{0, 1, 1}));
        lab.runTo(seconds(60));
        QVERIFY(lab.sentBpdus.empty());
        QCOMPARE(lab.sw.counters().bpdusSent, std::uint64_t(0));
        QCOMPARE(lab.sw.counters().framesDiscardedByPortState, std::uint64_t(0));
    }

    void offByDefaultFloodsBpdusLikeAnyMulticast()
    {
        Lab lab{SpanningTreeSettings{}};
        lab.send(0, std::make_shared<const Bytes>(encodeStpFrame(mac(1), StpBpdu{})));
        QCOMPARE(lab.hosts[1].bpdus.size(), std::size_t(1));
        QCOMPARE(lab.sw.counters().bpdusReceived, std::uint64_t(0));
    }

    void portThatGetsCarrierListensThenLearnsThenForwards()
    {
        Lab lab;
        QCOMPARE(lab.states(), (States{Listening, Listening, Listening, Disabled}));
        lab.runTo(seconds(15) - SimDuration(1));
        QCOMPARE(lab.sw.portState("1"), Listening);
        lab.runTo(seconds(15));
        QCOMPARE(lab.states(), (States{Learning, Learning, Learning, Disabled}));
        lab.runTo(seconds(30) - SimDuration(1));
        QCOMPARE(lab.sw.portState("1"), Learning);
        lab.runTo(seconds(30));
        QCOMPARE(lab.states(), (States{Forwarding, Forwarding, Forwarding, Disabled}));
    }

    void listeningPortNeitherLearnsNorForwards()
    {
        Lab lab;
        lab.runTo(seconds(1));
        lab.send(0, ethernet(MacAddress::broadcast(), mac(1)));
        lab.runTo(seconds(14));
        lab.send(1, ethernet(mac(1), mac(2)));
        QCOMPARE(lab.received(), (Counts{0, 0, 0}));
        QVERIFY(lab.sw.macTable().empty());
        QCOMPARE(lab.sw.counters().framesDiscardedByPortState, std::uint64_t(2));
    }

    void learningPortLearnsSourcesButForwardsNothing()
    {
        Lab lab;
        lab.runTo(seconds(16));
        lab.send(0, ethernet(MacAddress::broadcast(), mac(1)));
        QCOMPARE(lab.received(), (Counts{0, 0, 0}));
        QCOMPARE(lab.sw.portFor(mac(1)), std::optional<std::string>("1"));
        QCOMPARE(lab.sw.counters().framesDiscardedByPortState, std::uint64_t(1));
    }

    void forwardsAfterThirtySeconds()
    {
        Lab lab;
        lab.runTo(seconds(30));
        lab.send(0, ethernet(MacAddress::broadcast(), mac(1)));
        QCOMPARE(lab.received(), (Counts{0, 1, 1}));
        lab.send(2, ethernet(mac(1), mac(3)));
        QCOMPARE(lab.received(), (Counts{1, 0, 0}));
        QCOMPARE(lab.sw.counters().framesDiscardedByPortState, std::uint64_t(0));
    }

    void neverSendsOutOfAPortThatIsNotForwarding()
    {
        Lab lab;
        lab.runTo(seconds(40));
        lab.send(0, ethernet(MacAddress::broadcast(), mac(1)));
        lab.received();
        // H0's cable is pulled and plugged back: its port starts over while the others forward.
        lab.links[0]->setLinkUp(false);
        lab.links[0]->setLinkUp(true);
        lab.runTo(seconds(41));
        QCOMPARE(lab.states(), (States{Listening, Forwarding, Forwarding, Disabled}));
        lab.send(1, ethernet(MacAddress::broadcast(), mac(2)));
        QCOMPARE(lab.received(), (Counts{0, 0, 1}));
        // In Learning it learns H0 again, yet a frame for H0 still goes nowhere.
        lab.runTo(seconds(57));
        QCOMPARE(lab.sw.portState("1"), Learning);
        lab.send(0, ethernet(MacAddress::broadcast(), mac(1)));
        lab.send(1, ethernet(mac(1), mac(2)));
        QCOMPARE(lab.received(), (Counts{0, 0, 0}));
        QCOMPARE(lab.sw.counters().framesDiscardedByPortState, std::uint64_t(2));
        lab.runTo(seconds(71));
        QCOMPARE(lab.sw.portState("1"), Forwarding);
        lab.send(1, ethernet(mac(1), mac(2)));
        QCOMPARE(lab.received(), (Counts{1, 0, 0}));
    }

    void portGoingDownAndUpStartsOver()
    {
        Lab lab;
        lab.runTo(seconds(20));
        lab.links[1]->setEndpointEnabled(0, false); // H1 shuts its interface while Learning
        lab.runTo(seconds(21));
        QCOMPARE(lab.sw.portState("2"), Disabled);
        lab.runTo(seconds(25));
        lab.links[1]->setEndpointEnabled(0, true);
        lab.runTo(seconds(25));
        QCOMPARE(lab.sw.portState("2"), Listening);
        lab.runTo(seconds(40) - SimDuration(1));
        QCOMPARE(lab.states(), (States{Forwarding, Listening, Forwarding, Disabled}));
        lab.runTo(seconds(55) - SimDuration(1));
        QCOMPARE(lab.sw.portState("2"), Learning);
        lab.runTo(seconds(55));
        QCOMPARE(lab.sw.portState("2"), Forwarding);
    }

    void sendsAConfigurationBpduEveryHelloTimeOnlyOnPortsWithCarrier()
    {
        Lab lab(spanningTreeOn(), 2);
        lab.runTo(seconds(10) + milliseconds(1));
        const std::vector<SimTime> everyTwoSeconds{seconds(0), seconds(2), seconds(4),
                                                   seconds(6), seconds(8), seconds(10)};
        QCOMPARE(lab.bpduTimes("1"), everyTwoSeconds);
        QCOMPARE(lab.bpduTimes("2"), everyTwoSeconds);
        QVERIFY(lab.bpduTimes("3").empty());
        QCOMPARE(lab.sw.counters().bpdusSent, std::uint64_t(12));
        QCOMPARE(lab.hosts[0].bpdus.size(), std::size_t(6));

        lab.runTo(seconds(11));
        lab.links[2]->setLinkUp(true);
        lab.runTo(seconds(14) + milliseconds(500));
        lab.links[2]->setLinkUp(false);
        lab.runTo(seconds(20));
        QCOMPARE(lab.bpduTimes("3"), (std::vector<SimTime>{seconds(11), seconds(13)}));
        QCOMPARE(lab.bpduTimes("1").back(), seconds(20));
    }

    void bpduSaysThisSwitchIsTheRoot()
    {
        Lab lab;
        QCOMPARE(lab.sentBpdus.size(), std::size_t(3));
        for (std::size_t i = 0; i < lab.sentBpdus.size(); ++i) {
            const SentBpdu &sent = lab.sentBpdus[i];
            QCOMPARE(sent.port, std::to_string(i + 1));
            QCOMPARE(sent.source, MacAddress::fromU64(kBridgeMac.toU64() + i + 1));
            const StpBpdu &bpdu = sent.bpdu;
            QCOMPARE(bpdu.type, StpBpduType::Configuration);
            QCOMPARE(bpdu.flags, std::uint8_t(0));
            QVERIFY(bpdu.rootId == (BridgeId{32768, kBridgeMac}));
            QVERIFY(bpdu.bridgeId == bpdu.rootId);
            QCOMPARE(bpdu.rootPathCost, std::uint32_t(0));
            QCOMPARE(bpdu.portId, std::uint16_t(0x8001 + i));
            QCOMPARE(bpdu.messageAge, SimDuration(0));
            QCOMPARE(bpdu.maxAge, seconds(20));
            QCOMPARE(bpdu.helloTime, seconds(2));
            QCOMPARE(bpdu.forwardDelay, seconds(15));
        }
    }

    void settingsChangeTheTimersAndTheBridgeId()
    {
        SpanningTreeSettings settings = spanningTreeOn();
        settings.priority = 4096;
        settings.helloTime = seconds(1);
        settings.forwardDelay = seconds(4);
        Lab lab(settings);
        lab.runTo(seconds(3));
        QCOMPARE(lab.bpduTimes("1").size(), std::size_t(4));
        QCOMPARE(lab.sentBpdus.front().bpdu.rootId.priority, std::uint16_t(4096));
        QCOMPARE(lab.sentBpdus.front().bpdu.helloTime, seconds(1));
        QCOMPARE(lab.sentBpdus.front().bpdu.forwardDelay, seconds(4));
        lab.runTo(seconds(8));
        QCOMPARE(lab.sw.portState("1"), Forwarding);
    }

    void countsAndDropsReceivedBpdus()
    {
        Lab lab;
        lab.runTo(seconds(31));
        const std::size_t heardFromTheSwitch = lab.hosts[1].bpdus.size();
        lab.send(0, std::make_shared<const Bytes>(encodeStpFrame(mac(1), StpBpdu{})));
        QCOMPARE(lab.sw.counters().bpdusReceived, std::uint64_t(1));
        QCOMPARE(lab.hosts[1].bpdus.size(), heardFromTheSwitch);
        QCOMPARE(lab.received(), (Counts{0, 0, 0}));
        QVERIFY(lab.sw.macTable().empty());
        QCOMPARE(lab.sw.counters().framesDiscardedByPortState, std::uint64_t(0));
    }

    void turningItOnStartsPortsOverAndOffForwardsAtOnce()
    {
        Lab lab{SpanningTreeSettings{}};
        lab.runTo(seconds(5));
        lab.sw.setSpanningTree(spanningTreeOn());
        QCOMPARE(lab.states(), (States{Listening, Listening, Listening, Disabled}));
        QCOMPARE(lab.sw.counters().bpdusSent, std::uint64_t(3));
        lab.runTo(seconds(6));
        lab.sw.setSpanningTree(SpanningTreeSettings{});
        QCOMPARE(lab.states(), (States{Forwarding, Forwarding, Forwarding, Disabled}));
        lab.send(0, ethernet(MacAddress::broadcast(), mac(1)));
        QCOMPARE(lab.received(), (Counts{0, 1, 1}));
        lab.runTo(seconds(60));
        QCOMPARE(lab.sw.counters().bpdusSent, std::uint64_t(3));
    }

    void unknownPortIsDisabled()
    {
        Lab lab;
        QCOMPARE(lab.sw.portState("9"), Disabled);
        QCOMPARE(lab.sw.portState("x"), Disabled);
    }

    void stateNamesAreThoseDebugPrints()
    {
        QCOMPARE(std::string(stpPortStateName(Disabled)), std::string("disabled"));
        QCOMPARE(std::string(stpPortStateName(Listening)), std::string("listening"));
        QCOMPARE(std::string(stpPortStateName(Learning)), std::string("learning"));
        QCOMPARE(std::string(stpPortStateName(Forwarding)), std::string("forwarding"));
        QCOMPARE(int(Forwarding), 5);
    }
};

QTEST_APPLESS_MAIN(LearningSwitchSpanningTreeTest)
#include "learning_switch_spanning_tree_test.moc"
