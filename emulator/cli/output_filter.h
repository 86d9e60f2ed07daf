#pragma once

#include <memory>
#include <regex>
#include <string>
#include <string_view>

namespace routerlab::cli {

// What `show ... | include|exclude|begin|section REGEX` does to a command's output, line by
// line as IOS does it: include and exclude test each line, begin passes everything from the
// first matching line on, section passes each matching line with the more-indented lines under
// it (an interface block when its header matches). Output arrives in pieces (a held ping writes
// as it goes), so partial lines wait for their newline.
class OutputFilter {
public:
    enum class Kind { Include, Exclude, Begin, Section };

    // Throws std::regex_error for a pattern std::regex cannot compile.
    OutputFilter(Kind kind, const std::string &pattern);

    // The complete lines of `text` (plus what was waiting) that pass; keeps a trailing partial
    // line for later.
    std::string feed(std::string_view text);
    // The waiting partial line, if it passes; call when the command is done.
    std::string flush();

    // "include" / "inc" / "i" ... -> the kind; false for anything else.
    static bool kindFromKeyword(std::string_view keyword, Kind &kind);

private:
    bool passes(const std::string &line);

    Kind m_kind;
    std::regex m_regex;
    std::string m_partial;
    bool m_begun = false;
    std::size_t m_sectionIndent = std::string::npos; // indent of the section being shown
};

} // namespace routerlab::cli
