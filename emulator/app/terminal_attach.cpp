#include "app/terminal_attach.h"

#include "console/console_session.h"

#include <cerrno>
#include <unistd.h>

namespace routerlab {

TerminalAttach::TerminalAttach(std::vector<Console> consoles, std::size_t first, int inputFd,
                               int outputFd, QObject *parent)
    : QObject(parent), m_consoles(std::move(consoles)),
      m_current(first < m_consoles.size() ? first : 0), m_inputFd(inputFd), m_outputFd(outputFd)
{
}

TerminalAttach::~TerminalAttach()
{
    m_notifier.reset();
    detachCurrent();
    restoreTerminal();
}

bool TerminalAttach::start()
{
    if (m_consoles.empty())
        return false;
    if (::isatty(m_inputFd)) {
        if (::tcgetattr(m_inputFd, &m_savedTerminal) != 0)
            return false;
        termios raw = m_savedTerminal;
        ::cfmakeraw(&raw);
        // Keep output post-processing off too: the console already writes "\r\n".
        if (::tcsetattr(m_inputFd, TCSAFLUSH, &raw) != 0)
            return false;
        m_rawMode = true;
    }
    writeOut("routerlab: attached to " + currentNode()
             + " console; Ctrl-] then n/p switches node, q quits\r\n");
    attachCurrent();
    m_notifier = std::make_unique<QSocketNotifier>(m_inputFd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &TerminalAttach::readInput);
    return true;
}

void TerminalAttach::restoreTerminal()
{
    if (!m_rawMode)
        return;
    ::tcsetattr(m_inputFd, TCSAFLUSH, &m_savedTerminal);
    m_rawMode = false;
}

void TerminalAttach::readInput()
{
    char buffer[4096];
    const ssize_t count = ::read(m_inputFd, buffer, sizeof buffer);
    if (count > 0) {
        handle(std::string_view(buffer, static_cast<std::size_t>(count)));
        return;
    }
    if (count < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    // End of input (a pipe ran dry, the terminal went away): stop reading, keep the lab up.
    m_notifier->setEnabled(false);
}

void TerminalAttach::handle(std::string_view bytes)
{
    std::string keys;
    for (char byte : bytes) {
        if (!m_afterEscape) {
            if (byte == kEscapeKey)
                m_afterEscape = true;
            else
                keys += byte;
            continue;
        }
        m_afterEscape = false;
        if (byte == kEscapeKey) {
            keys += byte;
            continue;
        }
        if (!keys.empty() && m_writerId != 0)
            m_consoles[m_current].session->receive(keys);
        keys.clear();
        switch (byte) {
        case 'n':
        case 'N':
            switchTo((m_current + 1) % m_consoles.size());
            break;
        case 'p':
        case 'P':
            switchTo((m_current + m_consoles.size() - 1) % m_consoles.size());
            break;
        case 'q':
        case 'Q':
            writeOut("\r\nrouterlab: detached\r\n");
            detachCurrent();
            m_notifier->setEnabled(false);
            emit quitRequested();
            return;
        default:
            break; // an unknown escape is dropped, as telnet's own escape does
        }
    }
    if (!keys.empty() && m_writerId != 0)
        m_consoles[m_current].session->receive(keys);
}

void TerminalAttach::switchTo(std::size_t index)
{
    detachCurrent();
    m_current = index;
    writeOut("\r\nrouterlab: attached to " + currentNode() + " console\r\n");
    attachCurrent();
}

void TerminalAttach::attachCurrent()
{
    m_writerId = m_consoles[m_current].session->attach(
        [this](std::string_view bytes) { writeOut(bytes); });
}

void TerminalAttach::detachCurrent()
{
    if (m_writerId != 0)
        m_consoles[m_current].session->detach(m_writerId);
    m_writerId = 0;
}

void TerminalAttach::writeOut(std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t written = ::write(m_outputFd, bytes.data(), bytes.size());
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return; // a closed pipe: the lab goes on without this reader
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
}

} // namespace routerlab
