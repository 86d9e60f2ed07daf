// `write memory` never loses a line of the startup config silently: a real-world 7200 config
// (the seed's four routers plus thirty lines from the configs engineers actually keep) boots
// with nothing rejected and comes back from `write memory` line for line; a line the router
// still rejects is listed and the save waits for a [confirm].
#include <QtTest>

#include "support/lab_fixture.h"

#include <QTemporaryDir>

#include <set>
#include <utility>
#include <vector>

using namespace routerlab;
using namespace routerlab::testing;
using namespace std::chrono_literals;

namespace {

// Common global lines of production 7200 configs that have no behaviour here yet.
const std::vector<std::string> kGlobalLines = {
    "service tcp-keepalives-in",
    "service tcp-keepalives-out",
    "logging buffered 51200 warnings",
    "logging console critical",
    "clock timezone PST -8",
    "clock summer-time PDT recurring",
    "no ip bootp server",
    "ip tcp synwait-time 10",
    "ip domain name example.net",
    "ip name-server 10.48.92.10",
    "ip ssh time-out 60",
    "ip ssh authentication-retries 2",
    "logging trap notifications",
    "logging 10.48.92.20",
    "snmp-server community public RO",
    "snmp-server community private RW 10",
    "snmp-server location Brussels lab, rack 4",
    "snmp-server contact noc@example.net",
    "snmp-server enable traps tty",
    "no cdp run",
    "alias exec sib show ip interface brief",
    "ntp server 10.48.92.1 prefer",
    "ntp source FastEthernet0/0",
};
const std::vector<std::string> kBanner = {"banner motd ^C", "Authorized access only",
                                          "! not a comment inside a banner", "^C"};
const std::vector<std::string> kInterfaceLines = {
    " no ip redirects", " no ip unreachables", " no ip proxy-arp",
    " ip tcp adjust-mss 1360", " load-interval 30", " no cdp enable",
};

std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

// The seed config with the extra lines: global ones before the first interface, interface
// ones inside FastEthernet0/0, the banner before the lines.
std::string realWorldConfig(const std::string &seed)
{
    std::string text;
    bool globalsAdded = false;
    for (const std::string &line : linesOf(seed)) {
        if (!globalsAdded && line.rfind("interface ", 0) == 0) {
            for (const std::string &extra : kGlobalLines)
                text += extra + "\n!\n";
            globalsAdded = true;
        }
        if (line == "line con 0") {
            for (const std::string &extra : kBanner)
                text += extra + "\n";
        }
        text += line + "\n";
        if (line == "interface FastEthernet0/0") {
            for (const std::string &extra : kInterfaceLines)
                text += extra + "\n";
        }
    }
    return text;
}

// Every configuration line with the block it sits in ("" at top level): what must survive.
std::multiset<std::pair<std::string, std::string>> linesInBlocks(const std::string &config)
{
    std::multiset<std::pair<std::string, std::string>> result;
    std::string block;
    bool inBanner = false;
    for (const std::string &line : linesOf(config)) {
        if (inBanner) {
            result.insert({"banner", line});
            inBanner = line.find("^C") == std::string::npos;
            continue;
        }
        if (line.empty() || line[0] == '!' || line == "end")
            continue;
        if (line[0] != ' ')
            block = line;
        result.insert({line[0] == ' ' ? block : "", line});
        inBanner = line.rfind("banner ", 0) == 0;
    }
    return result;
}

struct SavedLab {
    QTemporaryDir directory;
    LabSpec spec;
    std::unique_ptr<Lab> lab;
    std::unique_ptr<ScenarioRunner> runner;
    std::map<std::string, std::string> boot;
};

void bootWithConfigs(SavedLab &saved, const std::function<std::string(const std::string &)> &configOf)
{
    saved.spec = seedLab(saved.directory.path().toStdString());
    for (const auto &node : saved.spec.nodes)
        writeText(saved.spec.directory + "/" + node.config, configOf(node.name));
    saved.lab = std::make_unique<Lab>(saved.spec, catalog(), 1);
    saved.runner = std::make_unique<ScenarioRunner>(*saved.lab);
    saved.boot = saved.lab->start();
    saved.lab->runFor(5s);
}

std::string savedConfig(const SavedLab &saved, const std::string &node)
{
    return readText(saved.spec.directory + "/" + node + ".cfg");
}

} // namespace

class WriteMemoryTest : public QObject {
    Q_OBJECT

private slots:
    void aRealWorldConfigBootsWithNothingRejected()
    {
        SavedLab saved;
        bootWithConfigs(saved, [](const std::string &node) { return realWorldConfig(seedText(node)); });
        for (const auto &node : saved.spec.nodes) {
            const std::string &boot = saved.boot.at(node.name);
            const std::string message = node.name + " rejected lines at boot:\n" + boot;
            QVERIFY2(boot.find("% ") == std::string::npos, message.c_str());
        }
    }

    void writeMemoryKeepsEveryLineInItsBlock()
    {
        SavedLab saved;
        bootWithConfigs(saved, [](const std::string &node) { return realWorldConfig(seedText(node)); });
        for (const auto &node : saved.spec.nodes) {
            saved.runner->runCommand(node.name, "enable");
            saved.runner->runCommand(node.name, "write memory");
            const auto before = linesInBlocks(realWorldConfig(seedText(node.name)));
            const auto after = linesInBlocks(savedConfig(saved, node.name));
            for (const auto &entry : before) {
                const std::string message = node.name + ": \"" + entry.second + "\" (in \"" +
                                            entry.first + "\") lost by write memory:\n" +
                                            savedConfig(saved, node.name);
                QVERIFY2(after.count(entry) >= before.count(entry), message.c_str());
            }
        }
        const std::string transcript = saved.runner->transcript().text();
        QVERIFY(transcript.find("[confirm]") == std::string::npos);
        QVERIFY(transcript.find("[OK]") != std::string::npos);
    }

    void theSavedConfigBootsToTheSameRunningConfig()
    {
        SavedLab first;
        bootWithConfigs(first, [](const std::string &node) { return realWorldConfig(seedText(node)); });
        SavedLab second;
        bootWithConfigs(second, [&first](const std::string &node) {
            return first.lab->router(node)->runningConfig();
        });
        for (const auto &node : first.spec.nodes) {
            const std::string before = first.lab->router(node.name)->runningConfig();
            const std::string after = second.lab->router(node.name)->runningConfig();
            QCOMPARE(after, before);
        }
    }

    void aRejectedLineIsListedAndTheSaveWaitsForConfirm()
    {
        SavedLab saved;
        // Lines after `end` are never read, so the unknown block goes before it.
        std::string original = seedText("7206-1");
        original.insert(original.rfind("end"), "router bgp 65000\n neighbor 10.1.1.9 remote-as 65001\n");
        bootWithConfigs(saved, [&original](const std::string &node) {
            return node == "7206-1" ? original : seedText(node);
        });
        ScenarioRunner &runner = *saved.runner;
        runner.runCommand("7206-1", "enable");
        runner.runCommand("7206-1", "write memory");
        runner.runCommand("7206-1", "n");
        QCOMPARE(savedConfig(saved, "7206-1"), original);

        runner.runCommand("7206-1", "copy running-config startup-config");
        runner.runCommand("7206-1", "");
        runner.runCommand("7206-1", "");
        const std::string transcript = runner.transcript().text();
        const std::string listing = "% 2 lines of the startup-config were not accepted at boot and "
                                    "would be lost:\nrouter bgp 65000\n neighbor 10.1.1.9 remote-as "
                                    "65001\nOverwrite the startup-config anyway? [confirm]";
        QVERIFY2(transcript.find(listing) != std::string::npos, transcript.c_str());
        QVERIFY2(transcript.find("%Startup-config not overwritten") != std::string::npos,
                 transcript.c_str());
        QVERIFY(savedConfig(saved, "7206-1").find("router bgp") == std::string::npos);
        QVERIFY(savedConfig(saved, "7206-1").find("hostname 7206-1") != std::string::npos);

        // Once saved, nothing is left to lose: the next save asks nothing.
        runner.runCommand("7206-1", "write memory");
        const std::string after = runner.transcript().text().substr(transcript.size());
        QVERIFY2(after.find("[confirm]") == std::string::npos, after.c_str());
        QVERIFY2(after.find("[OK]") != std::string::npos, after.c_str());
    }
};

QTEST_APPLESS_MAIN(WriteMemoryTest)
#include "write_memory_test.moc"
