#pragma once

#include "core/event_bus.h"
#include "core/scheduler.h"
#include "core/timer.h"
#include "link/ethernet_media.h"
#include "link/frame_sink.h"
#include "link/spanning_tree_port.h"
#include "net/mac_address.h"

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace routerlab {

class Segment;

// A GNS3-style Ethernet switch node: ports "1".."N", a MAC address table, no VLANs, as
// transparent bridging in IEEE 802.1D section 7.
//
//   - the source MAC of every frame (unicast sources only) is learned against its ingress
//     port; a MAC seen on another port moves there at once, which is what lets HSRP's virtual
//     MAC follow the new Active router after a failover;
//   - a known unicast destination goes out of its port only, and is dropped (filtered) when
//     that port is the ingress port; unknown unicast, broadcast and multicast are flooded to
//     every other port with carrier, in port order, so runs are deterministic;
//   - an entry not seen for `ageing` of virtual time is removed (a timer sweeps the table;
//     lookups also ignore stale entries, so the result never depends on event order); an
//     ageing of zero disables ageing, like `mac address-table aging-time 0`;
//   - a port losing carrier flushes what was learned on it.
// Frames are read straight from their bytes (destination 0..5, source 6..11); anything
// shorter than an Ethernet header is dropped and counted.
//
// Spanning tree is off by default: a port forwards the moment it has carrier. Turned on, the
// switch is the 802.1D root bridge of a loop-free lab, like a Catalyst without portfast: a
// port that gets carrier spends the forward delay in Listening and again in Learning before
// Forwarding (SpanningTreePort); only a Forwarding port takes frames in or sends them out, a
// Learning one learns source MACs from what it drops. Every port with carrier sends a
// Configuration BPDU (net/stp_bpdu.h) at once and every hello time; BPDUs received are
// counted and dropped, since no election is needed when nothing else is a bridge.
//
// Each port is a FrameSink. connect() both attaches that sink to one side of a segment and
// makes the port transmit through it. The owner destroys or detaches the segments before the
// switch.
class LearningSwitch {
public:
    struct MacEntry {
        MacAddress mac;
        std::string port;
        SimTime lastSeen;
    };
    struct Counters {
        std::uint64_t framesReceived = 0;
        std::uint64_t framesForwarded = 0; // known unicast sent out of one port
        std::uint64_t framesFlooded = 0;   // flooded frames, once each however many ports
        std::uint64_t framesFiltered = 0;  // destination learned on the ingress port
        std::uint64_t framesTooShort = 0;
        std::uint64_t macMoves = 0;
        // Spanning tree: received on a port that is not Forwarding, or for a MAC learned on one.
        std::uint64_t framesDiscardedByPortState = 0;
        std::uint64_t bpdusSent = 0;
        std::uint64_t bpdusReceived = 0;
    };

    LearningSwitch(Scheduler &scheduler, EventBus &bus, std::string name, int portCount = 8,
                   SimDuration ageing = std::chrono::seconds(300));
    LearningSwitch(const LearningSwitch &) = delete;
    LearningSwitch &operator=(const LearningSwitch &) = delete;
    ~LearningSwitch();

    // nullptr if there is no such port.
    FrameSink *port(const std::string &portName);
    // Returns false if there is no such port. Attaches the port to `side` of `segment` under
    // this switch's name; a port already connected elsewhere is detached from there first.
    bool connect(const std::string &portName, Segment *segment, int side);
    void disconnect(const std::string &portName);
    // What every port is set to (speed, duplex), as a switch configured port by port would be.
    void setPortMedia(EthernetMedia media);

    // Sorted by MAC; never lists an aged entry.
    std::vector<MacEntry> macTable() const;
    std::optional<std::string> portFor(MacAddress mac) const;
    void clearMacTable();

    // Turning spanning tree on, or changing its settings, starts every port with carrier over
    // in Listening; turning it off lets every port with carrier forward at once.
    void setSpanningTree(const SpanningTreeSettings &settings);
    const SpanningTreeSettings &spanningTree() const { return m_spanningTree; }
    // Disabled for an unknown port. With spanning tree off, Forwarding while the port has
    // carrier.
    StpPortState portState(const std::string &portName) const;

    const std::string &name() const { return m_name; }
    std::vector<std::string> portNames() const;
    SimDuration ageing() const { return m_ageing; }
    const Counters &counters() const { return m_counters; }

private:
    class PortSink final : public FrameSink {
    public:
        PortSink(LearningSwitch &owner, std::size_t index) : m_owner(owner), m_index(index) {}
        void receiveFrame(const FrameBytes &frame) override { m_owner.receive(m_index, frame); }
        void carrierChanged(bool up) override { m_owner.portCarrierChanged(m_index, up); }

    private:
        LearningSwitch &m_owner;
        std::size_t m_index;
    };
    struct Port {
        std::string name;
        std::unique_ptr<PortSink> sink;
        Segment *segment = nullptr;
        int side = 0;
        std::unique_ptr<SpanningTreePort> spanningTree; // only while spanning tree is on
    };
    struct Learned {
        std::size_t port;
        SimTime lastSeen;
    };

    std::optional<std::size_t> indexOf(const std::string &portName) const;
    bool isStale(const Learned &entry) const;
    bool hasCarrier(const Port &port) const;
    bool isForwarding(const Port &port) const;
    void receive(std::size_t ingress, const FrameBytes &frame);
    void learn(MacAddress source, std::size_t ingress);
    void send(std::size_t egress, const FrameBytes &frame);
    void sendConfigBpdu(std::size_t egress);
    void portCarrierChanged(std::size_t index, bool up);
    void sweepAgedEntries();
    void startAgeingTimer();

    Scheduler &m_scheduler;
    EventBus &m_bus;
    std::string m_name;
    SimDuration m_ageing;
    SpanningTreeSettings m_spanningTree;
    EthernetMedia m_media;
    std::vector<Port> m_ports;
    std::map<MacAddress, Learned> m_table;
    Timer m_ageingTimer;
    Counters m_counters;
};

} // namespace routerlab
