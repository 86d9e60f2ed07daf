#include "router/config_writer.h"

#include "router/router.h"

namespace routerlab {
namespace {

// 12.3 leaves two "!" after the boot markers, after `ip subnet-zero` and after the domain
// lines; everywhere else, and in 12.2, groups are one "!" apart.
int separatorRunAfter(int group, const Router &router)
{
    const bool release123 = router.image().minorVersion >= 3;
    return release123 && (group == config_order::Boot / 100 || group == config_order::Aaa / 100 ||
                          group == config_order::IpDomain / 100)
               ? 2
               : 1;
}

} // namespace

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
            out.separator(separatorRunAfter(group, router));
        group = order / 100;
        // Append the part line by line so the writer's runs of "!" merge with ours.
        std::size_t start = 0;
        int run = 0;
        const std::string &text = part.text();
        while (start < text.size()) {
            const std::size_t end = text.find('\n', start);
            const std::string line = text.substr(start, end - start);
            if (line == "!") {
                ++run;
            } else {
                if (run > 0)
                    out.separator(run);
                run = 0;
                out.line(line);
            }
            start = end + 1;
        }
        if (run > 0)
            out.separator(run);
    }
    // 12.3 closes with three "!", 12.2 with one.
    out.separator(router.image().minorVersion >= 3 ? 3 : 1);
    out.line("end");
    return out.text();
}

} // namespace routerlab
