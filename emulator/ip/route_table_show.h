#pragma once

#include "ip/rib.h"

#include <functional>
#include <string>

namespace routerlab {

// `show ip route` in the IOS 12.3 layout: routes grouped under their classful network
// ("10.0.0.0/8 is variably subnetted, 2 subnets, 2 masks"), codes padded as IOS pads them.
std::string showIpRoute(const Rib &rib, SimTime now);
// `show ip route static|connected`: the same layout for the routes of one source, without the
// legend and the gateway of last resort, as IOS prints it.
std::string showIpRouteOf(const Rib &rib, SimTime now, RouteSource source);
// `show ip route A.B.C.D`: the routing entry that covers the address.
std::string showIpRouteEntry(const Rib &rib, Ipv4Address address);

} // namespace routerlab
