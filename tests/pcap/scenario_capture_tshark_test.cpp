// A capture of the three-routers scenario, taken by the real binary, must decode in tshark with
// no malformed packets and show the ARP and ICMP exchanges the scenario causes.
#include <QtTest>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

class ScenarioCaptureTsharkTest : public QObject {
    Q_OBJECT
private slots:
    void captureDecodesWithoutMalformedPackets()
    {
        const QString tshark = QStandardPaths::findExecutable("tshark");
        if (tshark.isEmpty())
            QSKIP("tshark is not installed");
        QTemporaryDir dir;
        const QString pcap = dir.filePath("r1.pcap");
        QProcess routerlab;
        routerlab.start(ROUTERLAB_BINARY_DIR "/bin/routerlab",
                        {"run", ROUTERLAB_TOPOLOGIES_DIR "/three-routers", "--virtual", "--script",
                         ROUTERLAB_TOPOLOGIES_DIR "/three-routers/scenario.txt", "--capture",
                         "R1:fa0/0=" + pcap, "--capture", "R3:FastEthernet1/0=" + dir.filePath("r3.pcap")});
        QVERIFY(routerlab.waitForFinished(60000));
        QCOMPARE(routerlab.exitCode(), 0);

        QProcess decode;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("HOME", dir.path()); // tshark wants a writable profile folder
        decode.setProcessEnvironment(environment);
        decode.start(tshark, {"-r", pcap, "-T", "fields", "-e", "_ws.col.Protocol", "-e", "_ws.col.Info",
                              "-e", "_ws.malformed", "-e", "_ws.expert.severity"});
        QVERIFY(decode.waitForFinished(60000));
        QCOMPARE(decode.exitCode(), 0);
        const QString fields = QString::fromUtf8(decode.readAllStandardOutput());
        QVERIFY2(!fields.contains("Malformed"), qPrintable(fields));
        QVERIFY(fields.contains("Who has 192.168.1.3? Tell 192.168.1.1"));
        QVERIFY(fields.contains("Echo (ping) request"));
        QVERIFY(fields.contains("Echo (ping) reply"));
        // Checksums: tshark flags bad IP/ICMP checksums as errors when validation is on.
        QProcess checksums;
        checksums.setProcessEnvironment(environment);
        checksums.start(tshark, {"-r", pcap, "-o", "ip.check_checksum:TRUE", "-o", "icmp.check_checksum:TRUE",
                                 "-Y", "ip.checksum.status == 0 || icmp.checksum.status == 0 || _ws.malformed"});
        QVERIFY(checksums.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(checksums.readAllStandardOutput()).trimmed(), QString());
    }
};

QTEST_GUILESS_MAIN(ScenarioCaptureTsharkTest)
#include "scenario_capture_tshark_test.moc"
