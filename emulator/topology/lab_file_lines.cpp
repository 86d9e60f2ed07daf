#include "topology/lab_file_lines.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace routerlab {

LabFilePath LabFilePath::with(StepView step) const
{
    LabFilePath path = *this;
    if (path.m_depth < kMaxDepth)
        path.m_steps[path.m_depth++] = step;
    return path;
}

std::vector<LabFilePath::Step> LabFilePath::steps() const
{
    std::vector<Step> steps;
    for (std::size_t index = 0; index < m_depth; ++index) {
        const StepView &step = m_steps[index];
        if (step.index >= 0)
            steps.emplace_back(step.index);
        else
            steps.emplace_back(std::string(step.key));
    }
    return steps;
}

std::string LabFilePath::text() const
{
    std::string text;
    for (const Step &step : steps()) {
        if (const int *index = std::get_if<int>(&step)) {
            text += "[" + std::to_string(*index) + "]";
            continue;
        }
        if (!text.empty())
            text += ".";
        text += std::get<std::string>(step);
    }
    return text;
}

namespace {

// A position in the text and the line it is on. Every step stops at the end of the text, so
// text QJsonDocument would refuse cannot run it off the end.
class Cursor {
public:
    explicit Cursor(const QByteArray &text) : m_at(text.constData()), m_end(m_at + text.size())
    {
        // QJsonDocument reads past a UTF-8 byte order mark; so does this.
        if (text.startsWith("\xEF\xBB\xBF"))
            m_at += 3;
    }

    int line() const { return m_line; }
    bool atEnd() const { return m_at >= m_end; }
    char peek() const { return atEnd() ? '\0' : *m_at; }
    void advance()
    {
        if (atEnd())
            return;
        if (*m_at == '\n')
            ++m_line;
        ++m_at;
    }

    void skipSpace()
    {
        while (!atEnd() && (*m_at == ' ' || *m_at == '\t' || *m_at == '\n' || *m_at == '\r'))
            advance();
    }

    // At the opening quote: past the closing one; returns the bytes between them, escapes as
    // written, without copying them.
    QByteArrayView skipString()
    {
        advance();
        const char *begin = m_at;
        while (!atEnd() && *m_at != '"') {
            if (*m_at == '\\')
                advance();
            advance();
        }
        const QByteArrayView raw(begin, std::min(m_at, m_end) - begin);
        advance();
        return raw;
    }

    // Past one value of any kind; containers by counting brackets, not by recursion.
    void skipValue()
    {
        int depth = 0;
        do {
            skipSpace();
            const char next = peek();
            if (next == '"') {
                skipString();
            } else if (next == '{' || next == '[') {
                ++depth;
                advance();
            } else if (next == '}' || next == ']') {
                --depth;
                advance();
            } else if (next == ',' || next == ':') {
                advance();
            } else {
                while (!atEnd() && !isDelimiter(*m_at))
                    advance();
            }
        } while (depth > 0 && !atEnd());
    }

    // In an object (at its '{'): onto the value of the last member named `key`.
    bool enterMember(const std::string &key)
    {
        if (peek() != '{')
            return false;
        advance();
        const QByteArray wanted = QByteArray::fromStdString(key);
        std::optional<Cursor> found;
        while (true) {
            skipSpace();
            if (peek() != '"')
                break;
            const QByteArray name = decoded(skipString());
            skipSpace();
            if (peek() != ':')
                break;
            advance();
            skipSpace();
            if (name == wanted)
                found = *this;
            skipValue();
            skipSpace();
            if (peek() != ',')
                break;
            advance();
        }
        if (!found)
            return false;
        *this = *found;
        return true;
    }

    // In an array (at its '['): onto element `index`.
    bool enterElement(int index)
    {
        if (peek() != '[')
            return false;
        advance();
        for (int element = 0;; ++element) {
            skipSpace();
            if (atEnd() || peek() == ']')
                return false;
            if (element == index)
                return true;
            skipValue();
            skipSpace();
            if (peek() != ',')
                return false;
            advance();
        }
    }

private:
    static bool isDelimiter(char c)
    {
        return c == ',' || c == ']' || c == '}' || c == ':' || c == ' ' || c == '\t' || c == '\n' ||
               c == '\r' || c == '"' || c == '[' || c == '{';
    }

    // A key written with escapes ("na\u006de") compares as what it says.
    static QByteArray decoded(QByteArrayView raw)
    {
        if (!raw.contains('\\'))
            return raw.toByteArray();
        const QJsonDocument document = QJsonDocument::fromJson("[\"" + raw.toByteArray() + "\"]");
        return document.array().at(0).toString().toUtf8();
    }

    const char *m_at;
    const char *m_end;
    int m_line = 1;
};

} // namespace

int LabFileLines::lineAt(qsizetype offset) const
{
    const qsizetype end = std::min(offset, m_text.size());
    return 1 + static_cast<int>(QByteArrayView(m_text.constData(), std::max<qsizetype>(end, 0)).count('\n'));
}

int LabFileLines::lineOf(const LabFilePath &path) const
{
    Cursor cursor(m_text);
    cursor.skipSpace();
    for (const LabFilePath::Step &step : path.steps()) {
        Cursor inside = cursor;
        const bool entered = std::holds_alternative<int>(step)
                                 ? inside.enterElement(std::get<int>(step))
                                 : inside.enterMember(std::get<std::string>(step));
        if (!entered)
            break;
        cursor = inside;
    }
    return cursor.line();
}

std::vector<int> LabFileLines::elementLines(const std::string &key) const
{
    std::vector<int> lines;
    Cursor cursor(m_text);
    cursor.skipSpace();
    if (!cursor.enterMember(key) || cursor.peek() != '[')
        return lines;
    cursor.advance();
    while (true) {
        cursor.skipSpace();
        if (cursor.atEnd() || cursor.peek() == ']')
            return lines;
        lines.push_back(cursor.line());
        cursor.skipValue();
        cursor.skipSpace();
        if (cursor.peek() != ',')
            return lines;
        cursor.advance();
    }
}

} // namespace routerlab
