// HSRP on the seed-hsrp lab seen from outside the protocol: what other modules and the GUI get
// from the bus and the redundancy registry, what the switch and the hosts see of the virtual
// MAC, and how the module survives bad packets and a reload.
#include <QtTest>

#include "ip/ipv4_stack.h"
#include "link/learning_switch.h"
#include "protocols/hsrp/hsrp_events.h"
#include "protocols/hsrp/hsrp_module.h"
#include "protocols/hsrp/hsrp_packet.h"
#include "support/lab_fixture.h"

using namespace routerlab;
using namespace routerlab::testing;

namespace {

const MacAddress kVirtualMac({0x00, 0x00, 0x0c, 0x07, 0xac, 0x01});

std::unique_ptr<Lab> seedHsrpLab()
{
    auto lab = std::make_unique<Lab>(loadLabFile(ROUTERLAB_TOPOLOGIES_DIR "/seed-hsrp", *catalog()), catalog(), 1);
    lab->start();
    return lab;
}

hsrp::State stateOf(Lab &lab, const std::string &node)
{
    auto *module = lab.router(node)->findModule<hsrp::HsrpModule>();
    return module->findGroup("FastEthernet0/0", 1)->group.state();
}

void shut(Lab &lab, const std::string &node, const std::string &interface, bool down)
{
    lab.router(node)->findInterface(interface)->setAdminUp(!down);
}

} // namespace

class HsrpLabTest : public QObject {
    Q_OBJECT
private slots:
    void namedGroupRoleReachesTheBusAndTheRegistry()
    {
        auto lab = seedHsrpLab();
        std::vector<RedundancyStateChanged> changes;
        auto subscription = lab->bus().subscribeTo<RedundancyStateChanged>(
            [&](const RedundancyStateChanged &event) {
                if (event.node == "7204VXR-2")
                    changes.push_back(event);
            });
        lab->runFor(std::chrono::seconds(60));
        QCOMPARE(lab->router("7204VXR-1")->redundancy().enquire("VPNHA"), std::optional(RedundancyState::Active));
        QCOMPARE(lab->router("7204VXR-2")->redundancy().enquire("VPNHA"), std::optional(RedundancyState::Standby));
        QVERIFY(!lab->router("7204VXR-2")->redundancy().enquire("NOSUCH"));
        QVERIFY(!changes.empty());
        QCOMPARE(changes.back().newState, std::string("Standby"));
        QVERIFY(!changes.back().active);

        changes.clear();
        shut(*lab, "7204VXR-1", "FastEthernet0/0", true);
        lab->runFor(std::chrono::seconds(15));
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(changes[0].name, std::string("VPNHA"));
        QCOMPARE(changes[0].oldState, std::string("Standby"));
        QCOMPARE(changes[0].newState, std::string("Active"));
        QVERIFY(changes[0].active);
    }

    void enquiryIsDebuggedByTheProvider()
    {
        auto lab = seedHsrpLab();
        lab->runFor(std::chrono::seconds(60));
        Router &router = *lab->router("7204VXR-1");
        std::vector<std::string> lines;
        const auto sink = router.logger().addSink([&](const std::string &line) { lines.push_back(line); });
        router.debugFlags().set("standby events", {"HSRP", "HSRP Events debugging is on"});
        router.redundancy().enquire("VPNHA");
        router.logger().removeSink(sink); // `lines` goes before the lab, which logs as it stops
        QCOMPARE(lines.size(), std::size_t(1));
        QVERIFY(lines[0].ends_with("HSRP: Fa0/0 Grp 1 Redundancy enquiry for VPNHA succeeded"));
    }

    void hsrpStateChangesArePublishedInOrder()
    {
        auto lab = seedHsrpLab();
        std::vector<std::string> states;
        auto subscription = lab->bus().subscribeTo<HsrpStateChanged>([&](const HsrpStateChanged &event) {
            if (event.node == "7204VXR-1") {
                QCOMPARE(event.virtualIp, std::string("172.16.172.53"));
                states.push_back(event.oldState + ">" + event.newState);
            }
        });
        lab->runFor(std::chrono::seconds(60));
        const std::vector<std::string> expected = {"Init>Listen", "Listen>Speak", "Speak>Standby", "Standby>Active"};
        QCOMPARE(states, expected);
    }

    void switchRelearnsTheVirtualMacOnFailover()
    {
        auto lab = seedHsrpLab();
        lab->runFor(std::chrono::seconds(60));
        LearningSwitch *outside = lab->ethernetSwitch("SW-OUTSIDE");
        QCOMPARE(outside->portFor(kVirtualMac), std::optional<std::string>("2")); // 7204VXR-1
        shut(*lab, "7204VXR-1", "FastEthernet0/0", true);
        lab->runFor(std::chrono::seconds(15));
        QCOMPARE(stateOf(*lab, "7204VXR-2"), hsrp::State::Active);
        QCOMPARE(outside->portFor(kVirtualMac), std::optional<std::string>("3")); // 7204VXR-2
    }

    void malformedAndUnauthenticatedPacketsAreDroppedAndCounted()
    {
        auto lab = seedHsrpLab();
        lab->runFor(std::chrono::seconds(60));
        Router &transit = *lab->router("transit");
        Interface *out = transit.findInterface("FastEthernet0/0");
        Ipv4Header header;
        header.ttl = 1;
        header.destination = hsrp::kAllRouters;
        SendOptions options;
        options.interface = out;
        const Bytes garbage = {0x01, 0x02, 0x03};
        transit.ip().sendUdp(header, hsrp::kUdpPort, hsrp::kUdpPort, garbage, options);
        hsrp::Message coup;
        coup.opCode = hsrp::OpCode::Coup;
        coup.state = hsrp::State::Speak;
        coup.priority = 255;
        coup.group = 1;
        coup.authentication = "wrong";
        coup.virtualIp = Ipv4Address(0xac10ac35);
        transit.ip().sendUdp(header, hsrp::kUdpPort, hsrp::kUdpPort, hsrp::encode(coup), options);
        lab->runFor(std::chrono::seconds(1));
        const auto &counters = lab->router("7204VXR-1")->findModule<hsrp::HsrpModule>()->counters();
        QCOMPARE(counters.malformed, std::uint64_t(1));
        QCOMPARE(counters.authFailed, std::uint64_t(1));
        QCOMPARE(stateOf(*lab, "7204VXR-1"), hsrp::State::Active); // the forged Coup changed nothing

        // With the right authentication the same Coup from a priority-255 router is obeyed.
        coup.authentication = "cisco";
        transit.ip().sendUdp(header, hsrp::kUdpPort, hsrp::kUdpPort, hsrp::encode(coup), options);
        lab->runFor(std::chrono::milliseconds(10));
        QCOMPARE(stateOf(*lab, "7204VXR-1"), hsrp::State::Speak);
    }

    void reloadRebuildsTheGroupFromTheStartupConfig()
    {
        auto lab = seedHsrpLab();
        lab->runFor(std::chrono::seconds(60));
        Router &router = *lab->router("7204VXR-1");
        router.reload(std::chrono::seconds(5));
        lab->runFor(std::chrono::seconds(3));
        QCOMPARE(stateOf(*lab, "7204VXR-2"), hsrp::State::Standby); // not yet: the hold time runs
        lab->runFor(std::chrono::seconds(10));
        QCOMPARE(stateOf(*lab, "7204VXR-2"), hsrp::State::Active);
        lab->runFor(std::chrono::seconds(90));
        QCOMPARE(stateOf(*lab, "7204VXR-1"), hsrp::State::Active);
        QCOMPARE(stateOf(*lab, "7204VXR-2"), hsrp::State::Standby);
        QVERIFY(router.runningConfig().find(" standby 1 track FastEthernet0/1 150\n") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(HsrpLabTest)
#include "hsrp_lab_test.moc"
