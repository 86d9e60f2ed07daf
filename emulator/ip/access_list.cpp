#include "ip/access_list.h"

#include "net/byte_reader.h"

#include <algorithm>

namespace routerlab {
namespace {

const char *protocolName(AccessListEntry::Protocol protocol)
{
    switch (protocol) {
    case AccessListEntry::Protocol::Icmp:
        return "icmp";
    case AccessListEntry::Protocol::Tcp:
        return "tcp";
    case AccessListEntry::Protocol::Udp:
        return "udp";
    case AccessListEntry::Protocol::Ip:
        break;
    }
    return "ip";
}

// TCP and UDP both begin with the source and destination ports.
std::optional<std::pair<std::uint16_t, std::uint16_t>> portsOf(const Ipv4Packet &packet)
{
    if (packet.fragmentOffset != 0)
        return std::nullopt;
    ByteReader reader(packet.payload);
    const auto source = reader.u16();
    const auto destination = reader.u16();
    if (!source || !destination)
        return std::nullopt;
    return std::make_pair(*source, *destination);
}

std::string portText(const std::optional<std::uint16_t> &port)
{
    return port ? " eq " + std::to_string(*port) : "";
}

} // namespace

std::string WildcardAddress::toString() const
{
    if (isAny())
        return "any";
    if (isHost())
        return "host " + address.toString();
    return address.toString() + " " + wildcard.toString();
}

bool AccessListEntry::matchesPacket(const Ipv4Packet &packet, bool extended) const
{
    if (!source.matches(packet.source))
        return false;
    if (!extended)
        return true;
    if (!destination.matches(packet.destination))
        return false;
    if (protocol == Protocol::Ip)
        return true;
    if (static_cast<std::uint8_t>(packet.protocol) != static_cast<std::uint8_t>(protocol))
        return false;
    if (!sourcePort && !destinationPort)
        return true;
    const auto ports = portsOf(packet);
    if (!ports)
        return false;
    return (!sourcePort || *sourcePort == ports->first) &&
           (!destinationPort || *destinationPort == ports->second);
}

std::string AccessListEntry::toConfig(bool extended) const
{
    std::string text = permit ? "permit " : "deny   ";
    if (!extended) {
        // Standard lists print a host as the bare address.
        if (source.isAny())
            return text + "any";
        if (source.isHost())
            return text + source.address.toString();
        return text + source.address.toString() + " " + source.wildcard.toString();
    }
    return text + protocolName(protocol) + " " + source.toString() + portText(sourcePort) + " " +
           destination.toString() + portText(destinationPort);
}

bool AccessListEntry::sameRule(const AccessListEntry &other) const
{
    return permit == other.permit && protocol == other.protocol && source == other.source &&
           destination == other.destination && sourcePort == other.sourcePort &&
           destinationPort == other.destinationPort;
}

void AccessList::add(AccessListEntry entry)
{
    for (const AccessListEntry &existing : m_entries) {
        if (existing.sameRule(entry))
            return;
    }
    entry.sequence = m_entries.empty() ? 10 : m_entries.back().sequence + 10;
    entry.matches = 0;
    m_entries.push_back(entry);
}

bool AccessList::permits(const Ipv4Packet &packet)
{
    for (AccessListEntry &entry : m_entries) {
        if (entry.matchesPacket(packet, extended())) {
            ++entry.matches;
            return entry.permit;
        }
    }
    return false;
}

bool AccessList::wouldPermit(const Ipv4Packet &packet) const
{
    for (const AccessListEntry &entry : m_entries) {
        if (entry.matchesPacket(packet, extended()))
            return entry.permit;
    }
    return false;
}

std::string AccessList::show(bool sequenceNumbers) const
{
    std::string out = std::string(extended() ? "Extended" : "Standard") + " IP access list " +
                      std::to_string(m_number) + "\n";
    for (const AccessListEntry &entry : m_entries) {
        std::string line = "    ";
        if (sequenceNumbers)
            line += std::to_string(entry.sequence) + " ";
        std::string rule = entry.toConfig(extended());
        if (!extended() && !entry.source.isAny() && !entry.source.isHost())
            rule = std::string(entry.permit ? "permit " : "deny   ") +
                   entry.source.address.toString() + ", wildcard bits " +
                   entry.source.wildcard.toString();
        line += rule;
        if (entry.matches == 1)
            line += " (1 match)";
        else if (entry.matches > 1)
            line += " (" + std::to_string(entry.matches) + " matches)";
        out += line + "\n";
    }
    return out;
}

AccessList &AccessLists::getOrCreate(int number)
{
    return m_lists.try_emplace(number, number).first->second;
}

AccessList *AccessLists::find(int number)
{
    auto found = m_lists.find(number);
    return found == m_lists.end() ? nullptr : &found->second;
}

const AccessList *AccessLists::find(int number) const
{
    auto found = m_lists.find(number);
    return found == m_lists.end() ? nullptr : &found->second;
}

} // namespace routerlab
