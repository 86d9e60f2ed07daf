// What a reload forgets and what it keeps, and that a lab can be torn down at any moment: the
// per-boot state (access lists, ARP, debug flags, counters, protocol state) is rebuilt from the
// startup config, and nothing outlives what it points into.
#include <QtTest>

#include "ip/ipv4_stack.h"
#include "protocols/hsrp/hsrp_module.h"
#include "support/lab_fixture.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace routerlab;
using namespace routerlab::testing;
using namespace std::chrono_literals;

namespace {

bool contains(const std::string &text, const std::string &part) { return text.find(part) != std::string::npos; }

void configure(ScenarioRunner &runner, const std::string &node, const std::vector<std::string> &lines)
{
    runner.runCommand(node, "configure terminal");
    for (const std::string &line : lines)
        runner.runCommand(node, line);
    runner.runCommand(node, "end");
}

// Reloads `node` and lets it boot again.
void reloadAndBoot(Lab &lab, const std::string &node)
{
    bool booted = false;
    lab.router(node)->reload(5s, [&booted] { booted = true; });
    lab.runFor(30s);
    QVERIFY(booted);
}

// The three-routers lab booted from a copy of its configs in `directory`, so that `write
// memory` leaves the shipped lab alone.
BootedLab bootThreeRoutersIn(const QTemporaryDir &directory)
{
    LabSpec spec = loadLabFile(ROUTERLAB_TOPOLOGIES_DIR "/three-routers", *catalog());
    const std::string copy = directory.path().toStdString();
    for (const LabNodeSpec &node : spec.nodes) {
        if (node.config.empty())
            continue;
        const std::string target = copy + "/" + node.config;
        QDir().mkpath(QFileInfo(QString::fromStdString(target)).path());
        writeText(target, readText(spec.directory + "/" + node.config));
    }
    spec.directory = copy;
    spec.filePath = copy + "/lab.json";
    BootedLab booted;
    booted.lab = std::make_unique<Lab>(spec, catalog(), 1);
    booted.runner = std::make_unique<ScenarioRunner>(*booted.lab);
    booted.runner->recordBoot(booted.lab->start());
    booted.lab->runFor(5s);
    return booted;
}

std::unique_ptr<Lab> seedHsrpLab()
{
    auto lab = std::make_unique<Lab>(loadLabFile(ROUTERLAB_TOPOLOGIES_DIR "/seed-hsrp", *catalog()), catalog(), 1);
    lab->start();
    return lab;
}

} // namespace

class PerBootStateTest : public QObject {
    Q_OBJECT
private slots:
    void reloadForgetsWhatWasNotSaved()
    {
        auto booted = bootThreeRouters();
        Lab &lab = *booted.lab;
        ScenarioRunner &runner = *booted.runner;
        runner.runCommand("R1", "enable");
        configure(runner, "R1", {"access-list 10 permit 10.0.0.0 0.255.255.255",
                                 "access-list 101 deny icmp any host 10.9.9.9"});
        runner.runCommand("R1", "debug ip packet");
        runner.runCommand("R1", "ping 192.168.1.3");
        Router &router = *lab.router("R1");
        QVERIFY(contains(router.runningConfig(), "access-list 10 permit 10.0.0.0 0.255.255.255\n"));
        // IOS pads "deny" to the width of "permit" in the running config.
        QVERIFY(contains(router.runningConfig(), "access-list 101 deny   icmp any host 10.9.9.9\n"));
        QVERIFY(router.ip().arpCache().find(*Ipv4Address::parse("192.168.1.3")) != nullptr);
        QVERIFY(router.debugFlags().any());
        const std::uint64_t receivedBefore = router.ip().counters().received;
        QVERIFY(receivedBefore > 0);

        reloadAndBoot(lab, "R1");

        QVERIFY(!contains(router.runningConfig(), "access-list 10"));
        QVERIFY(!contains(router.runningConfig(), "access-list 101"));
        QVERIFY(router.ip().accessLists().find(10) == nullptr);
        QVERIFY(router.ip().arpCache().find(*Ipv4Address::parse("192.168.1.3")) == nullptr);
        QVERIFY(!router.debugFlags().any());
        QVERIFY(router.ip().counters().received < receivedBefore);
        // What the startup config holds comes back.
        QVERIFY(contains(router.runningConfig(), "ip address 192.168.1.1 255.255.255.0\n"));
    }

    void reloadKeepsWhatWasSaved()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        auto booted = bootThreeRoutersIn(directory);
        Lab &lab = *booted.lab;
        ScenarioRunner &runner = *booted.runner;
        runner.runCommand("R1", "enable");
        configure(runner, "R1", {"access-list 10 permit 10.0.0.0 0.255.255.255"});
        runner.runCommand("R1", "write memory");
        reloadAndBoot(lab, "R1");
        QVERIFY(contains(lab.router("R1")->runningConfig(), "access-list 10 permit 10.0.0.0 0.255.255.255\n"));
        QVERIFY(lab.router("R1")->ip().accessLists().find(10) != nullptr);
    }

    void reloadRebuildsProtocolModulesFromScratch()
    {
        auto lab = seedHsrpLab();
        lab->runFor(60s);
        Router &router = *lab->router("7204VXR-1");
        const hsrp::HsrpModule *before = router.findModule<hsrp::HsrpModule>();
        QVERIFY(before != nullptr);
        QCOMPARE(before->findGroup("FastEthernet0/0", 1)->group.state(), hsrp::State::Active);
        router.reload(5s);
        lab->runFor(6s);
        // Freshly booted: the group starts over from Init/Listen, not where it was.
        const hsrp::HsrpModule *after = router.findModule<hsrp::HsrpModule>();
        QVERIFY(after != nullptr);
        QVERIFY(after->findGroup("FastEthernet0/0", 1)->group.state() != hsrp::State::Active);
        // The virtual IP is no longer claimed while it is not Active.
        QVERIFY(router.ip().claims().all().empty());
    }

    // Each step below used to be a use-after-free under ASan, or could become one: a lab torn
    // down mid-flight, with HSRP timers pending, a reload in progress or a router powered off.
    void aLabCanBeDestroyedInTheMiddleOfAnything()
    {
        for (int moment = 0; moment < 4; ++moment) {
            auto lab = seedHsrpLab();
            lab->runFor(std::chrono::seconds(5 + 20 * moment));
            Registration outlivesTheLab = lab->bus().subscribeTo<InterfaceStateChanged>([](const InterfaceStateChanged &) {});
            if (moment == 1)
                lab->router("7204VXR-1")->reload(5s);
            if (moment == 2)
                lab->router("7204VXR-2")->powerOff();
            if (moment == 3)
                lab->router("7204VXR-1")->findInterface("FastEthernet0/1")->setAdminUp(false);
            lab->runFor(1s);
            lab.reset();
            QVERIFY(!outlivesTheLab.active());
        }
    }

    void aRouterShutDownAfterItsModulesLeavesNothingCallingBack()
    {
        auto lab = seedHsrpLab();
        lab->runFor(60s);
        // Powering off stops modules first, then takes the interfaces down: the track listener
        // that once fired into a destroyed HSRP module has already unregistered.
        Router &router = *lab->router("7204VXR-1");
        router.powerOff();
        QVERIFY(router.findModule<hsrp::HsrpModule>() == nullptr ||
                router.findModule<hsrp::HsrpModule>()->findGroup("FastEthernet0/0", 1) == nullptr);
        lab->runFor(30s);
        bool booted = false;
        router.powerOn([&booted] { booted = true; });
        lab->runFor(120s);
        QVERIFY(booted);
        QCOMPARE(router.findModule<hsrp::HsrpModule>()->findGroup("FastEthernet0/0", 1)->group.state(),
                 hsrp::State::Active);
    }
};

QTEST_GUILESS_MAIN(PerBootStateTest)
#include "per_boot_state_test.moc"
