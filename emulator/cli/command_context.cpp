#include "cli/command_context.h"

#include <charconv>
#include <stdexcept>

namespace routerlab::cli {

namespace {

const MatchedToken *nthOfKind(const std::vector<MatchedToken> &tokens, TokenKind kind, int n)
{
    for (const MatchedToken &token : tokens) {
        if (token.kind == kind && n-- == 0)
            return &token;
    }
    return nullptr;
}

const MatchedToken &requireNth(const std::vector<MatchedToken> &tokens, TokenKind kind, int n)
{
    const MatchedToken *token = nthOfKind(tokens, kind, n);
    if (token == nullptr)
        throw std::out_of_range("command has no such token");
    return *token;
}

} // namespace

CommandArguments CommandContext::arguments() const
{
    if (signature == nullptr)
        throw std::logic_error("command context without a signature: it was not matched");
    return CommandArguments(tokens, *signature);
}

bool CommandContext::has(std::string_view keyword) const
{
    for (const MatchedToken &token : tokens) {
        if (token.kind == TokenKind::Keyword && token.value == keyword)
            return true;
    }
    return false;
}

const std::string &CommandContext::value(TokenKind kind, int n) const
{
    // An optional token that was not typed reads as empty, so handlers can test `.empty()`.
    static const std::string absent;
    const MatchedToken *token = nthOfKind(tokens, kind, n);
    return token != nullptr ? token->value : absent;
}

std::int64_t CommandContext::number(int n) const
{
    const std::string &text = requireNth(tokens, TokenKind::Range, n).value;
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        throw std::out_of_range("not a number: " + text);
    return value;
}

Ipv4Address CommandContext::ipv4(int n) const
{
    const std::string &text = requireNth(tokens, TokenKind::Ipv4, n).value;
    const std::optional<Ipv4Address> address = Ipv4Address::parse(text);
    if (!address)
        throw std::out_of_range("not an IPv4 address: " + text);
    return *address;
}

MacAddress CommandContext::mac(int n) const
{
    const std::string &text = requireNth(tokens, TokenKind::Mac, n).value;
    const std::optional<MacAddress> address = MacAddress::parse(text);
    if (!address)
        throw std::out_of_range("not a MAC address: " + text);
    return *address;
}

int CommandContext::countOf(TokenKind kind) const
{
    int count = 0;
    for (const MatchedToken &token : tokens)
        count += token.kind == kind ? 1 : 0;
    return count;
}

} // namespace routerlab::cli
