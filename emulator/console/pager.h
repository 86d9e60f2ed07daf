#pragma once

#include <string>
#include <string_view>

namespace routerlab {

// IOS's --More-- for one command's output: after `terminal length` - 1 lines it stops at
// " --More-- " and holds the rest until a key. Space shows the next page, Return the next
// line, any other key throws the rest of the command's output away. Works on terminal bytes
// ("\r\n" line ends); a length of 0 turns paging off.
class Pager {
public:
    static constexpr std::string_view kMore = " --More-- ";
    // What IOS sends to wipe the prompt before carrying on (it leaves the leading space).
    static constexpr std::string_view kEraseMore = "\b\b\b\b\b\b\b\b\b        \b\b\b\b\b\b\b\b\b";

    enum class Key { NextPage, NextLine, Quit };

    // A new command starts: count its lines from zero and stop discarding.
    void begin(int length);
    // Output of the command; returns the bytes to show now (the rest is held while paused).
    std::string write(std::string_view text);
    bool paused() const { return m_paused; }
    // The user answered --More--; returns the bytes to show.
    std::string resume(Key key);

private:
    std::string page(std::string_view text);

    int m_length = 0;
    int m_linesLeft = 0;
    bool m_paused = false;
    bool m_discarding = false;
    std::string m_held;
};

} // namespace routerlab
