#pragma once

#include "core/timer.h"

#include <chrono>
#include <functional>
#include <string>
#include <string_view>

namespace routerlab {

namespace cli {
class CliSession;
}
class Router;

// The EXEC on a router's console line as IOS runs it. The line waits for Return ("Press RETURN
// to get started"); Return starts an EXEC, which first checks who is there as `line con 0`'s
// `login` says: IOS's "User Access Verification" with the line password (`login`) or a name
// and password of the local user database (`login local`). Three failed tries, or 30 s without
// an answer three times (IOS's `timeout login response`), end it; so does `login` with no
// password to check. A running EXEC ends with `exit`, or after `exec-timeout` of idle time at
// the prompt; then the line says "con0 is now available" and waits for Return again.
//
// It works on lines of text, so the keystroke console (console/console_session.h) and the
// scenario runner's consoles (topology/scenario_runner.h) share it; each shows the text on its
// own screen. Questions (Username:, Password:) are CliSession questions, so the next line typed
// answers them and a password is not echoed.
class ConsoleLineExec {
public:
    // IOS's default `timeout login response`.
    static constexpr SimDuration kLoginResponseTimeout = std::chrono::seconds(30);
    static constexpr int kLoginAttempts = 3;

    // What the line needs from whoever shows it.
    struct Screen {
        // Text for the terminal, "\n" line ends.
        std::function<void(std::string_view text)> write;
        // A login question was asked again while no command ran (its answer timed out): show
        // the prompt, dropping what was typed.
        std::function<void()> showPrompt;
        // The EXEC must end while no command runs (exec-timeout, a login that timed out or
        // cannot start): tidy the screen and call logOut(). Inside a command the line asks
        // through CliSession::logout() instead, as `exit` does.
        std::function<void()> endSession;
    };

    ConsoleLineExec(Router &router, cli::CliSession &session, Screen screen);
    ConsoleLineExec(const ConsoleLineExec &) = delete;
    ConsoleLineExec &operator=(const ConsoleLineExec &) = delete;

    bool waitingForReturn() const { return m_state == State::WaitingForReturn; }
    bool loggingIn() const { return m_state == State::LoggingIn; }

    // The router (re)booted: the line waits for Return, nothing is running on it.
    void reset();
    // Return on a line waiting for it: an EXEC starts, with the login dialogue when the line
    // asks for one. Afterwards the session's prompt is what to show, unless the line is already
    // waiting for Return again (a `login` without a password).
    void activate();
    // The user typed: the idle count of `exec-timeout` starts again, from the line's current
    // setting (so `exec-timeout 0 1` counts from the Return that entered it).
    void userTyped();
    // Ends the EXEC: the session goes back to user EXEC at level 1 out of every mode and
    // question, and the line prints IOS's "con0 is now available" and waits for Return.
    void logOut();

private:
    enum class State { WaitingForReturn, LoggingIn, Exec };

    void askPassword();
    void askUsername();
    void askLocalPassword(const std::string &name);
    void answered(bool accepted, int privilege, const std::string &user);
    void startLoginTimer(const char *question);
    void loginTimedOut(const std::string &question);
    // Counts a failed try: asks again (false), or, the tries used up, says so (true).
    bool failedAttempt();
    void startExec(int privilege, const std::string &user);
    void restartExecTimer();
    void execTimedOut();

    Router &m_router;
    cli::CliSession &m_session;
    Screen m_screen;
    State m_state = State::WaitingForReturn;
    int m_failedAttempts = 0;
    Timer m_execTimer;
    Timer m_loginTimer;
};

} // namespace routerlab
