#include "router/router.h"

#include "cli/command_tree.h"
#include "router/ip_commands/ip_debug.h"

#include <sstream>

namespace routerlab {
namespace {
constexpr int kLoopbackBandwidthKbit = 8000000;
}

BootState::BootState(Router &router)
    : staticRoutes(rib,
                   [&router](const std::string &name) {
                       const Interface *interface = router.findInterface(name);
                       return interface && interface->lineProtocolUp();
                   }),
      moduleContext(router)
{
    rib.setClock([&router] { return router.scheduler().now(); });
    routesToBus = rib.addListener([&router](const Ipv4Prefix &prefix, const Route *installed) {
        router.bus().publish(RouteChanged{router.nodeName(), prefix.network().value(), prefix.length(),
                                          installed ? installed->code.front() : ' ',
                                          installed != nullptr});
    });
    ip = std::make_unique<Ipv4Stack>(router, router.scheduler(), rib);
    ipDebug = attachIpDebug(router, *ip);
}

BootState::~BootState()
{
    // Modules first, while the stack, RIB and tracks they borrowed are all still here.
    modules.stopAll();
}

Router::Router(RouterContext context, std::string nodeName, const RouterHardware &hardware)
    : m_context(std::move(context)), m_nodeName(std::move(nodeName)), m_hardware(hardware),
      m_logger(m_context.scheduler, m_context.bus, m_nodeName), m_reloadTimer(m_context.scheduler),
      m_announceTimer(m_context.scheduler)
{
    m_boot = std::make_unique<BootState>(*this);
    buildChassis();
}

Router::~Router()
{
    // Explicit order: modules stop and go while everything they borrowed exists; then the
    // interfaces detach from their links (their last state changes still reach a whole boot
    // state); then the boot state itself.
    m_reloadTimer.stop();
    m_announceTimer.stop();
    m_boot->modules.stopAll();
    m_interfaces.clear();
    m_boot.reset();
}

void Router::setHostname(std::string hostname) { m_boot->hostname = std::move(hostname); }

void Router::buildChassis()
{
    const ChassisDescriptor &chassis = m_context.chassis;
    auto slotAdapters = m_hardware.slotAdapters;
    if (!slotAdapters.contains(0) && !chassis.defaultIoController.empty())
        slotAdapters[0] = chassis.defaultIoController;
    for (const auto &[slot, adapterName] : slotAdapters) {
        const PortAdapterType *adapter = chassis.portAdapter(adapterName);
        if (!adapter)
            continue;
        for (int port = 0; port < adapter->portCount; ++port) {
            const Interface::Kind kind =
                adapter->interfaceType == "ATM" ? Interface::Kind::Atm : Interface::Kind::Ethernet;
            const std::string name = adapter->interfaceType + std::to_string(slot) + "/" +
                                     std::to_string(port);
            const MacAddress mac =
                MacAddress::fromU64(m_hardware.macBase + static_cast<std::uint64_t>(slot) * 16 +
                                    static_cast<std::uint64_t>(port));
            m_interfaces.push_back(std::make_unique<Interface>(
                *this, name, kind, mac, adapter->bandwidthKbit, adapter, slot, port));
        }
    }
}

Interface *Router::findInterface(const std::string &canonicalName) const
{
    for (const auto &interface : m_interfaces) {
        if (interface->name() == canonicalName)
            return interface.get();
    }
    return nullptr;
}

Interface *Router::findOrCreateInterface(const std::string &canonicalName)
{
    if (Interface *existing = findInterface(canonicalName))
        return existing;
    if (canonicalName.rfind("Loopback", 0) != 0)
        return nullptr;
    // Loopbacks use the chassis MAC; they never put it on a wire.
    auto loopback = std::make_unique<Interface>(*this, canonicalName, Interface::Kind::Loopback,
                                                MacAddress::fromU64(m_hardware.macBase),
                                                kLoopbackBandwidthKbit, nullptr, -1, -1);
    Interface *created = loopback.get();
    // Keep `show` order: physical interfaces first, loopbacks by number after them.
    m_interfaces.push_back(std::move(loopback));
    created->setQuiet(!m_running);
    created->setAdminUp(true);
    return created;
}

bool Router::removeInterface(const std::string &canonicalName)
{
    for (auto it = m_interfaces.begin(); it != m_interfaces.end(); ++it) {
        if ((*it)->name() == canonicalName && (*it)->kind() == Interface::Kind::Loopback) {
            (*it)->setAdminUp(false);
            (*it)->clearAddress();
            m_interfaces.erase(it);
            return true;
        }
    }
    return false;
}

std::string Router::boot(const std::string &startupConfig)
{
    std::string console;
    cli::CliSession session(*this, [&console](std::string_view text) { console += text; });
    session.setPrivilege(15);
    session.setReplaying(true);
    session.enterMode("config");
    for (const auto &interface : m_interfaces)
        interface->setQuiet(true);
    std::istringstream lines(startupConfig);
    std::string line;
    while (std::getline(lines, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        // A banner's text is taken as it is, blank lines and '!' included.
        if (session.asking()) {
            session.execute(line);
            continue;
        }
        const auto first = line.find_first_not_of(' ');
        if (first == std::string::npos || line[first] == '!')
            continue;
        if (line == "end")
            break;
        const std::size_t errorsBefore = session.errorCount();
        session.execute(line);
        if (session.errorCount() != errorsBefore)
            m_boot->rejectedStartupLines.push_back(line);
        if (!session.inConfiguration())
            session.enterMode("config");
    }
    m_running = true;
    m_bootedAt = m_context.scheduler.now();
    m_lastBootOutput = console;
    markConfigSaved();
    m_boot->modules.forEach([](ProtocolModule &module) { module.booted(); });
    return console;
}

void Router::reload(SimDuration delay, std::function<void()> onBooted)
{
    m_logger.log("SYS", 5, "RELOAD", "Reload requested by console.");
    m_reloaded = true;
    dropBootState();
    m_reloadTimer.start(delay, [this, onBooted = std::move(onBooted)] { powerOn(onBooted); });
}

void Router::powerOff()
{
    m_reloaded = false;
    m_reloadTimer.stop();
    dropBootState();
    m_poweredOff = true;
}

void Router::powerOn(std::function<void()> onBooted)
{
    m_poweredOff = false;
    boot(m_startupStore ? m_startupStore->readStartupConfig(m_nodeName) : std::string());
    // Carriers come up with the events due now; the interfaces announce themselves after.
    m_announceTimer.start(SimDuration{0}, [this, onBooted = std::move(onBooted)] {
        announceInterfaces();
        if (onBooted)
            onBooted();
    });
}

void Router::dropBootState()
{
    m_running = false;
    m_announceTimer.stop();
    m_boot->modules.stopAll();
    // Withdrawn one by one, so whoever follows the RIB (the bus, the GUI) sees them go.
    const std::vector<StaticRoute> routes = m_boot->staticRoutes.configured();
    for (const StaticRoute &route : routes)
        m_boot->staticRoutes.remove(route);
    std::vector<std::string> loopbacks;
    for (const auto &interface : m_interfaces) {
        interface->setQuiet(true);
        if (interface->kind() == Interface::Kind::Loopback)
            loopbacks.push_back(interface->name());
    }
    for (const std::string &name : loopbacks)
        removeInterface(name);
    // The ports' own configuration is per boot as well; unconfiguring them now lets the old
    // boot state see them go down, so nothing of it lingers in the new one.
    for (const auto &interface : m_interfaces)
        interface->resetConfiguration();
    m_boot = std::make_unique<BootState>(*this);
    m_logger.logStyle = TimestampStyle{};
    m_logger.debugStyle = TimestampStyle{};
}

void Router::announceInterfaces()
{
    for (const auto &interface : m_interfaces)
        interface->announceInitialState();
}

void Router::frameReceived(Interface &interface, const FrameBytes &frame)
{
    m_boot->ip->receiveFrame(interface, frame);
}

void Router::interfaceStateChanged(Interface &interface, bool wasUp)
{
    if (wasUp && !interface.lineProtocolUp())
        m_boot->ip->interfaceDown(interface);
    updateConnectedRoute(interface, interface.primaryPrefix());
    m_boot->staticRoutes.reevaluate();
    m_boot->tracks.interfaceChanged(interface, m_context.scheduler.now());
    m_context.bus.publish(InterfaceStateChanged{m_nodeName, interface.name(), interface.adminUp(),
                                                interface.lineProtocolUp()});
    modulesHear(interface);
}

void Router::interfaceAddressChanged(Interface &interface, std::optional<Ipv4Prefix> oldPrefix)
{
    if (oldPrefix)
        m_boot->ip->interfaceDown(interface);
    updateConnectedRoute(interface, oldPrefix);
    m_boot->staticRoutes.reevaluate();
    modulesHear(interface);
}

void Router::modulesHear(Interface &interface)
{
    m_boot->modules.forEach([&interface](ProtocolModule &module) { module.interfaceChanged(interface); });
}

void Router::updateConnectedRoute(Interface &interface, std::optional<Ipv4Prefix> oldPrefix)
{
    const auto prefix = interface.primaryPrefix();
    if (oldPrefix && (!prefix || *oldPrefix != *prefix || !interface.lineProtocolUp()))
        m_boot->rib.withdraw(*oldPrefix, RouteSource::Connected);
    if (prefix && interface.lineProtocolUp()) {
        Route route;
        route.prefix = *prefix;
        route.source = RouteSource::Connected;
        route.code = "C";
        route.distance = 0;
        route.nextHops.push_back(NextHop{Ipv4Address(), interface.name()});
        m_boot->rib.offer(std::move(route));
    } else if (prefix) {
        m_boot->rib.withdraw(*prefix, RouteSource::Connected);
    }
}

} // namespace routerlab
