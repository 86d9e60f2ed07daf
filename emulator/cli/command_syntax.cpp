#include "cli/command_syntax.h"

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

std::vector<std::string_view> lex(std::string_view syntax)
{
    std::vector<std::string_view> pieces;
    std::size_t i = 0;
    while (i < syntax.size()) {
        const char c = syntax[i];
        if (c == ' ' || c == '\t') {
            ++i;
        } else if (isGroupCharacter(c)) {
            pieces.push_back(syntax.substr(i, 1));
            ++i;
        } else {
            const std::size_t start = i;
            while (i < syntax.size() && syntax[i] != ' ' && syntax[i] != '\t' &&
                   !isGroupCharacter(syntax[i]))
                ++i;
            pieces.push_back(syntax.substr(start, i - start));
        }
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

// Recursive descent over the lexed pieces; each rule returns the sequences it allows.
class Parser {
public:
    Parser(std::string_view syntax) : m_syntax(syntax), m_pieces(lex(syntax)) {}

    Sequences parseCommand()
    {
        Sequences sequences = parseSequence();
        if (m_position != m_pieces.size())
            fail("unexpected '" + std::string(m_pieces[m_position]) + "'");
        for (const auto &sequence : sequences) {
            if (sequence.empty())
                fail("the command may be empty");
        }
        return sequences;
    }

    int tokenCount() const { return m_tokenCount; }

private:
    std::string_view peek() const
    {
        return m_position < m_pieces.size() ? m_pieces[m_position] : std::string_view();
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
            if (piece == "[")
                alternatives.insert(alternatives.begin(), std::vector<SyntaxToken>());
            return alternatives;
        }
        SyntaxToken token;
        try {
            token = classifySyntaxWord(piece);
        } catch (const std::invalid_argument &error) {
            fail(error.what());
        }
        token.helpIndex = m_tokenCount++;
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

    [[noreturn]] void fail(const std::string &why) const
    {
        throw std::invalid_argument("command syntax \"" + std::string(m_syntax) + "\": " + why);
    }

    std::string_view m_syntax;
    std::vector<std::string_view> m_pieces;
    std::size_t m_position = 0;
    int m_tokenCount = 0;
};

} // namespace

SyntaxToken classifySyntaxWord(std::string_view word)
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

CommandSyntax::CommandSyntax(std::string_view syntax)
{
    Parser parser(syntax);
    m_sequences = parser.parseCommand();
    m_tokenCount = parser.tokenCount();
}

} // namespace routerlab::cli
