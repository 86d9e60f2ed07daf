#include "protocols/hsrp/hsrp_module.h"

#include "core/logger.h"
#include "ip/ipv4_stack.h"
#include "protocols/hsrp/hsrp_debug.h"
#include "router/interface.h"
#include "router/track_objects.h"

namespace routerlab::hsrp {
namespace {

// IOS's `standby delay minimum` default: HSRP waits this long after an interface comes up.
constexpr SimDuration kMinimumInterfaceDelay = std::chrono::seconds(1);
// IOS notices the line protocol when it logs %LINEPROTO (router/interface.cpp).
constexpr SimDuration kLineProtocolNotice = std::chrono::seconds(1);

} // namespace

HsrpModule::HsrpModule(ModuleContext &context) : m_context(context), m_hardwareNotice(context.scheduler())
{
    m_udpPort = context.ip().registerUdpPort(kUdpPort, [this](const UdpDelivery &delivery) { receive(delivery); });
    m_trackListener = context.tracks().addListener([this](const TrackObject &object) {
        for (GroupEntry *entry : allGroups())
            entry->trackChanged(object);
    });
}

HsrpModule::~HsrpModule() = default;

bool HsrpModule::enabled(DebugCategoryId category) const
{
    const DebugFlags &flags = m_context.debugFlags();
    return flags.enabled(hsrpDebug().all) || flags.enabled(category);
}

bool HsrpModule::eventsDebug() const
{
    return enabled(hsrpDebug().events);
}

bool HsrpModule::packetsDebug() const
{
    return enabled(hsrpDebug().packets);
}

bool HsrpModule::errorsDebug() const
{
    return enabled(hsrpDebug().errors);
}

HsrpModule::InterfaceState &HsrpModule::stateOf(Interface &interface)
{
    auto [it, inserted] = m_interfaces.try_emplace(interface.name());
    if (inserted) {
        it->second.lineUp = interface.lineProtocolUp();
        it->second.adminUp = interface.adminUp();
        it->second.ready = interface.lineProtocolUp();
    }
    return it->second;
}

GroupEntry &HsrpModule::group(Interface &interface, int number)
{
    auto &slot = stateOf(interface).groups[number];
    if (!slot)
        slot = std::make_unique<GroupEntry>(*this, interface, number);
    return *slot;
}

GroupEntry *HsrpModule::findGroup(const std::string &interface, int number) const
{
    auto found = m_interfaces.find(interface);
    if (found == m_interfaces.end())
        return nullptr;
    auto group = found->second.groups.find(number);
    return group == found->second.groups.end() ? nullptr : group->second.get();
}

void HsrpModule::removeGroup(const std::string &interface, int number)
{
    auto found = m_interfaces.find(interface);
    if (found == m_interfaces.end())
        return;
    auto group = found->second.groups.find(number);
    if (group == found->second.groups.end())
        return;
    group->second->group.resign();
    group->second->group.disable();
    found->second.groups.erase(group);
}

std::vector<GroupEntry *> HsrpModule::groups(const std::string &interface) const
{
    std::vector<GroupEntry *> out;
    auto found = m_interfaces.find(interface);
    if (found != m_interfaces.end()) {
        for (const auto &[number, entry] : found->second.groups)
            out.push_back(entry.get());
    }
    return out;
}

std::vector<GroupEntry *> HsrpModule::allGroups() const
{
    std::vector<GroupEntry *> out;
    for (const auto &interface : m_context.interfaces()) {
        const auto mine = groups(interface->name());
        out.insert(out.end(), mine.begin(), mine.end());
    }
    return out;
}

bool HsrpModule::canRun(const GroupEntry &entry) const
{
    auto found = m_interfaces.find(entry.interface().name());
    return found != m_interfaces.end() && found->second.ready && entry.group.config.ipConfigured &&
           entry.interface().hasAddress() && entry.interface().lineProtocolUp();
}

void HsrpModule::refresh(GroupEntry &entry)
{
    if (canRun(entry))
        entry.group.enable();
    else
        entry.group.disable();
    entry.group.configurationChanged();
    entry.updateClaims();
}

void HsrpModule::receive(const UdpDelivery &delivery)
{
    ++m_counters.received;
    const auto message = decode(delivery.payload);
    if (!message) {
        ++m_counters.malformed;
        if (errorsDebug())
            m_context.logger().debug("HSRP: " + delivery.input.shortName() + " bad packet from " +
                                    delivery.packet.source.toString() + ", dropped");
        return;
    }
    GroupEntry *entry = findGroup(delivery.input.name(), message->group);
    if (!entry || delivery.packet.source == delivery.input.address())
        return;
    if (message->authentication != entry->group.config.authentication.substr(0, kAuthenticationLength)) {
        ++m_counters.authFailed;
        if (errorsDebug())
            m_context.logger().debug(entry->debugPrefix() + "Auth failed for " + opCodeName(message->opCode) +
                                    " pkt from " + delivery.packet.source.toString());
        return;
    }
    if (packetsDebug()) {
        m_context.logger().debug(entry->debugPrefix() + opCodeName(message->opCode) + " in " +
                                delivery.packet.source.toString() + " " + stateName(message->state) +
                                " pri " + std::to_string(message->priority) + " vIP " +
                                message->virtualIp.toString() + " hel " +
                                std::to_string(message->hellotime * 1000) + " hol " +
                                std::to_string(message->holdtime * 1000));
    }
    entry->group.receive(*message, delivery.packet.source);
}

void HsrpModule::apiDebug(const Interface *interface, const std::string &text)
{
    if (eventsDebug())
        m_context.logger().debug("HSRP: " + (interface ? interface->shortName() + " " : std::string()) + text);
}

void HsrpModule::interfaceChanged(Interface &interface)
{
    auto found = m_interfaces.find(interface.name());
    if (found == m_interfaces.end() || found->second.groups.empty())
        return;
    InterfaceState &state = found->second;
    const bool adminChanged = state.adminUp != interface.adminUp();
    const bool lineChanged = state.lineUp != interface.lineProtocolUp();
    state.adminUp = interface.adminUp();
    state.lineUp = interface.lineProtocolUp();
    if (adminChanged && interface.adminUp()) {
        // `no shutdown`: IOS re-reads the interface's addresses and MAC before the link comes up.
        apiDebug(&interface, "API " + interface.address().toString() + " is not an HSRP address");
        apiDebug(&interface, "API MAC address update");
    }
    if (adminChanged || lineChanged)
        apiDebug(&interface, std::string("API Software interface ") + (interface.lineProtocolUp() ? "coming up" : "going down"));
    if (lineChanged) {
        // Printed once the link's own messages are out, as IOS's hardware notification is.
        m_hardwareNotice.start(SimDuration{0}, [this] { apiDebug(nullptr, "API Hardware state change"); });
        if (interface.lineProtocolUp())
            interfaceCameUp(interface);
        else
            interfaceWentDown(interface);
    } else {
        for (GroupEntry *entry : groups(interface.name()))
            refresh(*entry);
    }
}

void HsrpModule::interfaceCameUp(Interface &interface)
{
    InterfaceState &state = stateOf(interface);
    if (!state.settle)
        state.settle = std::make_unique<Timer>(m_context.scheduler());
    const std::string name = interface.name();
    state.settle->start(kLineProtocolNotice, [this, name] {
        Interface *up = m_context.findInterface(name);
        auto found = m_interfaces.find(name);
        if (!up || found == m_interfaces.end())
            return;
        // After the %LINEPROTO message due at this same instant.
        found->second.settle->start(SimDuration{0}, [this, name] {
            Interface *up = m_context.findInterface(name);
            if (!up)
                return;
            apiDebug(up, "Interface up");
            apiDebug(up, "Starting minimum interface delay (" +
                             std::to_string(std::chrono::duration_cast<std::chrono::seconds>(kMinimumInterfaceDelay).count()) +
                             " secs)");
            m_interfaces[name].settle->start(kMinimumInterfaceDelay, [this, name] {
                Interface *up = m_context.findInterface(name);
                if (!up)
                    return;
                apiDebug(up, "Interface min delay expired");
                m_interfaces[name].ready = true;
                for (GroupEntry *entry : groups(name))
                    refresh(*entry);
            });
        });
    });
}

void HsrpModule::interfaceWentDown(Interface &interface)
{
    InterfaceState &state = stateOf(interface);
    state.ready = false;
    if (state.settle)
        state.settle->stop();
    apiDebug(&interface, "Interface down");
    bool wasActive = false;
    for (GroupEntry *entry : groups(interface.name())) {
        wasActive = wasActive || entry->group.isActive();
        entry->group.disable();
    }
    if (wasActive)
        apiDebug(&interface, "API Add active HSRP addresses to ARP table");
}

void HsrpModule::stop()
{
    for (auto &[name, state] : m_interfaces) {
        for (auto &[number, entry] : state.groups)
            entry->group.disable();
    }
    m_interfaces.clear();
}

} // namespace routerlab::hsrp
