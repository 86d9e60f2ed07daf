// Long-running commands at the console: ping prints its marks 70 to a line whatever the count,
// and IOS's escape sequence (Ctrl-^, "Ctrl-Shift-6 x", a telnet BREAK) stops ping and
// traceroute with the summary so far and gives the prompt back.
#include <QtTest>

#include "unit/console/console_bench.h"

using namespace routerlab;
using namespace routerlab::testing;


namespace {

// The rows of the screen made only of ping marks.
std::vector<std::string> markRows(const VirtualScreen &screen)
{
    std::vector<std::string> rows;
    for (std::size_t i = 0; i <= screen.cursorRow(); ++i) {
        const std::string row = screen.row(i);
        if (!row.empty() && row.find_first_not_of("!.U&") == std::string::npos)
            rows.push_back(row);
    }
    return rows;
}

} // namespace

class ConsoleEscapeTest : public QObject {
    Q_OBJECT
private slots:
    void pingMarksWrapAtSeventyColumns()
    {
        ConsoleBench bench;
        bench.enable();
        bench.clearScreen();
        bench.type("ping 192.168.1.2 repeat 150\r");
        bench.lab().runFor(seconds(60));
        QVERIFY(!bench.console->cli().busy());
        const std::vector<std::string> rows = markRows(bench.screen);
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0].size(), std::size_t(70));
        QCOMPARE(rows[1].size(), std::size_t(70));
        QCOMPARE(rows[2].size(), std::size_t(10));
        QVERIFY(bench.output.find("Success rate is 100 percent (150/150)") != std::string::npos);
    }

    void ctrlCaretXAbortsTheLongestPingWithTheSummarySoFar()
    {
        ConsoleBench bench;
        bench.enable();
        bench.clearScreen();
        bench.type("ping 192.168.1.2 repeat 2147483647\r");
        bench.lab().runFor(seconds(2));
        QVERIFY(bench.console->cli().busy());
        bench.type("\x1e" "x");
        bench.lab().runFor(milliseconds(10));
        QVERIFY(!bench.console->cli().busy());
        const std::size_t summary = bench.output.find("Success rate is 100 percent (");
        QVERIFY(summary != std::string::npos);
        // Every echo sent before the escape was answered and counted, and no more were sent.
        const std::string counts = bench.output.substr(summary + 29, bench.output.find(')', summary) - summary - 29);
        const std::size_t slash = counts.find('/');
        QCOMPARE(counts.substr(0, slash), counts.substr(slash + 1));
        QVERIFY(std::stoll(counts.substr(0, slash)) > 100);
        QVERIFY(bench.output.find("--More--") == std::string::npos);
        // The `x` went with the escape: the prompt is empty.
        QCOMPARE(bench.screen.currentRow(), std::string("R1#"));
        const auto sent = bench.router().ip().counters().sent;
        bench.lab().runFor(seconds(5));
        QCOMPARE(bench.router().ip().counters().sent, sent);
    }

    void typeAheadAfterTheEscapeStillRuns()
    {
        ConsoleBench bench;
        bench.enable();
        bench.type("ping 192.168.1.2 repeat 100000\r");
        bench.lab().runFor(seconds(1));
        bench.type("\x1e" "show clock\r");
        bench.lab().runFor(milliseconds(10));
        QVERIFY(!bench.console->cli().busy());
        QCOMPARE(bench.console->cli().history.back(), std::string("show clock"));
    }

    void escapeStopsATracerouteThatWouldWaitMinutes()
    {
        ConsoleBench bench;
        bench.enable();
        bench.clearScreen();
        // Nobody answers for 10.99.99.99 past R1's default route, if any: 30 hops of 3 x 3 s.
        bench.type("traceroute 10.99.99.99\r");
        bench.lab().runFor(seconds(7));
        QVERIFY(bench.console->cli().busy());
        bench.type("\x1e");
        bench.lab().runFor(milliseconds(10));
        QVERIFY(!bench.console->cli().busy());
        QCOMPARE(bench.screen.currentRow(), std::string("R1#"));
    }

    void endlessTypeAheadAndKeySequencesAreCutShort()
    {
        ConsoleBench bench;
        bench.enable();
        bench.type("ping 192.168.1.2 repeat 20\r");
        // A client pouring in a megabyte while the ping runs: what waits is a terminal's worth.
        bench.type(std::string(1 << 20, 'a'));
        bench.lab().runFor(seconds(10));
        QVERIFY(!bench.console->cli().busy());
        QVERIFY(bench.screen.currentRow().size() < 4200);
        bench.type("\x15"); // Ctrl-U: the line is empty again
        // An escape sequence that never ends is no key; the console still works after it.
        bench.type("\x1b[" + std::string(1 << 20, '1') + "~");
        bench.clearScreen();
        bench.type("show privilege\r");
        QVERIFY(bench.output.find("Current privilege level is 15") != std::string::npos);
    }

    void anEscapeWithNothingRunningIsHarmless()
    {
        ConsoleBench bench;
        bench.enable();
        bench.type("\x1e" "show clock\r");
        QCOMPARE(bench.console->cli().history.back(), std::string("show clock"));
    }
};

QTEST_APPLESS_MAIN(ConsoleEscapeTest)
#include "console_escape_test.moc"
