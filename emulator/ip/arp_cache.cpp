#include "ip/arp_cache.h"

namespace routerlab {

ArpEntry *ArpCache::find(Ipv4Address address)
{
    auto it = m_entries.find(address);
    return it == m_entries.end() ? nullptr : &it->second;
}

const ArpEntry *ArpCache::find(Ipv4Address address) const
{
    auto it = m_entries.find(address);
    return it == m_entries.end() ? nullptr : &it->second;
}

ArpEntry &ArpCache::entry(Ipv4Address address)
{
    ArpEntry &entry = m_entries[address];
    entry.address = address;
    return entry;
}

void ArpCache::erase(Ipv4Address address) { m_entries.erase(address); }

void ArpCache::eraseInterface(const std::string &interface)
{
    std::erase_if(m_entries, [&](const auto &item) { return item.second.interface == interface; });
}

void ArpCache::expire(SimTime now)
{
    std::erase_if(m_entries, [&](const auto &item) {
        return item.second.complete && now - item.second.learnedAt >= kTimeout;
    });
}

std::vector<const ArpEntry *> ArpCache::entries() const
{
    std::vector<const ArpEntry *> list;
    for (const auto &[address, entry] : m_entries)
        list.push_back(&entry);
    return list;
}

} // namespace routerlab
