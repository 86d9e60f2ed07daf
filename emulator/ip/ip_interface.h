#pragma once

#include "core/events.h"
#include "net/ipv4_address.h"
#include "net/mac_address.h"

#include <optional>
#include <string>

namespace routerlab {

// What the IPv4 stack needs of a port: its names, addresses and line protocol, and a way onto
// the wire. The router's Interface (router/interface.h) is one; the stack never sees more of
// it, so ip/ does not depend on router/.
class IpInterface {
public:
    virtual ~IpInterface() = default;

    virtual const std::string &name() const = 0;   // "FastEthernet0/0"
    virtual std::string shortName() const = 0;     // "Fa0/0"
    virtual MacAddress mac() const = 0;
    virtual Ipv4Address address() const = 0;
    virtual std::optional<Ipv4Prefix> primaryPrefix() const = 0;
    virtual bool lineProtocolUp() const = 0;
    bool hasIpAddress() const { return !address().isUnspecified(); }

    virtual void transmit(FrameBytes frame) = 0;
    // A frame arrived that does not decode: counted as an input error (`show interfaces`).
    virtual void countInputError() = 0;
};

// The ports the stack works with, in the router's order, and the switching mode it reports.
class Ipv4Host {
public:
    virtual ~Ipv4Host() = default;
    virtual std::size_t ipInterfaceCount() const = 0;
    virtual IpInterface &ipInterface(std::size_t index) const = 0;
    virtual IpInterface *findIpInterface(const std::string &name) const = 0;
    // `ip cef`: transit packets are counted per prefix and skip `debug ip packet`.
    virtual bool cefSwitching() const = 0;
};

} // namespace routerlab
