// routerlab: run a lab headless. In virtual time it plays a scenario script and prints the
// console transcript; in real time (optionally sped up) it serves every router's console over
// telnet and can take over this terminal as one of them. Captures write what crosses chosen
// links to pcap files.

#include <QCoreApplication>
#include <QHostAddress>
#include <QSocketNotifier>

#include "app/terminal_attach.h"
#include "capture/capture_point.h"
#include "capture/capture_target.h"
#include "capture/pcap_writer.h"
#include "topology/image_catalog.h"
#include "topology/lab.h"
#include "topology/lab_file.h"
#include "topology/scenario_runner.h"
#include "cli/interface_names.h"
#include "runtime/lab_runtime.h"

#include <boost/program_options.hpp>

#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <iomanip>
#include <iostream>
#include <sstream>

namespace po = boost::program_options;
using namespace routerlab;

namespace {

struct CaptureRequest {
    std::string node;
    std::string interface;
    std::string file;
};

// "R1:FastEthernet0/0=out.pcap" (interface names may be abbreviated: R1:fa0/0=out.pcap)
std::optional<CaptureRequest> parseCapture(const std::string &text)
{
    const auto colon = text.find(':');
    const auto equals = text.find('=', colon == std::string::npos ? 0 : colon);
    if (colon == std::string::npos || equals == std::string::npos)
        return std::nullopt;
    return CaptureRequest{text.substr(0, colon), text.substr(colon + 1, equals - colon - 1),
                          text.substr(equals + 1)};
}

int usage(const po::options_description &options)
{
    std::cout << "usage: routerlab run LAB [--virtual] [--script FILE] [--seed N]\n"
                 "                     [--capture NODE:INTERFACE=FILE.pcap ... [--force]]\n"
                 "                     [--console-base-port N] [--console-bind ADDR] [--speed X]\n"
                 "                     [--attach NODE]\n\n"
              << options << "\n"
              << "Without --virtual the lab runs in real time and serves each router's console\n"
                 "on telnet 127.0.0.1 (or --console-bind's address) BASE, BASE+1, ... in lab\n"
                 "order. --attach also makes this terminal that router's console: Ctrl-] then\n"
                 "n / p goes to the next / previous router, Ctrl-] q quits (as does SIGINT or\n"
                 "SIGTERM).\n";
    return 0;
}

// "30", "30x", "0.5X"
std::optional<double> parseSpeed(std::string text)
{
    if (!text.empty() && (text.back() == 'x' || text.back() == 'X'))
        text.pop_back();
    try {
        std::size_t used = 0;
        const double speed = std::stod(text, &used);
        if (used == text.size() && speed > 0)
            return speed;
    } catch (const std::exception &) {
    }
    return std::nullopt;
}

std::string speedText(double speed)
{
    std::ostringstream out;
    out << speed << "x";
    return out.str();
}

// SIGINT/SIGTERM/SIGHUP end the event loop, so that captures flush and the terminal comes back
// through ordinary destructors. A signal handler can only reach the loop through a descriptor
// it knows without context, hence this one file-level variable (the self-pipe trick).
int g_signalWriteFd = -1;

void onShutdownSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t ignored = ::write(g_signalWriteFd, &byte, 1);
}

// SIGINT, SIGTERM and SIGHUP all mean "stop the lab, keep what it did".
void onShutdownSignals(void (*handler)(int))
{
    struct sigaction action {};
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : {SIGINT, SIGTERM, SIGHUP})
        ::sigaction(signal, &action, nullptr);
}

// A virtual run has no event loop to wake: the signals ask the lab's scheduler to stop, and the
// transcript so far is printed as at the end of any run.
Scheduler *g_virtualScheduler = nullptr;

void onVirtualStopSignal(int)
{
    if (g_virtualScheduler)
        g_virtualScheduler->requestStop();
}

void stopVirtualRunOnSignals(Scheduler &scheduler)
{
    g_virtualScheduler = &scheduler;
    onShutdownSignals(onVirtualStopSignal);
}

class ShutdownSignals {
public:
    ShutdownSignals()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, m_fds) != 0)
            return;
        g_signalWriteFd = m_fds[0];
        m_notifier = std::make_unique<QSocketNotifier>(m_fds[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [this] {
            char byte;
            [[maybe_unused]] const ssize_t ignored = ::read(m_fds[1], &byte, 1);
            QCoreApplication::quit();
        });
        onShutdownSignals(onShutdownSignal);
    }
    ~ShutdownSignals()
    {
        for (int signal : {SIGINT, SIGTERM, SIGHUP})
            std::signal(signal, SIG_DFL);
        m_notifier.reset();
        g_signalWriteFd = -1;
        if (m_fds[0] >= 0) {
            ::close(m_fds[0]);
            ::close(m_fds[1]);
        }
    }
    ShutdownSignals(const ShutdownSignals &) = delete;
    ShutdownSignals &operator=(const ShutdownSignals &) = delete;

private:
    int m_fds[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
};

// Each router serves its console on a socket, and every telnet client takes one more: a
// thousand routers pass the usual soft limit of 1,024 descriptors. The hard limit is ours to
// take; returns what is available.
rlim_t raiseDescriptorLimit()
{
    struct rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur;
}

// Where the telnet consoles listen: 127.0.0.1 unless --console-bind names another address of
// this machine. The consoles are the routers' keyboards, so opening them to a network is said
// out loud. Prints what is wrong and gives nothing for a value that is not an address.
std::optional<QHostAddress> consoleBindAddress(const po::variables_map &arguments)
{
    if (!arguments.count("console-bind"))
        return QHostAddress(QHostAddress::LocalHost);
    const std::string text = arguments["console-bind"].as<std::string>();
    QHostAddress address;
    if (!address.setAddress(QString::fromStdString(text))) {
        std::cerr << "routerlab: --console-bind " << text
                  << ": expected an IP address of this machine, such as 127.0.0.1 or 0.0.0.0\n";
        return std::nullopt;
    }
    if (!address.isLoopback()) {
        std::cerr << "routerlab: warning: --console-bind " << text
                  << ": anyone who can reach this address can type into the routers' consoles,"
                     " without a password unless their `line con 0` has `login`\n";
    }
    return address;
}

int runRealTime(Lab &lab, const po::variables_map &arguments)
{
    const auto speed = parseSpeed(arguments["speed"].as<std::string>());
    if (!speed) {
        std::cerr << "routerlab: --speed " << arguments["speed"].as<std::string>()
                  << ": expected a positive number such as 1, 5x or 30x\n";
        return 2;
    }
    const int basePort = arguments["console-base-port"].as<int>();
    if (basePort < 0 || basePort + static_cast<int>(lab.routerNames().size()) > 65536) {
        std::cerr << "routerlab: --console-base-port " << basePort << ": out of range\n";
        return 2;
    }
    const auto bindAddress = consoleBindAddress(arguments);
    if (!bindAddress)
        return 2;
    std::optional<SimDuration> duration;
    if (arguments.count("duration")) {
        duration = parseDuration(arguments["duration"].as<std::string>());
        if (!duration) {
            std::cerr << "routerlab: --duration " << arguments["duration"].as<std::string>()
                      << ": expected a duration such as 90s or 2m\n";
            return 2;
        }
    }
    std::size_t attachIndex = 0;
    const bool attach = arguments.count("attach") != 0;
    if (attach) {
        const auto &names = lab.routerNames();
        const std::string node = arguments["attach"].as<std::string>();
        const auto found = std::find(names.begin(), names.end(), node);
        if (found == names.end()) {
            std::cerr << "routerlab: --attach " << arguments["attach"].as<std::string>()
                      << ": no such router in the lab\n";
            return 2;
        }
        attachIndex = static_cast<std::size_t>(found - names.begin());
    }

    // The lab boots here, not in the runtime, so its boot output comes before the console list.
    for (const auto &[node, text] : lab.start()) {
        if (!text.empty())
            std::cout << node << " boot:\n" << text << (text.back() == '\n' ? "" : "\n");
    }
    // Paused while the consoles are listed and the terminal is taken over: lab time starts
    // with the event loop.
    LabRuntime runtime;
    runtime.setSpeed(*speed);
    runtime.pause();
    runtime.attach(lab);
    const rlim_t descriptors = raiseDescriptorLimit();
    QString error;
    if (!runtime.serveConsoles(static_cast<quint16>(basePort), &error, *bindAddress)) {
        std::cerr << "routerlab: " << error.toStdString() << "\n";
        // One listening socket per router, plus a few of our own.
        const std::size_t needed = lab.routerNames().size() + 32;
        if (descriptors != 0 && descriptors != RLIM_INFINITY && descriptors < needed) {
            std::cerr << "routerlab: " << lab.routerNames().size() << " consoles need about " << needed
                      << " open files and this process may have " << descriptors
                      << "; raise the limit (ulimit -Hn, or nofile in /etc/security/limits.conf)"
                         " and add room for every telnet client\n";
        }
        return 1;
    }
    std::cout << "routerlab: lab " << lab.spec().name << " running in real time (speed "
              << speedText(*speed) << "), seed " << lab.seed() << "\n"
              << std::left << std::setw(10) << "Node" << "Console\n";
    std::vector<TerminalAttach::Console> terminalConsoles;
    for (const std::string &name : lab.routerNames()) {
        const QString node = QString::fromStdString(name);
        std::cout << std::setw(10) << name << "telnet "
                  << runtime.consoleAddress().toString().toStdString() << " "
                  << runtime.consolePort(node) << "\n";
        terminalConsoles.push_back({name, runtime.console(node)});
    }
    std::cout.flush();

    ShutdownSignals shutdownSignals;
    if (duration) {
        const qint64 end = (lab.scheduler().now() + *duration).count();
        QObject::connect(&runtime, &LabRuntime::labTimeAdvanced, &runtime, [end](qint64 now) {
            if (now >= end)
                QCoreApplication::quit();
        });
    }
    // After the runtime, so it lets go of the consoles before the runtime destroys them.
    std::unique_ptr<TerminalAttach> terminal;
    if (attach) {
        terminal = std::make_unique<TerminalAttach>(terminalConsoles, attachIndex);
        QObject::connect(terminal.get(), &TerminalAttach::quitRequested, terminal.get(),
                         &QCoreApplication::quit);
        if (!terminal->start()) {
            std::cerr << "routerlab: --attach: cannot put the terminal in raw mode\n";
            return 1;
        }
    }
    runtime.play();
    QCoreApplication::exec();
    terminal.reset();
    runtime.stop();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    // A capture streamed into a reader that quits must not kill the lab.
    std::signal(SIGPIPE, SIG_IGN);

    po::options_description options("options");
    options.add_options()("help,h", "show this help")(
        "virtual", "run in virtual time, as fast as the CPU allows")(
        "script", po::value<std::string>(), "scenario script: `wait 30s` and `NODE: command` lines")(
        "seed", po::value<std::uint64_t>()->default_value(1), "random seed (SPIs, MACs, jitter)")(
        "capture", po::value<std::vector<std::string>>()->composing(),
        "NODE:INTERFACE=FILE.pcap, repeatable")(
        "force", "let --capture overwrite a file that is not a capture")("duration", po::value<std::string>(),
                                               "with no script: how long to run (e.g. 2m); "
                                               "in real time, lab time (default: until a signal)")(
        "console-base-port", po::value<int>()->default_value(5000),
        "real time: telnet console of the first router (others follow; 0: any free ports)")(
        "console-bind", po::value<std::string>(),
        "real time: address the telnet consoles listen on (default 127.0.0.1; 0.0.0.0: every "
        "address of this machine)")(
        "speed", po::value<std::string>()->default_value("1"),
        "real time: speed-up, e.g. 5x or 30x")(
        "attach", po::value<std::string>(), "real time: also make this terminal NODE's console");
    po::options_description hidden;
    hidden.add_options()("command", po::value<std::string>())("lab", po::value<std::string>());
    po::positional_options_description positional;
    positional.add("command", 1).add("lab", 1);
    po::options_description all;
    all.add(options).add(hidden);
    po::variables_map arguments;
    try {
        po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), arguments);
        po::notify(arguments);
    } catch (const std::exception &error) {
        std::cerr << "routerlab: " << error.what() << "\n";
        return 2;
    }
    if (arguments.count("help") || !arguments.count("command"))
        return usage(options);
    if (arguments["command"].as<std::string>() != "run" || !arguments.count("lab")) {
        std::cerr << "routerlab: expected `routerlab run LAB`\n";
        return 2;
    }
    const bool realTime = !arguments.count("virtual");
    if (realTime && arguments.count("script")) {
        std::cerr << "routerlab: --script plays in virtual time; add --virtual\n";
        return 2;
    }
    if (!realTime && arguments.count("console-bind")) {
        std::cerr << "routerlab: --console-bind is for telnet consoles in real time; "
                     "drop --virtual\n";
        return 2;
    }
    if (!realTime && arguments.count("attach")) {
        std::cerr << "routerlab: --attach is a console in real time; drop --virtual\n";
        return 2;
    }
    if (arguments.count("script") && arguments.count("duration")) {
        std::cerr << "routerlab: --duration is for runs without a script (the script's `wait` lines set the time)\n";
        return 2;
    }
    if (!realTime && arguments.count("duration") && !parseDuration(arguments["duration"].as<std::string>())) {
        std::cerr << "routerlab: --duration " << arguments["duration"].as<std::string>()
                  << ": expected a duration such as 90s or 2m\n";
        return 2;
    }

    try {
        auto catalog = ImageCatalog::load(ImageCatalog::defaultDirectory());
        LabSpec spec = loadLabFile(arguments["lab"].as<std::string>(), *catalog);
        std::vector<ScriptStep> steps;
        std::string scriptName;
        if (arguments.count("script")) {
            scriptName = arguments["script"].as<std::string>();
            steps = loadScenarioScript(scriptName);
        }
        Lab lab(std::move(spec), catalog, arguments["seed"].as<std::uint64_t>());

        std::vector<std::unique_ptr<CapturePoint>> captures;
        if (arguments.count("capture")) {
            for (const std::string &text : arguments["capture"].as<std::vector<std::string>>()) {
                const auto request = parseCapture(text);
                if (!request) {
                    std::cerr << "routerlab: --capture " << text << ": expected NODE:INTERFACE=FILE.pcap\n";
                    return 2;
                }
                const auto interface = cli::canonicalInterfaceName(request->interface);
                if (!lab.router(request->node) && !lab.ethernetSwitch(request->node)) {
                    std::cerr << "routerlab: --capture " << text << ": the lab has no node named \""
                              << request->node << "\"\n";
                    return 2;
                }
                Segment *segment = lab.segmentAt(request->node, interface.value_or(request->interface));
                if (!segment) {
                    std::cerr << "routerlab: --capture " << text << ": no link on " << request->node << " "
                              << request->interface << "\n";
                    return 2;
                }
                if (const std::string problem = captureTargetProblem(request->file);
                    !problem.empty() && !arguments.count("force")) {
                    std::cerr << "routerlab: --capture " << text << ": " << problem
                              << "; not overwriting it (--force does)\n";
                    return 2;
                }
                auto capture = std::make_unique<CapturePoint>(lab.bus(), segment->name(),
                                                              std::make_unique<PcapWriter>(request->file));
                if (!capture->isCapturing()) {
                    std::cerr << "routerlab: --capture " << text << ": " << capture->errorString() << "\n";
                    return 1;
                }
                captures.push_back(std::move(capture));
            }
        }

        if (realTime)
            return runRealTime(lab, arguments);

        stopVirtualRunOnSignals(lab.scheduler());
        ScenarioRunner runner(lab);
        runner.recordBoot(lab.start());
        if (!steps.empty()) {
            runner.run(steps, scriptName);
        } else {
            const auto duration = parseDuration(arguments.count("duration") ? arguments["duration"].as<std::string>() : "1m");
            lab.runFor(duration.value_or(std::chrono::minutes(1)));
        }
        std::cout << runner.transcript().text();
        if (!runner.transcript().text().empty() && runner.transcript().text().back() != '\n')
            std::cout << "\n";
        std::cout.flush();
        if (lab.scheduler().stopRequested()) {
            std::cerr << "routerlab: stopped by a signal after "
                      << std::chrono::duration_cast<std::chrono::milliseconds>(lab.scheduler().now()).count()
                      << " ms of lab time\n";
            return 130;
        }
    } catch (const std::exception &error) {
        std::cerr << "routerlab: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
