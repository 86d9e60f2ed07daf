// A console tab is a terminal on a router's console line: keys go in as a VT100 sends them,
// and what the user reads is what ConsoleSession wrote, interpreted as a terminal would (line
// editing redraws, --More--, bells). These tests type at R1 of the three-routers lab.
#include <QtTest>

#include "gui/running_lab.h"
#include "panels/console_tab.h"
#include "panels/system_terminal.h"
#include "panels/terminal_buffer.h"
#include "panels/terminal_keys.h"
#include "runtime/lab_runtime.h"

#include <QDir>
#include <QTcpSocket>
#include <QTextBlock>
#include <QTemporaryDir>

using namespace routerlab;
using namespace routerlab::gui;
using routerlab::testing::RunningLab;

namespace {

// R1 up for a minute (boot logs done), a console line and a tab on it at the R1> prompt.
struct ConsoleFixture {
    ConsoleFixture() : running("three-routers")
    {
        running.start();
        running.lab.runFor(seconds(60));
        session = std::make_unique<ConsoleSession>(*running.lab.router("R1"));
        tab = std::make_unique<ConsoleTab>(*session, "R1");
        tab->resize(640, 400);
        tab->show();
        session->start();
        press(Qt::Key_Return);
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(tab.get(), key, modifiers);
        settle();
    }
    void typeText(const QString &text)
    {
        QTest::keyClicks(tab.get(), text);
        settle();
    }
    // Lab events due now (log lines a command caused), then the tab renders.
    void settle()
    {
        running.lab.scheduler().runUntil(running.lab.scheduler().now());
        tab->flush();
    }
    QString lastLine() const { return tab->document()->lastBlock().text().trimmed(); }

    RunningLab running;
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<ConsoleTab> tab;
};

} // namespace

class ConsoleTabTest : public QObject {
    Q_OBJECT
private slots:
    void returnStartsTheLineAtTheUserPrompt()
    {
        ConsoleFixture console;
        QVERIFY(console.tab->toPlainText().contains("Press RETURN to get started!"));
        QCOMPARE(console.lastLine(), QString("R1>"));
    }

    void enableThenTabCompletesShowVersion()
    {
        ConsoleFixture console;
        console.typeText("enable");
        console.press(Qt::Key_Return);
        QCOMPARE(console.lastLine(), QString("R1#"));
        console.typeText("show ver");
        console.press(Qt::Key_Tab);
        QCOMPARE(console.lastLine(), QString("R1#show version"));
        QCOMPARE(console.tab->currentLine(), QString("R1#show version"));
        console.press(Qt::Key_Return);
        QVERIFY(console.tab->toPlainText().contains("Cisco Internetwork Operating System Software") ||
                console.tab->toPlainText().contains("Cisco IOS Software"));
    }

    void screenshotOfASession()
    {
        ConsoleFixture console;
        console.tab->resize(720, 480);
        console.typeText("enable");
        console.press(Qt::Key_Return);
        console.typeText("show ip interface brief");
        console.press(Qt::Key_Return);
        console.typeText("ping 3.3.3.3");
        console.press(Qt::Key_Return);
        console.running.lab.runFor(seconds(10));
        console.settle();
        console.typeText("show ip ro");
        console.press(Qt::Key_Tab);
        QCOMPARE(console.lastLine(), QString("R1#show ip route"));
        QDir().mkpath(ROUTERLAB_BINARY_DIR "/gui-screenshots");
        QVERIFY(console.tab->grab().save(ROUTERLAB_BINARY_DIR "/gui-screenshots/console-tab.png"));
    }

    void questionMarkListsHelpAndGivesTheLineBack()
    {
        ConsoleFixture console;
        console.typeText("show ?");
        const QString screen = console.tab->toPlainText();
        QVERIFY2(screen.contains(QRegularExpression("\\n  clock\\s+Display the system clock")),
                 qPrintable(screen));
        QVERIFY(screen.contains(QRegularExpression("\\n  version\\s+")));
        QCOMPARE(console.lastLine(), QString("R1>show"));
        // The cursor is back after "show " with the line as it was.
        QCOMPARE(console.tab->buffer().cursorColumn(), int(QString("R1>show ").size()));
    }

    void backspaceAndArrowsEditTheLine()
    {
        ConsoleFixture console;
        console.typeText("shpw");
        console.press(Qt::Key_Backspace);
        console.press(Qt::Key_Backspace);
        console.typeText("ow clck");
        console.press(Qt::Key_Left);
        console.press(Qt::Key_Left);
        console.typeText("o");
        QCOMPARE(console.lastLine(), QString("R1>show clock"));
        console.press(Qt::Key_Return);
        QVERIFY(console.tab->toPlainText().contains("*00:01:0")); // show clock at ~60 s
        console.press(Qt::Key_Up);
        QCOMPARE(console.lastLine(), QString("R1>show clock"));
    }

    void ctrlZLeavesConfigurationMode()
    {
        ConsoleFixture console;
        console.typeText("enable");
        console.press(Qt::Key_Return);
        console.typeText("configure terminal");
        console.press(Qt::Key_Return);
        QCOMPARE(console.lastLine(), QString("R1(config)#"));
        console.press(Qt::Key_Z, Qt::ControlModifier);
        const QString screen = console.tab->toPlainText();
        // IOS echoes ^Z, prompts at privileged exec, then logs the change below the prompt.
        QVERIFY2(screen.contains("R1(config)#^Z\nR1#\n"), qPrintable(screen));
        QVERIFY(screen.contains("%SYS-5-CONFIG_I: Configured from console by console"));
    }

    void terminalLengthPagesLongOutputWithMore()
    {
        ConsoleFixture console;
        console.typeText("enable");
        console.press(Qt::Key_Return);
        console.typeText("terminal length 6");
        console.press(Qt::Key_Return);
        console.typeText("show running-config");
        console.press(Qt::Key_Return);
        QCOMPARE(console.lastLine(), QString("--More--"));
        const int pausedLines = console.tab->document()->blockCount();
        console.press(Qt::Key_Space); // next page
        QVERIFY(console.tab->document()->blockCount() > pausedLines);
        QCOMPARE(console.lastLine(), QString("--More--"));
        console.press(Qt::Key_Return); // one more line
        QCOMPARE(console.lastLine(), QString("--More--"));
        console.typeText("q"); // the rest is thrown away
        QCOMPARE(console.lastLine(), QString("R1#"));
        // The --More-- prompt was wiped with backspaces and blanks, not left on screen.
        QVERIFY(!console.tab->document()->lastBlock().previous().text().contains("--More--"));
    }

    void theViewShowsExactlyTheBuffer()
    {
        ConsoleFixture console;
        console.typeText("enable");
        console.press(Qt::Key_Return);
        console.typeText("terminal length 0");
        console.press(Qt::Key_Return);
        for (int round = 0; round < 3; ++round) {
            console.typeText("show running-config");
            console.press(Qt::Key_Return);
        }
        QStringList viewLines;
        for (QTextBlock block = console.tab->document()->begin(); block.isValid(); block = block.next())
            viewLines.append(block.text());
        QStringList trimmed;
        for (const QString &line : viewLines)
            trimmed.append(QString(line).remove(QRegularExpression(" +$")));
        QCOMPARE(trimmed.join('\n'), console.tab->screenText());
    }

    void backspaceAtTheStartOfTheLineRingsTheBell()
    {
        ConsoleFixture console;
        QSignalSpy bells(console.tab.get(), &ConsoleTab::bell);
        console.press(Qt::Key_Backspace);
        QCOMPARE(bells.count(), 1);
    }

    void aClosedLineKeepsItsTextAndIgnoresKeys()
    {
        ConsoleFixture console;
        console.tab->setSession(nullptr);
        console.tab->flush();
        QVERIFY(console.tab->toPlainText().contains("console line closed"));
        console.typeText("enable");
        QVERIFY(!console.tab->toPlainText().contains("enable"));
        QCOMPARE(console.session->attachedCount(), std::size_t(0));
    }

    void aTelnetClientAndTheTabShareTheLine()
    {
        LabRuntime runtime(routerlab::testing::catalog());
        QVERIFY(runtime.start(loadLabFile(ROUTERLAB_TOPOLOGIES_DIR "/three-routers",
                                          *routerlab::testing::catalog())));
        runtime.pause(); // lab time only moves when the test says
        QVERIFY(runtime.serveConsoles(0));
        const quint16 port = runtime.consolePort("R1");
        QVERIFY(port != 0);
        ConsoleTab tab(*runtime.console("R1"), "R1");
        QTcpSocket telnet;
        telnet.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(telnet.waitForConnected(5000));
        telnet.write("\r\nenable\r\n");
        QTRY_VERIFY_WITH_TIMEOUT((tab.flush(), tab.currentLine() == "R1#"), 5000);
        // And back: the tab types, the telnet client reads it.
        QTest::keyClicks(&tab, "show clock");
        QTest::keyClick(&tab, Qt::Key_Return);
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += telnet.readAll()).contains("UTC"), 5000);
    }

    void openInTerminalRunsTelnetInTheDesktopTerminal()
    {
        ConsoleFixture console;
        QString error;
        QVERIFY(!console.tab->openInTerminalAction()->isEnabled());
        QVERIFY(!console.tab->openInTerminal(&error));
        QVERIFY(!error.isEmpty());

        // Stand-in xterm and telnet that only record how they were called.
        QTemporaryDir bin;
        const QString record = bin.filePath("xterm-arguments");
        const auto script = [&](const QString &name, const QString &body) {
            QFile file(bin.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(("#!/bin/sh\n" + body + "\n").toUtf8());
            file.close();
            file.setPermissions(file.permissions() | QFile::ExeOwner);
        };
        script("xterm", "echo \"$@\" > " + record);
        script("telnet", "exit 0");
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", bin.path().toUtf8());
        console.tab->setTelnetEndpoint("127.0.0.1", 2001);
        QVERIFY(console.tab->openInTerminalAction()->isEnabled());
        const bool opened = console.tab->openInTerminal(&error);
        qputenv("PATH", path);
        QVERIFY2(opened, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(record).size() > 0, 5000);
        QFile arguments(record);
        QVERIFY(arguments.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(arguments.readAll()).trimmed(),
                 QString("-T R1 -e %1 127.0.0.1 2001").arg(bin.filePath("telnet")));
    }

    void noTerminalInstalledIsReported()
    {
        QTemporaryDir empty;
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", empty.path().toUtf8());
        QString error;
        const bool opened = openTelnetInSystemTerminal("127.0.0.1", 2000, "R1", &error);
        qputenv("PATH", path);
        QVERIFY(!opened);
        QVERIFY(error.contains("telnet 127.0.0.1 2000"));
    }

    void keysBecomeTheBytesAVt100Sends_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("return") << int(Qt::Key_Return) << 0 << "\r" << QByteArray("\r");
        QTest::newRow("backspace") << int(Qt::Key_Backspace) << 0 << "" << QByteArray("\x7f");
        QTest::newRow("tab") << int(Qt::Key_Tab) << 0 << "\t" << QByteArray("\t");
        QTest::newRow("up") << int(Qt::Key_Up) << 0 << "" << QByteArray("\x1b[A");
        QTest::newRow("left") << int(Qt::Key_Left) << 0 << "" << QByteArray("\x1b[D");
        QTest::newRow("delete") << int(Qt::Key_Delete) << 0 << "" << QByteArray("\x1b[3~");
        QTest::newRow("ctrl-z") << int(Qt::Key_Z) << int(Qt::ControlModifier) << "" << QByteArray("\x1a");
        QTest::newRow("ctrl-c") << int(Qt::Key_C) << int(Qt::ControlModifier) << "" << QByteArray("\x03");
        QTest::newRow("ctrl-shift-6") << int(Qt::Key_6) << int(Qt::ControlModifier | Qt::ShiftModifier)
                                      << "" << QByteArray("\x1e");
        QTest::newRow("question mark") << int(Qt::Key_Question) << int(Qt::ShiftModifier) << "?"
                                       << QByteArray("?");
        QTest::newRow("shift alone") << int(Qt::Key_Shift) << int(Qt::ShiftModifier) << ""
                                     << QByteArray();
    }

    void keysBecomeTheBytesAVt100Sends()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        QCOMPARE(terminalBytesForKey(key, Qt::KeyboardModifiers(modifiers), text), bytes);
    }

    void pastedLinesAreTypedWithReturns()
    {
        QCOMPARE(terminalBytesForPaste("enable\nshow clock\r\n"), QByteArray("enable\rshow clock\r"));
    }

    void theBufferInterpretsLineEditingRedraws()
    {
        TerminalBuffer buffer;
        buffer.feed("R1>shpw");
        buffer.feed("\b \b\b \b"); // two backspaces at the end, as LineEditor draws them
        buffer.feed("ow\r\nnext\x1b[K");
        QCOMPARE(buffer.line(0), QString("R1>show"));
        buffer.feed("\rline\x1b[2D\x1b[K");
        QCOMPARE(buffer.currentLine(), QString("li"));
        QCOMPARE(buffer.feed("\a\a"), 2);
    }

    void theBufferForgetsTheOldestLines()
    {
        TerminalBuffer buffer(3);
        buffer.feed("one\r\ntwo\r\nthree\r\nfour\r\nfive");
        QCOMPARE(buffer.lineCount(), 3);
        QCOMPARE(buffer.text(), QString("three\nfour\nfive"));
        QCOMPARE(buffer.firstLineNumber(), qint64(2));
        QCOMPARE(buffer.cursorRow(), 2);
    }
};

QTEST_MAIN(ConsoleTabTest)
#include "console_tab_test.moc"
