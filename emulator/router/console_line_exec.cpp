#include "router/console_line_exec.h"

#include "cli/cli_session.h"
#include "router/router.h"

namespace routerlab {

ConsoleLineExec::ConsoleLineExec(Router &router, cli::CliSession &session, Screen screen)
    : m_router(router),
      m_session(session),
      m_screen(std::move(screen)),
      m_execTimer(router.scheduler()),
      m_loginTimer(router.scheduler())
{
}

void ConsoleLineExec::reset()
{
    m_execTimer.stop();
    m_loginTimer.stop();
    m_session.cancelQuestions();
    m_session.endConfig();
    m_session.setPrivilege(1);
    m_session.user.clear();
    m_state = State::WaitingForReturn;
}

void ConsoleLineExec::activate()
{
    m_failedAttempts = 0;
    m_state = State::LoggingIn;
    const LineConfig &line = m_router.consoleLine();
    switch (line.login) {
    case LineLogin::None:
        startExec(1, {});
        return;
    case LineLogin::Password:
        if (line.password.empty()) {
            // IOS lets nobody in rather than everybody: `login` with nothing to check locks
            // the line until a configuration sets a password (password recovery, on a real
            // box).
            m_screen.write("\nPassword required, but none set\n");
            m_screen.endSession();
            return;
        }
        m_screen.write("\nUser Access Verification\n\n");
        askPassword();
        return;
    case LineLogin::Local:
        m_screen.write("\nUser Access Verification\n\n");
        askUsername();
        return;
    }
}

void ConsoleLineExec::askPassword()
{
    m_session.ask(
        "Password: ",
        [this](const std::string &answer) {
            answered(answer == m_router.consoleLine().password, 1, {});
        },
        true);
    startLoginTimer("Password: ");
}

void ConsoleLineExec::askUsername()
{
    m_session.ask("Username: ", [this](const std::string &name) {
        m_loginTimer.stop();
        // Return alone asks again without counting a try.
        if (name.empty())
            askUsername();
        else
            askLocalPassword(name);
    });
    startLoginTimer("Username: ");
}

void ConsoleLineExec::askLocalPassword(const std::string &name)
{
    m_session.ask(
        "Password: ",
        [this, name](const std::string &password) {
            const std::optional<int> privilege = m_router.global().users.verify(name, password);
            answered(privilege.has_value(), privilege.value_or(1), name);
        },
        true);
    startLoginTimer("Password: ");
}

void ConsoleLineExec::answered(bool accepted, int privilege, const std::string &user)
{
    m_loginTimer.stop();
    if (accepted) {
        startExec(privilege, user);
        return;
    }
    // `login local` says the same for an unknown name and a wrong password; `login` says
    // nothing until the last try.
    if (m_router.consoleLine().login == LineLogin::Local)
        m_screen.write("% Login invalid\n\n");
    if (failedAttempt())
        m_session.logout(); // after the answer's output, as `exit` does
}

void ConsoleLineExec::startLoginTimer(const char *question)
{
    m_loginTimer.start(kLoginResponseTimeout, [this, question] { loginTimedOut(question); });
}

void ConsoleLineExec::loginTimedOut(const std::string &question)
{
    if (m_state != State::LoggingIn || !m_router.poweredOn())
        return;
    m_session.cancelQuestions();
    // "% Password:  timeout expired!": IOS puts the question, trailing blank and all, into it.
    m_screen.write("\n% " + question + " timeout expired!\n");
    if (failedAttempt())
        m_screen.endSession();
    else
        m_screen.showPrompt();
}

bool ConsoleLineExec::failedAttempt()
{
    if (++m_failedAttempts < kLoginAttempts) {
        if (m_router.consoleLine().login == LineLogin::Local)
            askUsername();
        else
            askPassword();
        return false;
    }
    if (m_router.consoleLine().login == LineLogin::Password)
        m_screen.write("% Bad passwords\n");
    return true;
}

void ConsoleLineExec::startExec(int privilege, const std::string &user)
{
    m_loginTimer.stop();
    m_state = State::Exec;
    m_session.setPrivilege(privilege);
    m_session.user = user;
    restartExecTimer();
}

void ConsoleLineExec::userTyped()
{
    if (m_state == State::Exec)
        restartExecTimer();
}

void ConsoleLineExec::restartExecTimer()
{
    const LineConfig &line = m_router.consoleLine();
    const auto timeout = std::chrono::minutes(line.execTimeoutMinutes) +
                         std::chrono::seconds(line.execTimeoutSeconds);
    if (m_state != State::Exec || timeout.count() <= 0) {
        m_execTimer.stop();
        return;
    }
    m_execTimer.start(timeout, [this] { execTimedOut(); });
}

void ConsoleLineExec::execTimedOut()
{
    if (m_state != State::Exec || !m_router.poweredOn())
        return;
    // IOS counts idle time at the prompt, not while a command (a long ping) holds the line.
    if (m_session.busy()) {
        restartExecTimer();
        return;
    }
    m_screen.endSession();
}

void ConsoleLineExec::logOut()
{
    reset();
    m_screen.write("\n\n" + m_router.hostname() +
                   " con0 is now available\n\n\n\n\nPress RETURN to get started.\n");
}

} // namespace routerlab
