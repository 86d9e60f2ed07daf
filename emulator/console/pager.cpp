#include "console/pager.h"

#include <algorithm>

namespace routerlab {

void Pager::begin(int length)
{
    m_length = std::max(length, 0);
    m_linesLeft = std::max(m_length - 1, 1);
    m_paused = false;
    m_discarding = false;
    m_held.clear();
}

std::string Pager::write(std::string_view text)
{
    if (m_discarding)
        return {};
    if (m_paused) {
        m_held += text;
        return {};
    }
    return page(text);
}

std::string Pager::page(std::string_view text)
{
    if (m_length == 0)
        return std::string(text);
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // The page is full only once more output actually follows: a command whose output
        // exactly fills the screen ends without --More--.
        if (m_linesLeft == 0) {
            out += kMore;
            m_paused = true;
            m_held.assign(text.substr(i));
            return out;
        }
        out += text[i];
        if (text[i] == '\n')
            --m_linesLeft;
    }
    return out;
}

std::string Pager::resume(Key key)
{
    if (!m_paused)
        return {};
    m_paused = false;
    std::string out(kEraseMore);
    switch (key) {
    case Key::NextPage:
        m_linesLeft = std::max(m_length - 1, 1);
        break;
    case Key::NextLine:
        m_linesLeft = 1;
        break;
    case Key::Quit:
        m_discarding = true;
        m_held.clear();
        return out;
    }
    const std::string held = std::move(m_held);
    m_held.clear();
    return out + page(held);
}

} // namespace routerlab
