#pragma once

#include "cli/cli_session.h"
#include "console/line_editor.h"
#include "console/pager.h"
#include "router/console_line_exec.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace routerlab {

class Router;

// A node's console line (`line con 0`): keystrokes in, terminal bytes out. The one
// implementation behind every way of reaching a console — telnet clients (several may share
// it, as with Dynamips), the terminal `routerlab run --attach` takes over, and the GUI's
// console tabs. It owns the CLI session, the line editor (history, Tab, '?', Ctrl keys,
// arrows), the --More-- pager, and the delivery of log and debug lines (with `logging
// synchronous` redrawing the interrupted line). Output uses "\r\n" line ends.
//
// Files: line_editor.h (the typed line, its keys' screen updates, history), pager.h
// (--More--), router/console_line_exec.h (the EXEC's life on the line: login, exec-timeout,
// logout); this class decodes keys, runs lines and decides what the line is doing.
class ConsoleSession {
public:
    using Writer = std::function<void(std::string_view bytes)>;

    explicit ConsoleSession(Router &router);
    ~ConsoleSession();
    ConsoleSession(const ConsoleSession &) = delete;
    ConsoleSession &operator=(const ConsoleSession &) = delete;

    // A terminal joins the line; it sees everything written from now on. Returns its id.
    int attach(Writer writer);
    void detach(int id);
    std::size_t attachedCount() const;

    // Bytes typed on any attached terminal (telnet negotiation already removed).
    void receive(std::string_view keys);

    // After boot: IOS's "Press RETURN to get started!" (the session starts at user exec).
    void start();

    cli::CliSession &cli();
    Router &router();

private:
    // What the line is doing decides where a key goes and whether a log line may print.
    enum class State {
        WaitingForReturn, // "Press RETURN to get started"
        Editing,          // a prompt is up and keys edit the line
        Executing,        // a command runs right now (inside execute/help)
        Busy,             // a command holds the console (ping); keys are typed ahead
        Paging,           // --More-- waits for a key
    };
    enum class Escape { None, Started, Sequence };

    void handleByte(char byte);
    void handleKey(char key);
    void handleSequence(char final, const std::string &parameters);
    void editingKey(char key);
    void pagingKey(char key);

    void activate();
    void enter();
    void questionMark();
    void tab();
    void leaveConfiguration(const char *echo);
    void startOutput();
    void afterOutput();
    void showPrompt();
    void onIdle();

    void cliOutput(std::string_view text);
    void logLine(const std::string &line);
    void printLogLine(const std::string &line);

    // The session ends (exec-timeout, `exit`, a failed login): the line waits for Return.
    void logOut();

    void write(std::string_view bytes);

    Router &m_router;
    std::unique_ptr<cli::CliSession> m_cli;
    LineEditor m_editor;
    Pager m_pager;
    ConsoleLineExec m_line;
    std::map<int, Writer> m_writers;
    int m_nextWriterId = 1;
    std::uint64_t m_logSink = 0;

    State m_state = State::WaitingForReturn;

    bool m_started = false;
    Escape m_escape = Escape::None;
    std::string m_escapeParameters;
    bool m_afterCarriageReturn = false;
    bool m_atLineStart = true;
    std::string m_typeAhead;
    bool m_swallowAfterEscape = false;
    bool m_logoutPending = false;
    std::vector<std::string> m_heldLogLines;
};

} // namespace routerlab
