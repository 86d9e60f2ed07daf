// Captures from the GUI: a link of the three-routers lab written to pcap while R1 pings must
// decode in tshark with ICMP and nothing malformed; the live stream a Wireshark would read
// carries exactly the bytes of a file capture of the same link; failures are reported, never
// fatal.
#include <QtTest>

#include "gui/running_lab.h"
#include "panels/capture_controller.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace routerlab;
using namespace routerlab::gui;
using routerlab::testing::RunningLab;

namespace {

const QString kR1Link = "R1:FastEthernet0/0 <-> SW1:1";

// tshark's protocol and info columns plus its malformed-packet marker, one line per frame.
QString tsharkFields(const QString &pcap, const QTemporaryDir &home)
{
    QProcess tshark;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("HOME", home.path()); // tshark wants a writable profile folder
    tshark.setProcessEnvironment(environment);
    tshark.start(QStandardPaths::findExecutable("tshark"),
                 {"-r", pcap, "-T", "fields", "-e", "_ws.col.Protocol", "-e", "_ws.col.Info",
                  "-e", "_ws.malformed"});
    if (!tshark.waitForFinished(60000) || tshark.exitCode() != 0)
        return "tshark failed: " + QString::fromUtf8(tshark.readAllStandardError());
    return QString::fromUtf8(tshark.readAllStandardOutput());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct CaptureFixture {
    CaptureFixture() : running("three-routers")
    {
        running.start();
        running.lab.runFor(seconds(5));
        captures.setLab(&running.lab);
    }
    void pingFromR1() { running.type("R1", "ping 3.3.3.3\r"); }

    RunningLab running;
    CaptureController captures;
    QTemporaryDir dir;
};

} // namespace

class CaptureControllerTest : public QObject {
    Q_OBJECT
private slots:
    void linksAreFoundByNodeAndPort()
    {
        CaptureFixture fixture;
        QCOMPARE(fixture.captures.links().size(), 4);
        QCOMPARE(fixture.captures.linkAt("R1", "fa0/0"), kR1Link);
        QCOMPARE(fixture.captures.linkAt("SW1", "1"), kR1Link);
        QCOMPARE(fixture.captures.linkAt("R1", "FastEthernet0/1"), QString());
    }

    void aLinkCapturedDuringPingsDecodesInTshark()
    {
        if (QStandardPaths::findExecutable("tshark").isEmpty())
            QSKIP("tshark is not installed");
        CaptureFixture fixture;
        QSignalSpy states(&fixture.captures, &CaptureController::captureStateChanged);
        const QString pcap = fixture.dir.filePath("r1.pcap");
        QString error;
        QVERIFY2(fixture.captures.startCapture("R1", "fa0/0", pcap, &error), qPrintable(error));
        QVERIFY(fixture.captures.isCapturing(kR1Link));
        QCOMPARE(fixture.captures.captureFile(kR1Link), pcap);
        QCOMPARE(states.count(), 1);
        QCOMPARE(states.last(), (QVariantList{kR1Link, true}));

        fixture.pingFromR1();
        fixture.running.lab.runFor(seconds(10));
        QVERIFY(fixture.captures.framesCaptured(kR1Link) >= 10);
        fixture.captures.stopCapture(kR1Link);
        QVERIFY(!fixture.captures.isCapturing(kR1Link));
        QCOMPARE(states.last(), (QVariantList{kR1Link, false}));

        const QString fields = tsharkFields(pcap, fixture.dir);
        QVERIFY2(!fields.contains("Malformed") && !fields.contains("tshark failed"), qPrintable(fields));
        QVERIFY2(fields.contains("Echo (ping) request"), qPrintable(fields));
        QVERIFY(fields.contains("Echo (ping) reply"));
        QVERIFY(fields.contains("ICMP"));
    }

    void theLiveStreamCarriesWhatTheFileHolds()
    {
        CaptureFixture fixture;
        const QString file = fixture.dir.filePath("file.pcap");
        const QString live = fixture.dir.filePath("live.pcap");
        // A stand-in for `wireshark -k -i -` that keeps what it reads.
        fixture.captures.setViewerCommand("sh", {"-c", "cat > '" + live + "'"});
        QString error;
        QVERIFY2(fixture.captures.openInWireshark(kR1Link, &error), qPrintable(error));
        QVERIFY(fixture.captures.isStreaming(kR1Link));
        QVERIFY(fixture.captures.startCapture(kR1Link, file));
        fixture.pingFromR1();
        fixture.running.lab.runFor(seconds(10));
        fixture.captures.stopCapture(kR1Link);
        QVERIFY(!fixture.captures.isStreaming(kR1Link));

        const QByteArray written = readAll(file);
        QVERIFY(written.size() > 24 + 10 * 16);
        // The viewer sees the end of its stream and exits; what it read is the same pcap.
        QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(live).size(), qint64(written.size()), 10000);
        QCOMPARE(readAll(live), written);
    }

    void aViewerThatGoesAwayEndsItsStreamQuietly()
    {
        CaptureFixture fixture;
        // A viewer that stops reading at once and says so.
        const QString gone = fixture.dir.filePath("viewer-gone");
        fixture.captures.setViewerCommand("sh", {"-c", "exec 0<&-; touch '" + gone + "'"});
        QSignalSpy failures(&fixture.captures, &CaptureController::captureFailed);
        QSignalSpy states(&fixture.captures, &CaptureController::captureStateChanged);
        QVERIFY(fixture.captures.openInWireshark(kR1Link));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(gone), 10000);
        // Frames now meet a pipe without reader, and the viewer is gone: the stream ends, the GUI
        // lives on (no SIGPIPE death).
        QTRY_VERIFY_WITH_TIMEOUT(
            (fixture.pingFromR1(), fixture.running.lab.runFor(seconds(12)), !failures.isEmpty()), 10000);
        QCOMPARE(failures.first().at(0).toString(), kR1Link);
        QVERIFY2(failures.first().at(1).toString().startsWith("Live capture stopped"),
                 qPrintable(failures.first().at(1).toString()));
        QVERIFY(!fixture.captures.isCapturing(kR1Link));
        QCOMPARE(states.last(), (QVariantList{kR1Link, false}));
    }

    void missingWiresharkIsReportedNotFatal()
    {
        CaptureFixture fixture;
        fixture.captures.setViewerCommand("routerlab-no-such-wireshark", {"-k", "-i", "-"});
        QString error;
        QVERIFY(!fixture.captures.openInWireshark(kR1Link, &error));
        QVERIFY2(error.contains("not installed"), qPrintable(error));
        QVERIFY(!fixture.captures.isCapturing(kR1Link));
    }

    void badRequestsFailWithAReason()
    {
        CaptureFixture fixture;
        QString error;
        QVERIFY(!fixture.captures.startCapture("R1:Nowhere <-> R9:1", fixture.dir.filePath("x.pcap"), &error));
        QVERIFY(error.contains("No link"));
        QVERIFY(!fixture.captures.startCapture(kR1Link, "/nonexistent-folder/x.pcap", &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!fixture.captures.isCapturing(kR1Link));
    }

    void leavingTheLabStopsEveryCapture()
    {
        CaptureFixture fixture;
        QSignalSpy states(&fixture.captures, &CaptureController::captureStateChanged);
        QVERIFY(fixture.captures.startCapture(kR1Link, fixture.dir.filePath("a.pcap")));
        QVERIFY(fixture.captures.startCapture("R3", "fa1/0", fixture.dir.filePath("b.pcap")));
        QCOMPARE(fixture.captures.capturingLinks().size(), 2);
        fixture.captures.setLab(nullptr);
        QVERIFY(fixture.captures.capturingLinks().isEmpty());
        QCOMPARE(states.count(), 4);
        QCOMPARE(states.last().at(1).toBool(), false);
        fixture.running.lab.runFor(seconds(5)); // nobody writes to a closed capture
    }
};

QTEST_MAIN(CaptureControllerTest)
#include "capture_controller_test.moc"
