#include "cli/cli_session.h"

#include "cli/command_tree.h"

#include <array>

namespace routerlab::cli {
namespace {

// Every mode IOS 12.x has that routerlab knows; constant, so it is shared, not global state.
const std::array kModes = {
    ModeInfo{"exec", "", ""},
    ModeInfo{"config", "(config)", "exec"},
    ModeInfo{"config-if", "(config-if)", "config"},
    ModeInfo{"config-subif", "(config-subif)", "config"},
    ModeInfo{"config-line", "(config-line)", "config"},
    ModeInfo{"config-router", "(config-router)", "config"},
    ModeInfo{"config-isakmp", "(config-isakmp)", "config"},
    ModeInfo{"config-crypto-map", "(config-crypto-map)", "config"},
    ModeInfo{"config-std-nacl", "(config-std-nacl)", "config"},
    ModeInfo{"config-ext-nacl", "(config-ext-nacl)", "config"},
};

} // namespace

const ModeInfo *findMode(std::string_view name)
{
    for (const ModeInfo &mode : kModes) {
        if (mode.name == name)
            return &mode;
    }
    return nullptr;
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
    const ModeInfo *info = findMode(mode());
    const std::string suffix = info ? info->promptSuffix : "";
    return m_host.hostname() + suffix + (m_privilege >= 15 ? "#" : ">");
}

void CliSession::enterMode(std::string mode, std::string target)
{
    // Entering a sibling mode (interface after interface) replaces the current one.
    const ModeInfo *info = findMode(mode);
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
    if (m_holds > 0 && --m_holds == 0 && m_onIdle)
        m_onIdle();
}

void CliSession::help(std::string_view lineBeforeQuestionMark)
{
    const HelpResult result = m_host.commandTree().help(mode(), lineBeforeQuestionMark, m_privilege);
    if (result.outcome == HelpResult::Outcome::Invalid) {
        ++m_errors;
        write(std::string(prompt().size() + result.errorOffset, ' ') + "^\n");
    }
    write(result.render());
}

std::string CliSession::complete(std::string_view line) const
{
    return m_host.commandTree().complete(mode(), line, m_privilege).line;
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
        reportError(line, static_cast<int>(result.outcome), result.errorOffset, result.ambiguousText);
        return;
    }
    CommandContext context;
    context.tokens = std::move(result.tokens);
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
    if (!inConfiguration() && !m_replaying && offset == first && singleWord) {
        // An unknown exec word is taken for a host to telnet to.
        const std::string word(line.substr(offset));
        if (m_host.domainLookup())
            write("Translating \"" + word + "\"...domain server (255.255.255.255)\n");
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
        write(std::string(prompt().size() + offset, ' ') + "^\n");
    write("% Invalid input detected at '^' marker.\n\n");
}

} // namespace routerlab::cli
