#pragma once

#include "net/ipv4_address.h"
#include "net/mac_address.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace routerlab::cli {

class CliSession;

enum class TokenKind {
    Keyword,   // show, ip, route ...
    Range,     // <0-255>
    Ipv4,      // A.B.C.D
    Mac,       // H.H.H
    Word,      // WORD: any single word
    Line,      // LINE: the rest of the line, spaces included
    Interface, // IFNAME: "fa0/0", "FastEthernet 0/0", "lo0" ...
};

// One token of the matched command as the handler sees it. For keywords `value` is the full
// keyword even when the user typed an abbreviation; for interfaces it is the canonical name
// ("FastEthernet0/0"); for everything else it is the text as typed.
struct MatchedToken {
    TokenKind kind;
    std::string value;
};

// What a command handler gets: the matched tokens, plus the session it runs in. Handlers are
// shared by every router (the command tree is immutable and shared), so everything specific to
// one router is reached through the session.
class CommandContext {
public:
    std::vector<MatchedToken> tokens;
    CliSession *session = nullptr;
    std::string_view typedLine; // the line as typed, for handlers that point '^' at a word

    bool has(std::string_view keyword) const;
    // The n-th (0-based) token of that kind, in command order.
    const std::string &value(TokenKind kind, int n = 0) const;
    std::int64_t number(int n = 0) const;
    Ipv4Address ipv4(int n = 0) const;
    MacAddress mac(int n = 0) const;
    const std::string &word(int n = 0) const { return value(TokenKind::Word, n); }
    const std::string &interfaceName(int n = 0) const { return value(TokenKind::Interface, n); }
    const std::string &line() const { return value(TokenKind::Line, 0); }
    // Whether the command started with "no".
    bool negated() const { return !tokens.empty() && tokens.front().kind == TokenKind::Keyword &&
                                  tokens.front().value == "no"; }
    int countOf(TokenKind kind) const;
};

using CommandHandler = std::function<void(CommandContext &)>;

} // namespace routerlab::cli
