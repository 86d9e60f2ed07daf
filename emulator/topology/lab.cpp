#include "topology/lab.h"

#include "topology/lab_paths.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <fstream>
#include <sstream>

namespace routerlab {

namespace {

// Bridge MACs in the style of the routers' chassis MACs: ce<switch>.<seeded>.0000, the same on
// every run with the same seed; port n sends its BPDUs from that address + n.
SpanningTreeSettings spanningTreeOf(const LabNodeSpec &node, std::size_t switchIndex,
                                    const Random &root)
{
    const std::uint64_t seeded = root.split(node.name).next64() & 0xffff;
    const std::uint64_t number = static_cast<std::uint64_t>(switchIndex + 1) & 0xff;
    SpanningTreeSettings settings;
    settings.enabled = true;
    settings.bridgeAddress = MacAddress::fromU64((0xceULL << 40) | (number << 32) | (seeded << 16));
    return settings;
}

} // namespace

Lab::Lab(LabSpec spec, std::shared_ptr<const ImageCatalog> catalog, std::uint64_t seed)
    : m_spec(std::move(spec)), m_catalog(std::move(catalog)), m_seed(seed), m_random(seed)
{
    m_nodeIndex.reserve(m_spec.nodes.size());
    for (std::size_t position = 0; position < m_spec.nodes.size(); ++position)
        m_nodeIndex.emplace(m_spec.nodes[position].name, position);
    std::size_t index = 0;
    std::size_t switchIndex = 0;
    for (const LabNodeSpec &node : m_spec.nodes) {
        if (node.kind == LabNodeSpec::Kind::Router) {
            addRouter(node, index++);
            continue;
        }
        auto ethernetSwitch =
            std::make_unique<LearningSwitch>(m_scheduler, m_bus, node.name, node.ports);
        if (node.spanningTree)
            ethernetSwitch->setSpanningTree(spanningTreeOf(node, switchIndex, m_random));
        EthernetMedia media;
        media.forcedSpeed = node.portSpeed;
        media.duplex = node.portDuplex == "full" ? Duplex::Full : node.portDuplex == "half" ? Duplex::Half : Duplex::Auto;
        ethernetSwitch->setPortMedia(media);
        ++switchIndex;
        m_switches[node.name] = std::move(ethernetSwitch);
    }
    for (const LabLinkSpec &link : m_spec.links)
        addLink(link);
}

Lab::~Lab()
{
    // Nodes detach from their links on the way out; the links go last. Deliveries still queued
    // in the scheduler check that their segment is alive and never run after this anyway.
    m_routers.clear();
    m_switches.clear();
    m_segments.clear();
}

void Lab::addRouter(const LabNodeSpec &node, std::size_t index)
{
    const ImageProfile *image = m_catalog->image(node.image);
    RouterHardware hardware;
    hardware.model = node.model;
    hardware.npe = node.npe;
    hardware.slotAdapters = node.slotAdapters;
    // Dynamips-style chassis MACs: ca<node>.<seeded>.0000, unique within the lab and the same
    // on every run with the same seed.
    Random nodeRandom = m_random.split(node.name);
    const std::uint64_t seeded = nodeRandom.next64() & 0xffff;
    hardware.macBase = (0xcaULL << 40) | ((static_cast<std::uint64_t>(index + 1) & 0xff) << 32) | (seeded << 16);
    RouterContext context{m_scheduler, m_bus, nodeRandom, m_catalog->commands(), m_catalog->configWriters(),
                          m_catalog->chassis(), *image};
    m_routers[node.name] = std::make_unique<Router>(std::move(context), node.name, hardware);
    m_routers[node.name]->setStartupConfigStore(this);
    m_routerOrder.push_back(node.name);
}

void Lab::addLink(const LabLinkSpec &link)
{
    auto segment = std::make_unique<Segment>(m_scheduler, m_bus, link.name());
    int side = 0;
    for (const LabLinkEnd *end : {&link.a, &link.b}) {
        if (Router *router = this->router(end->node)) {
            Interface *interface = router->findInterface(end->port);
            segment->attach(side, end->node, end->port, interface);
            interface->attach(segment.get(), side);
        } else if (LearningSwitch *ethernetSwitch = this->ethernetSwitch(end->node)) {
            ethernetSwitch->connect(end->port, segment.get(), side);
        }
        ++side;
    }
    m_segments.push_back(std::move(segment));
}

std::map<std::string, std::string> Lab::start()
{
    std::map<std::string, std::string> consoles;
    for (const std::string &name : m_routerOrder) {
        consoles[name] = m_routers[name]->boot(readStartupConfig(name));
    }
    // Carrier comes up on every link before the routers report their interfaces.
    m_scheduler.runUntil(m_scheduler.now());
    for (const std::string &name : m_routerOrder)
        m_routers[name]->announceInterfaces();
    return consoles;
}

Router *Lab::router(const std::string &name) const
{
    auto found = m_routers.find(name);
    return found == m_routers.end() ? nullptr : found->second.get();
}

LearningSwitch *Lab::ethernetSwitch(const std::string &name) const
{
    auto found = m_switches.find(name);
    return found == m_switches.end() ? nullptr : found->second.get();
}

Segment *Lab::segmentAt(const std::string &node, const std::string &port) const
{
    for (const auto &segment : m_segments) {
        for (int side = 0; side < 2; ++side) {
            if (segment->node(side) == node && segment->port(side) == port)
                return segment.get();
        }
    }
    return nullptr;
}

const LabNodeSpec *Lab::nodeSpec(const std::string &name) const
{
    const auto found = m_nodeIndex.find(name);
    return found == m_nodeIndex.end() ? nullptr : &m_spec.nodes[found->second];
}

std::string Lab::startupConfigPath(const std::string &node) const
{
    const LabNodeSpec *spec = nodeSpec(node);
    if (!spec || spec->config.empty())
        return {};
    if (!spec->config.empty() && spec->config.front() == '/')
        return spec->config;
    return m_spec.directory + "/" + spec->config;
}

std::string Lab::readStartupConfig(const std::string &node) const
{
    const std::string path = startupConfigPath(node);
    // A FIFO or device put there since the lab was loaded would block or never end.
    if (path.empty() || !notAFileProblem(path).empty())
        return {};
    std::ifstream file(path, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    return text.str();
}

bool Lab::writeStartupConfig(const std::string &node, const std::string &text, std::string &error)
{
    const auto found = m_nodeIndex.find(node);
    if (found != m_nodeIndex.end() && m_spec.nodes[found->second].config.empty())
        m_spec.nodes[found->second].config = "configs/" + node + ".cfg";
    const QString path = QString::fromStdString(startupConfigPath(node));
    if (path.isEmpty()) {
        error = "No such device";
        return false;
    }
    if (const LabNodeSpec *spec = nodeSpec(node)) {
        // Checked again at every save: a link may have appeared since the lab was loaded.
        if (std::string problem = configPathProblem(m_spec.directory, spec->config); !problem.empty()) {
            error = problem;
            return false;
        }
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Written aside and renamed over the old file, so a crash never leaves half a config.
    QSaveFile file(path);
    const auto size = static_cast<qint64>(text.size());
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), size) != size ||
        !file.commit()) {
        error = file.errorString().toStdString();
        return false;
    }
    return true;
}

LabStateSnapshot Lab::stateSnapshot() const
{
    LabStateSnapshot snapshot;
    for (const std::string &name : m_routerOrder) {
        for (const auto &interface : m_routers.at(name)->interfaces())
            snapshot.interfaces.push_back(
                {name, interface->name(), interface->adminUp(), interface->lineProtocolUp()});
    }
    for (const auto &segment : m_segments)
        snapshot.links.push_back({segment->name(), segment->carrier()});
    return snapshot;
}

} // namespace routerlab
