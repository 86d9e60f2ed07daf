// --capture may write a new file, an empty one, over an earlier capture or into a pipe; any
// other file (the lab's own lab.json, a config) is refused unless the user insists.
#include <QtTest>

#include "capture/capture_target.h"
#include "capture/pcap_writer.h"

#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace routerlab;

namespace {

void writeFile(const std::string &path, const QByteArray &bytes)
{
    QFile file(QString::fromStdString(path));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace

class CaptureTargetTest : public QObject {
    Q_OBJECT
private slots:
    void newEmptyAndEarlierCapturesMayBeWritten()
    {
        QTemporaryDir folder;
        const std::string root = folder.path().toStdString();
        QCOMPARE(captureTargetProblem(root + "/new.pcap"), std::string());
        writeFile(root + "/empty.pcap", {});
        QCOMPARE(captureTargetProblem(root + "/empty.pcap"), std::string());
        { PcapWriter writer(root + "/earlier.pcap"); QVERIFY(writer.isOpen()); }
        QCOMPARE(captureTargetProblem(root + "/earlier.pcap"), std::string());
        writeFile(root + "/next.pcapng", QByteArray("\x0a\x0d\x0d\x0a\x1c\x00\x00\x00", 8));
        QCOMPARE(captureTargetProblem(root + "/next.pcapng"), std::string());
        QCOMPARE(::mkfifo((root + "/to-wireshark").c_str(), 0600), 0);
        QCOMPARE(captureTargetProblem(root + "/to-wireshark"), std::string());
        QCOMPARE(captureTargetProblem("/dev/null"), std::string());
    }

    void anythingElseIsRefused()
    {
        QTemporaryDir folder;
        const std::string root = folder.path().toStdString();
        writeFile(root + "/lab.json", "{ \"name\": \"x\", \"nodes\": [] }\n");
        const std::string problem = captureTargetProblem(root + "/lab.json");
        QVERIFY(problem.find(root + "/lab.json") != std::string::npos);
        QVERIFY(problem.find("not a capture") != std::string::npos);
        writeFile(root + "/tiny", "ab");
        QVERIFY(!captureTargetProblem(root + "/tiny").empty());
        QVERIFY(!captureTargetProblem(root).empty());
    }
};

QTEST_APPLESS_MAIN(CaptureTargetTest)
#include "capture_target_test.moc"
