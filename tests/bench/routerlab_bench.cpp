// routerlab-bench: how far one process scales. Writes a chain R1 - R2 - ... - RN of 7206VXRs as
// a lab folder (bench_chain.h), loads and boots it, pings from R1 to RN's loopback in virtual
// time and prints one `name: value unit` figure per line: start-up time, memory per router,
// scheduler throughput, and raw figures free of protocol work (the scheduler's rate, wall time
// per forwarded packet per hop, start-up per router at several sizes), each next to a floor
// measured in the same run.

#include "bench_chain.h"
#include "bench_report.h"
#include "forwarding_floor.h"
#include "scheduler_floor.h"
#include "startup_floor.h"

#include "core/scheduler.h"
#include "router/ip_commands/ping.h"
#include "router/router.h"
#include "topology/image_catalog.h"
#include "topology/lab.h"
#include "topology/lab_file.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace routerlab::bench {
namespace {

// Enough forwarded packets per datagram size for a stable per-hop figure, in a fraction of a
// second.
constexpr int kForwardedHops = 200000;

long long residentKilobytes()
{
    std::ifstream statm("/proc/self/statm");
    long long sizePages = 0;
    long long residentPages = 0;
    statm >> sizePages >> residentPages;
    return residentPages * (sysconf(_SC_PAGESIZE) / 1024);
}

struct PingResult {
    std::string transcript;
    int received = 0;
    std::string roundTrip; // "min/avg/max", empty when nothing came back
};

// Runs one ping to completion in virtual time.
PingResult runPing(Lab &lab, Router &from, Ipv4Address target, int repeat, int datagramSize = 100)
{
    PingResult result;
    bool done = false;
    PingOperation::Options options;
    options.target = target;
    options.repeat = repeat;
    options.datagramSize = datagramSize;
    PingOperation ping(
        from, options, [&result](const std::string &text) { result.transcript += text; },
        [&done] { done = true; });
    ping.start();
    while (!done && lab.scheduler().runNext()) {
    }
    // "Success rate is 80 percent (4/5), round-trip min/avg/max = 1/2/4 ms"
    const std::string &text = result.transcript;
    const auto rate = text.find("percent (");
    if (rate != std::string::npos)
        result.received = std::stoi(text.substr(rate + 9));
    const std::string roundTripLabel = "min/avg/max = ";
    const auto roundTrip = text.find(roundTripLabel);
    if (roundTrip != std::string::npos) {
        const auto begin = roundTrip + roundTripLabel.size();
        result.roundTrip = text.substr(begin, text.find(' ', begin) - begin);
    }
    return result;
}

struct StartedChain {
    std::unique_ptr<Lab> lab;
    std::map<std::string, std::string> consoles;
    double loadMs = 0;
    double constructMs = 0;
    double startMs = 0;
};

// Loads the chain's lab folder and boots it, as `routerlab run` does, timing each step.
StartedChain startChain(const std::string &labFile,
                        const std::shared_ptr<const ImageCatalog> &catalog, std::uint64_t seed)
{
    StartedChain chain;
    auto begin = WallClock::now();
    LabSpec spec = loadLabFile(labFile, *catalog);
    chain.loadMs = millisecondsSince(begin);
    begin = WallClock::now();
    chain.lab = std::make_unique<Lab>(std::move(spec), catalog, seed);
    chain.constructMs = millisecondsSince(begin);
    begin = WallClock::now();
    chain.consoles = chain.lab->start();
    chain.startMs = millisecondsSince(begin);
    return chain;
}

// Start-up per router, step by step, next to what reading the lab's files alone costs: flat
// figures from size to size mean start-up grows linearly.
void printStartupPerRouter(int count, const StartedChain &chain, const std::string &labFile)
{
    const std::string name = "startup_at_" + std::to_string(count) + "_routers";
    const double perRouter = 1000.0 / count;
    const double totalMs = chain.loadMs + chain.constructMs + chain.startMs;
    const double floorMs = startupFloorMilliseconds(labFile);
    printFigure(name + "_load_per_router", fixed(chain.loadMs * perRouter, 2), "us");
    printFigure(name + "_construct_per_router", fixed(chain.constructMs * perRouter, 2), "us");
    printFigure(name + "_start_per_router", fixed(chain.startMs * perRouter, 2), "us");
    printFigure(name + "_per_router", fixed(totalMs * perRouter, 2), "us");
    printFigure(name + "_floor_per_router", fixed(floorMs * perRouter, 2), "us");
    printVersusFloor(name, totalMs, floorMs);
}

bool measureStartupAt(int count, const std::shared_ptr<const ImageCatalog> &catalog,
                      std::uint64_t seed)
{
    QTemporaryDir directory;
    if (!directory.isValid())
        return false;
    const std::string labFile = writeChainLab(count, directory.path().toStdString());
    StartedChain chain = startChain(labFile, catalog, seed);
    printStartupPerRouter(count, chain, labFile);
    return true;
}

// Wall time per packet per hop: echoes of `datagramBytes` from R1 to the farthest router in TTL
// reach and back, over the hops they crossed. The chain must be warm (ARP resolved).
void printForwardingPerHop(Lab &lab, int count, int datagramBytes)
{
    const int reach = std::min(count, kFarthestReachableRouter);
    const auto target = Ipv4Address::parse(count <= kFarthestReachableRouter
                                               ? std::string(kFarAddress)
                                               : linkAddress(reach - 1, 2));
    const int hopsPerEcho = 2 * (reach - 1);
    const int repeat = std::clamp(kForwardedHops / hopsPerEcho, 20, 10000);
    const auto begin = WallClock::now();
    const PingResult ping = runPing(lab, *lab.router(routerName(1)), *target, repeat, datagramBytes);
    const double elapsedUs = millisecondsSince(begin) * 1000.0;
    const std::string name = "forwarding_" + std::to_string(datagramBytes) + "_byte";
    printFigure(name + "_echoes_answered",
                std::to_string(ping.received) + "/" + std::to_string(repeat));
    if (ping.received == 0)
        return;
    const double perHop = elapsedUs / (double(ping.received) * hopsPerEcho);
    const double floor = forwardingFloorMicroseconds(datagramBytes);
    printFigure(name + "_per_hop", fixed(perHop, 3), "us");
    printFigure(name + "_floor_per_hop", fixed(floor, 3), "us");
    printVersusFloor(name, perHop, floor);
}

int runBench(int count, std::uint64_t seed, int idleSeconds, const std::vector<int> &startupSizes,
             std::size_t schedulerRounds)
{
    auto catalog = ImageCatalog::load(ImageCatalog::defaultDirectory());
    QTemporaryDir labDirectory;
    if (!labDirectory.isValid()) {
        std::cerr << "routerlab-bench: cannot create a temporary directory\n";
        return 1;
    }

    const std::string labFile = writeChainLab(count, labDirectory.path().toStdString());
    printFigure("routers", std::to_string(count));
    const long long residentBefore = residentKilobytes();
    StartedChain chain = startChain(labFile, catalog, seed);
    const long long residentAfter = residentKilobytes();
    std::unique_ptr<Lab> lab = std::move(chain.lab);

    std::size_t bootMessages = 0;
    for (const auto &[name, console] : chain.consoles)
        bootMessages += console.empty() ? 0 : 1;
    const double startupMs = chain.constructMs + chain.startMs;
    printFigure("startup_load_wall_time", fixed(chain.loadMs), "ms");
    printFigure("startup_wall_time", fixed(startupMs), "ms");
    printFigure("startup_construct_wall_time", fixed(chain.constructMs), "ms");
    printFigure("startup_per_router", fixed(startupMs * 1000.0 / count), "us");
    printStartupPerRouter(count, chain, labFile);
    printFigure("routers_with_boot_messages", std::to_string(bootMessages));
    const double residentGrowth = double(residentAfter - residentBefore);
    printFigure("memory_per_router", fixed(residentGrowth / count, 2), "KB");
    printFigure("memory_lab_total", std::to_string(residentAfter - residentBefore), "KB");

    Scheduler &scheduler = lab->scheduler();
    // Carrier comes up through events at time zero; run them so the phase below measures
    // forwarding, not link bring-up.
    const auto settleBegin = WallClock::now();
    const std::uint64_t settleEvents = scheduler.executedEventCount();
    lab->runFor(SimDuration{0});
    printFigure("link_settle_wall_time", fixed(millisecondsSince(settleBegin)), "ms");
    printFigure("link_settle_events",
                std::to_string(scheduler.executedEventCount() - settleEvents));

    Router &first = *lab->router(routerName(1));
    const auto far = Ipv4Address::parse(kFarAddress);
    const std::uint64_t eventsBefore = scheduler.executedEventCount();
    const SimTime virtualBefore = scheduler.now();
    const auto runBegin = WallClock::now();

    // A fresh lab drops the first echo at every hop (CEF glean while ARP resolves), so each echo
    // gets one hop further: warm the chain up before the ping that is measured.
    const int reach = std::min(count, kFarthestReachableRouter);
    const PingResult warmup = runPing(*lab, first, *far, reach + 1);
    printFigure("warmup_ping_echoes_answered", std::to_string(warmup.received) + "/" +
                                                   std::to_string(reach + 1));
    const PingResult ping = runPing(*lab, first, *far, 5);
    printFigure("ping_target", routerName(count) + " Loopback0 " + kFarAddress);
    printFigure("ping_success", std::to_string(ping.received) + "/5");
    printFigure("ping_round_trip_min_avg_max", ping.roundTrip.empty() ? "none" : ping.roundTrip, "ms");
    if (count > kFarthestReachableRouter) {
        printFigure("ping_note", routerName(count) + " is " + std::to_string(count - 1) +
                                     " hops from R1, past what an IOS echo's TTL of 255 reaches");
        const PingResult limit = runPing(
            *lab, first, *Ipv4Address::parse(linkAddress(kFarthestReachableRouter - 1, 2)), 5);
        printFigure("ping_farthest_reachable_target", routerName(kFarthestReachableRouter) +
                                                          " FastEthernet0/0");
        printFigure("ping_farthest_reachable_success", std::to_string(limit.received) + "/5");
        printFigure("ping_farthest_reachable_round_trip_min_avg_max",
                    limit.roundTrip.empty() ? "none" : limit.roundTrip, "ms");
    }
    const double pingMs = millisecondsSince(runBegin);
    const SimTime virtualAfterPing = scheduler.now();
    lab->runFor(seconds(idleSeconds));
    const double runMs = millisecondsSince(runBegin);

    const std::uint64_t events = scheduler.executedEventCount() - eventsBefore;
    auto secondsOf = [](SimDuration duration) {
        return std::chrono::duration<double>(duration).count();
    };
    const double virtualSeconds = secondsOf(scheduler.now() - virtualBefore);
    printFigure("ping_phase_wall_time", fixed(pingMs), "ms");
    printFigure("ping_phase_virtual_time",
                fixed(secondsOf(virtualAfterPing - virtualBefore), 3), "s");
    printFigure("run_phase_wall_time", fixed(runMs), "ms");
    printFigure("run_phase_virtual_time", fixed(virtualSeconds, 3), "s");
    printFigure("scheduler_events", std::to_string(events));
    printFigure("scheduler_events_per_second", fixed(events / (runMs / 1000.0), 0), "events/s");
    printFigure("virtual_seconds_per_wall_second", fixed(virtualSeconds / (runMs / 1000.0), 1));
    std::cout << "ping_transcript:\n" << ping.transcript;

    for (const int datagramBytes : {100, 1000})
        printForwardingPerHop(*lab, count, datagramBytes);

    const auto teardownBegin = WallClock::now();
    lab.reset();
    printFigure("teardown_wall_time", fixed(millisecondsSince(teardownBegin)), "ms");

    // After the chain is gone, so that its memory figures are not skewed by what these free.
    for (const int size : startupSizes) {
        if (!measureStartupAt(size, catalog, seed)) {
            std::cerr << "routerlab-bench: cannot create a temporary directory\n";
            return 1;
        }
    }
    for (const std::size_t pending : {std::size_t{1000}, std::size_t{100000}}) {
        printSchedulerRate(pending, schedulerRounds, true);
        printSchedulerRate(pending, schedulerRounds, false);
    }
    return ping.received > 0 || count > kFarthestReachableRouter ? 0 : 2;
}

} // namespace
} // namespace routerlab::bench

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription("Boots a chain of N routers and prints scaling figures.");
    parser.addHelpOption();
    parser.addOption({"routers", "Number of routers in the chain (at least 2).", "N", "1000"});
    parser.addOption({"seed", "Lab seed.", "SEED", "1"});
    parser.addOption({"idle-seconds", "Virtual seconds run after the ping.", "S", "60"});
    parser.addOption({"startup-sizes",
                      "Also time start-up alone for chains of these sizes (e.g. 1000,10000,50000).",
                      "N,N,..."});
    parser.addOption({"scheduler-rounds", "Rounds per scheduler rate measurement.", "R", "250000"});
    parser.process(application);

    bool ok = false;
    const int routers = parser.value("routers").toInt(&ok);
    if (!ok || routers < 2) {
        std::cerr << "routerlab-bench: --routers needs a number of at least 2\n";
        return 1;
    }
    const std::uint64_t seed = parser.value("seed").toULongLong(&ok);
    if (!ok) {
        std::cerr << "routerlab-bench: --seed needs a number\n";
        return 1;
    }
    const int idleSeconds = parser.value("idle-seconds").toInt(&ok);
    if (!ok || idleSeconds < 0) {
        std::cerr << "routerlab-bench: --idle-seconds needs a number of seconds\n";
        return 1;
    }
    std::vector<int> startupSizes;
    for (const QString &size : parser.value("startup-sizes").split(',', Qt::SkipEmptyParts)) {
        startupSizes.push_back(size.toInt(&ok));
        if (!ok || startupSizes.back() < 2) {
            std::cerr << "routerlab-bench: --startup-sizes needs numbers of at least 2\n";
            return 1;
        }
    }
    const qulonglong schedulerRounds = parser.value("scheduler-rounds").toULongLong(&ok);
    if (!ok || schedulerRounds < 1) {
        std::cerr << "routerlab-bench: --scheduler-rounds needs a positive number\n";
        return 1;
    }
    return routerlab::bench::runBench(routers, seed, idleSeconds, startupSizes, schedulerRounds);
}
