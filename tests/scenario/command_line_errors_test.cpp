// `routerlab run` with options that cannot mean anything says what is wrong and exits 2
// instead of running something else: a bad duration, a console to attach to in a virtual run,
// a script that is a folder, a capture on a node the lab does not have, a capture that would
// overwrite a file that is not a capture, and a console address that is not one. Consoles
// opened beyond this machine come with a warning.
#include <QtTest>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run {
    int exitCode = -1;
    QString output;
    QString errors;
};

Run routerlab(const QStringList &arguments)
{
    QProcess process;
    process.start(ROUTERLAB_BINARY_DIR "/bin/routerlab", QStringList{"run"} + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.output = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.errors = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

const QString kLab = ROUTERLAB_TOPOLOGIES_DIR "/three-routers";

} // namespace

class CommandLineErrorsTest : public QObject {
    Q_OBJECT
private slots:
    void meaninglessOptionsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("exitCode"); // 2: the command line is wrong; 1: a file is
        QTest::newRow("duration") << QStringList{kLab, "--virtual", "--duration", "abc"}
                                  << "--duration abc: expected a duration" << 2;
        QTest::newRow("attach in virtual time") << QStringList{kLab, "--virtual", "--attach", "R1"}
                                                << "--attach is a console in real time" << 2;
        QTest::newRow("script and duration")
            << QStringList{kLab, "--virtual", "--script", kLab + "/lab.json", "--duration", "1m"}
            << "--duration is for runs without a script" << 2;
        QTest::newRow("capture on no node") << QStringList{kLab, "--virtual", "--capture", "R9:fa0/0=/dev/null"}
                                            << "the lab has no node named \"R9\"" << 2;
        QTest::newRow("console bind not an address")
            << QStringList{kLab, "--console-bind", "300.1.2.3", "--duration", "1s"}
            << "--console-bind 300.1.2.3: expected an IP address of this machine" << 2;
        QTest::newRow("console bind in virtual time")
            << QStringList{kLab, "--virtual", "--console-bind", "0.0.0.0"}
            << "--console-bind is for telnet consoles in real time; drop --virtual" << 2;
        QTest::newRow("script is a folder") << QStringList{kLab, "--virtual", "--script", kLab}
                                            << "cannot open the script: " + kLab + " is a folder" << 1;
    }
    void meaninglessOptionsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QFETCH(int, exitCode);
        const Run run = routerlab(arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.errors));
        QVERIFY2(run.errors.contains(message), qPrintable(run.errors));
    }

    void consolesOpenBeyondLoopbackOnlyWithAWarning()
    {
        const QStringList briefRun = {kLab, "--console-base-port", "0", "--speed", "100x",
                                      "--duration", "1s"};
        Run run = routerlab(briefRun + QStringList{"--console-bind", "0.0.0.0"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY2(run.errors.contains("warning: --console-bind 0.0.0.0: anyone who can reach this "
                                     "address can type into the routers' consoles, without a "
                                     "password unless their `line con 0` has `login`"),
                 qPrintable(run.errors));
        QVERIFY2(run.output.contains("R1        telnet 0.0.0.0 "), qPrintable(run.output));

        run = routerlab(briefRun + QStringList{"--console-bind", "127.0.0.1"});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY2(!run.errors.contains("warning"), qPrintable(run.errors));
        QVERIFY2(run.output.contains("R1        telnet 127.0.0.1 "), qPrintable(run.output));
    }

    void aCaptureNeverOverwritesALabFileUnlessForced()
    {
        QTemporaryDir folder;
        const QString target = folder.path() + "/lab.json";
        QVERIFY(QFile::copy(kLab + "/lab.json", target));
        QFile original(target);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();

        Run run = routerlab({kLab, "--virtual", "--duration", "1s", "--capture", "R1:fa0/0=" + target});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errors.contains("is not a capture; not overwriting it"), qPrintable(run.errors));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
        original.close();

        run = routerlab({kLab, "--virtual", "--duration", "1s", "--force", "--capture", "R1:fa0/0=" + target});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QVERIFY(original.read(4) == QByteArray("\xd4\xc3\xb2\xa1", 4));
    }
};

QTEST_GUILESS_MAIN(CommandLineErrorsTest)
#include "command_line_errors_test.moc"
