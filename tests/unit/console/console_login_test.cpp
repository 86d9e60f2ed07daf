// Logging in at R1's console as on a 7200: `line con 0` with `password` and `login`, or
// `login local` with `username`, checked on the screen a user would see when the line is opened
// again after `exit`. And the ways a session ends by itself: three failed logins, questions
// left unanswered, `exec-timeout`. Virtual time throughout.
#include <QtTest>

#include "unit/console/console_bench.h"

using namespace routerlab;
using routerlab::testing::ConsoleBench;
using routerlab::testing::count;

namespace {
constexpr char kCtrlC = 0x03;
constexpr char kCtrlP = 0x10;
const std::string kPressReturn = "Press RETURN to get started.\r\n";

// R1 configured as typed at its console, then logged out and opened again with Return.
void configureAndReopen(ConsoleBench &bench, const std::vector<std::string> &configuration)
{
    bench.enable();
    bench.type("configure terminal\r");
    for (const std::string &line : configuration)
        bench.type(line + "\r");
    bench.type("end\rexit\r");
    QVERIFY(bench.output.ends_with(kPressReturn));
    bench.clearScreen();
    bench.type("\r");
}
} // namespace

class ConsoleLoginTest : public QObject {
    Q_OBJECT
private slots:
    void theLinePasswordIsAskedAndNeverEchoed()
    {
        ConsoleBench bench;
        configureAndReopen(bench, {"line con 0", "password cisco", "login"});
        QCOMPARE(bench.screen.text(), std::string("\n\nUser Access Verification\n\nPassword:"));
        bench.type("cisco");
        QCOMPARE(bench.screen.currentRow(), std::string("Password:"));
        bench.type("\r");
        QCOMPARE(bench.screen.currentRow(), std::string("R1>"));
        QCOMPARE(bench.console->cli().privilege(), 1);
        QVERIFY(bench.output.find("cisco") == std::string::npos);
    }

    void threeWrongPasswordsSayBadPasswordsAndFreeTheLine()
    {
        ConsoleBench bench;
        configureAndReopen(bench, {"line con 0", "password cisco", "login"});
        bench.type("one\rtwo\r");
        QCOMPARE(count(bench.output, "Password: "), std::size_t(3));
        QVERIFY(bench.output.find("% Bad passwords") == std::string::npos);
        bench.type("three\r");
        QVERIFY2(bench.output.find("Password: \r\n% Bad passwords\r\n\r\n\r\nR1 con0 is now available") !=
                     std::string::npos,
                 bench.output.c_str());
        QVERIFY(bench.output.ends_with(kPressReturn));
        // Typing at the free line does nothing until Return opens it again.
        bench.clearScreen();
        bench.type("cisco");
        QVERIFY(bench.output.empty());
        bench.type("\rcisco\r");
        QCOMPARE(bench.screen.currentRow(), std::string("R1>"));
    }

    void ctrlCAndHistoryDoNotGetPastTheLogin()
    {
        ConsoleBench bench;
        configureAndReopen(bench, {"username admin privilege 15 secret s3cret", "line con 0",
                                   "login local"});
        QCOMPARE(bench.screen.currentRow(), std::string("Username:"));
        bench.type(std::string(1, kCtrlC) + std::string(1, kCtrlP));
        QCOMPARE(bench.screen.currentRow(), std::string("Username:"));
        QVERIFY(bench.console->cli().asking());
        bench.type("admin\r");
        QCOMPARE(bench.screen.currentRow(), std::string("Password:"));
        bench.type(std::string(1, kCtrlC));
        QCOMPARE(bench.screen.currentRow(), std::string("Password:"));
        bench.type("s3cret\r");
        QCOMPARE(bench.screen.currentRow(), std::string("R1#"));
        QCOMPARE(bench.console->cli().privilege(), 15);
    }

    void aWrongLocalLoginSaysLoginInvalidAndAsksForTheNameAgain()
    {
        ConsoleBench bench;
        configureAndReopen(bench, {"username guest password 0 guest", "line con 0", "login local"});
        bench.type("guest\rwrong\r");
        QVERIFY2(bench.screen.text().ends_with("Username: guest\nPassword:\n% Login invalid\n\nUsername:"),
                 bench.screen.text().c_str());
        bench.type("nobody\rguest\r");
        QCOMPARE(count(bench.output, "% Login invalid"), std::size_t(2));
        bench.type("guest\rguest\r");
        QCOMPARE(bench.screen.currentRow(), std::string("R1>"));
        bench.type("show users\r");
        QVERIFY2(bench.output.find("*  0 con 0     guest      idle                 00:00:00") !=
                     std::string::npos,
                 bench.output.c_str());
    }

    void threeLocalFailuresFreeTheLine()
    {
        ConsoleBench bench;
        configureAndReopen(bench, {"username guest password 0 guest", "line con 0", "login local"});
        bench.type("a\ra\rb\rb\rc\rc\r");
        QCOMPARE(count(bench.output, "% Login invalid"), std::size_t(3));
        QVERIFY(bench.output.ends_with("% Login invalid\r\n\r\n\r\n\r\nR1 con0 is now available\r\n"
                                       "\r\n\r\n\r\n\r\n" + kPressReturn));
        QVERIFY(bench.output.find("% Bad passwords") == std::string::npos);
    }

    void anUnansweredPasswordExpiresThreeTimes()
    {
        ConsoleBench bench;
        configureAndReopen(bench, {"line con 0", "password cisco", "login"});
        bench.type("cis"); // typed, then left: the answer is dropped with the question
        bench.lab().runFor(std::chrono::seconds(30));
        QVERIFY2(bench.screen.text().ends_with("Password:\n% Password:  timeout expired!\nPassword:"),
                 bench.screen.text().c_str());
        bench.lab().runFor(std::chrono::seconds(60));
        QCOMPARE(count(bench.output, "timeout expired!"), std::size_t(3));
        QVERIFY(bench.output.ends_with("% Password:  timeout expired!\r\n% Bad passwords\r\n\r\n\r\n"
                                       "R1 con0 is now available\r\n\r\n\r\n\r\n\r\n" + kPressReturn));
    }

    void loginWithoutAPasswordLocksTheLine()
    {
        ConsoleBench bench;
        configureAndReopen(bench, {"line con 0", "login"});
        QVERIFY2(bench.output.starts_with("\r\n\r\nPassword required, but none set\r\n\r\n\r\n"
                                          "R1 con0 is now available"),
                 bench.output.c_str());
        QVERIFY(bench.output.ends_with(kPressReturn));
        bench.type("\r");
        QCOMPARE(count(bench.output, "Password required, but none set"), std::size_t(2));
    }

    void execTimeoutZeroOneLogsOutAfterASecondAtThePrompt()
    {
        ConsoleBench bench;
        bench.enable();
        bench.type("configure terminal\rline con 0\rexec-timeout 0 1\rend\r");
        bench.clearScreen();
        bench.lab().runFor(std::chrono::milliseconds(900));
        QVERIFY(bench.output.empty());
        bench.lab().runFor(std::chrono::milliseconds(200));
        QVERIFY(bench.output.ends_with("\r\n\r\nR1 con0 is now available\r\n\r\n\r\n\r\n\r\n" + kPressReturn));
        QCOMPARE(bench.console->cli().privilege(), 1);
    }
};

QTEST_APPLESS_MAIN(ConsoleLoginTest)
#include "console_login_test.moc"
