#include <QtTest>

#include "router/system_cli.h"
#include "support/lab_fixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <regex>
#include <string>

using namespace routerlab;
using namespace routerlab::testing;

// The operator's housekeeping at a console: saving, erasing and reloading the startup config,
// the enable secret, and the small shows. Each test works on a copy of topologies/three-routers
// in a temporary folder, so saving never touches the repository.

namespace {

bool copyFolder(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &entry :
         source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = to + "/" + entry.fileName();
        if (entry.isDir() ? !copyFolder(entry.absoluteFilePath(), target)
                          : !QFile::copy(entry.absoluteFilePath(), target))
            return false;
    }
    return true;
}

// A running copy of the three-router lab with every console open.
struct ThreeRouters {
    QTemporaryDir dir;
    std::unique_ptr<Lab> lab;
    std::unique_ptr<ScenarioRunner> runner;

    bool start()
    {
        if (!dir.isValid() || !copyFolder(ROUTERLAB_TOPOLOGIES_DIR "/three-routers", dir.path()))
            return false;
        lab =
            std::make_unique<Lab>(loadLabFile(dir.path().toStdString(), *catalog()), catalog(), 1);
        runner = std::make_unique<ScenarioRunner>(*lab);
        runner->recordBoot(lab->start());
        lab->runFor(std::chrono::seconds(5));
        return true;
    }
    // What the console printed from now on, for the commands `lines` type.
    std::string type(const std::string &node, std::initializer_list<std::string> lines)
    {
        runner->transcript().take();
        for (const std::string &line : lines)
            runner->runCommand(node, line);
        return runner->transcript().take();
    }
    std::string configPath(const std::string &node) const { return lab->startupConfigPath(node); }
    Router &router(const std::string &node) const { return *lab->router(node); }
};

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class OperatorConfigTest : public QObject {
    Q_OBJECT

private slots:
    void writeMemorySavesTheRunningConfigAtomically()
    {
        ThreeRouters lab;
        QVERIFY(lab.start());
        const std::string shown = lab.type(
            "R1", {"enable", "configure terminal", "hostname Edge1", "ip host server1 10.0.0.9",
                   "line con 0", "exec-timeout 0 0", "logging synchronous", "end", "write memory"});
        QVERIFY2(contains(shown, "Building configuration...\n[OK]\n"), shown.c_str());
        QCOMPARE(readText(lab.configPath("R1")), lab.router("R1").runningConfig());
        // QSaveFile renames its temporary over the file: nothing is left beside it.
        const QStringList files = QDir(lab.dir.path() + "/configs").entryList(QDir::Files);
        QCOMPARE(files, QStringList({"R1.cfg", "R2.cfg", "R3.cfg"}));
        QVERIFY(!lab.router("R1").configModified());

        const std::string startup = lab.type("R1", {"show startup-config"});
        QVERIFY2(contains(startup, "Using " +
                                       std::to_string(readText(lab.configPath("R1")).size()) +
                                       " out of 129016 bytes\n!\nversion 12.3\n"),
                 startup.c_str());
        QVERIFY(contains(startup, "line con 0\n exec-timeout 0 0\n logging synchronous\n"));
    }

    void reloadRestoresTheSavedConfigAndLosesUnsavedChanges()
    {
        ThreeRouters lab;
        QVERIFY(lab.start());
        lab.type("R1", {"enable", "configure terminal", "hostname Edge1", "end", "write memory"});
        const std::string saved = lab.router("R1").runningConfig();

        const std::string shown = lab.type("R1", {"configure terminal", "hostname Changed",
                                                  "interface Loopback9", "end", "reload"});
        QVERIFY2(contains(shown, "System configuration has been modified. Save? [yes/no]: "),
                 shown.c_str());
        const std::string reloading = lab.type("R1", {"no", ""});
        QVERIFY2(contains(reloading, "Proceed with reload? [confirm]"), reloading.c_str());
        QVERIFY2(contains(reloading, "%SYS-5-RELOAD: Reload requested by console."),
                 reloading.c_str());
        lab.lab->runFor(std::chrono::seconds(5));

        Router &r1 = lab.router("R1");
        QVERIFY(r1.isRunning());
        QCOMPARE(r1.hostname(), std::string("Edge1"));
        QVERIFY(r1.findInterface("Loopback9") == nullptr);
        QCOMPARE(r1.runningConfig(), saved);
        QCOMPARE(lab.runner->session("R1")->privilege(), 1);
        QVERIFY(r1.rib().installed(*Ipv4Prefix::parse("192.168.1.0/24")) != nullptr);
    }

    void answeringYesSavesBeforeTheReload()
    {
        ThreeRouters lab;
        QVERIFY(lab.start());
        lab.type("R2", {"enable", "configure terminal", "hostname Core", "end", "reload"});
        const std::string shown = lab.type("R2", {"yes", ""});
        QVERIFY2(contains(shown, "Building configuration...\n[OK]\nProceed with reload? [confirm]"),
                 shown.c_str());
        QCOMPARE(lab.router("R2").hostname(), std::string("Core"));
        QVERIFY(contains(readText(lab.configPath("R2")), "hostname Core\n"));
    }

    void copyRunningConfigAsksForTheDestination()
    {
        ThreeRouters lab;
        QVERIFY(lab.start());
        const std::string shown = lab.type("R3", {"enable", "configure terminal", "ip cef", "end",
                                                  "copy running-config startup-config", ""});
        QVERIFY2(contains(shown, "Destination filename [startup-config]? "), shown.c_str());
        QVERIFY2(contains(shown, "[OK]"), shown.c_str());
        QVERIFY(contains(readText(lab.configPath("R3")), "\nip cef\n"));
    }

    void eraseThenReloadComesUpUnconfigured()
    {
        ThreeRouters lab;
        QVERIFY(lab.start());
        const std::string shown = lab.type("R1", {"enable", "erase startup-config", ""});
        QVERIFY2(contains(shown,
                          "Erasing the nvram filesystem will remove all configuration files! "
                          "Continue? [confirm]"),
                 shown.c_str());
        QVERIFY2(contains(shown, "[OK]\nErase of nvram: complete\n"), shown.c_str());
        QVERIFY(readText(lab.configPath("R1")).empty());
        QVERIFY(
            contains(lab.type("R1", {"show startup-config"}), "startup-config is not present\n"));

        lab.type("R1", {"reload", ""});
        lab.lab->runFor(std::chrono::seconds(5));
        Router &r1 = lab.router("R1");
        QCOMPARE(r1.hostname(), std::string("Router"));
        QVERIFY(r1.findInterface("Loopback0") == nullptr);
        QVERIFY(!r1.findInterface("FastEthernet0/0")->adminUp());
        QVERIFY(!r1.findInterface("FastEthernet0/0")->hasAddress());
        QVERIFY(r1.staticRoutes().configured().empty());
        QVERIFY(r1.rib().installed(*Ipv4Prefix::parse("192.168.1.0/24")) == nullptr);
        QCOMPARE(lab.runner->session("R1")->prompt(), std::string("Router>"));
    }

    void enableSecretAsksForThePassword()
    {
        ThreeRouters lab;
        QVERIFY(lab.start());
        lab.type("R1", {"enable", "configure terminal", "enable secret s3cret", "end"});
        const std::string running = lab.router("R1").runningConfig();
        const std::regex secretLine(
            "\nenable secret 5 \\$1\\$[./0-9A-Za-z]{4}\\$[./0-9A-Za-z]{22}\n");
        QVERIFY2(std::regex_search(running, secretLine), running.c_str());

        cli::CliSession *session = lab.runner->session("R1");
        lab.type("R1", {"disable", "enable"});
        QCOMPARE(session->prompt(), std::string("Password: "));
        QVERIFY(session->inputHidden());
        const std::string refused = lab.type("R1", {"wrong", "guess", "again"});
        QVERIFY2(contains(refused, "% Bad secrets"), refused.c_str());
        QCOMPARE(session->privilege(), 1);

        lab.type("R1", {"enable", "s3cret"});
        QCOMPARE(session->privilege(), 15);
        QCOMPARE(session->prompt(), std::string("R1#"));

        // The hash, saved and booted again, still opens privileged mode.
        const std::string secret = lab.router("R1").global().enableSecret;
        lab.type("R1", {"write memory", "reload", ""});
        QCOMPARE(lab.router("R1").global().enableSecret, secret);
        lab.type("R1", {"enable", "s3cret"});
        QCOMPARE(session->privilege(), 15);
    }

    void usernamesAndLoginLocalSurviveWriteMemoryAndReload()
    {
        ThreeRouters lab;
        QVERIFY(lab.start());
        lab.type("R1", {"enable", "configure terminal", "username admin privilege 15 secret s3cret",
                        "username guest password 0 guest", "line con 0", "login local", "end",
                        "write memory"});
        const std::string saved = readText(lab.configPath("R1"));
        const std::regex users("\nusername admin privilege 15 secret 5 "
                               "\\$1\\$[./0-9A-Za-z]{4}\\$[./0-9A-Za-z]{22}\n"
                               "username guest password 0 guest\n");
        QVERIFY2(std::regex_search(saved, users), saved.c_str());
        QVERIFY2(contains(saved, "line con 0\n login local\n"), saved.c_str());

        lab.type("R1", {"reload", ""});
        lab.lab->runFor(std::chrono::seconds(15));
        QCOMPARE(lab.router("R1").consoleLine().login, LineLogin::Local);
        const std::string shown = lab.type("R1", {"exit", "admin", "s3cret"});
        QVERIFY2(contains(shown, "Username: admin\nPassword: \nR1#"), shown.c_str());
    }

    void md5CryptMatchesTheCrypt3Scheme()
    {
        // `openssl passwd -1 -salt saltsalt password`
        QCOMPARE(md5Crypt("password", "saltsalt"),
                 std::string("$1$saltsalt$qjXMvbEw8oaL.CzflDtaK/"));
        QVERIFY(md5CryptMatches("cisco", "$1$abcd$2hDGYdE0UrwK2pqoiF6BB1"));
        QVERIFY(!md5CryptMatches("Cisco", "$1$abcd$2hDGYdE0UrwK2pqoiF6BB1"));
    }

    void ipHostNamesResolve()
    {
        ThreeRouters lab;
        QVERIFY(lab.start());
        lab.type("R1", {"enable", "configure terminal", "ip host Server1 10.0.0.9", "end"});
        QCOMPARE(resolveHost(lab.router("R1"), "server1"), Ipv4Address::parse("10.0.0.9"));
        QCOMPARE(resolveHost(lab.router("R1"), "10.1.2.3"), Ipv4Address::parse("10.1.2.3"));
        QVERIFY(!resolveHost(lab.router("R1"), "nowhere"));
    }

    void showClockCountsFromMarchFirst1993()
    {
        ThreeRouters lab;
        QVERIFY(lab.start());
        lab.lab->runFor(std::chrono::minutes(5));
        const std::string shown = lab.type("R1", {"show clock"});
        const std::regex clock("\\*00:05:0\\d\\.\\d{3} UTC Mon Mar 1 1993\n");
        QVERIFY2(std::regex_search(shown, clock), shown.c_str());
    }

    void showHistoryListsTheSessionsCommands()
    {
        ThreeRouters lab;
        QVERIFY(lab.start());
        // The console fills the history as lines are typed.
        cli::CliSession *session = lab.runner->session("R1");
        session->history = {"enable", "show clock", "show history"};
        const std::string shown = lab.type("R1", {"show history"});
        QVERIFY2(contains(shown, "  enable\n  show clock\n  show history\n"), shown.c_str());
    }

    void showLoggingCountsTheBufferedMessages()
    {
        ThreeRouters lab;
        QVERIFY(lab.start());
        const std::size_t logged = lab.router("R1").logger().buffer().size();
        QVERIFY(logged > 0);
        const std::string shown = lab.type("R1", {"show logging"});
        QVERIFY2(contains(shown, "Syslog logging: enabled"), shown.c_str());
        QVERIFY2(contains(shown, "Buffer logging: level debugging, " + std::to_string(logged) +
                                     " messages logged"),
                 shown.c_str());
        QVERIFY(contains(shown, lab.router("R1").logger().buffer().back()));
    }
};

QTEST_APPLESS_MAIN(OperatorConfigTest)
#include "operator_config_test.moc"
