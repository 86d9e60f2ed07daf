#include "idle_realtime.h"

#include "bench_process.h"
#include "bench_report.h"

#include "runtime/lab_runtime.h"
#include "runtime/realtime_driver.h"
#include "topology/lab.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QTcpServer>
#include <QTimer>

#include <string>
#include <vector>

namespace routerlab::bench {
namespace {

struct IdleRun {
    double cpuPercent = 0;
    double wallSeconds = 0;
};

// Runs the event loop for `wallSeconds` and nothing else.
IdleRun runEventLoopFor(double wallSeconds)
{
    QEventLoop loop;
    QTimer::singleShot(static_cast<int>(wallSeconds * 1000), &loop, &QEventLoop::quit);
    const double cpuBefore = cpuSeconds();
    const auto begin = WallClock::now();
    loop.exec();
    IdleRun run;
    run.wallSeconds = millisecondsSince(begin) / 1000.0;
    run.cpuPercent = 100.0 * (cpuSeconds() - cpuBefore) / run.wallSeconds;
    return run;
}

double floorCpuPercent(std::size_t sockets, double wallSeconds)
{
    std::vector<std::unique_ptr<QTcpServer>> servers;
    for (std::size_t index = 0; index < sockets; ++index) {
        servers.push_back(std::make_unique<QTcpServer>());
        servers.back()->listen(QHostAddress::LocalHost, 0);
    }
    return runEventLoopFor(wallSeconds).cpuPercent;
}

} // namespace

void printIdleRealtimeCpu(Lab &lab, const std::shared_ptr<const ImageCatalog> &catalog,
                          double wallSeconds)
{
    const std::size_t routers = lab.routerNames().size();
    const std::string name = "idle_realtime_" + std::to_string(routers) + "_routers";
    LabRuntime runtime(catalog);
    runtime.attach(lab);
    QString error;
    if (!runtime.serveConsoles(0, &error)) {
        printFigure(name + "_error", error.toStdString());
        return;
    }
    const SimTime labBefore = runtime.labTime();
    const std::uint64_t wakeUpsBefore = runtime.driver()->wakeUps();
    const IdleRun run = runEventLoopFor(wallSeconds);
    const double labSeconds = std::chrono::duration<double>(runtime.labTime() - labBefore).count();
    const double wakeUps = static_cast<double>(runtime.driver()->wakeUps() - wakeUpsBefore);
    runtime.stop();

    const double floor = floorCpuPercent(routers, wallSeconds);
    printFigure(name + "_cpu", fixed(run.cpuPercent, 3), "% of a core");
    printFigure(name + "_wake_ups_per_second", fixed(wakeUps / run.wallSeconds, 1));
    printFigure(name + "_lab_seconds_per_wall_second", fixed(labSeconds / run.wallSeconds, 3));
    printFigure(name + "_floor_cpu", fixed(floor, 3), "% of a core");
    printVersusFloor(name, run.cpuPercent, floor);
}

} // namespace routerlab::bench
