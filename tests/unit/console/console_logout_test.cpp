// Ending an EXEC session as on IOS: `exit`, `logout` and `quit` free the console line, which
// waits for Return and starts over in user EXEC; and the short words IOS refuses as ambiguous
// (`w`, `r`, `e`) are refused here too instead of running write, reload or enable.
#include <QtTest>

#include "unit/console/console_bench.h"

using namespace routerlab;
using namespace routerlab::testing;

class ConsoleLogoutTest : public QObject {
    Q_OBJECT
private slots:
    void exitLogoutAndQuitFreeTheLine_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("exit") << "exit";
        QTest::newRow("logout") << "logout";
        QTest::newRow("quit") << "quit";
        QTest::newRow("abbreviated") << "logo";
    }
    void exitLogoutAndQuitFreeTheLine()
    {
        QFETCH(QString, command);
        ConsoleBench bench;
        bench.enable();
        bench.clearScreen();
        bench.type(command.toStdString() + "\r");
        QVERIFY(bench.output.find("R1 con0 is now available") != std::string::npos);
        QVERIFY(bench.output.ends_with("Press RETURN to get started.\r\n"));
        QCOMPARE(bench.console->cli().privilege(), 1);
        bench.type("\r");
        QCOMPARE(bench.screen.currentRow(), std::string("R1>"));
    }

    void shortWordsAreAmbiguousAsOnIos_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("privileged");
        QTest::newRow("w") << "w" << true;
        QTest::newRow("r") << "r" << true;
        QTest::newRow("e in user exec") << "e" << false;
        QTest::newRow("E in user exec") << "E" << false;
    }
    void shortWordsAreAmbiguousAsOnIos()
    {
        QFETCH(QString, word);
        QFETCH(bool, privileged);
        ConsoleBench bench;
        if (privileged)
            bench.enable();
        bench.clearScreen();
        bench.type(word.toStdString() + "\r");
        const std::string expected = "% Ambiguous command:  \"" + word.toStdString() + "\"";
        QVERIFY2(bench.output.find(expected) != std::string::npos, bench.output.c_str());
        QCOMPARE(bench.console->cli().privilege(), privileged ? 15 : 1);
        QVERIFY(bench.router().isRunning());
    }

    void whereAndResumeSayThereIsNothingToResume()
    {
        ConsoleBench bench;
        bench.clearScreen();
        bench.type("where\rresume\r");
        QVERIFY(bench.output.find("% No connections open") != std::string::npos);
        QVERIFY(bench.output.find("% No connection to resume") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(ConsoleLogoutTest)
#include "console_logout_test.moc"
