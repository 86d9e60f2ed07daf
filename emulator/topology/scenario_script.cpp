#include "topology/scenario_script.h"

#include "topology/lab_file.h"
#include "topology/lab_paths.h"

#include <fstream>
#include <sstream>

namespace routerlab {
namespace {
std::string trimmed(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}
} // namespace

std::vector<ScriptStep> parseScenarioScript(const std::string &text, const std::string &fileName)
{
    std::vector<ScriptStep> steps;
    std::istringstream lines(text);
    std::string raw;
    int number = 0;
    while (std::getline(lines, raw)) {
        ++number;
        const std::string line = trimmed(raw);
        if (line.empty() || line.front() == '#')
            continue;
        ScriptStep step;
        step.line = number;
        if (line.rfind("wait ", 0) == 0 || line == "wait") {
            const auto duration = parseDuration(trimmed(line.substr(4)));
            if (!duration)
                throw LabFileError(fileName, number, "wait", "\"" + trimmed(line.substr(4)) +
                                                                 "\" is not a duration (500ms, 30s, 2m)");
            step.kind = ScriptStep::Kind::Wait;
            step.wait = *duration;
            steps.push_back(step);
            continue;
        }
        const auto colon = line.find(':');
        if (colon == std::string::npos || colon == 0)
            throw LabFileError(fileName, number, "", "expected \"wait <duration>\" or \"<node>: <command>\"");
        step.node = trimmed(line.substr(0, colon));
        if (step.node.rfind("start ", 0) == 0) {
            step.kind = ScriptStep::Kind::Start;
            step.node = trimmed(step.node.substr(6));
        }
        // Keep the command's own spacing after the first blank: IOS's '^' marker depends on it.
        std::string command = raw.substr(raw.find(':') + 1);
        if (!command.empty() && command.front() == ' ')
            command.erase(0, 1);
        while (!command.empty() && (command.back() == '\r' || command.back() == ' '))
            command.pop_back();
        step.command = command;
        steps.push_back(step);
    }
    return steps;
}

std::vector<ScriptStep> loadScenarioScript(const std::string &path)
{
    // A folder reads as nothing and a FIFO would block: say so instead.
    if (const std::string problem = notAFileProblem(path); !problem.empty())
        throw LabFileError(path, 0, "", "cannot open the script: " + problem);
    std::ifstream file(path);
    if (!file)
        throw LabFileError(path, 0, "", "cannot open the script");
    std::stringstream text;
    text << file.rdbuf();
    return parseScenarioScript(text.str(), path);
}

} // namespace routerlab
