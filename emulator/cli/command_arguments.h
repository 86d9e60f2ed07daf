#pragma once

// What a matched command hands its handler: the tokens the user typed, each with the name the
// syntax gave it, and CommandArguments, which reads them by name and type the way FRR's DEFPY
// hands a handler its arguments, without the code generator:
//
//   tree.install("config-if", "standby <group:0-255> track <interface:IFNAME> [<decrement:1-255>]",
//                help, [](CommandContext &context) {
//                    const CommandArguments args = context.arguments();
//                    const int group = args.get<int>("group");
//                    const std::string interface = args.get<std::string>("interface");
//                    const int decrement = args.find<int>("decrement").value_or(10);
//                });
//
// The notation of names is described in command_syntax.h.

#include "net/ipv4_address.h"
#include "net/mac_address.h"

#include <concepts>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace routerlab::cli {

enum class TokenKind {
    Keyword,   // show, ip, route ...
    Range,     // <0-255>
    Ipv4,      // A.B.C.D
    Mac,       // H.H.H
    Word,      // WORD: any single word
    Line,      // LINE: the rest of the line, spaces included
    Interface, // IFNAME: "fa0/0", "FastEthernet 0/0", "lo0" ...
};

// "a keyword", "a number range", "an A.B.C.D" ...: how error messages name a kind of token.
std::string_view tokenKindName(TokenKind kind);

// One token of the matched command as the handler sees it. For keywords `value` is the full
// keyword even when the user typed an abbreviation; for interfaces it is the canonical name
// ("FastEthernet0/0"); for MAC addresses it is padded ("0000.0c07.ac01"); for everything else it
// is the text as typed. `name` is the name the syntax gave the token ("group"), empty when it
// gave none: a keyword without one answers to its own spelling.
struct MatchedToken {
    TokenKind kind = TokenKind::Keyword;
    std::string value;
    std::string name;
};

// A name a command's syntax declares and the kind of token that carries it. The name is a run
// of the syntax string, so that declaring every keyword of every command stays cheap.
struct ArgumentDeclaration {
    std::uint16_t nameOffset = 0;
    std::uint16_t nameLength = 0;
    TokenKind kind : 8 = TokenKind::Keyword;
    bool named = false; // false for a keyword that answers to its own spelling
};

// What an installed command's syntax declares, kept with the command so that a handler asking
// for a misspelt name fails loudly instead of reading an argument the user left out.
struct CommandSignature {
    std::string syntax;
    std::vector<ArgumentDeclaration> arguments; // one per name

    std::string_view name(const ArgumentDeclaration &argument) const
    {
        return std::string_view(syntax).substr(argument.nameOffset, argument.nameLength);
    }
    const ArgumentDeclaration *find(std::string_view name) const;
};

// The matched tokens read by name and type. Asking for a name the syntax does not declare, or
// for a type its token cannot give, is a bug in the handler: std::logic_error naming the name
// and the syntax. get() of an argument the user did not type is one too; optional arguments are
// read with find().
//
//   get<int>, get<std::int64_t> (any integer type)  <name:1-255>
//   get<Ipv4Address>                                 <name:A.B.C.D>
//   get<MacAddress>                                  <name:H.H.H>
//   get<std::string>                                 <name:WORD>, <name:LINE>, <name:IFNAME>
//                                                    (canonical name), keywords (the keyword)
//   has(name)                                        any of them, and plain keywords
class CommandArguments {
public:
    CommandArguments(std::span<const MatchedToken> tokens, const CommandSignature &signature)
        : m_tokens(tokens), m_signature(&signature)
    {
    }

    bool has(std::string_view name) const;

    template <typename T>
    std::optional<T> find(std::string_view name) const
    {
        if constexpr (std::same_as<T, std::string>) {
            const MatchedToken *token = lookup(name, Reading::Text);
            return token != nullptr ? std::optional<T>(token->value) : std::nullopt;
        } else if constexpr (std::same_as<T, Ipv4Address>) {
            const MatchedToken *token = lookup(name, Reading::Ipv4);
            return token != nullptr ? std::optional<T>(toIpv4(*token)) : std::nullopt;
        } else if constexpr (std::same_as<T, MacAddress>) {
            const MatchedToken *token = lookup(name, Reading::Mac);
            return token != nullptr ? std::optional<T>(toMac(*token)) : std::nullopt;
        } else if constexpr (std::integral<T> && !std::same_as<T, bool>) {
            const MatchedToken *token = lookup(name, Reading::Number);
            if (token == nullptr)
                return std::nullopt;
            const std::int64_t number = toNumber(*token);
            if (!std::in_range<T>(number))
                throwDoesNotFit(name, number);
            return static_cast<T>(number);
        } else {
            static_assert(sizeof(T) == 0, "arguments read as an integer, Ipv4Address, "
                                          "MacAddress or std::string");
        }
    }

    template <typename T>
    T get(std::string_view name) const
    {
        std::optional<T> value = find<T>(name);
        if (!value)
            throwAbsent(name);
        return std::move(*value);
    }

    const CommandSignature &signature() const { return *m_signature; }

private:
    enum class Reading { Presence, Text, Number, Ipv4, Mac };

    // The token carrying `name`, or nullptr when the user did not type it; throws when the
    // syntax does not declare the name or its token cannot be read that way.
    const MatchedToken *lookup(std::string_view name, Reading reading) const;
    std::int64_t toNumber(const MatchedToken &token) const;
    Ipv4Address toIpv4(const MatchedToken &token) const;
    MacAddress toMac(const MatchedToken &token) const;
    [[noreturn]] void throwAbsent(std::string_view name) const;
    [[noreturn]] void throwDoesNotFit(std::string_view name, std::int64_t number) const;

    std::span<const MatchedToken> m_tokens;
    const CommandSignature *m_signature;
};

} // namespace routerlab::cli
