#include <QtTest>

#include "ip/fib.h"
#include "ip/rib.h"
#include "ip/static_routes.h"

#include <set>
#include <string>

using namespace routerlab;

namespace {

Ipv4Prefix prefix(const char *text)
{
    return *Ipv4Prefix::parse(text);
}

Ipv4Address address(const char *text)
{
    return *Ipv4Address::parse(text);
}

Route connected(const char *text, const char *interface)
{
    Route route;
    route.prefix = prefix(text);
    route.source = RouteSource::Connected;
    route.code = "C";
    route.distance = 0;
    route.nextHops = {NextHop{Ipv4Address(), interface}};
    return route;
}

Route viaGateway(const char *text, RouteSource source, int distance, const char *gateway)
{
    Route route;
    route.prefix = prefix(text);
    route.source = source;
    route.code = source == RouteSource::Ospf ? "O" : "S";
    route.distance = distance;
    route.nextHops = {NextHop{address(gateway), ""}};
    return route;
}

} // namespace

class RibTest : public QObject {
    Q_OBJECT

private slots:
    void lowerDistanceWins()
    {
        Rib rib;
        rib.offer(viaGateway("10.0.0.0/8", RouteSource::Ospf, 110, "192.168.1.2"));
        rib.offer(viaGateway("10.0.0.0/8", RouteSource::Static, 1, "192.168.1.3"));
        const Route *best = rib.installed(prefix("10.0.0.0/8"));
        QVERIFY(best != nullptr);
        QCOMPARE(best->source, RouteSource::Static);
        QCOMPARE(rib.installedCount(), std::size_t(1));
        QVERIFY(rib.candidate(prefix("10.0.0.0/8"), RouteSource::Ospf) != nullptr);
    }

    void withdrawingTheBestExposesTheNext()
    {
        Rib rib;
        int changes = 0;
        const Route *lastInstalled = nullptr;
        const Registration listener = rib.addListener([&](const Ipv4Prefix &, const Route *installed) {
            ++changes;
            lastInstalled = installed;
        });
        rib.offer(viaGateway("10.0.0.0/8", RouteSource::Static, 1, "192.168.1.3"));
        rib.offer(viaGateway("10.0.0.0/8", RouteSource::Ospf, 110, "192.168.1.2"));
        rib.withdraw(prefix("10.0.0.0/8"), RouteSource::Static);
        const Route *best = rib.installed(prefix("10.0.0.0/8"));
        QVERIFY(best != nullptr);
        QCOMPARE(best->source, RouteSource::Ospf);
        QVERIFY(lastInstalled != nullptr);
        QCOMPARE(lastInstalled->source, RouteSource::Ospf);
        QVERIFY(changes >= 2);
        rib.withdraw(prefix("10.0.0.0/8"), RouteSource::Ospf);
        QVERIFY(rib.installed(prefix("10.0.0.0/8")) == nullptr);
        QVERIFY(lastInstalled == nullptr);
        QCOMPARE(rib.installedCount(), std::size_t(0));
    }

    void longestPrefixMatchWins()
    {
        Rib rib;
        rib.offer(viaGateway("0.0.0.0/0", RouteSource::Static, 1, "192.168.1.254"));
        rib.offer(viaGateway("10.0.0.0/8", RouteSource::Static, 1, "192.168.1.2"));
        rib.offer(viaGateway("10.1.0.0/16", RouteSource::Static, 1, "192.168.1.3"));
        rib.offer(viaGateway("10.1.2.3/32", RouteSource::Static, 1, "192.168.1.4"));
        QCOMPARE(rib.lookup(address("10.1.2.3"))->prefix, prefix("10.1.2.3/32"));
        QCOMPARE(rib.lookup(address("10.1.2.4"))->prefix, prefix("10.1.0.0/16"));
        QCOMPARE(rib.lookup(address("10.2.0.1"))->prefix, prefix("10.0.0.0/8"));
        QCOMPARE(rib.lookup(address("8.8.8.8"))->prefix, prefix("0.0.0.0/0"));
        rib.withdraw(prefix("0.0.0.0/0"), RouteSource::Static);
        QVERIFY(rib.lookup(address("8.8.8.8")) == nullptr);
    }

    void recursiveStaticResolvesThroughConnected()
    {
        Rib rib;
        std::set<std::string> up{"FastEthernet0/0"};
        StaticRoutes statics(rib, [&](const std::string &name) { return up.count(name) > 0; });
        rib.offer(connected("192.168.1.0/24", "FastEthernet0/0"));
        statics.add(StaticRoute{prefix("3.3.3.3/32"), address("192.168.1.3"), "", 1});
        const Route *installed = rib.installed(prefix("3.3.3.3/32"));
        QVERIFY(installed != nullptr);
        QCOMPARE(installed->source, RouteSource::Static);
        QCOMPARE(installed->nextHops.front().gateway, address("192.168.1.3"));
    }

    void staticLeavesWhileItsNextHopIsUnreachable()
    {
        Rib rib;
        std::set<std::string> up{"FastEthernet1/0"};
        StaticRoutes statics(rib, [&](const std::string &name) { return up.count(name) > 0; });
        rib.offer(connected("10.23.0.0/24", "FastEthernet1/0"));
        statics.add(StaticRoute{prefix("1.1.1.1/32"), address("10.23.0.2"), "", 1});
        QVERIFY(rib.installed(prefix("1.1.1.1/32")) != nullptr);

        up.clear();
        rib.withdraw(prefix("10.23.0.0/24"), RouteSource::Connected);
        statics.reevaluate();
        QVERIFY(rib.installed(prefix("1.1.1.1/32")) == nullptr);
        QCOMPARE(statics.configured().size(), std::size_t(1));

        up.insert("FastEthernet1/0");
        rib.offer(connected("10.23.0.0/24", "FastEthernet1/0"));
        statics.reevaluate();
        QVERIFY(rib.installed(prefix("1.1.1.1/32")) != nullptr);
    }

    void interfaceStaticFollowsTheInterfaceState()
    {
        Rib rib;
        std::set<std::string> up{"Serial1/0"};
        StaticRoutes statics(rib, [&](const std::string &name) { return up.count(name) > 0; });
        statics.add(StaticRoute{prefix("172.16.0.0/16"), Ipv4Address(), "Serial1/0", 1});
        QVERIFY(rib.installed(prefix("172.16.0.0/16")) != nullptr);
        up.clear();
        statics.reevaluate();
        QVERIFY(rib.installed(prefix("172.16.0.0/16")) == nullptr);
    }

    void staticCannotResolveThroughItself()
    {
        Rib rib;
        StaticRoutes statics(rib, [](const std::string &) { return true; });
        // The gateway lies inside the static's own prefix and nothing else covers it.
        statics.add(StaticRoute{prefix("10.0.0.0/8"), address("10.0.0.1"), "", 1});
        QVERIFY(rib.installed(prefix("10.0.0.0/8")) == nullptr);
        QVERIFY(!resolvesWithout(rib, address("10.0.0.1"), prefix("10.0.0.0/8")));

        // Once a connected route covers the gateway, it resolves (and stays through it).
        rib.offer(connected("10.0.0.0/30", "FastEthernet0/0"));
        statics.reevaluate();
        QVERIFY(rib.installed(prefix("10.0.0.0/8")) != nullptr);
        rib.withdraw(prefix("10.0.0.0/30"), RouteSource::Connected);
        statics.reevaluate();
        QVERIFY(rib.installed(prefix("10.0.0.0/8")) == nullptr);
    }

    void resolveAdjacencyFollowsARecursiveRoute()
    {
        Rib rib;
        StaticRoutes statics(rib, [](const std::string &) { return true; });
        rib.offer(connected("172.16.172.48/28", "FastEthernet0/0"));
        statics.add(StaticRoute{prefix("172.16.172.64/28"), address("172.16.172.49"), "", 1});
        statics.add(StaticRoute{prefix("10.0.0.0/8"), address("172.16.172.69"), "", 1});

        const auto adjacency = resolveAdjacency(rib, address("10.9.9.9"));
        QVERIFY(adjacency.has_value());
        QCOMPARE(adjacency->interface, std::string("FastEthernet0/0"));
        QCOMPARE(adjacency->nextHop, address("172.16.172.49"));
        QVERIFY(adjacency->route != nullptr);
        QCOMPARE(adjacency->route->prefix, prefix("10.0.0.0/8"));
        QVERIFY(adjacency->resolvedVia != nullptr);

        const auto attached = resolveAdjacency(rib, address("172.16.172.50"));
        QVERIFY(attached.has_value());
        QCOMPARE(attached->interface, std::string("FastEthernet0/0"));
        QCOMPARE(attached->nextHop, address("172.16.172.50"));

        QVERIFY(!resolveAdjacency(rib, address("8.8.8.8")).has_value());
    }
};

QTEST_APPLESS_MAIN(RibTest)
#include "rib_test.moc"
