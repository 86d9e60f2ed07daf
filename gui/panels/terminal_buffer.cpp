#include "panels/terminal_buffer.h"

#include <QStringList>

#include <algorithm>
#include <charconv>

namespace routerlab::gui {
namespace {

constexpr char kEscape = 0x1b;
constexpr char kBell = 0x07;
constexpr int kTabStop = 8;

QString trimmedRight(const QString &text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1) == QLatin1Char(' '))
        --end;
    return text.left(end);
}

// The first numeric parameter of a control sequence ("12;3" -> 12), or `fallback`.
int firstParameter(const std::string &parameters, int fallback)
{
    int value = 0;
    const auto end = parameters.find(';');
    const std::string_view first = std::string_view(parameters).substr(0, end);
    const auto result = std::from_chars(first.data(), first.data() + first.size(), value);
    if (result.ec != std::errc() || first.empty())
        return fallback;
    return value;
}

} // namespace

TerminalBuffer::TerminalBuffer(int maximumLines) : m_maximumLines(std::max(maximumLines, 1)) {}

void TerminalBuffer::clear()
{
    m_firstLineNumber += lineCount();
    m_lines.assign(1, QString());
    m_row = 0;
    m_column = 0;
    m_firstDirtyLine = m_firstLineNumber;
}

int TerminalBuffer::feed(std::string_view bytes)
{
    int bells = 0;
    for (const char byte : bytes) {
        switch (m_escape) {
        case Escape::Started:
            if (byte == '[') {
                m_escape = Escape::ControlSequence;
                m_parameters.clear();
            } else {
                m_escape = Escape::None; // ESC and one character: nothing a router relies on
            }
            continue;
        case Escape::ControlSequence:
            if (byte >= 0x40 && byte <= 0x7e) {
                m_escape = Escape::None;
                controlSequence(byte);
            } else {
                m_parameters += byte;
            }
            continue;
        case Escape::None:
            break;
        }
        switch (byte) {
        case kEscape: m_escape = Escape::Started; break;
        case '\r': m_column = 0; break;
        case '\n': lineFeed(); break;
        case '\b': m_column = std::max(0, m_column - 1); break;
        case '\t': m_column = (m_column / kTabStop + 1) * kTabStop; break;
        case kBell: ++bells; break;
        default:
            // Other control characters (NUL padding, XON/XOFF) draw nothing. Bytes above
            // 0x7f are taken as Latin-1: IOS prints ASCII, banners may carry the odd accent.
            if (static_cast<unsigned char>(byte) >= 0x20 && byte != 0x7f)
                put(QChar(static_cast<unsigned char>(byte)));
            break;
        }
    }
    return bells;
}

void TerminalBuffer::put(QChar character)
{
    QString &line = m_lines[static_cast<std::size_t>(m_row)];
    if (line.size() < m_column)
        line.append(QString(m_column - line.size(), QLatin1Char(' ')));
    if (line.size() == m_column)
        line.append(character);
    else
        line[m_column] = character;
    ++m_column;
    touch(m_row);
}

void TerminalBuffer::lineFeed()
{
    ++m_row;
    if (m_row == lineCount()) {
        m_lines.emplace_back();
        touch(m_row);
        trim();
    }
}

void TerminalBuffer::controlSequence(char final)
{
    QString &line = m_lines[static_cast<std::size_t>(m_row)];
    switch (final) {
    case 'K': { // erase in line: 0 to the end, 1 to the start, 2 all of it
        const int mode = firstParameter(m_parameters, 0);
        if (mode == 0 && line.size() > m_column)
            line.truncate(m_column);
        else if (mode == 1)
            line.replace(0, std::min<qsizetype>(m_column + 1, line.size()),
                         QString(std::min<qsizetype>(m_column + 1, line.size()), QLatin1Char(' ')));
        else if (mode == 2)
            line.clear();
        touch(m_row);
        break;
    }
    case 'D': m_column = std::max(0, m_column - std::max(1, firstParameter(m_parameters, 1))); break;
    case 'C': m_column += std::max(1, firstParameter(m_parameters, 1)); break;
    case 'A': m_row = std::max(0, m_row - std::max(1, firstParameter(m_parameters, 1))); break;
    case 'B':
        m_row = std::min(lineCount() - 1, m_row + std::max(1, firstParameter(m_parameters, 1)));
        break;
    case 'J': // erase in display: "ESC[2J" clears the screen; scrollback goes with it
        if (firstParameter(m_parameters, 0) == 2)
            clear();
        break;
    default:
        break; // colours, cursor positioning: IOS's console never sends them
    }
}

void TerminalBuffer::touch(int row)
{
    m_firstDirtyLine = std::min(m_firstDirtyLine, m_firstLineNumber + row);
}

void TerminalBuffer::trim()
{
    while (lineCount() > m_maximumLines) {
        m_lines.pop_front();
        ++m_firstLineNumber;
        --m_row;
    }
    m_firstDirtyLine = std::max(m_firstDirtyLine, m_firstLineNumber);
}

QString TerminalBuffer::text() const
{
    QStringList lines;
    for (const QString &line : m_lines)
        lines.append(trimmedRight(line));
    return lines.join(QLatin1Char('\n'));
}

QString TerminalBuffer::currentLine() const
{
    return trimmedRight(m_lines[static_cast<std::size_t>(m_row)]);
}

} // namespace routerlab::gui
