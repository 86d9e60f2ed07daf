#pragma once

#include "core/sim_time.h"

#include <string>
#include <vector>

namespace routerlab {

// A timeline of what a user does at the consoles:
//   # comment
//   wait 30s                 (500ms, 30s, 2m ...: let the lab run)
//   R1: show ip route        (type a command at R1's console and wait until it finishes)
//   start R1: ping 10.0.0.1 repeat 100
//                            (type it and move on to other consoles while it runs, as a user
//                             watching a long ping during a failover does)
struct ScriptStep {
    enum class Kind { Wait, Command, Start };
    Kind kind = Kind::Command;
    int line = 0;
    SimDuration wait{0};
    std::string node;
    std::string command;
};

// Throws LabFileError (file, line, what is wrong) on a line it cannot read.
std::vector<ScriptStep> parseScenarioScript(const std::string &text, const std::string &fileName);
std::vector<ScriptStep> loadScenarioScript(const std::string &path);

} // namespace routerlab
