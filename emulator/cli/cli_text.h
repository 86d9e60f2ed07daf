#pragma once

#include <cctype>
#include <string_view>

namespace routerlab::cli {

// IOS keywords and interface types match case-insensitively by prefix.
inline bool startsWithCaseless(std::string_view text, std::string_view prefix)
{
    if (prefix.size() > text.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[i])) !=
            std::tolower(static_cast<unsigned char>(prefix[i])))
            return false;
    }
    return true;
}

inline bool isCliSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

} // namespace routerlab::cli
