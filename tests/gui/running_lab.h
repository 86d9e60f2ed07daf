#pragma once

// What the GUI tests share: a shipped lab (topologies/<name>) with a console line per router
// that a test types into, exactly as a user at the console would, in virtual time. A test that
// includes this includes <QtTest> first (moc cannot parse <compare>).
#include "console/console_session.h"
#include "support/lab_fixture.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace routerlab::testing {

class RunningLab {
public:
    explicit RunningLab(const std::string &topology, std::uint64_t seed = 1)
        : lab(loadLabFile(std::string(ROUTERLAB_TOPOLOGIES_DIR) + "/" + topology, *catalog()),
              catalog(), seed)
    {
    }

    void start() { lab.start(); }

    // Keys typed at `node`'s console (started and past "Press RETURN" on first use), then
    // whatever is due at this instant runs.
    void type(const std::string &node, std::string_view keys)
    {
        console(node).receive(keys);
        lab.scheduler().runUntil(lab.scheduler().now());
    }

    // `enable`, `configure terminal`, the lines, `end`.
    void configure(const std::string &node, const std::vector<std::string> &lines)
    {
        type(node, "enable\r");
        type(node, "configure terminal\r");
        for (const std::string &line : lines)
            type(node, line + "\r");
        type(node, "end\r");
    }

    ConsoleSession &console(const std::string &node)
    {
        auto &session = m_consoles[node];
        if (!session) {
            session = std::make_unique<ConsoleSession>(*lab.router(node));
            session->start();
            session->receive("\r");
        }
        return *session;
    }

    Lab lab;

private:
    // After the lab, so the consoles go first: they log into its routers.
    std::map<std::string, std::unique_ptr<ConsoleSession>> m_consoles;
};

} // namespace routerlab::testing
