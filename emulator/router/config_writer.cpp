#include "router/config_writer.h"

namespace routerlab {

std::string RunningConfigWriters::write(const Router &router) const
{
    ConfigWriter out;
    out.separator();
    int group = -1;
    for (const auto &[order, writer] : m_writers) {
        ConfigWriter part;
        writer(router, part);
        if (part.text().empty())
            continue;
        if (group >= 0 && order / 100 != group)
            out.separator();
        group = order / 100;
        // Append the part line by line so the writer's separators merge with ours.
        std::size_t start = 0;
        const std::string &text = part.text();
        while (start < text.size()) {
            const std::size_t end = text.find('\n', start);
            const std::string line = text.substr(start, end - start);
            if (line == "!")
                out.separator();
            else
                out.line(line);
            start = end + 1;
        }
    }
    out.separator();
    out.line("end");
    return out.text();
}

} // namespace routerlab
