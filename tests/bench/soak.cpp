#include "soak.h"

#include "bench_process.h"
#include "bench_report.h"

#include "cli/cli_session.h"
#include "router/redundancy_groups.h"
#include "topology/image_catalog.h"
#include "topology/lab.h"
#include "topology/lab_file.h"

#include <algorithm>
#include <array>
#include <iostream>

namespace routerlab::bench {
namespace {

constexpr const char *kFlappingRouter = "7204VXR-1";
// The HSRP group's own interface and the one its priority tracks.
constexpr std::array<const char *, 2> kFlappedInterfaces{"FastEthernet0/0", "FastEthernet0/1"};
constexpr SimDuration kDownFor = std::chrono::minutes(1);
// Spanning tree opens SW-OUTSIDE's ports after 30 s; HSRP settles after that.
constexpr SimDuration kSettle = std::chrono::minutes(2);
constexpr int kSamples = 4;

double hoursOf(SimDuration duration)
{
    return std::chrono::duration<double, std::ratio<3600>>(duration).count();
}

void printMemory(const std::string &when)
{
    printFigure("soak_heap_" + when, std::to_string(heapBytesInUse()), "bytes");
    printFigure("soak_resident_" + when, std::to_string(residentKilobytes()), "KB");
}

} // namespace

int runSoak(const std::shared_ptr<const ImageCatalog> &catalog, const SoakOptions &options)
{
    Lab lab(loadLabFile(options.labPath, *catalog), catalog, options.seed);
    lab.start();
    Router *router = lab.router(kFlappingRouter);
    if (!router) {
        std::cerr << "routerlab-bench: --soak needs a lab with " << kFlappingRouter << "\n";
        return 1;
    }
    // A console nobody reads: what it prints is counted, not kept, so it cannot grow.
    std::size_t consoleBytes = 0;
    cli::CliSession console(*router, [&consoleBytes](std::string_view text) { consoleBytes += text.size(); });
    console.execute("enable");
    console.execute("configure terminal");
    std::uint64_t roleChanges = 0;
    const Subscription roles = lab.bus().subscribeTo<RedundancyStateChanged>(
        [&roleChanges](const RedundancyStateChanged &change) {
            if (change.oldState != change.newState)
                ++roleChanges;
        });
    lab.runFor(kSettle);

    Scheduler &scheduler = lab.scheduler();
    const SimTime start = scheduler.now();
    const SimTime end = start + options.length;
    const SimDuration downFor = std::min(kDownFor, options.flapEvery / 2);
    printFigure("soak_lab", options.labPath);
    printFigure("soak_virtual_hours", fixed(hoursOf(options.length), 2));
    printFigure("soak_flap_every", fixed(std::chrono::duration<double>(options.flapEvery).count(), 0), "s");
    printMemory("at_start");
    const std::uint64_t eventsBefore = scheduler.executedEventCount();
    const auto wallBegin = WallClock::now();
    int flaps = 0;
    int samplesPrinted = 0;
    while (scheduler.now() + options.flapEvery <= end) {
        console.execute(std::string("interface ") + kFlappedInterfaces[flaps % 2]);
        console.execute("shutdown");
        lab.runFor(downFor);
        console.execute("no shutdown");
        lab.runFor(options.flapEvery - downFor);
        ++flaps;
        // Along the way, so growth shows as a trend rather than two points.
        const SimDuration elapsed = scheduler.now() - start;
        if (samplesPrinted + 1 < kSamples && elapsed * kSamples >= options.length * (samplesPrinted + 1)) {
            ++samplesPrinted;
            printMemory("at_" + fixed(hoursOf(elapsed), 1) + "h");
        }
    }
    lab.runFor(end - scheduler.now());
    const double wallMs = millisecondsSince(wallBegin);
    const std::uint64_t events = scheduler.executedEventCount() - eventsBefore;
    printMemory("at_end");
    printFigure("soak_flaps", std::to_string(flaps));
    printFigure("soak_redundancy_role_changes", std::to_string(roleChanges));
    printFigure("soak_events", std::to_string(events));
    printFigure("soak_wall_time", fixed(wallMs / 1000.0, 2), "s");
    printFigure("soak_events_per_second", fixed(static_cast<double>(events) / (wallMs / 1000.0), 0),
                "events/s");
    printFigure("soak_console_bytes", std::to_string(consoleBytes));
    // Still a working pair at the end.
    std::string brief;
    cli::CliSession show(*router, [&brief](std::string_view text) { brief += text; });
    show.execute("enable");
    show.execute("show standby brief");
    std::cout << "soak_final_standby_brief:\n" << brief;
    return 0;
}

} // namespace routerlab::bench
