#include "long_ping.h"

#include "bench_process.h"
#include "bench_report.h"
#include "forwarding_floor.h"

#include "topology/image_catalog.h"
#include "topology/lab.h"
#include "topology/lab_file.h"
#include "topology/scenario_runner.h"

#include <string>

namespace routerlab::bench {
namespace {

constexpr const char *kPingingRouter = "7204VXR-1";
constexpr const char *kTarget = "10.1.1.2";
constexpr int kCablesPerEcho = 4;
constexpr int kDatagramBytes = 100;

// "Success rate is 100 percent (5/5)" -> "5/5"
std::string answeredOf(const std::string &transcript)
{
    const auto open = transcript.rfind("percent (");
    if (open == std::string::npos)
        return "none";
    const auto begin = open + 9;
    return transcript.substr(begin, transcript.find(')', begin) - begin);
}

} // namespace

void printLongPing(const std::shared_ptr<const ImageCatalog> &catalog, const std::string &labPath,
                   int echoes, std::uint64_t seed)
{
    Lab lab(loadLabFile(labPath, *catalog), catalog, seed);
    ScenarioRunner runner(lab);
    runner.recordBoot(lab.start());
    // Spanning tree and HSRP settle; a first ping resolves ARP.
    lab.runFor(std::chrono::minutes(1));
    runner.runCommand(kPingingRouter, "enable");
    runner.runCommand(kPingingRouter, std::string("ping ") + kTarget);
    runner.transcript().take();

    const std::string &text = runner.transcript().text();
    const std::size_t heapBefore = heapBytesInUse();
    const std::size_t textBefore = text.capacity();
    const std::uint64_t eventsBefore = lab.scheduler().executedEventCount();
    const auto begin = WallClock::now();
    runner.runCommand(kPingingRouter, std::string("ping ") + kTarget + " repeat " + std::to_string(echoes));
    const double wallUs = millisecondsSince(begin) * 1000.0;
    const std::uint64_t events = lab.scheduler().executedEventCount() - eventsBefore;
    const long long growth = static_cast<long long>(heapBytesInUse()) - static_cast<long long>(heapBefore);
    const long long textGrowth = static_cast<long long>(text.capacity()) - static_cast<long long>(textBefore);

    const std::string name = "long_ping_" + std::to_string(echoes);
    const double perEcho = wallUs / echoes;
    const double floor = kCablesPerEcho * forwardingFloorMicroseconds(kDatagramBytes);
    printFigure(name + "_echoes_answered", answeredOf(text));
    printFigure(name + "_wall_time", fixed(wallUs / 1000.0, 1), "ms");
    printFigure(name + "_events_per_echo", fixed(static_cast<double>(events) / echoes, 1));
    printFigure(name + "_heap_growth_beyond_transcript", std::to_string(growth - textGrowth), "bytes");
    printFigure(name + "_per_echo", fixed(perEcho, 3), "us");
    printFigure(name + "_floor_per_echo", fixed(floor, 3), "us");
    printVersusFloor(name, perEcho, floor);
}

} // namespace routerlab::bench
