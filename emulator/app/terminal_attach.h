#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <termios.h>

#include <memory>
#include <string>
#include <vector>

namespace routerlab {

class ConsoleSession;

// `routerlab run LAB --attach NODE`: this process's own terminal becomes a console, in raw mode
// so every key (Ctrl-C, Tab, '?', arrows) reaches the router as it would over telnet. The
// escape key Ctrl-] (telnet's) then `n` / `p` moves to the next / previous router, `q` quits;
// Ctrl-] twice sends one Ctrl-]. The terminal's settings come back on every way out (the
// destructor, which the signal path also reaches via the event loop). With stdin not a TTY the
// same bytes are read from the pipe, so a script can type commands; at end of input the lab
// keeps running until --duration or a signal.
class TerminalAttach : public QObject {
    Q_OBJECT
public:
    struct Console {
        std::string node;
        ConsoleSession *session = nullptr;
    };

    TerminalAttach(std::vector<Console> consoles, std::size_t first, int inputFd = 0,
                   int outputFd = 1, QObject *parent = nullptr);
    ~TerminalAttach() override;

    // Raw mode (if a TTY), the one-line hint, reading stdin. False if the terminal refused.
    bool start();
    void restoreTerminal();
    const std::string &currentNode() const { return m_consoles[m_current].node; }

    static constexpr char kEscapeKey = 0x1d; // Ctrl-]

signals:
    void quitRequested();

private:
    void readInput();
    void handle(std::string_view bytes);
    void switchTo(std::size_t index);
    void attachCurrent();
    void detachCurrent();
    void writeOut(std::string_view bytes);

    std::vector<Console> m_consoles;
    std::size_t m_current = 0;
    int m_inputFd;
    int m_outputFd;
    int m_writerId = 0;
    bool m_rawMode = false;
    bool m_afterEscape = false;
    termios m_savedTerminal{};
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace routerlab
