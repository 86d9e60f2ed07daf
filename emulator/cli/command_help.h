#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace routerlab::cli {

class CommandTree;
class CommandMatcher;
struct MatchState;

struct HelpEntry {
    std::string token; // "show", "<0-255>", "A.B.C.D", "FastEthernet"
    std::string help;

    bool operator==(const HelpEntry &) const = default;
};

// What '?' prints. Two shapes, as on IOS:
//
//   Router#show ip ?                 Router#sh?
//     interface  IP interface status   show
//     route      IP routing table
//     <cr>
//
// after a space, the next tokens with their help, and "<cr>" when the command could end
// there; in the middle of a word, the keywords completing it on one line.
struct HelpResult {
    enum class Outcome {
        Ok,
        Ambiguous,    // % Ambiguous command:  "s "
        Invalid,      // the '^' marker under errorOffset, then % Invalid input detected ...
        Unrecognized, // % Unrecognized command (nothing completes the word before '?')
    };
    Outcome outcome = Outcome::Ok;
    bool partialWord = false;
    std::vector<HelpEntry> entries; // sorted as IOS lists them; no "<cr>"
    bool canEnd = false;            // list "<cr>" last
    std::size_t errorOffset = 0;
    std::string ambiguousText;

    // The lines IOS prints after echoing the '?', each ending in '\n'. For Invalid only the
    // message: the marker line depends on the prompt, which the session knows.
    std::string render() const;
};

// What Tab does to the line: the last word completed when it abbreviates exactly one keyword
// ("sh ip int" -> "sh ip interface "), or one interface ("int fa0/0" -> "int FastEthernet0/0 ").
struct CompletionResult {
    bool completed = false;
    std::string line; // the new line, or the old one unchanged
    std::vector<std::string> candidates; // what the last word could become, sorted
};

// '?' and Tab over the same walk the matcher does, so they never disagree with what runs.
class CommandHelp {
public:
    CommandHelp(const CommandTree &tree, int privilege) : m_tree(tree), m_privilege(privilege) {}

    HelpResult help(std::uint32_t root, std::string_view lineBeforeQuestionMark) const;
    CompletionResult complete(std::uint32_t root, std::string_view line) const;

private:
    void addNextTokens(const CommandMatcher &matcher, const MatchState &state,
                       std::vector<HelpEntry> &entries) const;
    void addCompletions(const CommandMatcher &matcher, const MatchState &state,
                        std::string_view partial, std::vector<HelpEntry> &entries) const;

    const CommandTree &m_tree;
    int m_privilege;
};

} // namespace routerlab::cli
