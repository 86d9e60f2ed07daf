#include "bench_switches.h"

#include <fstream>

namespace routerlab::bench {

std::string writeSwitchChainLab(int count, const std::string &directory)
{
    const std::string path = directory + "/lab.json";
    std::ofstream lab(path);
    lab << "{\n    \"name\": \"bench-switches\",\n    \"nodes\": [\n";
    for (int index = 1; index <= count; ++index) {
        // Rows of 100 on the canvas.
        lab << "        { \"name\": \"SW" << index << "\", \"type\": \"switch\", \"ports\": 8, \"x\": "
            << (index - 1) % 100 * 120 << ", \"y\": " << (index - 1) / 100 * 120 << " }"
            << (index < count ? "," : "") << "\n";
    }
    lab << "    ],\n    \"links\": [\n";
    for (int index = 2; index <= count; ++index) {
        lab << "        { \"a\": { \"node\": \"SW" << index - 1 << "\", \"port\": \"2\" }, \"b\": { \"node\": \"SW"
            << index << "\", \"port\": \"1\" } }" << (index < count ? "," : "") << "\n";
    }
    lab << "    ]\n}\n";
    return path;
}

} // namespace routerlab::bench
