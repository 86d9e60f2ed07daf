#pragma once

#include <QString>

#include <deque>
#include <string>
#include <string_view>

namespace routerlab::gui {

// The screen behind a console tab: lines of text and a cursor, fed with the bytes a console
// line writes. Interprets what ConsoleSession and IOS actually send — CR, LF, backspace as
// cursor-left (line editing redraws the tail and backs up), bell, tab stops — plus the few
// VT100 sequences a router or a pasted banner may use (erase in line "ESC[K", cursor
// left/right/up/down, clear screen). No fixed width: long lines stay one line and the view
// wraps them. Old lines scroll away beyond `maximumLines`.
//
// The view renders incrementally: lines before firstDirtyLine() have not changed since the
// last markClean(); line numbers are absolute (they keep counting as lines scroll away).
class TerminalBuffer {
public:
    static constexpr int kDefaultMaximumLines = 5000;

    explicit TerminalBuffer(int maximumLines = kDefaultMaximumLines);

    // Returns how many times the bell rang in `bytes`.
    int feed(std::string_view bytes);
    void clear();

    int lineCount() const { return static_cast<int>(m_lines.size()); }
    const QString &line(int index) const { return m_lines[static_cast<std::size_t>(index)]; }
    // Every line, trailing blanks trimmed, joined by '\n'.
    QString text() const;
    // The line the cursor is on, trailing blanks trimmed.
    QString currentLine() const;
    int cursorRow() const { return m_row; }
    int cursorColumn() const { return m_column; }

    qint64 firstLineNumber() const { return m_firstLineNumber; }
    qint64 firstDirtyLine() const { return m_firstDirtyLine; }
    void markClean() { m_firstDirtyLine = m_firstLineNumber + lineCount(); }

private:
    enum class Escape { None, Started, ControlSequence };

    void put(QChar character);
    void lineFeed();
    void controlSequence(char final);
    void touch(int row);
    void trim();

    int m_maximumLines;
    std::deque<QString> m_lines{QString()};
    int m_row = 0;
    int m_column = 0;
    qint64 m_firstLineNumber = 0;
    qint64 m_firstDirtyLine = 0;
    Escape m_escape = Escape::None;
    std::string m_parameters;
};

} // namespace routerlab::gui
