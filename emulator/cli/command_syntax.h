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
    // The argument name the syntax gives it ("group"); empty when it gives none.
    std::string name;
    // Where that name, or a keyword's own spelling, starts in the syntax string.
    std::size_t nameOffset = 0;

    bool sameToken(const SyntaxToken &other) const
    {
        return kind == other.kind && text == other.text && rangeMin == other.rangeMin &&
               rangeMax == other.rangeMax && name == other.name;
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
//
// Names, so a handler reads its arguments by name (CommandArguments) instead of by position:
//
//   <group:1-255>  <address:A.B.C.D>  <mac:H.H.H>   a typed token named in front of its type,
//   <name:WORD>  <text:LINE>  <interface:IFNAME>    inside angle brackets; '?' still shows
//                                                   "<1-255>", "A.B.C.D", "WORD" ...
//   secondary                                       a plain keyword answers to its own spelling
//   msec$helloMsec                                  a keyword named with a '$' suffix, so two
//                                                   "msec" of one command are told apart
//   (ip|ipv6)$family  [in|out]$direction            a group of single keywords named as a whole:
//                                                   the name reads the keyword that was typed
//
// A name is a letter followed by letters, digits, '_' or '-'. One name may stand in several
// alternatives (`(<hello:1-254>|msec <hello:15-999>)`) as long as no expanded command holds it
// twice and it always names the same kind of token; a syntax breaking either rule is rejected.
// A keyword's own spelling may repeat (`[msec] <1-254> [msec] <1-255>`), and a name given
// explicitly takes over the spelling of a keyword: in `name <name:WORD>`, "name" is the WORD.
// Unnamed typed tokens stay anonymous and are read by position (CommandContext::number(n)).
class CommandSyntax {
public:
    // Throws std::invalid_argument naming the syntax when it is malformed, allows an empty
    // command, expands into more than kMaxSequences sequences, or breaks the rules of names.
    explicit CommandSyntax(std::string_view syntax);

    const std::vector<std::vector<SyntaxToken>> &sequences() const { return m_sequences; }
    // How many tokens the syntax string names, so how many help strings it needs.
    int tokenCount() const { return m_tokenCount; }
    // The syntax and every name it declares, explicit ones and keywords, in order of appearance.
    const CommandSignature &signature() const { return m_signature; }

    static constexpr std::size_t kMaxSequences = 4096;
    static constexpr std::size_t kMaxLength = UINT16_MAX; // so names are 16-bit runs of it

private:
    std::vector<std::vector<SyntaxToken>> m_sequences;
    CommandSignature m_signature;
    int m_tokenCount = 0;
};

// The token a single syntax word stands for ("<1-65535>" -> Range 1..65535, "<group:1-255>" ->
// Range 1..255 named "group", "msec$helloMsec" -> keyword "msec" named "helloMsec"); helpIndex
// unset, nameOffset within the word. Throws std::invalid_argument for a malformed range, type or
// name.
SyntaxToken classifySyntaxWord(std::string_view word);

} // namespace routerlab::cli
