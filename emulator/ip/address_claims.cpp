#include "ip/address_claims.h"

#include <algorithm>

namespace routerlab {

void AddressClaims::claim(const std::string &interface, Ipv4Address address, MacAddress mac)
{
    for (AddressClaim &existing : m_claims) {
        if (existing.interface == interface && existing.address == address) {
            existing.mac = mac;
            return;
        }
    }
    m_claims.push_back(AddressClaim{interface, address, mac});
}

bool AddressClaims::release(const std::string &interface, Ipv4Address address)
{
    return std::erase_if(m_claims, [&](const AddressClaim &claim) {
               return claim.interface == interface && claim.address == address;
           }) > 0;
}

std::optional<MacAddress> AddressClaims::macFor(const std::string &interface, Ipv4Address address) const
{
    for (const AddressClaim &claim : m_claims) {
        if (claim.interface == interface && claim.address == address)
            return claim.mac;
    }
    return std::nullopt;
}

bool AddressClaims::owns(Ipv4Address address) const
{
    return std::any_of(m_claims.begin(), m_claims.end(),
                       [address](const AddressClaim &claim) { return claim.address == address; });
}

bool AddressClaims::acceptsMac(const std::string &interface, MacAddress mac) const
{
    return std::any_of(m_claims.begin(), m_claims.end(), [&](const AddressClaim &claim) {
        return claim.mac == mac && claim.interface == interface;
    });
}

} // namespace routerlab
