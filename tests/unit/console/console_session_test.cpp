// R1's console line beyond the editing keys: starting, paging, hidden answers, log and debug
// lines arriving while someone types, exec-timeout, shared terminals and commands that hold the
// console. Virtual time throughout.
#include <QtTest>

#include "unit/console/console_bench.h"
#include "net/icmp_message.h"

#include <stdexcept>

using namespace routerlab;
using routerlab::testing::ConsoleBench;
using routerlab::testing::VirtualScreen;
using routerlab::testing::count;

namespace {
const std::string kLinkDown =
    "Interface FastEthernet0/1, changed state to administratively down";
} // namespace

class ConsoleSessionTest : public QObject {
    Q_OBJECT
private slots:
    void startWaitsForReturnBeforeThePrompt()
    {
        ConsoleBench bench;
        ConsoleSession console(bench.router());
        std::string bytes;
        console.attach([&bytes](std::string_view text) { bytes += text; });
        console.start();
        QCOMPARE(bytes, std::string("\r\n\r\nPress RETURN to get started!\r\n\r\n"));
        console.receive("show clock");
        QCOMPARE(bytes, std::string("\r\n\r\nPress RETURN to get started!\r\n\r\n"));
        console.receive("\r");
        QCOMPARE(bytes.substr(bytes.size() - 3), std::string("R1>"));
        QCOMPARE(console.cli().privilege(), 1);
    }

    void aTerminalJoiningAnIdleLineIsToldToPressReturn()
    {
        ConsoleBench bench;
        ConsoleSession console(bench.router());
        console.start();
        std::string late;
        console.attach([&late](std::string_view text) { late += text; });
        QCOMPARE(late, std::string("\r\nPress RETURN to get started!\r\n\r\n"));
        console.receive("\r");
        QCOMPARE(late.substr(late.size() - 3), std::string("R1>"));
        // Once the line is in use, a joining terminal gets nothing until there is output.
        std::string later;
        console.attach([&later](std::string_view text) { later += text; });
        QVERIFY(later.empty());
    }

    void outputUsesCrLfLineEnds()
    {
        ConsoleBench bench;
        bench.clearScreen();
        bench.type("show clock\r");
        QVERIFY(bench.output.find('\n') != std::string::npos);
        for (std::size_t at = bench.output.find('\n'); at != std::string::npos;
             at = bench.output.find('\n', at + 1))
            QCOMPARE(bench.output[at - 1], '\r');
    }

    void longOutputStopsAtMoreAfterTerminalLengthLessOne()
    {
        ConsoleBench bench;
        bench.enable();
        bench.console->cli().terminal.length = 5;
        bench.clearScreen();
        bench.type("show running-config\r");
        QCOMPARE(bench.screen.currentRow(), std::string(" --More--"));
        QCOMPARE(bench.screen.cursorRow(), std::size_t(5)); // the command line and four lines
        QVERIFY(bench.output.ends_with(" --More-- "));

        bench.type(" "); // Space: the next page
        QCOMPARE(bench.screen.cursorRow(), std::size_t(9));
        QVERIFY(bench.output.ends_with(" --More-- "));
        QVERIFY(bench.output.find(" --More-- \b\b\b\b\b\b\b\b\b        \b\b\b\b\b\b\b\b\b") !=
                std::string::npos);

        bench.type("\r"); // Return: one more line
        QCOMPARE(bench.screen.cursorRow(), std::size_t(10));

        bench.type("q"); // anything else: the rest is dropped
        QCOMPARE(bench.screen.currentRow(), std::string("R1#"));
        QVERIFY(bench.output.find("\nend") == std::string::npos);
        bench.type("show clock\r");
        QCOMPARE(bench.console->cli().history.back(), std::string("show clock"));
    }

    void pagingToTheEndShowsTheWholeOutputThenThePrompt()
    {
        ConsoleBench bench;
        bench.enable();
        bench.console->cli().terminal.length = 5;
        bench.type("show running-config\r");
        for (int page = 0; page < 100 && bench.output.ends_with(" --More-- "); ++page)
            bench.type(" ");
        QVERIFY(bench.output.find("\r\nend\r\n") != std::string::npos);
        QVERIFY(bench.screen.currentRow().ends_with("R1#"));
    }

    void terminalLengthZeroTurnsPagingOff()
    {
        ConsoleBench bench;
        bench.enable();
        bench.console->cli().terminal.length = 0;
        bench.type("show running-config\r");
        QVERIFY(bench.output.find("--More--") == std::string::npos);
        QVERIFY(bench.output.find("\r\nend\r\n") != std::string::npos);
        QCOMPARE(bench.screen.currentRow(), std::string("R1#"));
    }

    void hiddenAnswerIsNotEchoedNorKeptInHistory()
    {
        ConsoleBench bench;
        std::string answer;
        auto keep = [&answer](const std::string &text) { answer = text; };
        bench.console->cli().ask("Password: ", keep, true);
        bench.clearScreen();
        bench.type("s3cr" + std::string("\x7f") + "ret\r");
        QCOMPARE(answer, std::string("s3cret"));
        QVERIFY(bench.output.find("s3c") == std::string::npos);
        QVERIFY(bench.console->cli().history.empty());
        QCOMPARE(bench.screen.currentRow(), std::string("R1>"));
    }

    void logLineMidTypingWithoutSynchronousLetsTypingContinueBelow()
    {
        ConsoleBench bench;
        bench.clearScreen();
        bench.type("show cl");
        bench.router().logger().log("LINK", 5, "CHANGED", kLinkDown);
        QCOMPARE(bench.screen.row(0), std::string("R1>show cl"));
        QVERIFY(bench.screen.row(1).ends_with("%LINK-5-CHANGED: " + kLinkDown));
        QCOMPARE(bench.screen.currentRow(), std::string());
        bench.type("ock");
        QCOMPARE(bench.screen.currentRow(), std::string("ock"));
        bench.type("\r");
        QCOMPARE(bench.console->cli().history.back(), std::string("show clock"));
    }

    void logLineMidTypingWithSynchronousRedrawsThePromptAndLine()
    {
        ConsoleBench bench;
        bench.router().consoleLine().loggingSynchronous = true;
        bench.clearScreen();
        bench.type("show cl" + std::string(1, 0x02)); // Ctrl-B: the cursor is not at the end
        bench.router().logger().log("LINK", 5, "CHANGED", kLinkDown);
        QVERIFY(bench.screen.row(1).ends_with("%LINK-5-CHANGED: " + kLinkDown));
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show cl"));
        QCOMPARE(bench.screen.cursorColumn(), std::size_t(9));
        bench.type("x");
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show cxl"));
    }

    void debugOutputFromTrafficRedrawsTheLineWithLoggingSynchronous()
    {
        ConsoleBench bench;
        bench.router().consoleLine().loggingSynchronous = true;
        bench.enable();
        bench.type("debug ip packet\r");
        bench.clearScreen();
        bench.type("show ver");
        // R3 pings R1 while R1's operator is typing: the debug lines land above the line.
        Router &r3 = *bench.lab().router("R3");
        Ipv4Header header;
        header.protocol = IpProtocol::Icmp;
        header.destination = *Ipv4Address::parse("192.168.1.1");
        r3.ip().send(header, encodeIcmpEchoRequest(7, 1, std::vector<std::uint8_t>(72, 0xab)));
        bench.lab().runFor(std::chrono::milliseconds(50));
        const std::string screen = bench.screen.text();
        QVERIFY2(screen.find("IP: s=192.168.1.3 (FastEthernet0/0), d=192.168.1.1") != std::string::npos,
                 screen.c_str());
        QCOMPARE(bench.screen.currentRow(), std::string("R1#show ver"));
    }

    void logLinesWaitWhileThePagerHoldsTheScreen()
    {
        ConsoleBench bench;
        bench.enable();
        bench.console->cli().terminal.length = 5;
        bench.type("show running-config\r");
        bench.router().logger().log("LINK", 5, "CHANGED", kLinkDown);
        QVERIFY(bench.output.find("%LINK-5-CHANGED") == std::string::npos);
        bench.type("q");
        const std::size_t prompt = bench.output.rfind("R1#");
        const std::size_t log = bench.output.find("%LINK-5-CHANGED");
        QVERIFY(log != std::string::npos && prompt < log);
    }

    void execTimeoutLogsTheConsoleOutAfterTenIdleMinutes()
    {
        ConsoleBench bench;
        bench.enable();
        bench.type("configure terminal\r");
        bench.lab().runFor(std::chrono::minutes(9));
        bench.type("ho"); // a key restarts the count
        bench.lab().runFor(std::chrono::minutes(9));
        QVERIFY(bench.output.find("con0 is now available") == std::string::npos);
        bench.lab().runFor(std::chrono::minutes(1) + seconds(1));
        QVERIFY(bench.output.ends_with("\r\n\r\nR1 con0 is now available\r\n\r\n\r\n\r\n\r\n"
                                       "Press RETURN to get started.\r\n"));
        QCOMPARE(bench.console->cli().privilege(), 1);
        QVERIFY(!bench.console->cli().inConfiguration());
        bench.type("\r");
        QVERIFY(bench.output.ends_with("R1>"));
    }

    void execTimeoutZeroZeroNeverLogsOut()
    {
        ConsoleBench bench;
        bench.router().consoleLine().execTimeoutMinutes = 0;
        bench.router().consoleLine().execTimeoutSeconds = 0;
        bench.type("\r");
        bench.lab().runFor(std::chrono::hours(2));
        QVERIFY(bench.output.find("con0 is now available") == std::string::npos);
    }

    void everyAttachedTerminalSeesTheOutputAndTypesOnTheSameLine()
    {
        ConsoleBench bench;
        VirtualScreen second;
        bench.console->attach([&second](std::string_view bytes) { second.feed(bytes); });
        QCOMPARE(bench.console->attachedCount(), std::size_t(2));
        bench.type("show ");
        bench.type("clock");
        QCOMPARE(second.currentRow(), std::string("show clock"));
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show clock"));
        bench.type("\r");
        QCOMPARE(second.currentRow(), std::string("R1>"));
    }

    void aFailingOrVanishingTerminalDoesNotHarmTheOthers()
    {
        ConsoleBench bench;
        bench.console->attach([](std::string_view) { throw std::runtime_error("socket closed"); });
        int selfDetaching = 0;
        selfDetaching = bench.console->attach([&](std::string_view) {
            bench.console->detach(selfDetaching);
        });
        QCOMPARE(bench.console->attachedCount(), std::size_t(3));
        bench.type("show clock\r");
        QCOMPARE(bench.console->attachedCount(), std::size_t(1));
        QCOMPARE(bench.screen.currentRow(), std::string("R1>"));
    }

    void pingHoldsTheConsoleAndTypeAheadRunsAfterIt()
    {
        ConsoleBench bench;
        bench.enable();
        bench.clearScreen();
        bench.type("ping 192.168.1.2\rshow clock\r");
        QVERIFY(bench.console->cli().busy());
        QCOMPARE(count(bench.output, "R1#"), std::size_t(0));
        bench.lab().runFor(seconds(20));
        QVERIFY(!bench.console->cli().busy());
        const std::size_t success = bench.output.find("Success rate is");
        const std::size_t prompt = bench.output.find("R1#show clock");
        QVERIFY(success != std::string::npos);
        QVERIFY(prompt != std::string::npos && success < prompt);
        QCOMPARE(bench.console->cli().history.back(), std::string("show clock"));
        QVERIFY(bench.output.ends_with("R1#"));
    }
};

QTEST_APPLESS_MAIN(ConsoleSessionTest)
#include "console_session_test.moc"
