#include "cli/output_filter.h"

#include <array>
#include <utility>

namespace routerlab::cli {
namespace {

std::size_t indentOf(const std::string &line)
{
    const std::size_t first = line.find_first_not_of(' ');
    return first == std::string::npos ? line.size() : first;
}

} // namespace

OutputFilter::OutputFilter(Kind kind, const std::string &pattern)
    : m_kind(kind), m_regex(pattern, std::regex::extended)
{}

bool OutputFilter::kindFromKeyword(std::string_view keyword, Kind &kind)
{
    // IOS 12.3 also offers append, redirect and tee; they write files, which a lab has none of.
    constexpr std::array<std::pair<std::string_view, Kind>, 4> kKinds = {{
        {"begin", Kind::Begin},
        {"exclude", Kind::Exclude},
        {"include", Kind::Include},
        {"section", Kind::Section},
    }};
    if (keyword.empty())
        return false;
    for (const auto &[name, value] : kKinds) {
        if (name.starts_with(keyword)) {
            kind = value;
            return true;
        }
    }
    return false;
}

bool OutputFilter::passes(const std::string &line)
{
    const bool matches = std::regex_search(line, m_regex);
    switch (m_kind) {
    case Kind::Include:
        return matches;
    case Kind::Exclude:
        return !matches;
    case Kind::Begin:
        m_begun = m_begun || matches;
        return m_begun;
    case Kind::Section: {
        const std::size_t indent = indentOf(line);
        if (m_sectionIndent != std::string::npos && indent > m_sectionIndent)
            return true;
        m_sectionIndent = matches ? indent : std::string::npos;
        return matches;
    }
    }
    return false;
}

std::string OutputFilter::feed(std::string_view text)
{
    m_partial.append(text);
    std::string out;
    std::size_t start = 0;
    for (std::size_t end = m_partial.find('\n'); end != std::string::npos;
         end = m_partial.find('\n', start)) {
        std::string line = m_partial.substr(start, end - start);
        if (passes(line))
            out += line + "\n";
        start = end + 1;
    }
    m_partial.erase(0, start);
    return out;
}

std::string OutputFilter::flush()
{
    std::string line = std::exchange(m_partial, {});
    if (line.empty() || !passes(line))
        return {};
    return line;
}

} // namespace routerlab::cli
