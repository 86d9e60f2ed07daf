#include "cli/cli_session.h"

#include "cli/command_tree.h"

#include <algorithm>

namespace routerlab::cli {

void installDoCommand(CommandTree &tree)
{
    tree.installInEveryConfigMode(
        "do <command:LINE>", {"To run exec commands in config mode", "Exec Command"},
        [](CommandContext &context) {
            const std::string command = context.arguments().get<std::string>("command");
            const std::size_t offset = context.typedLine.rfind(command);
            context.session->executeExec(context.typedLine, offset);
        });
}

CliSession::CliSession(CliHost &host, Output output) : m_host(host), m_output(std::move(output))
{
    m_modes.push_back(ModeFrame{"exec", {}});
}

void CliSession::ask(std::string question, Answer answer, bool hidden)
{
    m_questions.push_back(Question{std::move(question), std::move(answer), hidden});
}

std::string CliSession::prompt() const
{
    if (!m_questions.empty())
        return m_questions.back().text;
    const ModeInfo *info = m_host.commandTree().findMode(mode());
    const std::string suffix = info ? info->promptSuffix : "";
    return m_host.hostname() + suffix + (m_privilege > 1 ? "#" : ">");
}

void CliSession::enterMode(std::string mode, std::string target)
{
    // Entering a sibling mode (interface after interface) replaces the current one.
    const ModeInfo *info = m_host.commandTree().findMode(mode);
    const std::string parent = info ? info->parent : "config";
    while (m_modes.size() > 1 && m_modes.back().name != parent)
        m_modes.pop_back();
    m_modes.push_back(ModeFrame{std::move(mode), std::move(target)});
}

void CliSession::exitMode()
{
    if (m_modes.size() > 1)
        m_modes.pop_back();
}

void CliSession::endConfig() { m_modes.resize(1); }

void CliSession::release()
{
    if (m_holds == 0 || --m_holds > 0)
        return;
    m_interrupt = nullptr;
    finishFilter();
    if (m_onIdle)
        m_onIdle();
}

bool CliSession::interrupt()
{
    if (!busy() || !m_interrupt)
        return false;
    // Copied: the command may finish, and release the session, from inside.
    const std::function<void()> interrupt = m_interrupt;
    interrupt();
    return true;
}

void CliSession::remember(const std::string &line)
{
    constexpr std::size_t kHistorySize = 10;
    history.push_back(line);
    if (history.size() > kHistorySize)
        history.erase(history.begin());
}

void CliSession::help(std::string_view lineBeforeQuestionMark)
{
    const CommandTree &tree = m_host.commandTree();
    HelpResult result = tree.help(mode(), lineBeforeQuestionMark, m_privilege);
    if (result.outcome == HelpResult::Outcome::Invalid) {
        ++m_errors;
        write(std::string(prompt().size() + result.errorOffset, ' ') + "^\n");
    }
    const bool emptyLine =
        lineBeforeQuestionMark.find_first_not_of(' ') == std::string_view::npos;
    if (emptyLine && result.outcome == HelpResult::Outcome::Ok) {
        if (const ModeInfo *info = tree.findMode(mode()); info && !info->helpHeader.empty())
            write(info->helpHeader + "\n");
    }
    // A complete show command may be followed by a pipe, and '?' says so.
    if (result.outcome == HelpResult::Outcome::Ok && result.canEnd && !result.partialWord) {
        const MatchResult command = tree.match(mode(), lineBeforeQuestionMark, m_privilege);
        if (command.outcome == MatchResult::Outcome::Ok && !command.tokens.empty() &&
            (command.tokens.front().value == "show" || command.tokens.front().value == "more"))
            result.entries.push_back({"|", "Output modifiers"});
    }
    write(result.render());
    // IOS leaves a blank line before it shows the prompt and the line again.
    if (result.outcome == HelpResult::Outcome::Ok)
        write("\n");
}

std::string CliSession::complete(std::string_view line) const
{
    return m_host.commandTree().complete(mode(), line, m_privilege).line;
}

void CliSession::write(std::string_view text)
{
    if (!m_filter) {
        m_output(text);
        return;
    }
    const std::string passed = m_filter->feed(text);
    if (!passed.empty())
        m_output(passed);
}

void CliSession::finishFilter()
{
    if (!m_filter)
        return;
    const std::unique_ptr<OutputFilter> filter = std::move(m_filter);
    const std::string rest = filter->flush();
    if (!rest.empty())
        m_output(rest);
}

void CliSession::execute(std::string_view line)
{
    if (!m_questions.empty()) {
        Question question = std::move(m_questions.back());
        m_questions.pop_back();
        question.answer(std::string(line));
        return;
    }
    if (!line.empty() && line.back() == '?') {
        help(line.substr(0, line.size() - 1));
        return;
    }
    const std::optional<Pipe> pipe = findPipe(line);
    if (!pipe) {
        run(line);
        return;
    }
    const std::string_view command = line.substr(0, pipe->pipeOffset);
    const MatchResult result = m_host.commandTree().match(mode(), command, m_privilege);
    if (result.outcome != MatchResult::Outcome::Ok) {
        run(command); // reports what is wrong with the command itself
        return;
    }
    const std::string &first = result.tokens.front().value;
    if (first == "do") {
        run(line); // the pipe belongs to the exec command `do` runs
        return;
    }
    if (first != "show" && first != "more") {
        ++m_errors;
        reportInvalidAt(line, pipe->pipeOffset);
        return;
    }
    OutputFilter::Kind kind;
    if (pipe->keyword.empty() ||
        (OutputFilter::kindFromKeyword(pipe->keyword, kind) && pipe->pattern.empty())) {
        ++m_errors;
        write("% Incomplete command.\n\n");
        return;
    }
    if (!OutputFilter::kindFromKeyword(pipe->keyword, kind)) {
        ++m_errors;
        reportInvalidAt(line, pipe->keywordOffset);
        return;
    }
    try {
        m_filter = std::make_unique<OutputFilter>(kind, pipe->pattern);
    } catch (const std::regex_error &) {
        ++m_errors;
        write("% Invalid regular expression\n");
        return;
    }
    run(command);
    if (!busy())
        finishFilter();
}

std::optional<CliSession::Pipe> CliSession::findPipe(std::string_view line)
{
    // IOS takes the first '|' that starts a word; a '|' inside a word is part of it.
    std::size_t bar = line.find('|');
    while (bar != std::string_view::npos && bar > 0 && line[bar - 1] != ' ')
        bar = line.find('|', bar + 1);
    if (bar == std::string_view::npos)
        return std::nullopt;
    Pipe pipe;
    pipe.pipeOffset = bar;
    std::size_t at = line.find_first_not_of(' ', bar + 1);
    if (at == std::string_view::npos)
        return pipe;
    const std::size_t keywordEnd = std::min(line.find(' ', at), line.size());
    pipe.keywordOffset = at;
    pipe.keyword = std::string(line.substr(at, keywordEnd - at));
    at = line.find_first_not_of(' ', keywordEnd);
    if (at != std::string_view::npos)
        pipe.pattern = std::string(line.substr(at));
    return pipe;
}

void CliSession::executeExec(std::string_view line, std::size_t commandOffset)
{
    const std::vector<ModeFrame> saved = m_modes;
    const std::optional<std::size_t> savedBase = m_markerBase;
    m_markerBase = (savedBase ? *savedBase : prompt().size()) + commandOffset;
    m_modes.resize(1);
    execute(line.substr(commandOffset));
    m_modes = saved;
    m_markerBase = savedBase;
}

void CliSession::run(std::string_view line)
{
    const CommandTree &tree = m_host.commandTree();
    MatchResult result = tree.match(mode(), line, m_privilege);
    if (result.outcome == MatchResult::Outcome::Empty)
        return;
    if (result.outcome != MatchResult::Outcome::Ok && inConfiguration()) {
        // IOS tries the enclosing modes: `router ospf 1` typed in interface mode leaves it.
        for (std::size_t depth = m_modes.size() - 1; depth-- > 1;) {
            MatchResult outer = tree.match(m_modes[depth].name, line, m_privilege);
            if (outer.outcome == MatchResult::Outcome::Ok) {
                m_modes.resize(depth + 1);
                result = std::move(outer);
                break;
            }
        }
    }
    if (result.outcome != MatchResult::Outcome::Ok) {
        reportError(line, static_cast<int>(result.outcome), result.errorOffset,
                    result.ambiguousText);
        return;
    }
    CommandContext context;
    context.tokens = std::move(result.tokens);
    context.signature = result.signature;
    context.session = this;
    context.typedLine = line;
    (*result.handler)(context);
}

void CliSession::reportError(std::string_view line, int outcome, std::size_t offset,
                             const std::string &ambiguous)
{
    ++m_errors;
    switch (static_cast<MatchResult::Outcome>(outcome)) {
    case MatchResult::Outcome::Incomplete:
        write("% Incomplete command.\n\n");
        return;
    case MatchResult::Outcome::Ambiguous:
        write("% Ambiguous command:  \"" + ambiguous + "\"\n");
        return;
    default:
        break;
    }
    const std::size_t first = line.find_first_not_of(' ');
    const std::size_t last = line.find_last_not_of(' ');
    const bool singleWord = first != std::string_view::npos &&
                            line.substr(first, last - first + 1).find(' ') == std::string_view::npos;
    if (!inConfiguration() && !m_replaying && !m_markerBase && offset == first && singleWord) {
        // An unknown exec word is taken for a host to telnet to.
        const std::string word(line.substr(offset));
        // Without lookups IOS still names the word it tried, before giving up on it.
        write("Translating \"" + word + "\"" +
              (m_host.domainLookup() ? "...domain server (255.255.255.255)" : "") + "\n");
        write("% Unknown command or computer name, or unable to find computer address\n");
        return;
    }
    reportInvalidAt(line, offset);
}

void CliSession::reportInvalidAt(std::string_view line, std::size_t offset)
{
    if (m_replaying)
        write(std::string(line) + "\n" + std::string(offset, ' ') + "^\n");
    else
        write(std::string(m_markerBase.value_or(prompt().size()) + offset, ' ') + "^\n");
    write("% Invalid input detected at '^' marker.\n\n");
}

} // namespace routerlab::cli
