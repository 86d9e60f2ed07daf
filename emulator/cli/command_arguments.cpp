#include "cli/command_arguments.h"

#include <charconv>
#include <stdexcept>

namespace routerlab::cli {

std::string_view tokenKindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Keyword:
        return "a keyword";
    case TokenKind::Range:
        return "a number range";
    case TokenKind::Ipv4:
        return "an A.B.C.D";
    case TokenKind::Mac:
        return "an H.H.H";
    case TokenKind::Word:
        return "a WORD";
    case TokenKind::Line:
        return "a LINE";
    case TokenKind::Interface:
        return "an IFNAME";
    }
    return "a token";
}

const ArgumentDeclaration *CommandSignature::find(std::string_view name) const
{
    for (const ArgumentDeclaration &argument : arguments) {
        if (this->name(argument) == name)
            return &argument;
    }
    return nullptr;
}

bool CommandArguments::has(std::string_view name) const
{
    return lookup(name, Reading::Presence) != nullptr;
}

const MatchedToken *CommandArguments::lookup(std::string_view name, Reading reading) const
{
    const ArgumentDeclaration *declared = m_signature->find(name);
    if (declared == nullptr) {
        throw std::logic_error("command \"" + m_signature->syntax + "\" declares no argument \"" +
                               std::string(name) + "\"");
    }
    const TokenKind kind = declared->kind;
    bool readable = false;
    const char *asked = "";
    switch (reading) {
    case Reading::Presence:
        readable = true;
        break;
    case Reading::Text:
        readable = kind == TokenKind::Word || kind == TokenKind::Line ||
                   kind == TokenKind::Interface || kind == TokenKind::Keyword;
        asked = "text";
        break;
    case Reading::Number:
        readable = kind == TokenKind::Range;
        asked = "a number";
        break;
    case Reading::Ipv4:
        readable = kind == TokenKind::Ipv4;
        asked = "an IPv4 address";
        break;
    case Reading::Mac:
        readable = kind == TokenKind::Mac;
        asked = "a MAC address";
        break;
    }
    if (!readable) {
        throw std::logic_error("argument \"" + std::string(name) + "\" of command \"" +
                               m_signature->syntax + "\" is " + std::string(tokenKindName(kind)) +
                               ", not readable as " + asked);
    }
    for (const MatchedToken &token : m_tokens) {
        const bool carries = declared->named
                                 ? token.name == name
                                 : token.kind == TokenKind::Keyword && token.name.empty() &&
                                       token.value == name;
        if (carries)
            return &token;
    }
    return nullptr;
}

std::int64_t CommandArguments::toNumber(const MatchedToken &token) const
{
    std::int64_t number = 0;
    const char *end = token.value.data() + token.value.size();
    const auto [stop, error] = std::from_chars(token.value.data(), end, number);
    if (error != std::errc() || stop != end)
        throw std::logic_error("argument \"" + token.name + "\" is not a number: " + token.value);
    return number;
}

Ipv4Address CommandArguments::toIpv4(const MatchedToken &token) const
{
    const std::optional<Ipv4Address> address = Ipv4Address::parse(token.value);
    if (!address) {
        throw std::logic_error("argument \"" + token.name +
                               "\" is not an IPv4 address: " + token.value);
    }
    return *address;
}

MacAddress CommandArguments::toMac(const MatchedToken &token) const
{
    const std::optional<MacAddress> address = MacAddress::parse(token.value);
    if (!address) {
        throw std::logic_error("argument \"" + token.name +
                               "\" is not a MAC address: " + token.value);
    }
    return *address;
}

void CommandArguments::throwAbsent(std::string_view name) const
{
    throw std::logic_error("argument \"" + std::string(name) + "\" of command \"" +
                           m_signature->syntax +
                           "\" was not typed; read optional ones with find()");
}

void CommandArguments::throwDoesNotFit(std::string_view name, std::int64_t number) const
{
    throw std::logic_error("argument \"" + std::string(name) + "\" of command \"" +
                           m_signature->syntax + "\" is " + std::to_string(number) +
                           ", which the type asked for cannot hold");
}

} // namespace routerlab::cli
