#include <QtTest>

#include "router/running_config.h"
#include "support/lab_fixture.h"

#include <QTemporaryDir>

#include <sstream>
#include <string>
#include <vector>

using namespace routerlab;
using namespace routerlab::testing;

// The four routers of the original lab notes boot their saved configurations: every line loads
// (OSPF and crypto are kept without behaviour until their modules exist), and comes back in
// `show running-config` where IOS writes it.

namespace {

std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    std::istringstream stream(text);
    std::string line;
    while (std::getline(stream, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

// The seed's lines, in file order, without the "!" separators.
std::vector<std::string> seedLines(const std::string &seed)
{
    std::vector<std::string> lines;
    for (const std::string &line : linesOf(seed)) {
        if (line.empty() || line.find_first_not_of(' ') == std::string::npos || line[0] == '!')
            continue;
        lines.push_back(line);
    }
    return lines;
}

} // namespace

class SeedConfigsTest : public QObject {
    Q_OBJECT

private slots:
    void everyOperatorLineOfTheSeedsShowsInOrder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const LabSpec spec = seedLab(dir.path().toStdString());
        for (const auto &node : spec.nodes) {
            QVERIFY2(!seedText(node.name).empty(), node.name.c_str());
            writeText(spec.directory + "/" + node.config, seedText(node.name));
        }
        Lab lab(spec, catalog(), 1);
        lab.start();
        lab.runFor(std::chrono::seconds(5));

        for (const auto &node : spec.nodes) {
            const std::vector<std::string> running =
                linesOf(lab.router(node.name)->runningConfig());
            std::size_t position = 0;
            for (const std::string &line : seedLines(seedText(node.name))) {
                while (position < running.size() && running[position] != line)
                    ++position;
                const std::string message = node.name + ": \"" + line +
                                            "\" missing or out of order in\n" +
                                            lab.router(node.name)->runningConfig();
                QVERIFY2(position < running.size(), message.c_str());
                ++position;
            }
        }
    }

    void bootRejectsNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const LabSpec spec = seedLab(dir.path().toStdString());
        writeSeedConfigs(spec);
        Lab lab(spec, catalog(), 1);
        const auto boot = lab.start();
        for (const auto &node : spec.nodes) {
            // A replay error echoes the offending line, then the marker and the message.
            const std::string message = node.name + " rejected lines:\n" + boot.at(node.name);
            QVERIFY2(boot.at(node.name).find("% ") == std::string::npos, message.c_str());
            QVERIFY(lab.router(node.name)->rejectedStartupLines().empty());
        }
    }

    void runningConfigOfTheSeedsSurvivesAReboot()
    {
        QTemporaryDir first;
        QVERIFY(first.isValid());
        const LabSpec spec = seedLab(first.path().toStdString());
        writeSeedConfigs(spec);
        Lab lab(spec, catalog(), 1);
        lab.start();
        lab.runFor(std::chrono::seconds(5));

        QTemporaryDir second;
        QVERIFY(second.isValid());
        const LabSpec copy = seedLab(second.path().toStdString());
        for (const auto &node : copy.nodes)
            writeText(copy.directory + "/" + node.config, lab.router(node.name)->runningConfig());
        Lab rebooted(copy, catalog(), 1);
        const auto boot = rebooted.start();
        rebooted.runFor(std::chrono::seconds(5));
        for (const auto &node : copy.nodes) {
            QVERIFY2(boot.at(node.name).find("% Invalid input") == std::string::npos,
                     boot.at(node.name).c_str());
            const std::string before = lab.router(node.name)->runningConfig();
            const std::string after = rebooted.router(node.name)->runningConfig();
            const std::string message =
                node.name + " differs after reboot:\n" + before + "\n---\n" + after;
            QVERIFY2(before == after, message.c_str());
        }
    }

    void seedSettingsReachTheRouterState()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const LabSpec spec = seedLab(dir.path().toStdString());
        writeSeedConfigs(spec);
        Lab lab(spec, catalog(), 1);
        lab.start();

        Router *vxr2 = lab.router("7204VXR-2");
        QVERIFY(!vxr2->global().domainLookup);
        QVERIFY(vxr2->global().ipCef);
        QCOMPARE(vxr2->global().hosts.size(), std::size_t(1));
        QCOMPARE(vxr2->consoleLine().execTimeoutMinutes, 0);
        QCOMPARE(vxr2->consoleLine().stopbits, 1);
        QCOMPARE(vxr2->vtyLines().transportInput, std::string("all"));
        QVERIFY(vxr2->vtyLines().login == LineLogin::Password);
        QVERIFY(vxr2->findInterface("FastEthernet3/0")->directedBroadcast);

        Router *vxr1 = lab.router("7204VXR-1");
        QVERIFY(!vxr1->findInterface("ATM1/0")->atmIlmiKeepalive);
        QVERIFY(!vxr1->global().httpSecureServer);

        Router *r7206 = lab.router("7206-1");
        QVERIFY(!r7206->global().servicePad);
        QVERIFY(!r7206->global().sourceRoute);
        QVERIFY(lab.router("vpn7200")->global().servicePad);
    }
};

QTEST_APPLESS_MAIN(SeedConfigsTest)
#include "seed_configs_test.moc"
