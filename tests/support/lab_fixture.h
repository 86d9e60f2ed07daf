#pragma once

// What the lab-level tests share: the image catalog, whole-file reads and writes, the shipped
// three-routers lab booted under a ScenarioRunner, and the four routers of the original lab
// notes (shared/seed/configs). A test that includes this includes <QtTest> first: moc cannot
// parse <compare>, which these headers pull in.
#include "topology/image_catalog.h"
#include "topology/lab.h"
#include "topology/lab_file.h"
#include "topology/scenario_runner.h"

#include <chrono>
#include <cstdint>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <utility>

namespace routerlab::testing {

// Loaded once per test executable: parsing the images is the slow part of a lab's boot and
// the catalog never changes under a test.
inline std::shared_ptr<const ImageCatalog> catalog()
{
    static const auto loaded = ImageCatalog::load(ImageCatalog::defaultDirectory());
    return loaded;
}

inline std::string readText(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

inline void writeText(const std::string &path, const std::string &text)
{
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file << text;
}

// A shipped lab's scenario.txt played in virtual time from boot: the transcript a user would
// have read on the lab's consoles.
inline std::string playShippedScenario(const std::string &labName, std::uint64_t seed)
{
    const std::string labDir = std::string(ROUTERLAB_TOPOLOGIES_DIR "/") + labName;
    Lab lab(loadLabFile(labDir, *catalog()), catalog(), seed);
    ScenarioRunner runner(lab);
    runner.recordBoot(lab.start());
    runner.run(loadScenarioScript(labDir + "/scenario.txt"), "scenario.txt");
    return runner.transcript().text();
}

// Compares a transcript with its reviewed golden file under tests/scenario/golden/; with
// ROUTERLAB_UPDATE_GOLDEN set it rewrites the golden instead. Returns an empty string when
// they match, else what to tell the developer.
inline std::string compareWithGolden(const std::string &transcript, const std::string &goldenName)
{
    const std::string goldenPath = std::string(ROUTERLAB_TEST_DATA_DIR "/scenario/golden/") + goldenName;
    if (qEnvironmentVariableIsSet("ROUTERLAB_UPDATE_GOLDEN")) {
        writeText(goldenPath, transcript);
        return {};
    }
    const std::string golden = readText(goldenPath);
    if (golden.empty())
        return "missing golden transcript " + goldenPath;
    if (transcript == golden)
        return {};
    const std::string actualPath = std::string(ROUTERLAB_BINARY_DIR "/") + goldenName + ".actual";
    writeText(actualPath, transcript);
    return "transcript differs from golden/" + goldenName + "; see " + actualPath;
}

// The runner is declared after the lab so it is destroyed first: it watches the lab's routers.
struct BootedLab {
    std::unique_ptr<Lab> lab;
    std::unique_ptr<ScenarioRunner> runner;
};

// topologies/three-routers, booted with its log recorded and given five seconds to settle.
inline BootedLab bootThreeRouters(std::uint64_t seed = 1)
{
    BootedLab booted;
    booted.lab = std::make_unique<Lab>(
        loadLabFile(ROUTERLAB_TOPOLOGIES_DIR "/three-routers", *catalog()), catalog(), seed);
    booted.runner = std::make_unique<ScenarioRunner>(*booted.lab);
    booted.runner->recordBoot(booted.lab->start());
    booted.lab->runFor(std::chrono::seconds(5));
    return booted;
}

inline LabNodeSpec seedRouter(const std::string &name, const std::string &image,
                              std::map<int, std::string> adapters)
{
    LabNodeSpec node;
    node.name = name;
    node.model = "7206VXR";
    node.image = image;
    node.slotAdapters = std::move(adapters);
    node.config = name + ".cfg";
    return node;
}

// The four seed routers with the images and port adapters their saved configs were written
// for; their configs go in `directory`, see writeSeedConfigs.
inline LabSpec seedLab(const std::string &directory)
{
    LabSpec spec;
    spec.name = "seed";
    spec.directory = directory;
    spec.filePath = directory + "/lab.json";
    spec.nodes.push_back(
        seedRouter("7204VXR-1", "12.3(7)T1",
                   {{0, "C7200-IO-2FE"}, {1, "PA-A3"}, {3, "PA-FE-TX"}, {6, "PA-A3"}}));
    spec.nodes.push_back(seedRouter("7204VXR-2", "12.3(7)T1",
                                    {{0, "C7200-IO-FE"}, {1, "PA-FE-TX"}, {3, "PA-FE-TX"}}));
    spec.nodes.push_back(seedRouter("7206-1", "12.2", {{0, "C7200-IO-2FE"}}));
    spec.nodes.push_back(seedRouter("vpn7200", "12.2", {{0, "C7200-IO-2FE"}}));
    return spec;
}

// A seed router's saved configuration as the lab notes keep it.
inline std::string seedText(const std::string &node)
{
    return readText(ROUTERLAB_SHARED_DIR "/seed/configs/" + node + ".cfg");
}

// Copies every seed router's saved configuration into the lab's folder, as its startup config.
inline void writeSeedConfigs(const LabSpec &spec)
{
    for (const auto &node : spec.nodes)
        writeText(spec.directory + "/" + node.config, seedText(node.name));
}

} // namespace routerlab::testing
