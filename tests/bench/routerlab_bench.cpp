// routerlab-bench: how far one process scales. Writes a chain R1 - R2 - ... - RN of 7206VXRs as
// a lab folder (bench_chain.h), loads and boots it, pings from R1 to RN's loopback in virtual
// time and prints one `name: value unit` figure per line: start-up time, memory per router,
// scheduler throughput, and raw figures free of protocol work (the scheduler's rate, wall time
// per forwarded packet per hop, start-up per router and per switch at several sizes, idle CPU
// in real time, a long ping's cost per echo), each next to a floor measured in the same run.
// `--soak` runs the seed-hsrp lab for a virtual day instead (soak.h).

#include "bench_chain.h"
#include "bench_process.h"
#include "bench_report.h"
#include "bench_switches.h"
#include "forwarding_floor.h"
#include "idle_realtime.h"
#include "long_ping.h"
#include "scheduler_floor.h"
#include "soak.h"
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

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace routerlab::bench {
namespace {

// Enough forwarded packets per datagram size for a stable per-hop figure, in a fraction of a
// second.
constexpr int kForwardedHops = 200000;

const char *const kSeedHsrpLab = ROUTERLAB_TOPOLOGIES_DIR "/seed-hsrp";

struct BenchOptions {
    int routers = 1000;
    std::uint64_t seed = 1;
    int idleSeconds = 60;
    std::vector<int> startupSizes;
    std::vector<int> switchSizes{1000, 16000, 100000};
    std::size_t schedulerRounds = 250000;
    double idleCpuSeconds = 3;
    int pingEchoes = 20000;
};

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

// Start-up per node ("router", "switch"), step by step, next to what reading the lab's files
// alone costs: flat figures from size to size mean start-up grows linearly.
void printStartupPerNode(int count, const std::string &node, const StartedChain &chain,
                         const std::string &labFile)
{
    const std::string plural = node == "switch" ? "switches" : node + "s";
    const std::string name = "startup_at_" + std::to_string(count) + "_" + plural;
    const std::string per = "_per_" + node;
    const double perNode = 1000.0 / count;
    const double totalMs = chain.loadMs + chain.constructMs + chain.startMs;
    const double floorMs = startupFloorMilliseconds(labFile);
    printFigure(name + "_load" + per, fixed(chain.loadMs * perNode, 2), "us");
    printFigure(name + "_construct" + per, fixed(chain.constructMs * perNode, 2), "us");
    printFigure(name + "_start" + per, fixed(chain.startMs * perNode, 2), "us");
    printFigure(name + per, fixed(totalMs * perNode, 2), "us");
    printFigure(name + "_floor" + per, fixed(floorMs * perNode, 2), "us");
    printVersusFloor(name, totalMs, floorMs);
}

// A fresh lab of `count` routers or switches, timed alone.
bool measureStartupAt(int count, bool switches, const std::shared_ptr<const ImageCatalog> &catalog,
                      std::uint64_t seed)
{
    QTemporaryDir directory;
    if (!directory.isValid())
        return false;
    const std::string folder = directory.path().toStdString();
    const std::string labFile =
        switches ? writeSwitchChainLab(count, folder) : writeChainLab(count, folder);
    StartedChain chain = startChain(labFile, catalog, seed);
    printStartupPerNode(count, switches ? "switch" : "router", chain, labFile);
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

int runBench(const std::shared_ptr<const ImageCatalog> &catalog, const BenchOptions &options)
{
    const int count = options.routers;
    const std::uint64_t seed = options.seed;
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
    printStartupPerNode(count, "router", chain, labFile);
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
    lab->runFor(seconds(options.idleSeconds));
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
    if (options.idleCpuSeconds > 0)
        printIdleRealtimeCpu(*lab, catalog, options.idleCpuSeconds);

    const auto teardownBegin = WallClock::now();
    lab.reset();
    printFigure("teardown_wall_time", fixed(millisecondsSince(teardownBegin)), "ms");

    // After the chain is gone, so that its memory figures are not skewed by what these free.
    for (const bool switches : {false, true}) {
        for (const int size : switches ? options.switchSizes : options.startupSizes) {
            if (!measureStartupAt(size, switches, catalog, seed)) {
                std::cerr << "routerlab-bench: cannot create a temporary directory\n";
                return 1;
            }
        }
    }
    if (options.pingEchoes > 0)
        printLongPing(catalog, kSeedHsrpLab, options.pingEchoes, seed);
    for (const std::size_t pending : {std::size_t{1000}, std::size_t{100000}}) {
        printSchedulerRate(pending, options.schedulerRounds, true);
        printSchedulerRate(pending, options.schedulerRounds, false);
    }
    return ping.received > 0 || count > kFarthestReachableRouter ? 0 : 2;
}

} // namespace
} // namespace routerlab::bench

namespace {

// "1000,16000" -> {1000, 16000}; nullopt unless every size is a number of at least 2.
std::optional<std::vector<int>> sizesOf(const QString &text)
{
    std::vector<int> sizes;
    for (const QString &size : text.split(',', Qt::SkipEmptyParts)) {
        bool ok = false;
        sizes.push_back(size.toInt(&ok));
        if (!ok || sizes.back() < 2)
            return std::nullopt;
    }
    return sizes;
}

int usageError(const char *message)
{
    std::cerr << "routerlab-bench: " << message << "\n";
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace routerlab::bench;
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
    parser.addOption({"switch-sizes", "Time start-up alone for chains of this many switches.",
                      "N,N,...", "1000,16000,100000"});
    parser.addOption({"scheduler-rounds", "Rounds per scheduler rate measurement.", "R", "250000"});
    parser.addOption({"idle-cpu-seconds",
                      "Wall seconds the chain runs idle in real time, its CPU measured (0: skip).",
                      "S", "3"});
    parser.addOption({"ping-echoes", "Echoes of the long ping in the seed-hsrp lab (0: skip).", "N",
                      "20000"});
    parser.addOption({"soak", "Instead of the figures above: the seed-hsrp lab for --soak-hours "
                              "of virtual time, an HSRP interface flapping every --soak-flap-minutes."});
    parser.addOption({"soak-hours", "Virtual hours of the soak.", "H", "24"});
    parser.addOption({"soak-flap-minutes", "Virtual minutes between flaps (at least 2).", "M", "5"});
    parser.process(application);

    BenchOptions options;
    bool ok = false;
    options.seed = parser.value("seed").toULongLong(&ok);
    if (!ok)
        return usageError("--seed needs a number");
    const auto catalog = routerlab::ImageCatalog::load(routerlab::ImageCatalog::defaultDirectory());
    if (parser.isSet("soak")) {
        SoakOptions soak;
        soak.labPath = kSeedHsrpLab;
        soak.seed = options.seed;
        const double hours = parser.value("soak-hours").toDouble(&ok);
        if (!ok || hours <= 0)
            return usageError("--soak-hours needs a positive number of hours");
        const double flapMinutes = parser.value("soak-flap-minutes").toDouble(&ok);
        if (!ok || flapMinutes < 2)
            return usageError("--soak-flap-minutes needs a number of at least 2");
        soak.length = std::chrono::duration_cast<routerlab::SimDuration>(
            std::chrono::duration<double, std::ratio<3600>>(hours));
        soak.flapEvery = std::chrono::duration_cast<routerlab::SimDuration>(
            std::chrono::duration<double, std::ratio<60>>(flapMinutes));
        return runSoak(catalog, soak);
    }

    options.routers = parser.value("routers").toInt(&ok);
    if (!ok || options.routers < 2)
        return usageError("--routers needs a number of at least 2");
    options.idleSeconds = parser.value("idle-seconds").toInt(&ok);
    if (!ok || options.idleSeconds < 0)
        return usageError("--idle-seconds needs a number of seconds");
    const auto startupSizes = sizesOf(parser.value("startup-sizes"));
    if (!startupSizes)
        return usageError("--startup-sizes needs numbers of at least 2");
    options.startupSizes = *startupSizes;
    const auto switchSizes = sizesOf(parser.value("switch-sizes"));
    if (!switchSizes)
        return usageError("--switch-sizes needs numbers of at least 2");
    options.switchSizes = *switchSizes;
    options.schedulerRounds = parser.value("scheduler-rounds").toULongLong(&ok);
    if (!ok || options.schedulerRounds < 1)
        return usageError("--scheduler-rounds needs a positive number");
    options.idleCpuSeconds = parser.value("idle-cpu-seconds").toDouble(&ok);
    if (!ok || options.idleCpuSeconds < 0)
        return usageError("--idle-cpu-seconds needs a number of seconds");
    options.pingEchoes = parser.value("ping-echoes").toInt(&ok);
    if (!ok || options.pingEchoes < 0)
        return usageError("--ping-echoes needs a number");
    return runBench(catalog, options);
}
