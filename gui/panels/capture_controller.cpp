#include "panels/capture_controller.h"

#include "capture/capture_point.h"
#include "capture/pcap_writer.h"
#include "cli/interface_names.h"
#include "topology/lab.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace routerlab::gui {
namespace {

constexpr int kLivePipeBytes = 1 << 20;
constexpr std::chrono::milliseconds kWriterCheckInterval{500};

// PcapWriter dup()s the stream's descriptor, and dup() drops close-on-exec: without this a
// Wireshark or terminal started later would inherit the pipe and keep an earlier Wireshark
// from ever seeing the end of its stream.
void closeOnExecEveryDescriptorOf(int pipeDescriptor)
{
    struct stat pipeStat {};
    if (::fstat(pipeDescriptor, &pipeStat) != 0)
        return;
    const QDir descriptors(QStringLiteral("/proc/self/fd"));
    for (const QString &entry : descriptors.entryList(QDir::Files | QDir::System)) {
        bool number = false;
        const int descriptor = entry.toInt(&number);
        struct stat other {};
        if (number && ::fstat(descriptor, &other) == 0 && other.st_dev == pipeStat.st_dev &&
            other.st_ino == pipeStat.st_ino)
            ::fcntl(descriptor, F_SETFD, ::fcntl(descriptor, F_GETFD) | FD_CLOEXEC);
    }
}

// Whether a process (not necessarily our child) still runs. A detached viewer is adopted by
// init; one that exited may linger as a zombie until reaped, which counts as gone.
bool processRuns(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    // "pid (comm) S ...": the state follows the last ')' (comm may contain one).
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0 || close + 2 >= line.size())
        return false;
    const char state = line.at(close + 2);
    return state != 'Z' && state != 'X';
}

struct Viewer {
    std::unique_ptr<PcapWriter> writer;
    qint64 pid = 0;
};

// A pipe whose read end is `stdin` of a detached viewer and whose write end feeds a
// PcapWriter. Returns the writer and the viewer's pid, or no writer and `error`.
Viewer startViewer(const QString &program, const QStringList &arguments, QString *error)
{
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0) {
        *error = QStringLiteral("Cannot create a pipe: %1").arg(qt_error_string(errno));
        return {};
    }
    const int readEnd = ends[0];
    const int writeEnd = ends[1];
    ::fcntl(writeEnd, F_SETPIPE_SZ, kLivePipeBytes); // best effort: 64 KiB otherwise
    ::fcntl(writeEnd, F_SETFL, ::fcntl(writeEnd, F_GETFL) | O_NONBLOCK);

    QProcess viewer;
    viewer.setProgram(program);
    viewer.setArguments(arguments);
    // The detached child opens this before exec, while it still holds the inherited read end.
    viewer.setStandardInputFile(QStringLiteral("/proc/self/fd/%1").arg(readEnd));
    viewer.setStandardOutputFile(QProcess::nullDevice());
    viewer.setStandardErrorFile(QProcess::nullDevice());
    qint64 pid = 0;
    const bool launched = viewer.startDetached(&pid);
    ::close(readEnd);
    if (!launched) {
        ::close(writeEnd);
        *error = QStringLiteral("Could not start %1").arg(program);
        return {};
    }
    std::FILE *stream = ::fdopen(writeEnd, "wb");
    if (!stream) {
        ::close(writeEnd);
        *error = QStringLiteral("Cannot write to the viewer's pipe");
        return {};
    }
    Viewer started{std::make_unique<PcapWriter>(stream), pid};
    closeOnExecEveryDescriptorOf(writeEnd);
    std::fclose(stream); // the writer keeps its own descriptor
    return started;
}

} // namespace

struct CaptureController::LinkCapture {
    QString filePath;
    std::unique_ptr<CapturePoint> file;
    std::unique_ptr<CapturePoint> stream;
    qint64 viewerPid = 0;

    bool active() const { return file || stream; }
};

CaptureController::CaptureController(QObject *parent) : QObject(parent)
{
    m_watch.setInterval(kWriterCheckInterval);
    connect(&m_watch, &QTimer::timeout, this, &CaptureController::checkWriters);
}

CaptureController::~CaptureController()
{
    // Quietly: nobody listens to a dying controller.
    const QSignalBlocker blocker(this);
    stopAll();
}

void CaptureController::setLab(Lab *lab)
{
    if (lab == m_lab)
        return;
    stopAll();
    m_lab = lab;
}

QStringList CaptureController::links() const
{
    QStringList names;
    if (m_lab) {
        for (const auto &segment : m_lab->segments())
            names.append(QString::fromStdString(segment->name()));
    }
    return names;
}

bool CaptureController::knowsLink(const QString &link) const { return links().contains(link); }

QString CaptureController::linkAt(const QString &node, const QString &port) const
{
    if (!m_lab)
        return {};
    const std::string typed = port.toStdString();
    const std::string canonical = cli::canonicalInterfaceName(typed).value_or(typed);
    const Segment *segment = m_lab->segmentAt(node.toStdString(), canonical);
    return segment ? QString::fromStdString(segment->name()) : QString();
}

CaptureController::LinkCapture *CaptureController::captureOf(const QString &link) const
{
    const auto found = m_captures.find(link);
    return found == m_captures.end() ? nullptr : found->second.get();
}

bool CaptureController::startCapture(const QString &link, const QString &filePath, QString *error)
{
    if (!m_lab || !knowsLink(link)) {
        if (error)
            *error = tr("No link %1 in the running lab").arg(link);
        return false;
    }
    stopParts(link, true, false);
    auto point = std::make_unique<CapturePoint>(
        m_lab->bus(), link.toStdString(), std::make_unique<PcapWriter>(filePath.toStdString()));
    if (!point->isCapturing()) {
        if (error)
            *error = QString::fromStdString(point->errorString());
        return false;
    }
    auto &capture = m_captures[link];
    if (!capture)
        capture = std::make_unique<LinkCapture>();
    const bool wasActive = capture->active();
    capture->file = std::move(point);
    capture->filePath = filePath;
    updateWatch();
    if (!wasActive)
        emit captureStateChanged(link, true);
    return true;
}

bool CaptureController::startCapture(const QString &node, const QString &port,
                                     const QString &filePath, QString *error)
{
    const QString link = linkAt(node, port);
    if (link.isEmpty()) {
        if (error)
            *error = tr("No link on %1 %2").arg(node, port);
        return false;
    }
    return startCapture(link, filePath, error);
}

void CaptureController::stopCapture(const QString &link) { stopParts(link, true, true); }

void CaptureController::stopAll()
{
    const QStringList active = capturingLinks();
    for (const QString &link : active)
        stopCapture(link);
}

void CaptureController::stopParts(const QString &link, bool file, bool stream)
{
    LinkCapture *capture = captureOf(link);
    if (!capture)
        return;
    const bool wasActive = capture->active();
    if (file && capture->file) {
        capture->file->stop();
        capture->file.reset();
    }
    if (stream && capture->stream) {
        capture->stream->stop(); // the viewer reads the end of the stream and keeps its window
        capture->stream.reset();
    }
    if (!capture->active())
        m_captures.erase(link);
    updateWatch();
    if (wasActive && !isCapturing(link))
        emit captureStateChanged(link, false);
}

bool CaptureController::isCapturing(const QString &link) const
{
    const LinkCapture *capture = captureOf(link);
    return capture && capture->active();
}

bool CaptureController::isStreaming(const QString &link) const
{
    const LinkCapture *capture = captureOf(link);
    return capture && capture->stream;
}

QString CaptureController::captureFile(const QString &link) const
{
    const LinkCapture *capture = captureOf(link);
    return capture && capture->file ? capture->filePath : QString();
}

quint64 CaptureController::framesCaptured(const QString &link) const
{
    const LinkCapture *capture = captureOf(link);
    return capture && capture->file ? capture->file->framesCaptured() : 0;
}

QStringList CaptureController::capturingLinks() const
{
    QStringList active;
    for (const auto &[link, capture] : m_captures) {
        if (capture->active())
            active.append(link);
    }
    return active;
}

bool CaptureController::wiresharkAvailable()
{
    return !QStandardPaths::findExecutable(QStringLiteral("wireshark")).isEmpty();
}

void CaptureController::setViewerCommand(const QString &program, const QStringList &arguments)
{
    m_viewerProgram = program;
    m_viewerArguments = arguments;
}

bool CaptureController::openInWireshark(const QString &link, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_lab || !knowsLink(link))
        return fail(tr("No link %1 in the running lab").arg(link));
    if (QStandardPaths::findExecutable(m_viewerProgram).isEmpty() &&
        !QFileInfo(m_viewerProgram).isExecutable())
        return fail(tr("%1 is not installed (Debian: apt install wireshark); capture to a file "
                       "and open it later instead")
                        .arg(m_viewerProgram));
    // A viewer that quits leaves a pipe without reader: the write fails, it must not kill us.
    std::signal(SIGPIPE, SIG_IGN);
    QString message;
    Viewer viewer = startViewer(m_viewerProgram, m_viewerArguments, &message);
    if (!viewer.writer)
        return fail(message);
    if (!viewer.writer->isOpen())
        return fail(QString::fromStdString(viewer.writer->errorString()));

    stopParts(link, false, true);
    auto &capture = m_captures[link];
    if (!capture)
        capture = std::make_unique<LinkCapture>();
    const bool wasActive = capture->active();
    capture->stream =
        std::make_unique<CapturePoint>(m_lab->bus(), link.toStdString(), std::move(viewer.writer));
    capture->viewerPid = viewer.pid;
    updateWatch();
    if (!wasActive)
        emit captureStateChanged(link, true);
    return true;
}

// Writers fail only while writing, inside the lab's event, and viewers exit on their own; the
// controller learns of both here.
void CaptureController::checkWriters()
{
    struct Failure {
        QString link;
        bool file = false;
        bool stream = false;
        QString message;
    };
    std::vector<Failure> failures;
    for (const auto &[link, capture] : m_captures) {
        Failure failure;
        failure.link = link;
        if (capture->file && !capture->file->isCapturing()) {
            failure.file = true;
            failure.message = tr("Capture to %1 stopped: %2")
                                  .arg(capture->filePath,
                                       QString::fromStdString(capture->file->errorString()));
        }
        if (capture->stream && !capture->stream->isCapturing()) {
            failure.stream = true;
            failure.message = tr("Live capture stopped: %1")
                                  .arg(QString::fromStdString(capture->stream->errorString()));
        } else if (capture->stream && !processRuns(capture->viewerPid)) {
            // Also caught without a failed write: PcapWriter does not report a pipe that broke
            // while it wrote the file header, and a quiet link writes nothing.
            failure.stream = true;
            failure.message = tr("Live capture stopped: %1 exited").arg(m_viewerProgram);
        }
        if (failure.file || failure.stream)
            failures.push_back(failure);
    }
    for (const Failure &failure : failures) {
        emit captureFailed(failure.link, failure.message);
        stopParts(failure.link, failure.file, failure.stream);
    }
}

void CaptureController::updateWatch()
{
    if (m_captures.empty())
        m_watch.stop();
    else if (!m_watch.isActive())
        m_watch.start();
}

} // namespace routerlab::gui
