#pragma once

#include "cli/command_context.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace routerlab::cli {

// One token of a command's syntax, as the tree stores it.
struct SyntaxToken {
    TokenKind kind = TokenKind::Keyword;
    // Keywords: the keyword. Typed tokens: what `?` shows ("<0-255>", "A.B.C.D", "WORD").
    std::string text;
    std::int64_t rangeMin = 0;
    std::int64_t rangeMax = 0;
    // Which help string of the install call belongs to this token: tokens are numbered in the
    // order they appear in the syntax string, whichever paths they end up on.
    int helpIndex = 0;

    bool sameToken(const SyntaxToken &other) const
    {
        return kind == other.kind && text == other.text && rangeMin == other.rangeMin &&
               rangeMax == other.rangeMax;
    }
};

// A syntax string in the FRR style, flattened into every token sequence it allows:
//
//   ip address A.B.C.D A.B.C.D [secondary]   ->  ip address A.B.C.D A.B.C.D
//                                                ip address A.B.C.D A.B.C.D secondary
//   [no] standby <0-255> (ip A.B.C.D|preempt) ->  four sequences
//
// Tokens: keywords (anything else), <min-max> decimal ranges, A.B.C.D, H.H.H, WORD (or any other
// all-uppercase name, shown as written), LINE (the rest of the line) and IFNAME (an interface).
// Groups: [optional], (alternative|alternative) and [optional|alternatives], nestable; an
// alternative may be several tokens long. Commands are short, so expanding them costs far less
// than the fork/join graph FRR builds, and it makes the tree a plain trie.
class CommandSyntax {
public:
    // Throws std::invalid_argument naming the syntax when it is malformed, allows an empty
    // command, or expands into more than kMaxSequences sequences.
    explicit CommandSyntax(std::string_view syntax);

    const std::vector<std::vector<SyntaxToken>> &sequences() const { return m_sequences; }
    // How many tokens the syntax string names, so how many help strings it needs.
    int tokenCount() const { return m_tokenCount; }

    static constexpr std::size_t kMaxSequences = 4096;

private:
    std::vector<std::vector<SyntaxToken>> m_sequences;
    int m_tokenCount = 0;
};

// The token a single syntax word stands for ("<1-65535>" -> Range 1..65535); helpIndex unset.
// Throws std::invalid_argument for a malformed range.
SyntaxToken classifySyntaxWord(std::string_view word);

} // namespace routerlab::cli
