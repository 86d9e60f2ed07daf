#pragma once

#include "cli/command_context.h"
#include "cli/output_filter.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace routerlab::cli {

class CommandTree;

// What a session runs against: the router (or a test double). The command tree is shared and
// immutable; everything per-node comes from the host.
class CliHost {
public:
    virtual ~CliHost() = default;
    virtual std::string hostname() const = 0;
    virtual const CommandTree &commandTree() const = 0;
    // Whether an unknown exec word should be tried as a host name (`ip domain lookup`).
    virtual bool domainLookup() const { return false; }
    // False while the box is switched off: its console line is dead and ignores typing.
    virtual bool poweredOn() const { return true; }
};

// `do LINE` in every configuration mode, those the tree declares later included: runs LINE as an
// exec command (CliSession::executeExec).
void installDoCommand(CommandTree &tree);

// What `terminal ...` sets for one session; the console code pages and echoes by it.
struct TerminalSettings {
    int length = 24;   // `terminal length 0` turns paging off
    int width = 80;
    bool monitor = false; // vty sessions see log and debug output only with `terminal monitor`
};

// One user (or a startup-config replay) at a command line: privilege, the mode stack and the
// matching of typed lines against the host's command tree, with IOS's error messages.
class CliSession {
public:
    using Output = std::function<void(std::string_view text)>;

    CliSession(CliHost &host, Output output);

    CliHost &host() { return m_host; }
    int privilege() const { return m_privilege; }
    void setPrivilege(int privilege) { m_privilege = privilege; }
    const std::string &mode() const { return m_modes.back().name; }
    const std::string &modeTarget() const { return m_modes.back().target; }
    // The hostname, the prompt of the mode as the host's tree declares it, and '>' at levels 0
    // and 1, '#' above (a `username ... privilege 7` user sees '#' too, as on IOS).
    std::string prompt() const;

    // A mode the tree does not declare gets no prompt fragment and counts as a child of config.
    void enterMode(std::string mode, std::string target = {});
    void exitMode();   // one level up; from global configuration back to exec
    void endConfig();  // straight back to exec (`end`, Ctrl-Z)
    bool inConfiguration() const { return m_modes.size() > 1; }

    // Runs one typed line; output (and errors) go to the session's output. A line ending in
    // '?' asks for help instead, as the key does at a console. A trailing
    // `| include|exclude|begin|section REGEX` on a show command filters what the command
    // writes, including what a held command writes later, until it releases the session.
    void execute(std::string_view line);
    // `do ...` in a configuration mode: `line` (the whole typed line) from `commandOffset` on
    // runs as an exec command at the session's privilege; the mode stays as it was and error
    // markers point into the line as typed.
    void executeExec(std::string_view line, std::size_t commandOffset);
    // What '?' prints after `lineBeforeQuestionMark`.
    void help(std::string_view lineBeforeQuestionMark);
    // Tab: the line with its last word completed (unchanged when it is not unique).
    std::string complete(std::string_view line) const;
    // Everything a command prints goes through here (and through a pipe's filter, if any).
    void write(std::string_view text);
    // IOS's marker under the offending word of the line being executed, for errors a handler
    // finds (an interface the chassis does not have).
    void reportInvalidAt(std::string_view line, std::size_t offset);

    // A command that asks something (extended ping's "Target IP address:", enable's
    // "Password:") registers the question; the next line typed answers it instead of running
    // as a command. While a question is open, prompt() is the question.
    using Answer = std::function<void(const std::string &answer)>;
    void ask(std::string question, Answer answer, bool hidden = false);
    bool asking() const { return !m_questions.empty(); }
    // Whether what is typed now must not be echoed (passwords).
    bool inputHidden() const { return asking() && m_questions.back().hidden; }
    // Drops unanswered questions (Ctrl-C, exec-timeout, a console going away).
    void cancelQuestions() { m_questions.clear(); }

    // A command that takes time (ping) holds the session until it is done; the console shows
    // no prompt and takes no command meanwhile.
    void hold() { ++m_holds; }
    void release();
    bool busy() const { return m_holds > 0; }
    // `exit`, `logout`, `quit` at the exec prompt: the terminal (the console line, a vty) ends
    // the session once the command's output is out. Nothing happens where nobody listens (a
    // startup config replay).
    void setOnLogout(std::function<void()> onLogout) { m_onLogout = std::move(onLogout); }
    void logout()
    {
        if (m_onLogout)
            m_onLogout();
    }

    // How a held command stops early (ping and traceroute stop at IOS's escape sequence,
    // Ctrl-^); forgotten when the session is released.
    void setInterrupt(std::function<void()> interrupt) { m_interrupt = std::move(interrupt); }
    // The escape sequence: false when no held command can be interrupted.
    bool interrupt();
    void setOnIdle(std::function<void()> onIdle) { m_onIdle = std::move(onIdle); }

    TerminalSettings terminal;
    // Who logged in (`login local`), for `show users`; empty when the line asked no name.
    std::string user;
    // Lines this session ran, newest last, for `show history` (IOS keeps the last ten).
    std::vector<std::string> history;
    void remember(const std::string &line);

    // Startup-config replay: errors echo the offending line instead of a prompt.
    void setReplaying(bool replaying) { m_replaying = replaying; }
    bool replaying() const { return m_replaying; }
    std::size_t errorCount() const { return m_errors; }

private:
    struct ModeFrame {
        std::string name;
        std::string target;
    };
    void reportError(std::string_view line, int outcome, std::size_t offset,
                     const std::string &ambiguous);
    void run(std::string_view line);
    // "show run | include x" split at the pipe; keyword and pattern are empty when not typed.
    struct Pipe {
        std::size_t pipeOffset = 0;
        std::size_t keywordOffset = 0;
        std::string keyword;
        std::string pattern;
    };
    static std::optional<Pipe> findPipe(std::string_view line);
    void finishFilter();

    CliHost &m_host;
    Output m_output;
    int m_privilege = 1;
    std::vector<ModeFrame> m_modes;
    int m_holds = 0;
    bool m_replaying = false;
    std::size_t m_errors = 0;
    std::function<void()> m_onIdle;
    std::function<void()> m_interrupt;
    std::function<void()> m_onLogout;
    struct Question {
        std::string text;
        Answer answer;
        bool hidden;
    };
    std::vector<Question> m_questions;
    std::unique_ptr<OutputFilter> m_filter;
    // During `do`: the marker column of the typed line's first character (the config prompt).
    std::optional<std::size_t> m_markerBase;
};

} // namespace routerlab::cli
