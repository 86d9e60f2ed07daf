#include "topology/scenario_runner.h"

#include "router/console_line_exec.h"
#include "topology/lab_file.h"

namespace routerlab {

struct ScenarioRunner::Console {
    std::unique_ptr<cli::CliSession> session;
    std::unique_ptr<ConsoleLineExec> line;
    std::uint64_t logSink = 0;
    Router *router = nullptr;
    bool openedBefore = false; // Return was pressed on this line once already
    bool running = false; // a `start` command still running; its prompt comes when it ends
};

ScenarioRunner::ScenarioRunner(Lab &lab) : m_lab(lab)
{
    // Every console is attached from the start, so log lines of nodes nobody typed at yet
    // still show, as on a lab where all console windows are open.
    for (const std::string &name : m_lab.routerNames())
        console(name);
}

ScenarioRunner::~ScenarioRunner()
{
    for (auto &[name, console] : m_consoles)
        console->router->logger().removeSink(console->logSink);
}

ScenarioRunner::Console &ScenarioRunner::console(const std::string &node)
{
    auto found = m_consoles.find(node);
    if (found != m_consoles.end())
        return *found->second;
    auto console = std::make_unique<Console>();
    console->router = m_lab.router(node);
    console->session = std::make_unique<cli::CliSession>(
        *console->router, [this, node](std::string_view text) { m_transcript.write(node, text); });
    console->logSink = console->router->logger().addSink(
        [this, node](const std::string &line) { m_transcript.writeLogLine(node, line); });
    Console *raw = console.get();
    console->line = std::make_unique<ConsoleLineExec>(
        *console->router, *console->session,
        ConsoleLineExec::Screen{
            [this, node](std::string_view text) { m_transcript.write(node, text); },
            [this, node, raw] { m_transcript.showPrompt(node, raw->session->prompt()); },
            [raw] { raw->line->logOut(); }});
    console->session->setOnLogout([raw] { raw->line->logOut(); });
    return *m_consoles.emplace(node, std::move(console)).first->second;
}

cli::CliSession *ScenarioRunner::session(const std::string &node)
{
    if (!m_lab.router(node))
        return nullptr;
    return console(node).session.get();
}

void ScenarioRunner::recordBoot(const std::map<std::string, std::string> &bootConsoles)
{
    for (const auto &[node, text] : bootConsoles) {
        if (!text.empty())
            m_transcript.write(node, text);
    }
}

void ScenarioRunner::runCommand(const std::string &node, const std::string &command, bool waitForIt)
{
    Console &target = console(node);
    cli::CliSession &session = *target.session;
    if (target.line->waitingForReturn()) {
        // The line is opened with Return before the step is typed. The first time, the Return
        // to the boot's "Press RETURN to get started!" is not shown, as that message is not.
        if (target.openedBefore)
            m_transcript.write(node, "\n");
        target.openedBefore = true;
        target.line->activate();
        if (target.line->waitingForReturn())
            return; // the line refused the login (`login` without a password)
        m_transcript.showPrompt(node, session.prompt());
        if (command.empty())
            return; // the step was the Return itself
    }
    // A password is not echoed.
    m_transcript.typeCommand(node, session.inputHidden() ? std::string() : command);
    if (!session.asking())
        session.remember(command);
    session.execute(command);
    target.line->userTyped();
    if (target.line->waitingForReturn())
        return; // the command ended the EXEC (`exit`, a third wrong password)
    Scheduler &scheduler = m_lab.scheduler();
    const SimTime limit = scheduler.now() + kCommandLimit;
    // Events due now (log lines a command caused) come out before the next prompt.
    scheduler.runUntil(scheduler.now());
    if (!waitForIt && session.busy()) {
        target.running = true;
        return;
    }
    while (session.busy() && scheduler.now() < limit && !scheduler.stopRequested()) {
        if (!scheduler.runNext())
            break;
    }
    m_transcript.showPrompt(node, session.prompt());
}

void ScenarioRunner::run(const std::vector<ScriptStep> &steps, const std::string &scriptName)
{
    for (const ScriptStep &step : steps) {
        // Stopped from outside (SIGINT): the transcript ends where the lab stopped.
        if (m_lab.scheduler().stopRequested())
            return;
        if (step.kind == ScriptStep::Kind::Wait) {
            m_lab.runFor(step.wait);
            showFinishedPrompts();
            continue;
        }
        if (!m_lab.router(step.node))
            throw LabFileError(scriptName, step.line, "", "no router named \"" + step.node + "\" in the lab");
        Console &target = console(step.node);
        if (target.running) {
            // Typing at a console whose command still runs: the line waits for it, as IOS's does.
            Scheduler &scheduler = m_lab.scheduler();
            const SimTime limit = scheduler.now() + kCommandLimit;
            while (target.session->busy() && scheduler.now() < limit && !scheduler.stopRequested() &&
                   scheduler.runNext()) {
            }
            showFinishedPrompts();
        }
        runCommand(step.node, step.command, step.kind == ScriptStep::Kind::Command);
        showFinishedPrompts();
    }
}

void ScenarioRunner::showFinishedPrompts()
{
    for (auto &[node, console] : m_consoles) {
        if (console->running && !console->session->busy()) {
            console->running = false;
            m_transcript.showPrompt(node, console->session->prompt());
        }
    }
}

} // namespace routerlab
