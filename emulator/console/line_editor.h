#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>

namespace routerlab {

// The line being typed at a console, with IOS's editing keys and per-line history. Every
// operation changes the text and returns the bytes that make the terminal show the change,
// assuming the cursor sits where the editor thinks it does: IOS redraws only the tail of the
// line with backspaces, never the whole screen. With echo off (a password) nothing is drawn.
class LineEditor {
public:
    static constexpr std::size_t kHistorySize = 10; // IOS `history size 10`

    const std::string &text() const { return m_text; }
    std::size_t cursor() const { return m_cursor; }
    std::string_view beforeCursor() const { return std::string_view(m_text).substr(0, m_cursor); }
    bool empty() const { return m_text.empty(); }

    void setEcho(bool echo) { m_echo = echo; }
    bool echo() const { return m_echo; }

    std::string insert(std::string_view characters);
    std::string backspace();
    std::string deleteAtCursor();
    std::string moveLeft();
    std::string moveRight();
    std::string moveToStart();
    std::string moveToEnd();
    std::string eraseLine();
    std::string eraseWordLeft();
    std::string eraseToEnd();
    // Replaces the whole line (Tab completion, history), cursor at its end.
    std::string replace(std::string_view text);
    std::string historyPrevious();
    std::string historyNext();

    // The line as it must be drawn right after a fresh prompt, cursor put back in place.
    std::string redraw() const;
    // Forgets the line without drawing anything (it was executed or abandoned).
    void clear();
    // An executed line joins the history; browsing starts again from the newest.
    void addHistory(const std::string &line);
    const std::deque<std::string> &history() const { return m_history; }

private:
    std::string shown(std::string bytes) const { return m_echo ? bytes : std::string(); }

    std::string m_text;
    std::size_t m_cursor = 0;
    bool m_echo = true;
    std::deque<std::string> m_history;
    // While browsing: how far back (0 = not browsing) and the line typed before browsing.
    std::size_t m_historyPosition = 0;
    std::string m_draft;
};

} // namespace routerlab
