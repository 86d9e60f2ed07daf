#include "core/event_bus.h"
#include "core/scheduler.h"
#include "link/segment.h"

#include <QtTest>

using namespace routerlab;

namespace {

struct RecordingSink : FrameSink {
    explicit RecordingSink(Scheduler &scheduler) : scheduler(scheduler) {}
    void receiveFrame(const FrameBytes &frame) override
    {
        frames.push_back(*frame);
        arrivals.push_back(scheduler.now());
    }
    void carrierChanged(bool up) override { carrier.push_back(up); }
    void mediaError(MediaError error) override { errors.push_back(error); }

    Scheduler &scheduler;
    std::vector<std::vector<std::uint8_t>> frames;
    std::vector<SimTime> arrivals;
    std::vector<bool> carrier;
    std::vector<MediaError> errors;
};

FrameBytes frameOf(std::initializer_list<std::uint8_t> bytes)
{
    return std::make_shared<const std::vector<std::uint8_t>>(bytes);
}

FrameBytes frameOf(std::vector<std::uint8_t> bytes)
{
    return std::make_shared<const std::vector<std::uint8_t>>(std::move(bytes));
}

struct Cable {
    Scheduler scheduler;
    EventBus bus;
    RecordingSink r1{scheduler};
    RecordingSink r2{scheduler};
    Segment segment{scheduler, bus, "R1-R2", std::chrono::microseconds(10)};

    void plugIn()
    {
        segment.attach(0, "R1", "FastEthernet0/0", &r1);
        segment.attach(1, "R2", "FastEthernet0/0", &r2);
        scheduler.runUntil(scheduler.now());
        r1.carrier.clear();
        r2.carrier.clear();
    }
};

} // namespace

class SegmentTest : public QObject {
    Q_OBJECT
private slots:
    void carrierComesUpWhenBothEndsAreAttached()
    {
        Cable cable;
        cable.segment.attach(0, "R1", "FastEthernet0/0", &cable.r1);
        QVERIFY(!cable.segment.carrier());
        cable.segment.attach(1, "R2", "FastEthernet0/0", &cable.r2);
        QVERIFY(cable.segment.carrier());
        // Notified through the scheduler, never from inside attach().
        QVERIFY(cable.r1.carrier.empty());
        cable.scheduler.runUntil(SimTime{0});
        QCOMPARE(cable.r1.carrier, std::vector<bool>{true});
        QCOMPARE(cable.r2.carrier, std::vector<bool>{true});
        QCOMPARE(cable.segment.node(1), std::string("R2"));
        QCOMPARE(cable.segment.port(0), std::string("FastEthernet0/0"));
    }

    void portsForcedToDifferentSpeedsHaveNoCarrier()
    {
        Cable cable;
        cable.plugIn();
        cable.segment.setEndpointMedia(0, EthernetMedia{100, Duplex::Full});
        QVERIFY(cable.segment.carrier()); // the other end autonegotiates
        cable.segment.setEndpointMedia(1, EthernetMedia{10, Duplex::Full});
        QVERIFY(!cable.segment.carrier());
        cable.segment.setEndpointMedia(0, EthernetMedia{});
        QVERIFY(cable.segment.carrier());
        cable.segment.setEndpointMedia(0, EthernetMedia{10, Duplex::Auto});
        QVERIFY(cable.segment.carrier());
    }

    void autonegotiationAgainstAForcedPeerFallsBackToHalfDuplex()
    {
        QVERIFY(negotiate({}, {}).fullDuplex[0]);
        const NegotiatedLink mismatch = negotiate({100, Duplex::Full}, {});
        QVERIFY(mismatch.fullDuplex[0]);
        QVERIFY(!mismatch.fullDuplex[1]);
        QVERIFY(mismatch.duplexMismatch());
        QVERIFY(!negotiate({100, Duplex::Full}, {100, Duplex::Full}).duplexMismatch());
    }

    void overlappingFramesOnADuplexMismatchCollideLate()
    {
        Cable cable;
        cable.plugIn();
        cable.segment.setEndpointMedia(0, EthernetMedia{100, Duplex::Full});
        cable.segment.setEndpointMedia(1, EthernetMedia{100, Duplex::Half});
        cable.scheduler.runUntil(SimTime{0});
        // Side 1 (half duplex) starts a frame; side 0 (full duplex) talks over it.
        cable.segment.transmit(1, frameOf(std::vector<std::uint8_t>(100, 1)));
        cable.segment.transmit(0, frameOf(std::vector<std::uint8_t>(100, 2)));
        cable.scheduler.runUntil(std::chrono::milliseconds(1));
        QCOMPARE(cable.r2.frames.size(), std::size_t(1)); // the full-duplex frame got through
        QVERIFY(cable.r1.frames.empty());                 // the half-duplex one was cut short
        QCOMPARE(cable.segment.counters().framesCollided, std::uint64_t(1));
        QCOMPARE(cable.r2.errors, std::vector<FrameSink::MediaError>{FrameSink::MediaError::LateCollision});
        QCOMPARE(cable.r1.errors, std::vector<FrameSink::MediaError>{FrameSink::MediaError::CrcError});
        // Frames that do not overlap pass both ways.
        cable.segment.transmit(1, frameOf(std::vector<std::uint8_t>(100, 3)));
        cable.scheduler.runUntil(std::chrono::milliseconds(2));
        QCOMPARE(cable.r1.frames.size(), std::size_t(1));
    }

    void deliversFrameAfterTheDelayAndNotBefore()
    {
        Cable cable;
        cable.plugIn();
        cable.segment.transmit(0, frameOf({1, 2, 3}));
        QVERIFY(cable.r2.frames.empty());
        // 10 us of cable plus the frame's own time on the wire: (3 + 12) bytes at 100 Mb/s.
        const SimTime arrival = std::chrono::microseconds(10) + std::chrono::nanoseconds(1200);
        QCOMPARE(SimTime(serializationTime(3, 100)), SimTime(std::chrono::nanoseconds(1200)));
        cable.scheduler.runUntil(arrival - std::chrono::nanoseconds(1));
        QVERIFY(cable.r2.frames.empty());
        cable.scheduler.runUntil(arrival);
        QCOMPARE(cable.r2.frames.size(), std::size_t(1));
        QCOMPARE(cable.r2.frames[0], (std::vector<std::uint8_t>{1, 2, 3}));
        QCOMPARE(cable.r2.arrivals[0], arrival);
        QVERIFY(cable.r1.frames.empty());
        QCOMPARE(cable.segment.counters().framesDelivered, std::uint64_t(1));
    }

    void deliversFramesInTheOrderTheyWereSent()
    {
        Cable cable;
        cable.plugIn();
        for (std::uint8_t i = 0; i < 10; ++i)
            cable.segment.transmit(1, frameOf({i}));
        cable.scheduler.runUntil(milliseconds(1));
        QCOMPARE(cable.r1.frames.size(), std::size_t(10));
        for (std::uint8_t i = 0; i < 10; ++i)
            QCOMPARE(cable.r1.frames[i], std::vector<std::uint8_t>{i});
    }

    void disablingEitherEndDropsCarrierAtBothEnds()
    {
        for (int side : {0, 1}) {
            Cable cable;
            cable.plugIn();
            cable.segment.setEndpointEnabled(side, false);
            QVERIFY(!cable.segment.carrier());
            cable.scheduler.runUntil(cable.scheduler.now());
            QCOMPARE(cable.r1.carrier, std::vector<bool>{false});
            QCOMPARE(cable.r2.carrier, std::vector<bool>{false});

            cable.segment.setEndpointEnabled(side, true);
            cable.scheduler.runUntil(cable.scheduler.now());
            QCOMPARE(cable.r1.carrier, (std::vector<bool>{false, true}));
            QCOMPARE(cable.r2.carrier, (std::vector<bool>{false, true}));
        }
    }

    void carrierStaysDownUntilBothEndsAreEnabledAgain()
    {
        Cable cable;
        cable.plugIn();
        cable.segment.setEndpointEnabled(0, false);
        cable.segment.setEndpointEnabled(1, false);
        cable.segment.setEndpointEnabled(0, true);
        QVERIFY(!cable.segment.carrier());
        cable.scheduler.runUntil(cable.scheduler.now());
        QCOMPARE(cable.r1.carrier, std::vector<bool>{false});
    }

    void framesSentWithoutCarrierAreDroppedAndNotPublished()
    {
        Cable cable;
        cable.plugIn();
        int published = 0;
        auto subscription = cable.bus.subscribeTo<FrameTransmitted>(
            [&](const FrameTransmitted &) { ++published; });
        cable.segment.setLinkUp(false);
        cable.segment.transmit(0, frameOf({1}));
        cable.segment.transmit(1, frameOf({2}));
        cable.scheduler.runUntil(milliseconds(1));
        QVERIFY(cable.r1.frames.empty());
        QVERIFY(cable.r2.frames.empty());
        QCOMPARE(published, 0);
        QCOMPARE(cable.segment.counters().framesDropped, std::uint64_t(2));
    }

    void framesInFlightAreLostWhenTheLinkGoesDown()
    {
        Cable cable;
        cable.plugIn();
        cable.segment.transmit(0, frameOf({1}));
        cable.scheduler.runUntil(std::chrono::microseconds(5));
        cable.segment.setLinkUp(false);
        cable.segment.setLinkUp(true); // back before the frame would have arrived
        cable.segment.transmit(0, frameOf({2}));
        cable.scheduler.runUntil(milliseconds(1));
        QCOMPARE(cable.r2.frames, (std::vector<std::vector<std::uint8_t>>{{2}}));
        QCOMPARE(cable.segment.counters().framesLostInFlight, std::uint64_t(1));
        QCOMPARE(cable.r2.carrier, (std::vector<bool>{false, true}));
    }

    void detachingAnEndDropsCarrierAndTellsOnlyTheOtherEnd()
    {
        Cable cable;
        cable.plugIn();
        cable.segment.transmit(1, frameOf({7}));
        cable.segment.detach(0);
        QVERIFY(!cable.segment.carrier());
        cable.scheduler.runUntil(milliseconds(1));
        QVERIFY(cable.r1.frames.empty());
        QVERIFY(cable.r1.carrier.empty());
        QCOMPARE(cable.r2.carrier, std::vector<bool>{false});
    }

    void publishesLinkStateChangesAsTheyHappen()
    {
        Cable cable;
        std::vector<std::pair<std::string, bool>> states;
        auto subscription = cable.bus.subscribeTo<LinkStateChanged>(
            [&](const LinkStateChanged &event) { states.emplace_back(event.linkName, event.up); });
        cable.plugIn();
        cable.segment.setEndpointEnabled(1, false);
        cable.segment.setLinkUp(false); // already without carrier: no change, no event
        cable.segment.setEndpointEnabled(1, true);
        cable.segment.setLinkUp(true);
        const std::vector<std::pair<std::string, bool>> expected{
            {"R1-R2", true}, {"R1-R2", false}, {"R1-R2", true}};
        QCOMPARE(states, expected);
    }

    void publishesEveryFrameOnTheWireWithItsSender()
    {
        Cable cable;
        cable.plugIn();
        std::vector<FrameTransmitted> seen;
        auto subscription = cable.bus.subscribeTo<FrameTransmitted>(
            [&](const FrameTransmitted &event) { seen.push_back(event); });
        cable.segment.attach(1, "R2", "FastEthernet1/0", &cable.r2);
        cable.scheduler.runUntil(milliseconds(3));
        const FrameBytes frame = frameOf({0xaa, 0xbb});
        cable.segment.transmit(1, frame);
        QCOMPARE(seen.size(), std::size_t(1));
        QCOMPARE(seen[0].link, std::string("R1-R2"));
        QCOMPARE(seen[0].node, std::string("R2"));
        QCOMPARE(seen[0].port, std::string("FastEthernet1/0"));
        QCOMPARE(seen[0].time, SimTime(milliseconds(3)));
        QCOMPARE(seen[0].frame, frame);
    }

    void queuedEventsAreHarmlessAfterTheSegmentIsDestroyed()
    {
        Scheduler scheduler;
        EventBus bus;
        RecordingSink a{scheduler};
        RecordingSink b{scheduler};
        {
            Segment segment(scheduler, bus, "gone");
            segment.attach(0, "A", "e0", &a);
            segment.attach(1, "B", "e0", &b);
            segment.transmit(0, frameOf({1}));
        }
        scheduler.runUntil(milliseconds(1));
        QVERIFY(b.frames.empty());
        QVERIFY(b.carrier.empty());
    }
};

QTEST_APPLESS_MAIN(SegmentTest)
#include "segment_test.moc"
