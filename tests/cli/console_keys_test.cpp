// IOS's editing keys at R1's console, checked on the screen a user would see: each test types
// keys the way a transcript would show them and reads back the prompt line.
#include <QtTest>

#include "unit/console/console_bench.h"

using namespace routerlab;
using routerlab::testing::ConsoleBench;

namespace {
constexpr char ctrl(char letter) { return static_cast<char>(letter - '@'); }
std::string key(char letter) { return std::string(1, ctrl(letter)); }
const std::string kLeft = "\x1b[D";
const std::string kRight = "\x1b[C";
const std::string kUp = "\x1b[A";
const std::string kDown = "\x1b[B";
} // namespace

class ConsoleKeysTest : public QObject {
    Q_OBJECT
private slots:
    void printableKeysEchoAtThePrompt()
    {
        ConsoleBench bench;
        bench.type("show clock");
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show clock"));
    }

    void typingInTheMiddleRedrawsTheTail()
    {
        ConsoleBench bench;
        bench.type("sh clock" + key('B') + key('B') + key('B') + key('B') + key('B') + key('B'));
        bench.type("ow");
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show clock"));
        QCOMPARE(bench.screen.cursorColumn(), std::size_t(7));
        bench.type("\r");
        QVERIFY(bench.console->cli().history.back() == "show clock");
    }

    void ctrlAThenTypingPrefixesTheLine()
    {
        ConsoleBench bench;
        bench.type("clock" + key('A') + "show ");
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show clock"));
        bench.type(key('E') + "\r");
        QCOMPARE(bench.console->cli().history.back(), std::string("show clock"));
        QVERIFY(bench.output.find("% Unknown command") == std::string::npos);
    }

    void ctrlUErasesTheWholeLine()
    {
        ConsoleBench bench;
        bench.type("show ip route" + key('B') + key('B') + key('U'));
        QCOMPARE(bench.screen.currentRow(), std::string("R1>"));
        QCOMPARE(bench.screen.cursorColumn(), std::size_t(3));
        bench.type("show clock\r");
        QCOMPARE(bench.console->cli().history.back(), std::string("show clock"));
    }

    void ctrlWErasesTheWordLeftOfTheCursor()
    {
        ConsoleBench bench;
        bench.type("show ip route " + key('W'));
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show ip"));
        bench.type("interface brief" + key('A') + key('F') + key('F') + key('F') + key('F') +
                   key('F') + key('F') + key('F') + key('F') + key('W'));
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show interface brief"));
    }

    void ctrlKErasesToTheEndOfTheLine()
    {
        ConsoleBench bench;
        bench.type("show ip route" + key('A') + key('F') + key('F') + key('F') + key('F') +
                   key('K'));
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show"));
        bench.type(" clock\r");
        QCOMPARE(bench.console->cli().history.back(), std::string("show clock"));
    }

    void arrowKeysMoveLikeCtrlBAndCtrlF()
    {
        ConsoleBench bench;
        bench.type("shw" + kLeft + "o" + kRight + " clock" + "\x1bOD" + "\x1bOD" + "\x1bOD");
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show clock"));
        QCOMPARE(bench.screen.cursorColumn(), std::size_t(10));
    }

    void backspaceDeleteAndCtrlDRemoveCharacters()
    {
        ConsoleBench bench;
        bench.type("shoxw clocckk\x7f");
        bench.type(key('B') + key('B') + "\b");
        QCOMPARE(bench.screen.currentRow(), std::string("R1>shoxw clock"));
        bench.type(key('A') + key('F') + key('F') + key('F') + key('D'));
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show clock"));
    }

    void upArrowAndCtrlPRecallHistory()
    {
        ConsoleBench bench;
        bench.type("show clock\r");
        bench.type("show ip route\r");
        bench.type(kUp);
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show ip route"));
        bench.type(key('P'));
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show clock"));
        bench.type(key('N'));
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show ip route"));
        bench.type(kDown);
        QCOMPARE(bench.screen.currentRow(), std::string("R1>"));
        bench.type(kUp + kUp + "\r");
        const auto &history = bench.console->cli().history;
        QCOMPARE(history.size(), std::size_t(3));
        QCOMPARE(history.back(), std::string("show clock"));
    }

    void historyKeepsTheLastTenLines()
    {
        ConsoleBench bench;
        for (int i = 1; i <= 12; ++i)
            bench.type("show clock " + std::to_string(i) + "\r");
        for (int i = 0; i < 11; ++i)
            bench.type(key('P'));
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show clock 3"));
    }

    void tabCompletesTheWordBeingTyped()
    {
        ConsoleBench bench;
        bench.type("sh ip int br\t");
        QCOMPARE(bench.screen.currentRow(), std::string("R1>sh ip int brief"));
        bench.type("\r");
        QVERIFY(bench.output.find("Interface") != std::string::npos);
    }

    void tabWithNothingToCompleteShowsTheLineAgain()
    {
        ConsoleBench bench;
        bench.clearScreen();
        bench.type("sh xyz\t");
        QCOMPARE(bench.screen.row(0), std::string("R1>sh xyz"));
        QCOMPARE(bench.screen.row(1), std::string("R1>sh xyz"));
        QCOMPARE(bench.screen.cursorRow(), std::size_t(1));
    }

    void questionMarkListsHelpAndKeepsTheLine()
    {
        ConsoleBench bench;
        bench.clearScreen();
        bench.type("show cl?");
        QCOMPARE(bench.screen.row(0), std::string("R1>show cl?"));
        QVERIFY(bench.screen.text().find("clock") != std::string::npos);
        QCOMPARE(bench.screen.currentRow(), std::string("R1>show cl"));
        bench.type("ock\r");
        QCOMPARE(bench.console->cli().history.back(), std::string("show clock"));
    }

    void ctrlZLeavesConfigurationAndLogsConfigI()
    {
        ConsoleBench bench;
        bench.enable();
        bench.type("configure terminal\r");
        bench.type("line con 0\r");
        QVERIFY(bench.console->cli().inConfiguration());
        bench.clearScreen();
        bench.type("exec" + key('Z'));
        QVERIFY(!bench.console->cli().inConfiguration());
        QCOMPARE(bench.screen.row(0), std::string("R1(config-line)#exec^Z"));
        QCOMPARE(bench.screen.row(1), std::string("R1#"));
        QVERIFY(bench.screen.row(2).find("%SYS-5-CONFIG_I: Configured from console by console") !=
                std::string::npos);
    }

    void ctrlCAbortsTheLineInExecAndLeavesConfiguration()
    {
        ConsoleBench bench;
        bench.enable();
        bench.clearScreen();
        bench.type("show clo" + key('C'));
        QCOMPARE(bench.screen.row(0), std::string("R1#show clo^C"));
        QCOMPARE(bench.screen.currentRow(), std::string("R1#"));
        // The aborted line never reaches the history.
        QCOMPARE(bench.console->cli().history.back(), std::string("enable"));
        bench.type("configure terminal\r" + key('C'));
        QVERIFY(!bench.console->cli().inConfiguration());
    }

    void crLfAndCrNulAreOneReturn()
    {
        ConsoleBench bench;
        bench.clearScreen();
        bench.type("show clock\r\n");
        bench.type("show clock\r");
        bench.type(std::string("\0", 1));
        bench.type("show clock\n");
        QCOMPARE(bench.console->cli().history.size(), std::size_t(3));
        int prompts = 0;
        for (std::size_t row = 0; row <= bench.screen.cursorRow(); ++row)
            prompts += bench.screen.row(row).rfind("R1>", 0) == 0 ? 1 : 0;
        QCOMPARE(prompts, 4);
    }
};

QTEST_APPLESS_MAIN(ConsoleKeysTest)
#include "console_keys_test.moc"
