// The seams a protocol module plugs into on the IPv4 stack, seen from the wire: a receiver gets
// the packets of its protocol only while its handle lives, a hook decides while it is attached,
// and an address is answered for (ARP, frames to its MAC, local delivery) only while claimed.
#include <QtTest>

#include "core/scheduler.h"
#include "ip/ipv4_stack.h"
#include "ip/rib.h"
#include "net/arp_packet.h"
#include "net/ethernet_frame.h"
#include "net/ipv4_packet.h"

#include <memory>
#include <stdexcept>

using namespace routerlab;

namespace {

const MacAddress kOwnMac = *MacAddress::parse("ca01.0000.0008");
const MacAddress kPeerMac = *MacAddress::parse("ca02.0000.0008");
const MacAddress kVirtualMac = *MacAddress::parse("0000.0c07.ac01");
const Ipv4Address kOwnIp = *Ipv4Address::parse("10.0.0.1");
const Ipv4Address kPeerIp = *Ipv4Address::parse("10.0.0.2");
const Ipv4Address kVirtualIp = *Ipv4Address::parse("10.0.0.254");

class WirePort : public IpInterface {
public:
    const std::string &name() const override { return m_name; }
    std::string shortName() const override { return "Fa0/0"; }
    MacAddress mac() const override { return kOwnMac; }
    Ipv4Address address() const override { return kOwnIp; }
    std::optional<Ipv4Prefix> primaryPrefix() const override { return Ipv4Prefix(kOwnIp, 24); }
    bool lineProtocolUp() const override { return true; }
    void transmit(FrameBytes frame) override { sent.push_back(std::move(frame)); }
    void countInputError() override { ++inputErrors; }

    std::vector<FrameBytes> sent;
    int inputErrors = 0;

private:
    std::string m_name = "FastEthernet0/0";
};

class OnePortHost : public Ipv4Host {
public:
    std::size_t ipInterfaceCount() const override { return 1; }
    IpInterface &ipInterface(std::size_t) const override { return port; }
    IpInterface *findIpInterface(const std::string &name) const override
    {
        return name == port.name() ? &port : nullptr;
    }
    bool cefSwitching() const override { return true; }

    mutable WirePort port;
};

struct Bench {
    Scheduler scheduler;
    Rib rib;
    OnePortHost host;
    std::unique_ptr<Ipv4Stack> stack = std::make_unique<Ipv4Stack>(host, scheduler, rib);

    void receive(const Bytes &frame)
    {
        stack->receiveFrame(host.port, std::make_shared<const std::vector<std::uint8_t>>(frame));
        scheduler.runUntil(scheduler.now() + std::chrono::milliseconds(1));
    }
    void receiveIp(IpProtocol protocol, Ipv4Address destination, MacAddress destinationMac = kOwnMac)
    {
        Ipv4Header header;
        header.protocol = protocol;
        header.source = kPeerIp;
        header.destination = destination;
        const Bytes payload(8, 0x5a);
        receive(encodeEthernet(destinationMac, kPeerMac, EtherType::Ipv4, encodeIpv4(header, payload)));
    }
    void askArpFor(Ipv4Address target)
    {
        receive(encodeEthernet(MacAddress::broadcast(), kPeerMac, EtherType::Arp,
                               encodeArp(ArpPacket::request(kPeerMac, kPeerIp, target))));
    }
    // The sender MAC of every ARP reply sent since the last call.
    std::vector<MacAddress> takeArpReplies()
    {
        std::vector<MacAddress> replies;
        for (const FrameBytes &frame : host.port.sent) {
            const auto ethernet = decodeEthernet(*frame);
            if (!ethernet || !ethernet->hasType(EtherType::Arp))
                continue;
            if (const auto arp = decodeArp(ethernet->payload); arp && arp->operation == ArpOperation::Reply)
                replies.push_back(arp->senderMac);
        }
        host.port.sent.clear();
        return replies;
    }
};

} // namespace

class Ipv4StackRegistrationsTest : public QObject {
    Q_OBJECT
private slots:
    void aProtocolReceiverHearsItsPacketsOnlyWhileItsHandleLives()
    {
        Bench bench;
        int heard = 0;
        Registration handle =
            bench.stack->registerProtocol(IpProtocol::Ospf, [&heard](const IpDelivery &) { ++heard; });
        bench.receiveIp(IpProtocol::Ospf, kOwnIp);
        QCOMPARE(heard, 1);
        handle.reset();
        QVERIFY(!handle.active());
        bench.receiveIp(IpProtocol::Ospf, kOwnIp);
        QCOMPARE(heard, 1);
        // The number is free again for the next receiver.
        Registration again = bench.stack->registerProtocol(IpProtocol::Ospf, [&heard](const IpDelivery &) { heard += 10; });
        bench.receiveIp(IpProtocol::Ospf, kOwnIp);
        QCOMPARE(heard, 11);
    }

    void aSecondReceiverForOneKeyIsRefused()
    {
        Bench bench;
        Registration first = bench.stack->registerProtocol(IpProtocol::Esp, [](const IpDelivery &) {});
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 (void)bench.stack->registerProtocol(IpProtocol::Esp, [](const IpDelivery &) {}));
        Registration port = bench.stack->registerUdpPort(500, [](const UdpDelivery &) {});
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 (void)bench.stack->registerUdpPort(500, [](const UdpDelivery &) {}));
        Registration type = bench.stack->registerEtherType(0x88cc, [](const FrameDelivery &) {});
        QVERIFY_THROWS_EXCEPTION(std::logic_error,
                                 (void)bench.stack->registerEtherType(0x88cc, [](const FrameDelivery &) {}));
    }

    void aHookDecidesOnlyWhileAttached()
    {
        Bench bench;
        int heard = 0;
        Registration receiver =
            bench.stack->registerProtocol(IpProtocol::Ospf, [&heard](const IpDelivery &) { ++heard; });
        Registration drop = bench.stack->addHook(HookPoint::LocalIn, 0, [](PacketContext &) { return Verdict::Drop; });
        bench.receiveIp(IpProtocol::Ospf, kOwnIp);
        QCOMPARE(heard, 0);
        drop.reset();
        bench.receiveIp(IpProtocol::Ospf, kOwnIp);
        QCOMPARE(heard, 1);
    }

    void aHandleOutlivingTheStackIsHarmless()
    {
        Bench bench;
        Registration receiver = bench.stack->registerProtocol(IpProtocol::Ospf, [](const IpDelivery &) {});
        Registration hook = bench.stack->addHook(HookPoint::Forward, 5, [](PacketContext &) { return Verdict::Accept; });
        QVERIFY(receiver.active());
        bench.stack.reset();
        QVERIFY(!receiver.active());
        receiver.reset();
        hook.reset();
    }

    void aClaimedAddressIsAnsweredForUntilReleased()
    {
        Bench bench;
        int heard = 0;
        Registration receiver =
            bench.stack->registerProtocol(IpProtocol::Ospf, [&heard](const IpDelivery &) { ++heard; });

        bench.askArpFor(kVirtualIp);
        QVERIFY(bench.takeArpReplies().empty());
        QVERIFY(!bench.stack->isLocalAddress(kVirtualIp));

        bench.stack->claimAddress(bench.host.port, kVirtualIp, kVirtualMac);
        QVERIFY(bench.stack->isLocalAddress(kVirtualIp));
        QVERIFY(bench.stack->acceptsMac(bench.host.port, kVirtualMac));
        bench.askArpFor(kVirtualIp);
        QCOMPARE(bench.takeArpReplies(), std::vector<MacAddress>{kVirtualMac});
        bench.receiveIp(IpProtocol::Ospf, kVirtualIp, kVirtualMac);
        QCOMPARE(heard, 1);
        // The interface's own address is still answered with its own MAC.
        bench.askArpFor(kOwnIp);
        QCOMPARE(bench.takeArpReplies(), std::vector<MacAddress>{kOwnMac});

        bench.stack->releaseAddress(bench.host.port, kVirtualIp);
        QVERIFY(!bench.stack->isLocalAddress(kVirtualIp));
        QVERIFY(!bench.stack->acceptsMac(bench.host.port, kVirtualMac));
        bench.askArpFor(kVirtualIp);
        QVERIFY(bench.takeArpReplies().empty());
        QVERIFY(bench.stack->claims().all().empty());
    }
};

QTEST_APPLESS_MAIN(Ipv4StackRegistrationsTest)
#include "ipv4_stack_registrations_test.moc"
