#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <map>
#include <memory>

namespace routerlab {
class CapturePoint;
class Lab;
} // namespace routerlab

namespace routerlab::gui {

// Captures on the links of the running lab, as `routerlab run --capture NODE:IF=FILE` does:
// a CapturePoint per link writes both directions to a pcap file (PcapWriter: DLT_EN10MB,
// lab-clock timestamps from 1993-03-01, flushed per frame). A link may also be streamed live
// into Wireshark (`wireshark -k -i -`), through a pipe on its standard input.
//
// Links are named as the lab names them ("R1:FastEthernet0/0 <-> SW1:1"); linkAt() finds the
// link on a node's port (abbreviations such as "fa0/0" accepted).
//
// Wireshark is started detached, so it keeps its window when the capture stops (it sees the
// end of the stream) or when the GUI quits. The pipe is non-blocking with a 1 MiB buffer: a
// Wireshark that stops reading ends its stream with captureFailed() instead of freezing the
// lab. Writing to a closed pipe must not kill the GUI, so streaming ignores SIGPIPE
// process-wide. A writer that fails (disk full, Wireshark closed) is noticed within a second.
class CaptureController : public QObject {
    Q_OBJECT
public:
    explicit CaptureController(QObject *parent = nullptr);
    ~CaptureController() override;

    // The lab whose links are captured; nullptr (or another lab) stops every capture first.
    // Call setLab(nullptr) before the lab is destroyed (LabRuntime::aboutToStop).
    void setLab(Lab *lab);

    QStringList links() const;
    // The link attached to `node`'s `port`; empty when there is none.
    QString linkAt(const QString &node, const QString &port) const;

    // Starts writing `link` to `filePath` (replacing a capture to another file). False and
    // `error` when the link is unknown or the file cannot be created.
    bool startCapture(const QString &link, const QString &filePath, QString *error = nullptr);
    bool startCapture(const QString &node, const QString &port, const QString &filePath,
                      QString *error = nullptr);
    // Stops the file capture and the live stream of `link`.
    void stopCapture(const QString &link);
    void stopAll();

    // A file capture or a live stream is running on the link.
    bool isCapturing(const QString &link) const;
    bool isStreaming(const QString &link) const;
    QString captureFile(const QString &link) const;
    quint64 framesCaptured(const QString &link) const;
    QStringList capturingLinks() const;

    // Streams `link` into a new Wireshark window. False with a message when Wireshark is not
    // installed (or the viewer would not start).
    bool openInWireshark(const QString &link, QString *error = nullptr);
    static bool wiresharkAvailable();
    // The viewer that reads pcap on its standard input; `wireshark -k -i -` by default. Tests
    // put a command that saves the stream instead.
    void setViewerCommand(const QString &program, const QStringList &arguments);

signals:
    void captureStateChanged(const QString &link, bool capturing);
    // A capture ended by itself: the file could not be written, the viewer went away.
    void captureFailed(const QString &link, const QString &message);

private:
    struct LinkCapture;

    LinkCapture *captureOf(const QString &link) const;
    bool knowsLink(const QString &link) const;
    void stopParts(const QString &link, bool file, bool stream);
    void checkWriters();
    void updateWatch();

    Lab *m_lab = nullptr;
    std::map<QString, std::unique_ptr<LinkCapture>> m_captures;
    QString m_viewerProgram = QStringLiteral("wireshark");
    QStringList m_viewerArguments{QStringLiteral("-k"), QStringLiteral("-i"), QStringLiteral("-")};
    QTimer m_watch;
};

} // namespace routerlab::gui
