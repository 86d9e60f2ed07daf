#include <QtTest>

#include "router/running_config.h"
#include "support/lab_fixture.h"

#include <QTemporaryDir>

#include <map>
#include <string>

using namespace routerlab;
using namespace routerlab::testing;

namespace {

// What `copy running-config startup-config` stores: the configuration without the
// "Building configuration..." / "Current configuration" banner that only the show prints.
std::string withoutBanner(const std::string &shown)
{
    const std::size_t start = shown.find("\n!");
    return start == std::string::npos ? shown : shown.substr(start + 1);
}

std::map<std::string, std::string> runningConfigs(Lab &lab)
{
    std::map<std::string, std::string> configs;
    for (const auto &name : lab.routerNames())
        configs[name] = runningConfig(*lab.router(name));
    return configs;
}

Ipv4Address ip(const char *dotted)
{
    return *Ipv4Address::parse(dotted);
}

} // namespace

class ConfigRoundTripTest : public QObject {
    Q_OBJECT

private slots:
    void runningConfigSurvivesAReboot()
    {
        LabSpec spec = loadLabFile(ROUTERLAB_TOPOLOGIES_DIR "/three-routers", *catalog());
        Lab first(spec, catalog(), 1);
        first.start();
        first.runFor(std::chrono::seconds(5));
        const auto before = runningConfigs(first);
        QCOMPARE(before.size(), std::size_t(3));
        QVERIFY(before.at("R1").find("hostname R1") != std::string::npos);
        QVERIFY(before.at("R3").find(" ip address 3.3.3.3 255.255.255.255") != std::string::npos);
        QVERIFY(before.at("R1").find("ip route 3.3.3.3 255.255.255.255 192.168.1.3") !=
                std::string::npos);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        LabSpec copy = spec;
        copy.directory = dir.path().toStdString();
        for (auto &node : copy.nodes) {
            if (node.kind != LabNodeSpec::Kind::Router)
                continue;
            node.config = node.name + "-running.cfg";
            writeText(copy.directory + "/" + node.config, withoutBanner(before.at(node.name)));
        }
        Lab second(copy, catalog(), 1);
        const auto boot = second.start();
        second.runFor(std::chrono::seconds(5));
        for (const auto &[name, console] : boot)
            QVERIFY2(console.find("% Invalid input") == std::string::npos, console.c_str());
        const auto after = runningConfigs(second);
        for (const auto &[name, config] : before) {
            const std::string message = name + " differs after reboot";
            QVERIFY2(after.at(name) == config, message.c_str());
        }
    }

    void seedConfigsBootAndApplyTheirInterfaces()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const LabSpec spec = seedLab(dir.path().toStdString());
        for (const auto &node : spec.nodes) {
            const std::string seed = seedText(node.name);
            QVERIFY2(!seed.empty(), node.name.c_str());
            writeText(spec.directory + "/" + node.config, seed);
        }

        Lab lab(spec, catalog(), 1);
        const auto boot = lab.start();
        lab.runFor(std::chrono::seconds(5));
        QCOMPARE(boot.size(), std::size_t(4));

        Router *vxr1 = lab.router("7204VXR-1");
        QVERIFY(vxr1 != nullptr);
        QCOMPARE(vxr1->hostname(), std::string("7204VXR-1"));
        Interface *fa00 = vxr1->findInterface("FastEthernet0/0");
        QVERIFY(fa00 != nullptr);
        QCOMPARE(fa00->address(), ip("172.16.172.52"));
        QCOMPARE(fa00->mask(), ip("255.255.255.240"));
        QVERIFY(fa00->adminUp());
        QCOMPARE(vxr1->findInterface("FastEthernet0/1")->address(), ip("10.1.1.1"));
        QVERIFY(!vxr1->findInterface("ATM1/0")->adminUp());
        QVERIFY(!vxr1->findInterface("FastEthernet3/0")->adminUp());
        QVERIFY(!vxr1->findInterface("ATM6/0")->adminUp());

        Router *vxr2 = lab.router("7204VXR-2");
        QCOMPARE(vxr2->findInterface("FastEthernet0/0")->address(), ip("172.16.172.54"));
        QCOMPARE(vxr2->findInterface("FastEthernet1/0")->address(), ip("10.1.1.2"));
        Interface *fa30 = vxr2->findInterface("FastEthernet3/0");
        QCOMPARE(fa30->address(), ip("10.48.67.182"));
        QCOMPARE(fa30->mask(), ip("255.255.254.0"));
        QVERIFY(!fa30->adminUp());

        Router *r7206 = lab.router("7206-1");
        QCOMPARE(r7206->findInterface("Loopback0")->address(), ip("99.99.99.99"));
        QVERIFY(!r7206->findInterface("FastEthernet0/0")->adminUp());
        QCOMPARE(r7206->findInterface("FastEthernet0/1")->address(), ip("10.1.1.3"));

        Router *vpn = lab.router("vpn7200");
        QCOMPARE(vpn->findInterface("Loopback0")->address(), ip("20.1.1.1"));
        QCOMPARE(vpn->findInterface("FastEthernet0/0")->address(), ip("10.48.66.66"));
        QCOMPARE(vpn->findInterface("FastEthernet0/1")->address(), ip("172.16.172.69"));

        // Every address of the files reaches the running config as written.
        const std::string running = runningConfig(*vxr1);
        QVERIFY(running.find("interface FastEthernet0/0\n"
                             " ip address 172.16.172.52 255.255.255.240") != std::string::npos);
        QVERIFY(running.find("interface ATM1/0\n no ip address\n shutdown") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(ConfigRoundTripTest)
#include "config_round_trip_test.moc"
