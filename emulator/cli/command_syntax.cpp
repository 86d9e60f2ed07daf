#include "cli/command_syntax.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <stdexcept>

namespace routerlab::cli {

namespace {

using Sequences = std::vector<std::vector<SyntaxToken>>;

bool isGroupCharacter(char c)
{
    return c == '[' || c == ']' || c == '(' || c == ')' || c == '|';
}

// A piece of the syntax string; `attached` when no blank separates it from the piece before,
// which is how a group's "$name" is told from a stray one.
struct Piece {
    std::string_view text;
    bool attached = false;
};

std::vector<Piece> lex(std::string_view syntax)
{
    std::vector<Piece> pieces;
    std::size_t i = 0;
    bool attached = false;
    while (i < syntax.size()) {
        const char c = syntax[i];
        if (c == ' ' || c == '\t') {
            ++i;
            attached = false;
            continue;
        }
        const std::size_t start = i;
        if (isGroupCharacter(c)) {
            ++i;
        } else {
            while (i < syntax.size() && syntax[i] != ' ' && syntax[i] != '\t' &&
                   !isGroupCharacter(syntax[i]))
                ++i;
        }
        pieces.push_back(Piece{syntax.substr(start, i - start), attached});
        attached = true;
    }
    return pieces;
}

bool isVariableName(std::string_view word)
{
    bool hasLetter = false;
    for (char c : word) {
        if (c >= 'A' && c <= 'Z')
            hasLetter = true;
        else if (!(c >= '0' && c <= '9') && c != '_' && c != '-')
            return false;
    }
    return hasLetter && word.size() >= 2;
}

bool parseNumber(std::string_view text, std::int64_t &value)
{
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() && !text.empty();
}

bool isArgumentName(std::string_view name)
{
    const auto isLetter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (name.empty() || !isLetter(name.front()))
        return false;
    return std::all_of(name.begin(), name.end(), [&](char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
}

std::string checkedName(std::string_view name, std::string_view word)
{
    if (!isArgumentName(name))
        throw std::invalid_argument("bad argument name in " + std::string(word));
    return std::string(name);
}

SyntaxToken classifyUnnamedWord(std::string_view word)
{
    SyntaxToken token;
    token.text = std::string(word);
    if (word.size() >= 2 && word.front() == '<' && word.back() == '>') {
        const std::string_view inside = word.substr(1, word.size() - 2);
        // The dash is searched from 1 so that a negative lower bound still splits correctly.
        const std::size_t dash = inside.find('-', 1);
        if (dash == std::string_view::npos ||
            !parseNumber(inside.substr(0, dash), token.rangeMin) ||
            !parseNumber(inside.substr(dash + 1), token.rangeMax) ||
            token.rangeMin > token.rangeMax)
            throw std::invalid_argument("malformed range " + std::string(word));
        token.kind = TokenKind::Range;
    } else if (word == "A.B.C.D") {
        token.kind = TokenKind::Ipv4;
    } else if (word == "H.H.H") {
        token.kind = TokenKind::Mac;
    } else if (word == "LINE") {
        token.kind = TokenKind::Line;
    } else if (word == "IFNAME") {
        token.kind = TokenKind::Interface;
    } else if (isVariableName(word)) {
        token.kind = TokenKind::Word;
    } else {
        token.kind = TokenKind::Keyword;
    }
    return token;
}

// "<group:1-255>": the type after the colon is what '?' shows, a range with its brackets back.
SyntaxToken classifyNamedTypedWord(std::string_view word, std::size_t colon)
{
    const std::string_view name = word.substr(1, colon - 1);
    const std::string_view type = word.substr(colon + 1, word.size() - colon - 2);
    const bool range = !type.empty() && (type.front() == '-' || (type.front() >= '0' &&
                                                                  type.front() <= '9'));
    SyntaxToken token =
        classifyUnnamedWord(range ? "<" + std::string(type) + ">" : std::string(type));
    if (token.kind == TokenKind::Keyword)
        throw std::invalid_argument("no such type in " + std::string(word));
    token.name = checkedName(name, word);
    token.nameOffset = 1;
    return token;
}

// Recursive descent over the lexed pieces; each rule returns the sequences it allows.
class Parser {
public:
    Parser(std::string_view syntax) : m_syntax(syntax), m_pieces(lex(syntax)) {}

    Sequences parseCommand()
    {
        Sequences sequences = parseSequence();
        if (m_position != m_pieces.size())
            fail("unexpected '" + std::string(m_pieces[m_position].text) + "'");
        for (const auto &sequence : sequences) {
            if (sequence.empty())
                fail("the command may be empty");
        }
        return sequences;
    }

    int tokenCount() const { return m_tokenCount; }

    // The names the expanded sequences declare, checked against the rules in command_syntax.h.
    CommandSignature declareArguments(const Sequences &sequences) const
    {
        CommandSignature signature{std::string(m_syntax), {}};
        const auto declare = [&signature](const SyntaxToken &token, std::string_view name,
                                          bool named) {
            signature.arguments.push_back(
                ArgumentDeclaration{static_cast<std::uint16_t>(token.nameOffset),
                                    static_cast<std::uint16_t>(name.size()), token.kind, named});
        };
        std::vector<std::string_view> namesInSequence;
        for (const auto &sequence : sequences) {
            namesInSequence.clear();
            for (const SyntaxToken &token : sequence) {
                if (token.name.empty()) {
                    if (token.kind == TokenKind::Keyword && !signature.find(token.text))
                        declare(token, token.text, false);
                    continue;
                }
                if (std::find(namesInSequence.begin(), namesInSequence.end(), token.name) !=
                    namesInSequence.end())
                    fail("argument name \"" + token.name + "\" used twice");
                namesInSequence.push_back(token.name);
                const ArgumentDeclaration *known = signature.find(token.name);
                if (known == nullptr) {
                    declare(token, token.name, true);
                } else if (!known->named) {
                    // The explicit name takes the spelling over from the keyword.
                    const auto index = static_cast<std::size_t>(known - signature.arguments.data());
                    signature.arguments.erase(signature.arguments.begin() +
                                              static_cast<std::ptrdiff_t>(index));
                    declare(token, token.name, true);
                } else if (known->kind != token.kind) {
                    fail("argument \"" + token.name + "\" names both " +
                         std::string(tokenKindName(known->kind)) + " and " +
                         std::string(tokenKindName(token.kind)));
                }
            }
        }
        std::sort(signature.arguments.begin(), signature.arguments.end(),
                  [](const ArgumentDeclaration &a, const ArgumentDeclaration &b) {
                      return a.nameOffset < b.nameOffset;
                  });
        return signature;
    }

private:
    std::string_view peek() const
    {
        return m_position < m_pieces.size() ? m_pieces[m_position].text : std::string_view();
    }

    // "$family" right after a group's closing bracket.
    bool groupNameFollows() const
    {
        return m_position < m_pieces.size() && m_pieces[m_position].attached &&
               m_pieces[m_position].text.starts_with('$');
    }

    void nameGroup(Sequences &alternatives, std::string_view piece) const
    {
        const std::string name(piece.substr(1));
        if (!isArgumentName(name))
            fail("bad argument name " + std::string(piece));
        for (std::vector<SyntaxToken> &alternative : alternatives) {
            if (alternative.size() != 1 || alternative.front().kind != TokenKind::Keyword)
                fail(std::string(piece) + " names a group that is not all single keywords");
            if (!alternative.front().name.empty())
                fail(std::string(piece) + " names a keyword named already");
            alternative.front().name = name;
            alternative.front().nameOffset = offsetOf(piece) + 1;
        }
    }

    bool atSequenceEnd() const
    {
        const std::string_view next = peek();
        return next.empty() || next == "|" || next == "]" || next == ")";
    }

    Sequences parseSequence()
    {
        Sequences result{{}};
        bool empty = true;
        while (!atSequenceEnd()) {
            result = product(result, parseItem());
            empty = false;
        }
        if (empty)
            fail("empty group or alternative");
        return result;
    }

    Sequences parseItem()
    {
        const std::string_view piece = peek();
        ++m_position;
        if (piece == "[" || piece == "(") {
            Sequences alternatives = parseAlternatives();
            const std::string_view close = piece == "[" ? "]" : ")";
            if (peek() != close)
                fail("missing '" + std::string(close) + "'");
            ++m_position;
            if (groupNameFollows())
                nameGroup(alternatives, m_pieces[m_position++].text);
            if (piece == "[")
                alternatives.insert(alternatives.begin(), std::vector<SyntaxToken>());
            return alternatives;
        }
        if (piece.starts_with('$'))
            fail("'" + std::string(piece) + "' must directly follow a keyword or a group");
        SyntaxToken token;
        try {
            token = classifySyntaxWord(piece);
        } catch (const std::invalid_argument &error) {
            fail(error.what());
        }
        token.helpIndex = m_tokenCount++;
        token.nameOffset += offsetOf(piece);
        return {{token}};
    }

    Sequences parseAlternatives()
    {
        Sequences result = parseSequence();
        while (peek() == "|") {
            ++m_position;
            Sequences more = parseSequence();
            result.insert(result.end(), more.begin(), more.end());
            checkSize(result.size());
        }
        return result;
    }

    Sequences product(const Sequences &left, const Sequences &right)
    {
        checkSize(left.size() * right.size());
        Sequences result;
        result.reserve(left.size() * right.size());
        for (const auto &head : left) {
            for (const auto &tail : right) {
                std::vector<SyntaxToken> sequence = head;
                sequence.insert(sequence.end(), tail.begin(), tail.end());
                result.push_back(std::move(sequence));
            }
        }
        return result;
    }

    void checkSize(std::size_t count) const
    {
        if (count > CommandSyntax::kMaxSequences)
            fail("expands into too many commands");
    }

    std::size_t offsetOf(std::string_view piece) const
    {
        return static_cast<std::size_t>(piece.data() - m_syntax.data());
    }

    [[noreturn]] void fail(const std::string &why) const
    {
        throw std::invalid_argument("command syntax \"" + std::string(m_syntax) + "\": " + why);
    }

    std::string_view m_syntax;
    std::vector<Piece> m_pieces;
    std::size_t m_position = 0;
    int m_tokenCount = 0;
};

} // namespace

SyntaxToken classifySyntaxWord(std::string_view word)
{
    if (word.size() >= 2 && word.front() == '<' && word.back() == '>') {
        if (const std::size_t colon = word.find(':'); colon != std::string_view::npos)
            return classifyNamedTypedWord(word, colon);
    }
    const std::size_t dollar = word.find('$');
    if (dollar == std::string_view::npos)
        return classifyUnnamedWord(word);
    if (dollar == 0)
        throw std::invalid_argument("a name without a keyword: " + std::string(word));
    SyntaxToken token = classifyUnnamedWord(word.substr(0, dollar));
    if (token.kind != TokenKind::Keyword) {
        throw std::invalid_argument("'$' names keywords; name typed tokens as <name:TYPE>: " +
                                    std::string(word));
    }
    token.name = checkedName(word.substr(dollar + 1), word);
    token.nameOffset = dollar + 1;
    return token;
}

CommandSyntax::CommandSyntax(std::string_view syntax)
{
    if (syntax.size() > kMaxLength)
        throw std::invalid_argument("command syntax longer than " + std::to_string(kMaxLength));
    Parser parser(syntax);
    m_sequences = parser.parseCommand();
    m_tokenCount = parser.tokenCount();
    m_signature = parser.declareArguments(m_sequences);
}

} // namespace routerlab::cli
