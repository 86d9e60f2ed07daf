#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace routerlab {

class Router;
class Interface;

// Collects running-config lines; `separator(n)` makes sure a run of at least n "!" lines stands
// here (IOS prints runs of two or three in places), never adding to a run that is long enough.
class ConfigWriter {
public:
    void line(const std::string &text) { m_text += text + "\n"; m_separatorRun = 0; }
    void separator(int count = 1)
    {
        for (; m_separatorRun < count; ++m_separatorRun)
            m_text += "!\n";
    }
    const std::string &text() const { return m_text; }

private:
    std::string m_text;
    int m_separatorRun = 0;
};

// Where each part of `show running-config` goes, in IOS 12.3 order. Modules register a writer
// at one of these positions; parts in different groups (hundreds) are separated by "!".
namespace config_order {
constexpr int Version = 100;
constexpr int Services = 110;
constexpr int Hostname = 200;
constexpr int Boot = 300;
constexpr int Aaa = 400;
constexpr int IpGlobal = 410;     // ip subnet-zero, no ip source-route
constexpr int IpDomain = 500;     // ip domain lookup, ip host
constexpr int IpCef = 600;
constexpr int CryptoIsakmp = 700;
constexpr int CryptoIpsec = 800;
constexpr int CryptoMap = 900;
constexpr int Interfaces = 1000;
constexpr int RouterProtocols = 1100;
constexpr int IpRouting = 1200;   // ip classless, ip route, ip http server
constexpr int AccessLists = 1300;
constexpr int Lines = 1400;
} // namespace config_order

// Where a module's lines go inside an interface block, in IOS 12.3 order: IpOptions after the
// address, before `shutdown`; Media and later after `duplex` and `speed`.
namespace interface_config_order {
constexpr int IpOptions = 200;
constexpr int Media = 300;
constexpr int Standby = 500;
constexpr int CryptoMap = 600;
} // namespace interface_config_order

// The running-config writers of an image: shared by every router, like the command tree.
class RunningConfigWriters {
public:
    using Writer = std::function<void(const Router &router, ConfigWriter &out)>;
    using InterfaceWriter = std::function<void(const Router &router, const Interface &interface, ConfigWriter &out)>;
    void add(int order, Writer writer) { m_writers.emplace(order, std::move(writer)); }
    void addInterfacePart(int order, InterfaceWriter writer) { m_interfaceWriters.emplace(order, std::move(writer)); }
    // The whole configuration as IOS prints it, from "!" to "end".
    std::string write(const Router &router) const;
    // The modules' lines of one interface block whose position lies in [from, to).
    void writeInterfaceParts(const Router &router, const Interface &interface, ConfigWriter &out,
                             int from, int to) const
    {
        for (auto it = m_interfaceWriters.lower_bound(from);
             it != m_interfaceWriters.end() && it->first < to; ++it)
            it->second(router, interface, out);
    }

private:
    std::multimap<int, Writer> m_writers;
    std::multimap<int, InterfaceWriter> m_interfaceWriters;
};

} // namespace routerlab
