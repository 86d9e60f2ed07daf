#include "cli/command_help.h"

#include "cli/cli_text.h"

#include "cli/command_matcher.h"
#include "cli/command_tree.h"
#include "cli/interface_names.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <span>

namespace routerlab::cli {

namespace {

bool allOf(std::string_view word, bool (*accept)(char))
{
    return std::all_of(word.begin(), word.end(), accept);
}

// Whether a partly typed word could still become a value of the typed token, so that `1?`
// lists <1-65535> and `10.?` lists A.B.C.D as IOS does.
bool couldBecome(TokenKind kind, std::string_view partial)
{
    switch (kind) {
    case TokenKind::Range:
        return allOf(partial.substr(partial.starts_with('-') ? 1 : 0),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    case TokenKind::Ipv4:
        return allOf(partial, [](char c) {
            return c == '.' || std::isdigit(static_cast<unsigned char>(c)) != 0;
        });
    case TokenKind::Mac:
        return allOf(partial, [](char c) {
            return c == '.' || std::isxdigit(static_cast<unsigned char>(c)) != 0;
        });
    case TokenKind::Word:
    case TokenKind::Line:
        return true;
    case TokenKind::Keyword:
    case TokenKind::Interface:
        break;
    }
    return false;
}

std::string trimmed(std::string_view line)
{
    const std::size_t first = line.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const std::size_t last = line.find_last_not_of(" \t\r\n");
    return std::string(line.substr(first, last - first + 1));
}

// Sorted byte-wise, which puts typed tokens (<0-255>, A.B.C.D, WORD, interface types) before
// the lowercase keywords, as IOS lists them; the first help of a repeated token wins.
void sortEntries(std::vector<HelpEntry> &entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const HelpEntry &a, const HelpEntry &b) { return a.token < b.token; });
    entries.erase(std::unique(entries.begin(), entries.end(),
                              [](const HelpEntry &a, const HelpEntry &b) {
                                  return a.token == b.token;
                              }),
                  entries.end());
}

} // namespace

std::string HelpResult::render() const
{
    switch (outcome) {
    case Outcome::Ambiguous:
        return "% Ambiguous command:  \"" + ambiguousText + "\"\n";
    case Outcome::Invalid:
        return "% Invalid input detected at '^' marker.\n";
    case Outcome::Unrecognized:
        return "% Unrecognized command\n";
    case Outcome::Ok:
        break;
    }
    std::string text;
    if (partialWord) {
        for (const HelpEntry &entry : entries)
            text += entry.token + "  ";
        return text + "\n";
    }
    std::size_t width = 0;
    for (const HelpEntry &entry : entries)
        width = std::max(width, entry.token.size());
    for (const HelpEntry &entry : entries) {
        std::string line = "  " + entry.token;
        if (!entry.help.empty())
            line += std::string(width - entry.token.size() + 2, ' ') + entry.help;
        text += line + "\n";
    }
    if (canEnd)
        text += "  <cr>\n";
    return text;
}

HelpResult CommandHelp::help(std::uint32_t root, std::string_view line) const
{
    HelpResult result;
    const std::vector<WordSpan> words = splitWords(line);
    const bool afterSpace = line.empty() || isCliSpace(line.back());
    const std::span<const WordSpan> before =
        afterSpace ? std::span<const WordSpan>(words)
                   : std::span<const WordSpan>(words).first(words.size() - 1);
    const CommandMatcher matcher(m_tree, m_privilege);
    const Walk walk = matcher.walk(root, line, before);
    if (walk.states.empty()) {
        result.outcome = walk.failure == MatchResult::Outcome::Ambiguous
                             ? HelpResult::Outcome::Ambiguous
                             : HelpResult::Outcome::Invalid;
        result.errorOffset = walk.errorOffset;
        if (result.outcome == HelpResult::Outcome::Ambiguous)
            result.ambiguousText = trimmed(line);
        return result;
    }

    if (afterSpace) {
        for (const MatchState &state : walk.states) {
            addNextTokens(matcher, state, result.entries);
            result.canEnd = result.canEnd || matcher.completes(state);
        }
        if (result.entries.empty() && !result.canEnd) {
            result.outcome = HelpResult::Outcome::Unrecognized;
            result.errorOffset = line.size();
        }
    } else {
        result.partialWord = true;
        for (const MatchState &state : walk.states)
            addCompletions(matcher, state, words.back().text, result.entries);
        if (result.entries.empty()) {
            result.outcome = HelpResult::Outcome::Unrecognized;
            result.errorOffset = words.back().offset;
        }
    }
    sortEntries(result.entries);
    return result;
}

void CommandHelp::addNextTokens(const CommandMatcher &matcher, const MatchState &state,
                                std::vector<HelpEntry> &entries) const
{
    if (state.pendingInterface != nullptr) {
        entries.push_back({std::string(state.pendingInterface->numberRange),
                           std::string(state.pendingInterface->numberHelp)});
        return;
    }
    const CommandNode &current = m_tree.node(state.node);
    // LINE keeps swallowing words, so after one the same token is still what comes next.
    if (current.kind == TokenKind::Line)
        entries.push_back({std::string(m_tree.text(current.text)),
                           std::string(m_tree.text(current.help))});
    for (std::uint32_t child : current.children) {
        if (!matcher.visible(child))
            continue;
        const CommandNode &node = m_tree.node(child);
        if (node.kind == TokenKind::Interface) {
            for (const InterfaceType &type : interfaceTypes())
                entries.push_back({std::string(type.name), std::string(type.help)});
            continue;
        }
        entries.push_back(
            {std::string(m_tree.text(node.text)), std::string(m_tree.text(node.help))});
    }
}

void CommandHelp::addCompletions(const CommandMatcher &matcher, const MatchState &state,
                                 std::string_view partial, std::vector<HelpEntry> &entries) const
{
    if (state.pendingInterface != nullptr) {
        if (couldBecome(TokenKind::Range, partial))
            entries.push_back({std::string(state.pendingInterface->numberRange),
                               std::string(state.pendingInterface->numberHelp)});
        return;
    }
    const CommandNode &current = m_tree.node(state.node);
    if (current.kind == TokenKind::Line)
        entries.push_back({std::string(m_tree.text(current.text)),
                           std::string(m_tree.text(current.help))});
    for (std::uint32_t child : current.children) {
        if (!matcher.visible(child))
            continue;
        const CommandNode &node = m_tree.node(child);
        const std::string_view text = m_tree.text(node.text);
        if (node.kind == TokenKind::Keyword) {
            if (startsWithCaseless(text, partial))
                entries.push_back({std::string(text), std::string(m_tree.text(node.help))});
        } else if (node.kind == TokenKind::Interface) {
            // "f" lists FastEthernet; "fa0" still names one type, the one it abbreviates.
            const std::size_t digit = partial.find_first_of("0123456789");
            const std::string_view typePart = partial.substr(0, digit);
            for (const InterfaceType &type : interfaceTypes()) {
                const bool matches = digit == std::string_view::npos
                                         ? startsWithCaseless(type.name, typePart)
                                         : findInterfaceType(typePart) == &type;
                if (matches)
                    entries.push_back({std::string(type.name), std::string(type.help)});
            }
        } else if (couldBecome(node.kind, partial)) {
            entries.push_back({std::string(text), std::string(m_tree.text(node.help))});
        }
    }
}

CompletionResult CommandHelp::complete(std::uint32_t root, std::string_view line) const
{
    CompletionResult result{false, std::string(line), {}};
    if (line.empty() || isCliSpace(line.back()))
        return result;
    const std::vector<WordSpan> words = splitWords(line);
    const CommandMatcher matcher(m_tree, m_privilege);
    const Walk walk =
        matcher.walk(root, line, std::span<const WordSpan>(words).first(words.size() - 1));
    const WordSpan partial = words.back();

    std::string exact;
    std::optional<std::string> interfaceCompletion;
    for (const MatchState &state : walk.states) {
        if (state.pendingInterface != nullptr)
            continue;
        for (std::uint32_t child : m_tree.node(state.node).children) {
            if (!matcher.visible(child))
                continue;
            const CommandNode &node = m_tree.node(child);
            const std::string_view text = m_tree.text(node.text);
            if (node.kind == TokenKind::Keyword && startsWithCaseless(text, partial.text)) {
                result.candidates.emplace_back(text);
                if (text.size() == partial.text.size())
                    exact = text;
            } else if (node.kind == TokenKind::Interface) {
                // A whole name gets its canonical spelling and a space; a bare type only its
                // full name, since the number follows it directly.
                if (std::optional<std::string> name = canonicalInterfaceName(partial.text))
                    interfaceCompletion = *name + " ";
                else if (partial.text.find_first_of("0123456789") == std::string_view::npos)
                    if (const InterfaceType *type = findInterfaceType(partial.text))
                        interfaceCompletion = std::string(type->name);
            }
        }
    }
    std::sort(result.candidates.begin(), result.candidates.end());
    result.candidates.erase(std::unique(result.candidates.begin(), result.candidates.end()),
                            result.candidates.end());

    std::string completion;
    if (!exact.empty())
        completion = exact + " ";
    else if (result.candidates.size() == 1)
        completion = result.candidates.front() + " ";
    else if (result.candidates.empty() && interfaceCompletion)
        completion = *interfaceCompletion;
    if (completion.empty())
        return result;
    result.completed = true;
    result.line = std::string(line.substr(0, partial.offset)) + completion;
    return result;
}

} // namespace routerlab::cli
