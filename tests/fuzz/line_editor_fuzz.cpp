// Any sequence of editing keys at a console line. Each operation returns the bytes that make
// the terminal show the change; replayed on a one-line terminal model, they must leave on the
// screen exactly the editor's text, with the terminal's cursor where the editor's is.
//
// Input: each byte is one operation (low nibble) and, for typing, a character (high nibble);
// history entries are added from the text typed so far.

#include "fuzz_support.h"
#include "console/line_editor.h"

#include <string>

using namespace routerlab;

namespace {

// A terminal line: printable bytes overwrite at the cursor and advance it, backspace moves it
// left, the bell changes nothing.
class TerminalLine {
public:
    void show(std::string_view bytes)
    {
        for (char byte : bytes) {
            if (byte == '\b') {
                fuzz::require(m_cursor > 0, "no backspace past the start of the line");
                --m_cursor;
            } else if (byte != '\a') {
                fuzz::require(byte >= ' ' && byte <= '~', "only printable bytes are drawn");
                if (m_cursor < m_screen.size())
                    m_screen[m_cursor] = byte;
                else
                    m_screen += byte;
                ++m_cursor;
            }
        }
    }
    void freshLine()
    {
        m_screen.clear();
        m_cursor = 0;
    }
    // The screen shows the text followed by blanks only.
    bool shows(const std::string &text) const
    {
        if (m_screen.compare(0, text.size(), text) != 0 || m_screen.size() < text.size())
            return false;
        return m_screen.find_first_not_of(' ', text.size()) == std::string::npos;
    }
    std::size_t cursor() const { return m_cursor; }

private:
    std::string m_screen;
    std::size_t m_cursor = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    LineEditor editor;
    TerminalLine terminal;
    for (std::size_t i = 0; i < size; ++i) {
        const std::uint8_t operation = data[i] & 0x0f;
        const char character = " abcdefghijklmn?"[data[i] >> 4];
        switch (operation) {
        case 0: case 1: case 2: case 3:
            terminal.show(editor.insert(std::string(1 + operation, character)));
            break;
        case 4: terminal.show(editor.backspace()); break;
        case 5: terminal.show(editor.deleteAtCursor()); break;
        case 6: terminal.show(editor.moveLeft()); break;
        case 7: terminal.show(editor.moveRight()); break;
        case 8: terminal.show(editor.moveToStart()); break;
        case 9: terminal.show(editor.moveToEnd()); break;
        case 10: terminal.show(editor.eraseLine()); break;
        case 11: terminal.show(editor.eraseWordLeft()); break;
        case 12: terminal.show(editor.eraseToEnd()); break;
        case 13: terminal.show(editor.historyPrevious()); break;
        case 14: terminal.show(editor.historyNext()); break;
        case 15:
            // Enter: the line runs, joins the history, and a fresh prompt starts the next one.
            editor.addHistory(editor.text());
            editor.clear();
            terminal.freshLine();
            terminal.show(editor.redraw());
            break;
        }
        fuzz::require(editor.cursor() <= editor.text().size(), "the cursor stays inside the line");
        fuzz::require(editor.history().size() <= LineEditor::kHistorySize, "history is bounded");
        fuzz::require(terminal.shows(editor.text()), "the screen shows the line");
        fuzz::require(terminal.cursor() == editor.cursor(), "the terminal's cursor is the editor's");
    }
    return 0;
}
