#pragma once

#include "cli/command_arguments.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace routerlab::cli {

class CliSession;

// What a command handler gets: the matched tokens, plus the session it runs in. Handlers are
// shared by every router (the command tree is immutable and shared), so everything specific to
// one router is reached through the session.
class CommandContext {
public:
    std::vector<MatchedToken> tokens;
    CliSession *session = nullptr;
    std::string_view typedLine; // the line as typed, for handlers that point '^' at a word
    const CommandSignature *signature = nullptr; // of the matched command; owned by the tree

    // The tokens by name and type (command_arguments.h). Throws std::logic_error when the
    // context did not come from a match, so has no signature.
    CommandArguments arguments() const;

    // Reading by kind and position, as handlers did before arguments had names. has() answers
    // for any keyword, declared or not; value() is the n-th (0-based) token of that kind in
    // command order.
    bool has(std::string_view keyword) const;
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
