#pragma once

#include "net/ipv4_address.h"
#include "net/mac_address.h"

#include <optional>
#include <string>
#include <vector>

namespace routerlab {

// An address the router owns besides its interfaces' own, with the MAC it answers for it:
// HSRP's virtual IP while Active, later IPsec and NAT-T virtual addresses. The one fact "this
// router owns the address" lives here, and everything follows from it: ARP replies, frames to
// the MAC accepted, packets to the address delivered locally, `show ip arp` listing it with
// age "-".
struct AddressClaim {
    std::string interface; // canonical name
    Ipv4Address address;
    MacAddress mac;
};

class AddressClaims {
public:
    // A second claim of the same address on the same interface replaces the first.
    void claim(const std::string &interface, Ipv4Address address, MacAddress mac);
    // False when it was not claimed there.
    bool release(const std::string &interface, Ipv4Address address);

    std::optional<MacAddress> macFor(const std::string &interface, Ipv4Address address) const;
    bool owns(Ipv4Address address) const;
    bool acceptsMac(const std::string &interface, MacAddress mac) const;
    // In the order claimed.
    const std::vector<AddressClaim> &all() const { return m_claims; }

private:
    std::vector<AddressClaim> m_claims;
};

} // namespace routerlab
