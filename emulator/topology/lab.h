#pragma once

#include "core/event_bus.h"
#include "core/random.h"
#include "core/scheduler.h"
#include "link/learning_switch.h"
#include "link/segment.h"
#include "router/router.h"
#include "topology/image_catalog.h"
#include "topology/lab_spec.h"

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace routerlab {

// The state of every interface and link at one moment, as the events that would have told it:
// an observer that attaches to a running lab starts from this and follows the bus after.
struct LabStateSnapshot {
    std::vector<InterfaceStateChanged> interfaces;
    std::vector<LinkStateChanged> links;
};

// A running lab: owns its clock, bus, random root, nodes and links (no globals, so several labs
// can live in one process). Built from a LabSpec; the same Lab runs in virtual time (tests,
// `routerlab run --virtual`) or is pumped in real time by the runtime driver. It is also each
// router's NVRAM: `write memory` rewrites the node's config file, `reload` boots from it.
class Lab : public StartupConfigStore {
public:
    Lab(LabSpec spec, std::shared_ptr<const ImageCatalog> catalog, std::uint64_t seed = 1);
    ~Lab() override;
    Lab(const Lab &) = delete;
    Lab &operator=(const Lab &) = delete;

    // Boots every router from its startup config (in node order). Returns the boot console
    // output of each router (config errors, as IOS prints them at boot).
    std::map<std::string, std::string> start();

    Scheduler &scheduler() { return m_scheduler; }
    EventBus &bus() { return m_bus; }
    const LabSpec &spec() const { return m_spec; }
    std::uint64_t seed() const { return m_seed; }

    Router *router(const std::string &name) const;
    LearningSwitch *ethernetSwitch(const std::string &name) const;
    const std::vector<std::string> &routerNames() const { return m_routerOrder; }
    // The link attached to a node's interface or switch port, or nullptr.
    Segment *segmentAt(const std::string &node, const std::string &port) const;
    const std::vector<std::unique_ptr<Segment>> &segments() const { return m_segments; }

    std::string startupConfigPath(const std::string &node) const;
    LabStateSnapshot stateSnapshot() const;

    // StartupConfigStore. A node without a config file gets "configs/<node>.cfg" on its first
    // save (the lab file must then be saved to remember it).
    std::string readStartupConfig(const std::string &node) const override;
    bool writeStartupConfig(const std::string &node, const std::string &text,
                            std::string &error) override;
    void runFor(SimDuration duration) { m_scheduler.runUntil(m_scheduler.now() + duration); }

private:
    void addRouter(const LabNodeSpec &node, std::size_t index);
    void addLink(const LabLinkSpec &link);
    const LabNodeSpec *nodeSpec(const std::string &name) const;

    LabSpec m_spec;
    // Node name -> index in m_spec.nodes: LabSpec::node() scans, and start-up asks for every node.
    std::unordered_map<std::string, std::size_t> m_nodeIndex;
    std::shared_ptr<const ImageCatalog> m_catalog;
    std::uint64_t m_seed;
    Scheduler m_scheduler;
    EventBus m_bus;
    Random m_random;
    std::map<std::string, std::unique_ptr<Router>> m_routers;
    std::vector<std::string> m_routerOrder;
    std::map<std::string, std::unique_ptr<LearningSwitch>> m_switches;
    std::vector<std::unique_ptr<Segment>> m_segments;
};

} // namespace routerlab
