// routerlab-bench: how far one process scales. Builds a chain R1 - R2 - ... - RN of 7206VXRs,
// boots it, pings from R1 to RN's loopback in virtual time and prints one `name: value unit`
// figure per line (startup time, memory per router, scheduler throughput).
//
//   R1 Fa0/1 --- Fa0/0 R2 Fa0/1 --- Fa0/0 R3 ... RN (Loopback0 172.31.255.1/32)
//      .1    10.x.y.z/30    .2
//
// Link k (between Rk and Rk+1) is the k-th /30 of 10.0.0.0/8. Every router but RN has a default
// route toward RN, and every router past R2 a route back to R1's subnet (10.0.0.0/30): enough for
// R1 <-> RN (and for ICMP errors back to R1) with two static routes per router.

#include "core/scheduler.h"
#include "ip/ping.h"
#include "router/router.h"
#include "topology/image_catalog.h"
#include "topology/lab.h"
#include "topology/lab_spec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

namespace routerlab {
namespace {

using WallClock = std::chrono::steady_clock;

// IOS originates echoes with TTL 255, so a router further than 255 hops cannot be reached.
constexpr int kFarthestReachableRouter = 256;
const char *const kFarAddress = "172.31.255.1";

double millisecondsSince(WallClock::time_point start)
{
    return std::chrono::duration<double, std::milli>(WallClock::now() - start).count();
}

long long residentKilobytes()
{
    std::ifstream statm("/proc/self/statm");
    long long sizePages = 0;
    long long residentPages = 0;
    statm >> sizePages >> residentPages;
    return residentPages * (sysconf(_SC_PAGESIZE) / 1024);
}

// The address of side 1 (Rk, Fa0/1) or side 2 (Rk+1, Fa0/0) of link k (k >= 1).
std::string linkAddress(int link, int side)
{
    const std::uint32_t address = (10u << 24) + static_cast<std::uint32_t>(link - 1) * 4u +
                                  static_cast<std::uint32_t>(side);
    return std::to_string(address >> 24) + "." + std::to_string((address >> 16) & 0xff) + "." +
           std::to_string((address >> 8) & 0xff) + "." + std::to_string(address & 0xff);
}

std::string routerName(int index)
{
    return "R" + std::to_string(index);
}

std::string startupConfig(int index, int count)
{
    const char *const mask = " 255.255.255.252\n";
    std::ostringstream config;
    config << "hostname " << routerName(index) << "\n!\n";
    if (index > 1)
        config << "interface FastEthernet0/0\n ip address " << linkAddress(index - 1, 2) << mask
               << "!\n";
    if (index < count)
        config << "interface FastEthernet0/1\n ip address " << linkAddress(index, 1) << mask
               << "!\n";
    if (index == count)
        config << "interface Loopback0\n ip address " << kFarAddress << " 255.255.255.255\n!\n";
    if (index < count)
        config << "ip route 0.0.0.0 0.0.0.0 " << linkAddress(index, 2) << "\n";
    if (index > 2)
        config << "ip route 10.0.0.0 255.255.255.252 " << linkAddress(index - 1, 1) << "\n";
    config << "!\nend\n";
    return config.str();
}

// Writes the configs to `directory` and returns the chain's spec; not part of the timed startup.
LabSpec chainSpec(int count, const std::string &directory)
{
    LabSpec spec;
    spec.name = "bench-chain";
    spec.directory = directory;
    for (int index = 1; index <= count; ++index) {
        LabNodeSpec node;
        node.name = routerName(index);
        node.kind = LabNodeSpec::Kind::Router;
        node.model = "7206VXR";
        node.image = "12.3(7)T1";
        node.slotAdapters[0] = "C7200-IO-2FE";
        node.config = node.name + ".cfg";
        std::ofstream(directory + "/" + node.config) << startupConfig(index, count);
        if (index > 1)
            spec.links.push_back({{routerName(index - 1), "FastEthernet0/1"},
                                  {node.name, "FastEthernet0/0"},
                                  0});
        spec.nodes.push_back(std::move(node));
    }
    return spec;
}

struct PingResult {
    std::string transcript;
    int received = 0;
    std::string roundTrip; // "min/avg/max", empty when nothing came back
};

// Runs one ping to completion in virtual time.
PingResult runPing(Lab &lab, Router &from, Ipv4Address target, int repeat)
{
    PingResult result;
    bool done = false;
    PingOperation::Options options;
    options.target = target;
    options.repeat = repeat;
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

void printFigure(const std::string &name, const std::string &value, const std::string &unit = {})
{
    std::cout << name << ": " << value << (unit.empty() ? "" : " ") << unit << "\n";
}

std::string fixed(double value, int decimals = 1)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

int runBench(int count, std::uint64_t seed, int idleSeconds)
{
    auto catalog = ImageCatalog::load(ImageCatalog::defaultDirectory());
    QTemporaryDir configDirectory;
    if (!configDirectory.isValid()) {
        std::cerr << "routerlab-bench: cannot create a temporary directory\n";
        return 1;
    }
    LabSpec spec = chainSpec(count, configDirectory.path().toStdString());
    printFigure("routers", std::to_string(count));

    const long long residentBefore = residentKilobytes();
    const auto startupBegin = WallClock::now();
    auto lab = std::make_unique<Lab>(std::move(spec), catalog, seed);
    const double constructMs = millisecondsSince(startupBegin);
    const auto consoles = lab->start();
    const double startupMs = millisecondsSince(startupBegin);
    const long long residentAfter = residentKilobytes();

    std::size_t bootMessages = 0;
    for (const auto &[name, console] : consoles)
        bootMessages += console.empty() ? 0 : 1;
    printFigure("startup_wall_time", fixed(startupMs), "ms");
    printFigure("startup_construct_wall_time", fixed(constructMs), "ms");
    printFigure("startup_per_router", fixed(startupMs * 1000.0 / count), "us");
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

    const auto teardownBegin = WallClock::now();
    lab.reset();
    printFigure("teardown_wall_time", fixed(millisecondsSince(teardownBegin)), "ms");
    return ping.received > 0 || count > kFarthestReachableRouter ? 0 : 2;
}

} // namespace
} // namespace routerlab

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription("Boots a chain of N routers and prints scaling figures.");
    parser.addHelpOption();
    parser.addOption({"routers", "Number of routers in the chain (at least 2).", "N", "1000"});
    parser.addOption({"seed", "Lab seed.", "SEED", "1"});
    parser.addOption({"idle-seconds", "Virtual seconds run after the ping.", "S", "60"});
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
    return routerlab::runBench(routers, seed, idleSeconds);
}
