#include "protocols/hsrp/hsrp_group_entry.h"

#include "core/event_bus.h"
#include "core/logger.h"
#include "ip/ipv4_stack.h"
#include "protocols/hsrp/hsrp_events.h"
#include "protocols/hsrp/hsrp_module.h"
#include "router/interface.h"
#include "router/module_context.h"
#include "router/track_objects.h"

#include <algorithm>

namespace routerlab::hsrp {
namespace {

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

GroupEntry::GroupEntry(HsrpModule &module, Interface &interface, int number)
    : group(module.context().scheduler(), *this, number), m_module(module), m_interface(interface)
{
}

GroupEntry::~GroupEntry()
{
    for (const TrackedInterface &track : tracks)
        context().tracks().release(track.object, trackClient());
    if (!name.empty())
        context().redundancy().withdraw(name);
    m_ownsAddress = false;
    updateClaims();
}

ModuleContext &GroupEntry::context() const { return m_module.context(); }

std::string GroupEntry::trackClient() const
{
    return "HSRP " + m_interface.name() + " " + std::to_string(group.number());
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
        context().redundancy().withdraw(name);
    name = newName;
    if (name.empty())
        return;
    context().redundancy().provide(name, [this] {
        debugEvent("Redundancy enquiry for " + name + " succeeded");
        return redundancyState();
    });
}

void GroupEntry::addTrack(const std::string &interfaceName, std::optional<int> decrement)
{
    const std::string client = trackClient();
    const Interface *tracked = context().findInterface(interfaceName);
    TrackedInterface *existing = nullptr;
    for (TrackedInterface &track : tracks) {
        if (track.interface == interfaceName)
            existing = &track;
    }
    if (!existing) {
        tracks.push_back(TrackedInterface{interfaceName});
        existing = &tracks.back();
        existing->object = context().tracks().trackInterface(interfaceName, tracked && tracked->lineProtocolUp(),
                                                            "HSRP", client);
    }
    existing->decrement = decrement.value_or(10);
    existing->decrementConfigured = decrement.has_value();
    group.configurationChanged();
}

void GroupEntry::removeTrack(const std::string &interfaceName)
{
    const std::string client = trackClient();
    std::erase_if(tracks, [&](const TrackedInterface &track) {
        if (track.interface != interfaceName)
            return false;
        context().tracks().release(track.object, client);
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
        const TrackObject *tracked = context().tracks().find(track.object);
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
    const TrackObject *object = context().tracks().find(track.object);
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
    ++m_module.counters().sent;
    if (m_module.packetsDebug()) {
        context().logger().debug(debugPrefix() + opCodeName(message.opCode) + " out " +
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
    context().ip().sendUdp(header, kUdpPort, kUdpPort, payload, options);
}

void GroupEntry::ownVirtualAddress(bool own)
{
    m_ownsAddress = own;
    updateClaims();
}

void GroupEntry::updateClaims()
{
    std::vector<Ipv4Address> wanted;
    if (m_ownsAddress && !group.virtualIp().isUnspecified()) {
        wanted.push_back(group.virtualIp());
        wanted.insert(wanted.end(), group.config.secondaryIps.begin(), group.config.secondaryIps.end());
    }
    Ipv4Stack &ip = context().ip();
    for (Ipv4Address address : m_claimed) {
        if (std::find(wanted.begin(), wanted.end(), address) == wanted.end())
            ip.releaseAddress(m_interface, address);
    }
    // Claimed again even when already held: the virtual MAC follows the group's.
    for (Ipv4Address address : wanted)
        ip.claimAddress(m_interface, address, group.virtualMac());
    m_claimed = std::move(wanted);
}

void GroupEntry::sendGratuitousArp()
{
    if (!m_interface.lineProtocolUp())
        return;
    context().ip().sendGratuitousArp(m_interface, group.virtualIp(), group.virtualMac());
    for (Ipv4Address secondary : group.config.secondaryIps)
        context().ip().sendGratuitousArp(m_interface, secondary, group.virtualMac());
}

void GroupEntry::debugEvent(const std::string &text)
{
    if (m_module.eventsDebug())
        context().logger().debug(debugPrefix() + text);
}

void GroupEntry::stateChanged(State from, State to)
{
    // IOS logs the changes that move the virtual router: into or out of Active.
    if (from == State::Active || to == State::Active)
        context().logger().log("HSRP", 6, "STATECHANGE",
                              m_interface.name() + " Grp " + std::to_string(group.number()) + " state " +
                                  stateName(from) + " -> " + stateName(to));
    const Ipv4Address vip = group.virtualIp();
    context().bus().publish(HsrpStateChanged{context().nodeName(), m_interface.name(), group.number(),
                                            stateName(from), stateName(to),
                                            vip.isUnspecified() ? std::string() : vip.toString(),
                                            context().now()});
    if (redundancyOf(from) != redundancyOf(to))
        publishRedundancy(redundancyOf(from), redundancyOf(to));
}

void GroupEntry::stillActive()
{
    if (name.empty())
        return;
    debugEvent("Redundancy group " + name + " state Active -> Active");
    context().bus().publish(RedundancyStateChanged{context().nodeName(), name, "Active", "Active", true,
                                                  context().now()});
}

void GroupEntry::publishRedundancy(RedundancyState from, RedundancyState to)
{
    if (name.empty())
        return;
    debugEvent("Redundancy \"" + name + "\" state " + redundancyStateName(from) + " -> " +
               redundancyStateName(to));
    context().bus().publish(RedundancyStateChanged{context().nodeName(), name, redundancyStateName(from),
                                                  redundancyStateName(to), to == RedundancyState::Active,
                                                  context().now()});
}

} // namespace routerlab::hsrp
