#include "protocols/hsrp/hsrp_module.h"

#include "ip/ipv4_stack.h"
#include "router/router.h"

namespace routerlab::hsrp {
namespace {

// IOS's `standby delay minimum` default: HSRP waits this long after an interface comes up.
constexpr SimDuration kMinimumInterfaceDelay = std::chrono::seconds(1);
// IOS notices the line protocol when it logs %LINEPROTO (router/interface.cpp).
constexpr SimDuration kLineProtocolNotice = std::chrono::seconds(1);
// HSRP packets carry IP precedence 6 (internetwork control), as IOS sends them.
constexpr std::uint8_t kInternetworkControl = 0xc0;

RedundancyState redundancyOf(State state)
{
    switch (state) {
    case State::Initial: return RedundancyState::Init;
    case State::Learn:
    case State::Listen: return RedundancyState::Backup;
    case State::Speak: return RedundancyState::Speak;
    case State::Standby: return RedundancyState::Standby;
    case State::Active: return RedundancyState::Active;
    }
    return RedundancyState::Init;
}

} // namespace

// ---------------------------------------------------------------- GroupEntry

GroupEntry::GroupEntry(Router &router, Interface &interface, int number)
    : group(router.scheduler(), *this, number), m_router(router), m_interface(interface)
{
}

GroupEntry::~GroupEntry()
{
    for (const TrackedInterface &track : tracks)
        m_router.tracks().release(track.object, "HSRP " + m_interface.name() + " " + std::to_string(group.number()));
    if (!name.empty())
        m_router.redundancy().withdraw(name);
    if (m_ownsAddress)
        ownVirtualAddress(false);
}

std::string GroupEntry::redundancyName() const
{
    if (!name.empty())
        return name;
    return "hsrp-" + m_interface.shortName() + "-" + std::to_string(group.number());
}

RedundancyState GroupEntry::redundancyState() const { return redundancyOf(group.state()); }

void GroupEntry::setName(const std::string &newName)
{
    if (!name.empty())
        m_router.redundancy().withdraw(name);
    name = newName;
    if (name.empty())
        return;
    m_router.redundancy().provide(name, [this] {
        debugEvent("Redundancy enquiry for " + name + " succeeded");
        return redundancyState();
    });
}

void GroupEntry::addTrack(const std::string &interfaceName, std::optional<int> decrement)
{
    const std::string client = "HSRP " + m_interface.name() + " " + std::to_string(group.number());
    const Interface *tracked = m_router.findInterface(interfaceName);
    TrackedInterface *existing = nullptr;
    for (TrackedInterface &track : tracks) {
        if (track.interface == interfaceName)
            existing = &track;
    }
    if (!existing) {
        tracks.push_back(TrackedInterface{interfaceName});
        existing = &tracks.back();
        existing->object = m_router.tracks().trackInterface(interfaceName, tracked && tracked->lineProtocolUp(),
                                                            "HSRP", client);
    }
    existing->decrement = decrement.value_or(10);
    existing->decrementConfigured = decrement.has_value();
    group.configurationChanged();
}

void GroupEntry::removeTrack(const std::string &interfaceName)
{
    const std::string client = "HSRP " + m_interface.name() + " " + std::to_string(group.number());
    std::erase_if(tracks, [&](const TrackedInterface &track) {
        if (track.interface != interfaceName)
            return false;
        m_router.tracks().release(track.object, client);
        return true;
    });
    group.configurationChanged();
}

void GroupEntry::trackChanged(const TrackObject &object)
{
    bool mine = false;
    for (const TrackedInterface &track : tracks)
        mine = mine || track.object == object.number;
    if (!mine)
        return;
    // The priority before this change: recompute it with the object's old state.
    int before = group.config.configuredPriority();
    for (const TrackedInterface &track : tracks) {
        const TrackObject *tracked = m_router.tracks().find(track.object);
        const bool wasUp = track.object == object.number ? !object.up : tracked && tracked->up;
        if (!wasUp)
            before -= track.decrement;
    }
    debugEvent("Track " + std::to_string(object.number) + " object changed, state " +
               (object.up ? "Down -> Up" : "Up -> Down"));
    const int after = effectivePriority();
    if (after != before)
        debugEvent("Priority " + std::to_string(std::max(before, 0)) + " -> " + std::to_string(after));
    group.configurationChanged();
}

std::string GroupEntry::debugPrefix() const
{
    return "HSRP: " + m_interface.shortName() + " Grp " + std::to_string(group.number()) + " ";
}

Ipv4Address GroupEntry::interfaceAddress() const { return m_interface.address(); }

bool GroupEntry::trackUp(const TrackedInterface &track) const
{
    const TrackObject *object = m_router.tracks().find(track.object);
    return object && object->up;
}

int GroupEntry::effectivePriority() const
{
    int priority = group.config.configuredPriority();
    for (const TrackedInterface &track : tracks) {
        if (!trackUp(track))
            priority -= track.decrement;
    }
    return std::max(priority, 0);
}

void GroupEntry::send(const Message &message)
{
    if (!m_interface.lineProtocolUp() || !m_interface.hasAddress())
        return;
    HsrpModule &module = m_router.module<HsrpModule>();
    ++module.counters().sent;
    if (module.packetsDebug()) {
        m_router.logger().debug(debugPrefix() + opCodeName(message.opCode) + " out " +
                                m_interface.address().toString() + " " + stateName(message.state) +
                                " pri " + std::to_string(message.priority) + " vIP " +
                                message.virtualIp.toString());
    }
    Ipv4Header header;
    header.tos = kInternetworkControl;
    header.ttl = 1;
    header.source = m_interface.address();
    header.destination = kAllRouters;
    SendOptions options;
    options.interface = &m_interface;
    // RFC 2281 section 6: the Active router speaks from the virtual MAC.
    if (message.state == State::Active)
        options.sourceMac = group.virtualMac();
    const Bytes payload = encode(message);
    m_router.ip().sendUdp(header, kUdpPort, kUdpPort, payload, options);
}

void GroupEntry::ownVirtualAddress(bool own)
{
    m_ownsAddress = own;
    if (own)
        m_interface.acceptedMacs.insert(group.virtualMac());
    else
        m_interface.acceptedMacs.erase(group.virtualMac());
}

void GroupEntry::sendGratuitousArp()
{
    if (!m_interface.lineProtocolUp())
        return;
    m_router.ip().sendGratuitousArp(m_interface, group.virtualIp(), group.virtualMac());
    for (Ipv4Address secondary : group.config.secondaryIps)
        m_router.ip().sendGratuitousArp(m_interface, secondary, group.virtualMac());
}

void GroupEntry::debugEvent(const std::string &text)
{
    if (m_router.module<HsrpModule>().eventsDebug())
        m_router.logger().debug(debugPrefix() + text);
}

void GroupEntry::stateChanged(State from, State to)
{
    // IOS logs the changes that move the virtual router: into or out of Active.
    if (from == State::Active || to == State::Active)
        m_router.logger().log("HSRP", 6, "STATECHANGE",
                              m_interface.name() + " Grp " + std::to_string(group.number()) + " state " +
                                  stateName(from) + " -> " + stateName(to));
    const Ipv4Address vip = group.virtualIp();
    m_router.bus().publish(HsrpStateChanged{m_router.nodeName(), m_interface.name(), group.number(),
                                            stateName(from), stateName(to),
                                            vip.isUnspecified() ? std::string() : vip.toString(),
                                            m_router.scheduler().now()});
    if (redundancyOf(from) != redundancyOf(to))
        publishRedundancy(redundancyOf(from), redundancyOf(to));
}

void GroupEntry::stillActive()
{
    if (name.empty())
        return;
    debugEvent("Redundancy group " + name + " state Active -> Active");
    m_router.bus().publish(RedundancyStateChanged{m_router.nodeName(), name, "Active", "Active", true,
                                                  m_router.scheduler().now()});
}

void GroupEntry::publishRedundancy(RedundancyState from, RedundancyState to)
{
    if (name.empty())
        return;
    debugEvent("Redundancy \"" + name + "\" state " + redundancyStateName(from) + " -> " +
               redundancyStateName(to));
    m_router.bus().publish(RedundancyStateChanged{m_router.nodeName(), name, redundancyStateName(from),
                                                  redundancyStateName(to), to == RedundancyState::Active,
                                                  m_router.scheduler().now()});
}

// ---------------------------------------------------------------- HsrpModule

HsrpModule::HsrpModule(Router &router) : m_router(router), m_hardwareNotice(router.scheduler())
{
    Ipv4Stack &ip = router.ip();
    ip.registerUdpPort(kUdpPort, [this](const UdpDelivery &delivery) { receive(delivery); });
    ip.addArpResponder([this](Interface &interface, Ipv4Address target) -> std::optional<MacAddress> {
        for (GroupEntry *entry : groups(interface.name())) {
            if (!entry->group.isActive())
                continue;
            const auto &secondaries = entry->group.config.secondaryIps;
            if (entry->group.virtualIp() == target ||
                std::find(secondaries.begin(), secondaries.end(), target) != secondaries.end())
                return entry->group.virtualMac();
        }
        return std::nullopt;
    });
    ip.addLocalAddressCheck([this](Ipv4Address address) {
        for (GroupEntry *entry : allGroups()) {
            if (entry->group.isActive() && entry->group.virtualIp() == address)
                return true;
        }
        return false;
    });
    ip.addOwnArpEntries([this] {
        std::vector<OwnArpEntry> entries;
        for (GroupEntry *entry : allGroups()) {
            if (!entry->group.isActive())
                continue;
            entries.push_back({entry->group.virtualIp(), entry->group.virtualMac(), entry->interface().name()});
            for (Ipv4Address secondary : entry->group.config.secondaryIps)
                entries.push_back({secondary, entry->group.virtualMac(), entry->interface().name()});
        }
        return entries;
    });
    router.addInterfaceListener([this](Interface &interface) { interfaceChanged(interface); });
    router.addResetListener([this] { reset(); });
    m_trackListener = router.tracks().addListener([this](const TrackObject &object) {
        for (GroupEntry *entry : allGroups())
            entry->trackChanged(object);
    });
}

HsrpModule::~HsrpModule() { m_router.tracks().removeListener(m_trackListener); }

bool HsrpModule::eventsDebug() const
{
    return m_router.debugFlags.enabled("standby") || m_router.debugFlags.enabled("standby events");
}

bool HsrpModule::packetsDebug() const
{
    return m_router.debugFlags.enabled("standby") || m_router.debugFlags.enabled("standby packets");
}

bool HsrpModule::errorsDebug() const
{
    return m_router.debugFlags.enabled("standby") || m_router.debugFlags.enabled("standby errors");
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
        slot = std::make_unique<GroupEntry>(m_router, interface, number);
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
    for (const auto &interface : m_router.interfaces()) {
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
}

void HsrpModule::receive(const UdpDelivery &delivery)
{
    ++m_counters.received;
    const auto message = decode(delivery.payload);
    if (!message) {
        ++m_counters.malformed;
        if (errorsDebug())
            m_router.logger().debug("HSRP: " + delivery.input.shortName() + " bad packet from " +
                                    delivery.packet.source.toString() + ", dropped");
        return;
    }
    GroupEntry *entry = findGroup(delivery.input.name(), message->group);
    if (!entry || delivery.packet.source == delivery.input.address())
        return;
    if (message->authentication != entry->group.config.authentication.substr(0, kAuthenticationLength)) {
        ++m_counters.authFailed;
        if (errorsDebug())
            m_router.logger().debug(entry->debugPrefix() + "Auth failed for " + opCodeName(message->opCode) +
                                    " pkt from " + delivery.packet.source.toString());
        return;
    }
    if (packetsDebug()) {
        m_router.logger().debug(entry->debugPrefix() + opCodeName(message->opCode) + " in " +
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
        m_router.logger().debug("HSRP: " + (interface ? interface->shortName() + " " : std::string()) + text);
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
        state.settle = std::make_unique<Timer>(m_router.scheduler());
    const std::string name = interface.name();
    state.settle->start(kLineProtocolNotice, [this, name] {
        Interface *up = m_router.findInterface(name);
        auto found = m_interfaces.find(name);
        if (!up || found == m_interfaces.end())
            return;
        // After the %LINEPROTO message due at this same instant.
        found->second.settle->start(SimDuration{0}, [this, name] {
            Interface *up = m_router.findInterface(name);
            if (!up)
                return;
            apiDebug(up, "Interface up");
            apiDebug(up, "Starting minimum interface delay (" +
                             std::to_string(std::chrono::duration_cast<std::chrono::seconds>(kMinimumInterfaceDelay).count()) +
                             " secs)");
            m_interfaces[name].settle->start(kMinimumInterfaceDelay, [this, name] {
                Interface *up = m_router.findInterface(name);
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

void HsrpModule::reset()
{
    for (auto &[name, state] : m_interfaces) {
        for (auto &[number, entry] : state.groups)
            entry->group.disable();
    }
    m_interfaces.clear();
}

} // namespace routerlab::hsrp
