#include "console/line_editor.h"

namespace routerlab {
namespace {

std::string backspaces(std::size_t count) { return std::string(count, '\b'); }
std::string spaces(std::size_t count) { return std::string(count, ' '); }

} // namespace

std::string LineEditor::insert(std::string_view characters)
{
    m_text.insert(m_cursor, characters);
    m_cursor += characters.size();
    const std::string tail = m_text.substr(m_cursor);
    return shown(std::string(characters) + tail + backspaces(tail.size()));
}

std::string LineEditor::backspace()
{
    if (m_cursor == 0)
        return shown("\a");
    --m_cursor;
    m_text.erase(m_cursor, 1);
    const std::string tail = m_text.substr(m_cursor);
    return shown("\b" + tail + " " + backspaces(tail.size() + 1));
}

std::string LineEditor::deleteAtCursor()
{
    if (m_cursor >= m_text.size())
        return shown("\a");
    m_text.erase(m_cursor, 1);
    const std::string tail = m_text.substr(m_cursor);
    return shown(tail + " " + backspaces(tail.size() + 1));
}

std::string LineEditor::moveLeft()
{
    if (m_cursor == 0)
        return shown("\a");
    --m_cursor;
    return shown("\b");
}

std::string LineEditor::moveRight()
{
    if (m_cursor >= m_text.size())
        return shown("\a");
    return shown(std::string(1, m_text[m_cursor++]));
}

std::string LineEditor::moveToStart()
{
    const std::size_t from = m_cursor;
    m_cursor = 0;
    return shown(backspaces(from));
}

std::string LineEditor::moveToEnd()
{
    const std::string tail = m_text.substr(m_cursor);
    m_cursor = m_text.size();
    return shown(tail);
}

std::string LineEditor::eraseLine()
{
    const std::size_t length = m_text.size();
    const std::size_t from = m_cursor;
    m_text.clear();
    m_cursor = 0;
    return shown(backspaces(from) + spaces(length) + backspaces(length));
}

std::string LineEditor::eraseWordLeft()
{
    // IOS's Ctrl-W takes the spaces left of the cursor and then the word before them.
    std::size_t start = m_cursor;
    while (start > 0 && m_text[start - 1] == ' ')
        --start;
    while (start > 0 && m_text[start - 1] != ' ')
        --start;
    const std::size_t removed = m_cursor - start;
    if (removed == 0)
        return shown("\a");
    m_text.erase(start, removed);
    m_cursor = start;
    const std::string tail = m_text.substr(m_cursor);
    return shown(backspaces(removed) + tail + spaces(removed) + backspaces(tail.size() + removed));
}

std::string LineEditor::eraseToEnd()
{
    const std::size_t removed = m_text.size() - m_cursor;
    m_text.erase(m_cursor);
    return shown(spaces(removed) + backspaces(removed));
}

std::string LineEditor::replace(std::string_view text)
{
    // Keep what is already on screen up to the first difference.
    std::size_t common = 0;
    while (common < m_cursor && common < text.size() && m_text[common] == text[common])
        ++common;
    const std::size_t oldLength = m_text.size();
    std::string bytes = backspaces(m_cursor - common);
    bytes += text.substr(common);
    if (oldLength > text.size()) {
        const std::size_t extra = oldLength - text.size();
        bytes += spaces(extra) + backspaces(extra);
    }
    m_text = std::string(text);
    m_cursor = m_text.size();
    return shown(bytes);
}

std::string LineEditor::historyPrevious()
{
    if (m_historyPosition >= m_history.size())
        return shown("\a");
    if (m_historyPosition == 0)
        m_draft = m_text;
    ++m_historyPosition;
    return replace(m_history[m_history.size() - m_historyPosition]);
}

std::string LineEditor::historyNext()
{
    if (m_historyPosition == 0)
        return shown("\a");
    --m_historyPosition;
    if (m_historyPosition == 0)
        return replace(m_draft);
    return replace(m_history[m_history.size() - m_historyPosition]);
}

std::string LineEditor::redraw() const
{
    return shown(m_text + backspaces(m_text.size() - m_cursor));
}

void LineEditor::clear()
{
    m_text.clear();
    m_cursor = 0;
    m_historyPosition = 0;
    m_draft.clear();
}

void LineEditor::addHistory(const std::string &line)
{
    m_history.push_back(line);
    while (m_history.size() > kHistorySize)
        m_history.pop_front();
    m_historyPosition = 0;
}

} // namespace routerlab
