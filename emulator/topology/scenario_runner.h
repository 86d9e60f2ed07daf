#pragma once

#include "cli/cli_session.h"
#include "topology/console_transcript.h"
#include "topology/lab.h"
#include "topology/scenario_script.h"

#include <map>
#include <memory>

namespace routerlab {

// Plays a scenario script against a lab in virtual time: one console session per router, log
// lines where they would appear, a command that takes time (ping) holding its console while
// the clock runs, exactly as a user at each console would see it. Each console's line lives
// as on IOS (router/console_line_exec.h): a step typed at a line waiting for Return presses
// Return first (an empty step is that Return alone), so a `login` line's first step answers
// "Password:" (not echoed), and `exit`, `exec-timeout` or three failed logins leave the line
// at "Press RETURN to get started."
class ScenarioRunner {
public:
    // The longest a single command may hold its console before the runner gives up on it.
    static constexpr SimDuration kCommandLimit = std::chrono::hours(1);

    explicit ScenarioRunner(Lab &lab);
    ~ScenarioRunner();

    // Boot output (config errors) goes into the transcript under each node.
    void recordBoot(const std::map<std::string, std::string> &bootConsoles);
    // Runs the steps; throws LabFileError for a step naming an unknown node.
    void run(const std::vector<ScriptStep> &steps, const std::string &scriptName);
    // Types `command` at `node`'s console; unless `waitForIt` is false (a script's `start`),
    // lab time runs until the command finishes.
    void runCommand(const std::string &node, const std::string &command, bool waitForIt = true);

    ConsoleTranscript &transcript() { return m_transcript; }
    cli::CliSession *session(const std::string &node);

private:
    void showFinishedPrompts();
    struct Console;
    Console &console(const std::string &node);

    Lab &m_lab;
    ConsoleTranscript m_transcript;
    std::map<std::string, std::unique_ptr<Console>> m_consoles;
};

} // namespace routerlab
