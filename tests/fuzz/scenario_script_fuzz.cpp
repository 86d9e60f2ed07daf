// Any scenario script: it parses into steps or throws a LabFileError naming the line; nothing
// else may escape, and every step says where it came from.

#include "fuzz_support.h"
#include "topology/lab_file.h"
#include "topology/scenario_script.h"

#include <string>

using namespace routerlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(fuzz::textOf(data, size));
    try {
        int previousLine = 0;
        for (const ScriptStep &step : parseScenarioScript(text, "scenario.txt")) {
            fuzz::require(step.line > previousLine, "steps come in line order");
            previousLine = step.line;
            if (step.kind == ScriptStep::Kind::Wait)
                fuzz::require(step.wait.count() >= 0, "a wait never goes back in time");
            else
                fuzz::require(!step.node.empty(), "a command names its node");
        }
    } catch (const LabFileError &error) {
        fuzz::require(error.line() > 0 && error.file() == "scenario.txt",
                      "an error names the file and the line");
    }
    return 0;
}
