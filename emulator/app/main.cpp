// routerlab: run a lab headless. In virtual time it plays a scenario script and prints the
// console transcript; captures write what crosses chosen links to pcap files.

#include "capture/capture_point.h"
#include "capture/pcap_writer.h"
#include "topology/image_catalog.h"
#include "topology/lab.h"
#include "topology/lab_file.h"
#include "topology/scenario_runner.h"
#include "cli/interface_names.h"

#include <boost/program_options.hpp>

#include <QCoreApplication>

#include <csignal>
#include <iostream>

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
                 "                     [--capture NODE:INTERFACE=FILE.pcap ...]\n\n"
              << options << "\n";
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
        "NODE:INTERFACE=FILE.pcap, repeatable")("duration", po::value<std::string>(),
                                               "with no script: how long to run (e.g. 2m)");
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
    if (!arguments.count("virtual")) {
        std::cerr << "routerlab: real-time mode with telnet consoles is not available yet; use --virtual\n";
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
                Segment *segment = lab.segmentAt(request->node, interface.value_or(request->interface));
                if (!segment) {
                    std::cerr << "routerlab: --capture " << text << ": no link on " << request->node << " "
                              << request->interface << "\n";
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
    } catch (const std::exception &error) {
        std::cerr << "routerlab: " << error.what() << "\n";
        return 1;
    }
    return 0;
}
