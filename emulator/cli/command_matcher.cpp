#include "cli/command_matcher.h"

#include "cli/cli_text.h"

#include "cli/command_tree.h"
#include "net/ipv4_address.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>

namespace routerlab::cli {

namespace {

// How well a word matched a token; lower is better, and only the best kind at a word survives.
enum class Quality { ExactKeyword, PartialKeyword, Typed, Word, Line };

struct Transition {
    std::size_t from = 0; // index of the state it leaves
    std::uint32_t node = 0;
    Quality quality = Quality::Word;
    std::size_t consumed = 1; // words
    MatchedToken token;
    const InterfaceType *pendingInterface = nullptr;
};

bool inRange(std::string_view word, std::int64_t low, std::int64_t high)
{
    if (word.empty() || (word.front() == '-' ? low >= 0 : !std::isdigit(
                                                             static_cast<unsigned char>(word[0]))))
        return false;
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(word.data(), word.data() + word.size(), value);
    return error == std::errc() && end == word.data() + word.size() && value >= low &&
           value <= high;
}

// IOS's H.H.H: three dot-separated groups of one to four hex digits. The value is written back
// with each group padded ("0.c07.ac01" -> "0000.0c07.ac01") so MacAddress::parse takes it.
std::optional<std::string> parseCiscoMac(std::string_view word)
{
    std::string normalized;
    int groups = 0;
    std::size_t position = 0;
    while (groups < 3) {
        const std::size_t start = position;
        while (position < word.size() && std::isxdigit(static_cast<unsigned char>(word[position])))
            ++position;
        const std::size_t digits = position - start;
        if (digits == 0 || digits > 4)
            return std::nullopt;
        if (groups > 0)
            normalized += '.';
        normalized.append(4 - digits, '0');
        for (char c : word.substr(start, digits))
            normalized += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        ++groups;
        if (groups < 3) {
            if (position >= word.size() || word[position] != '.')
                return std::nullopt;
            ++position;
        }
    }
    if (position != word.size())
        return std::nullopt;
    return normalized;
}

bool isLettersOnly(std::string_view word)
{
    return std::none_of(word.begin(), word.end(),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// What word i does at one token of the tree, or nullopt when it does not fit there.
// `abbreviable` is false for keywords only hidden commands use: they must be typed in full.
std::optional<Transition> matchToken(const CommandTree &tree, std::uint32_t child, bool abbreviable,
                                     std::string_view line, std::span<const WordSpan> words,
                                     std::size_t i, bool &badInterfaceNumber)
{
    const std::size_t count = words.size();
    const std::string_view word = words[i].text;
    const CommandNode &node = tree.node(child);
    MatchedToken token{node.kind, std::string(word), std::string(tree.argumentName(node))};
    Transition t{0, child, Quality::Typed, 1, std::move(token), nullptr};
    switch (node.kind) {
    case TokenKind::Keyword: {
        const std::string_view keyword = tree.text(node.text);
        if (!startsWithCaseless(keyword, word))
            return std::nullopt;
        if (keyword.size() == word.size())
            t.quality = Quality::ExactKeyword;
        else if (abbreviable)
            t.quality = Quality::PartialKeyword;
        else
            return std::nullopt;
        t.token.value = std::string(keyword);
        break;
    }
    case TokenKind::Range:
        if (!inRange(word, node.rangeMin, node.rangeMax))
            return std::nullopt;
        break;
    case TokenKind::Ipv4:
        if (!Ipv4Address::parse(word))
            return std::nullopt;
        break;
    case TokenKind::Mac: {
        std::optional<std::string> mac = parseCiscoMac(word);
        if (!mac)
            return std::nullopt;
        t.token.value = std::move(*mac);
        break;
    }
    case TokenKind::Word:
        t.quality = Quality::Word;
        break;
    case TokenKind::Line:
        t.quality = Quality::Line;
        t.consumed = count - i;
        t.token.value = std::string(line.substr(words[i].offset));
        break;
    case TokenKind::Interface: {
        if (std::optional<std::string> name = canonicalInterfaceName(word)) {
            t.token.value = std::move(*name);
            break;
        }
        const InterfaceType *type = isLettersOnly(word) ? findInterfaceType(word) : nullptr;
        if (type == nullptr)
            return std::nullopt;
        if (i + 1 == count) {
            t.pendingInterface = type;
            t.token.value = std::string(type->name);
            break;
        }
        if (!isInterfaceNumber(*type, words[i + 1].text)) {
            badInterfaceNumber = true;
            return std::nullopt;
        }
        t.consumed = 2;
        t.token.value = std::string(type->name) + std::string(words[i + 1].text);
        break;
    }
    }
    return t;
}

} // namespace

std::vector<WordSpan> splitWords(std::string_view line)
{
    std::vector<WordSpan> words;
    std::size_t i = 0;
    while (i < line.size()) {
        if (isCliSpace(line[i])) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (i < line.size() && !isCliSpace(line[i]))
            ++i;
        words.push_back(WordSpan{start, line.substr(start, i - start)});
    }
    return words;
}

bool CommandMatcher::usable(std::uint32_t node) const
{
    return m_tree.node(node).minPrivilege <= m_privilege;
}

bool CommandMatcher::visible(std::uint32_t node) const
{
    return m_tree.node(node).minVisiblePrivilege <= m_privilege;
}

bool CommandMatcher::completes(const MatchState &state) const
{
    const CommandNode &node = m_tree.node(state.node);
    return state.pendingInterface == nullptr && node.command >= 0 &&
           m_tree.command(node.command).privilege <= m_privilege;
}

Walk CommandMatcher::walk(std::uint32_t root, std::string_view line,
                          std::span<const WordSpan> words) const
{
    const std::size_t count = words.size();
    // Readings are grouped by how many words they consumed: an interface typed as two words
    // ("fa 0/0") and LINE move a reading ahead by more than one.
    std::vector<std::vector<MatchState>> consumed(count + 1);
    consumed[0].push_back(MatchState{root, {}, nullptr});

    Walk walk;
    std::size_t errorWord = 0;
    bool failed = false;
    const auto fail = [&](MatchResult::Outcome outcome, std::size_t word) {
        const bool later = !failed || word > errorWord;
        const bool ambiguousWins = word == errorWord && outcome == MatchResult::Outcome::Ambiguous;
        if (later || ambiguousWins) {
            walk.failure = outcome;
            errorWord = word;
        }
        failed = true;
    };

    for (std::size_t i = 0; i < count; ++i) {
        const std::vector<MatchState> &states = consumed[i];
        if (states.empty())
            continue;
        std::vector<Transition> found;
        bool badInterfaceNumber = false;
        for (std::size_t s = 0; s < states.size(); ++s) {
            for (std::uint32_t child : m_tree.node(states[s].node).children) {
                if (!usable(child))
                    continue;
                std::optional<Transition> t = matchToken(m_tree, child, visible(child), line,
                                                         words, i, badInterfaceNumber);
                if (!t)
                    continue;
                t->from = s;
                found.push_back(std::move(*t));
            }
        }
        if (found.empty()) {
            fail(MatchResult::Outcome::Invalid, badInterfaceNumber ? i + 1 : i);
            continue;
        }
        const Quality best =
            std::min_element(found.begin(), found.end(), [](const auto &a, const auto &b) {
                return a.quality < b.quality;
            })->quality;
        if (best == Quality::PartialKeyword) {
            const std::string *first = nullptr;
            bool ambiguous = false;
            for (const Transition &t : found) {
                if (t.quality != best)
                    continue;
                if (first == nullptr)
                    first = &t.token.value;
                else if (*first != t.token.value)
                    ambiguous = true;
            }
            if (ambiguous) {
                fail(MatchResult::Outcome::Ambiguous, i);
                continue;
            }
        }
        for (Transition &t : found) {
            if (t.quality != best)
                continue;
            MatchState next{t.node, states[t.from].tokens, t.pendingInterface};
            next.tokens.push_back(std::move(t.token));
            consumed[i + t.consumed].push_back(std::move(next));
        }
    }

    walk.states = std::move(consumed[count]);
    if (walk.states.empty() && failed)
        walk.errorOffset = words[errorWord].offset;
    return walk;
}

MatchResult CommandMatcher::match(std::uint32_t root, std::string_view line) const
{
    MatchResult result;
    const std::vector<WordSpan> words = splitWords(line);
    if (words.empty()) {
        result.outcome = MatchResult::Outcome::Empty;
        return result;
    }
    Walk walk = this->walk(root, line, words);
    const auto trimmed = [&] {
        const std::size_t end = words.back().offset + words.back().text.size();
        return std::string(line.substr(words.front().offset, end - words.front().offset));
    };
    if (walk.states.empty()) {
        result.outcome = walk.failure;
        result.errorOffset = walk.errorOffset;
        if (result.outcome == MatchResult::Outcome::Ambiguous)
            result.ambiguousText = trimmed();
        return result;
    }

    const MatchState *complete = nullptr;
    bool ambiguous = false;
    for (const MatchState &state : walk.states) {
        if (!completes(state))
            continue;
        if (complete == nullptr)
            complete = &state;
        else if (m_tree.node(complete->node).command != m_tree.node(state.node).command)
            ambiguous = true;
    }
    if (complete == nullptr) {
        result.outcome = MatchResult::Outcome::Incomplete;
        result.errorOffset = line.size();
        return result;
    }
    if (ambiguous) {
        result.outcome = MatchResult::Outcome::Ambiguous;
        result.errorOffset = words.back().offset;
        result.ambiguousText = trimmed();
        return result;
    }
    const InstalledCommand &command = m_tree.command(m_tree.node(complete->node).command);
    result.outcome = MatchResult::Outcome::Ok;
    result.handler = &command.handler;
    result.signature = &command.signature;
    result.tokens = complete->tokens;
    result.privilege = command.privilege;
    return result;
}

} // namespace routerlab::cli
