#pragma once

#include "cli/command_context.h"
#include "cli/interface_names.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace routerlab::cli {

class CommandTree;

struct MatchResult {
    enum class Outcome { Ok, Incomplete, Ambiguous, Invalid, Empty };
    Outcome outcome = Outcome::Empty;
    // Character offset in the line of the offending word, for IOS's '^' marker (Invalid,
    // Ambiguous); the line's length for Incomplete.
    std::size_t errorOffset = 0;
    // What IOS quotes in `% Ambiguous command:  "sh ip o"`: the line as typed, trimmed.
    std::string ambiguousText;
    const CommandHandler *handler = nullptr;     // Ok only; owned by the tree
    const CommandSignature *signature = nullptr; // Ok only; owned by the tree
    std::vector<MatchedToken> tokens;            // Ok only; ready for CommandContext::tokens
    int privilege = 0;                       // of the matched command
};

// A word of the typed line and where it starts, for the '^' marker.
struct WordSpan {
    std::size_t offset = 0;
    std::string_view text;
};
std::vector<WordSpan> splitWords(std::string_view line);

// One way the words so far can be read: the node reached and the tokens matched on the way.
// `pendingInterface` is set when the last word was an interface type ("FastEthernet") whose
// number has not been typed yet.
struct MatchState {
    std::uint32_t node = 0;
    std::vector<MatchedToken> tokens;
    const InterfaceType *pendingInterface = nullptr;
};

struct Walk {
    std::vector<MatchState> states; // readings that consumed every word; empty on failure
    MatchResult::Outcome failure = MatchResult::Outcome::Invalid; // Invalid or Ambiguous
    std::size_t errorOffset = 0;
};

// Matching as IOS 12.x does it, one word at a time, keeping every reading still possible.
// At each word the best kind of match wins over the rest: an exact keyword, then a unique
// keyword prefix (several prefixes and no exact keyword is Ambiguous), then a typed value
// (range, address, interface), then WORD, then LINE. There is no backtracking into a
// worse-ranked reading, as on the router: `ping i` is the keyword `ip`, never the host `i`.
class CommandMatcher {
public:
    CommandMatcher(const CommandTree &tree, int privilege) : m_tree(tree), m_privilege(privilege)
    {
    }

    MatchResult match(std::uint32_t root, std::string_view line) const;
    Walk walk(std::uint32_t root, std::string_view line, std::span<const WordSpan> words) const;

    // Whether some command through the node is allowed at this privilege, and whether one of
    // them is not hidden (so '?' and Tab may show it, and it may be abbreviated).
    bool usable(std::uint32_t node) const;
    bool visible(std::uint32_t node) const;
    // Whether the state is a whole command the session may run.
    bool completes(const MatchState &state) const;

private:
    const CommandTree &m_tree;
    int m_privilege;
};

} // namespace routerlab::cli
