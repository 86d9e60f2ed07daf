#include "link/learning_switch.h"

#include "link/segment.h"
#include "net/stp_bpdu.h"

#include <algorithm>

namespace routerlab {

namespace {

constexpr std::size_t kEthernetHeaderSize = 14;
// 802.1D-1998 9.2.7: port priority in the high octet (128, the default), port number below.
constexpr std::uint16_t kDefaultPortPriority = 0x80;

MacAddress macAt(const std::vector<std::uint8_t> &bytes, std::size_t offset)
{
    std::array<std::uint8_t, 6> octets{};
    std::copy_n(bytes.begin() + static_cast<std::ptrdiff_t>(offset), octets.size(),
                octets.begin());
    return MacAddress(octets);
}

} // namespace

LearningSwitch::LearningSwitch(Scheduler &scheduler, EventBus &bus, std::string name,
                               int portCount, SimDuration ageing)
    : m_scheduler(scheduler),
      m_bus(bus),
      m_name(std::move(name)),
      m_ageing(ageing),
      m_ageingTimer(scheduler)
{
    const auto count = static_cast<std::size_t>(std::max(portCount, 0));
    m_ports.reserve(count);
    for (std::size_t index = 0; index < count; ++index) {
        Port port;
        port.name = std::to_string(index + 1);
        port.sink = std::make_unique<PortSink>(*this, index);
        m_ports.push_back(std::move(port));
    }
}

LearningSwitch::~LearningSwitch() = default;

std::optional<std::size_t> LearningSwitch::indexOf(const std::string &portName) const
{
    for (std::size_t index = 0; index < m_ports.size(); ++index) {
        if (m_ports[index].name == portName)
            return index;
    }
    return std::nullopt;
}

FrameSink *LearningSwitch::port(const std::string &portName)
{
    const auto index = indexOf(portName);
    return index ? m_ports[*index].sink.get() : nullptr;
}

std::vector<std::string> LearningSwitch::portNames() const
{
    std::vector<std::string> names;
    names.reserve(m_ports.size());
    for (const Port &port : m_ports)
        names.push_back(port.name);
    return names;
}

bool LearningSwitch::connect(const std::string &portName, Segment *segment, int side)
{
    const auto index = indexOf(portName);
    if (!index)
        return false;
    disconnect(portName);
    Port &port = m_ports[*index];
    port.segment = segment;
    port.side = side;
    if (segment) {
        segment->attach(side, m_name, port.name, port.sink.get());
        segment->setEndpointMedia(side, m_media);
    }
    return true;
}

void LearningSwitch::setPortMedia(EthernetMedia media)
{
    m_media = media;
    for (Port &port : m_ports) {
        if (port.segment)
            port.segment->setEndpointMedia(port.side, media);
    }
}

void LearningSwitch::disconnect(const std::string &portName)
{
    const auto index = indexOf(portName);
    if (!index)
        return;
    Port &port = m_ports[*index];
    if (port.segment)
        port.segment->detach(port.side);
    port.segment = nullptr;
    // The segment no longer tells this port about its carrier, so forget its MACs now.
    portCarrierChanged(*index, false);
}

bool LearningSwitch::isStale(const Learned &entry) const
{
    return m_ageing > SimDuration::zero() && m_scheduler.now() - entry.lastSeen >= m_ageing;
}

bool LearningSwitch::hasCarrier(const Port &port) const
{
    return port.segment && port.segment->carrier();
}

bool LearningSwitch::isForwarding(const Port &port) const
{
    return !port.spanningTree || port.spanningTree->state() == StpPortState::Forwarding;
}

void LearningSwitch::setSpanningTree(const SpanningTreeSettings &settings)
{
    m_spanningTree = settings;
    for (std::size_t index = 0; index < m_ports.size(); ++index) {
        Port &port = m_ports[index];
        port.spanningTree.reset();
        if (!settings.enabled)
            continue;
        port.spanningTree = std::make_unique<SpanningTreePort>(
            m_scheduler, settings.forwardDelay, settings.helloTime,
            [this, index] { sendConfigBpdu(index); });
        if (hasCarrier(port))
            port.spanningTree->enable();
    }
}

StpPortState LearningSwitch::portState(const std::string &portName) const
{
    const auto index = indexOf(portName);
    if (!index)
        return StpPortState::Disabled;
    const Port &port = m_ports[*index];
    if (port.spanningTree)
        return port.spanningTree->state();
    return hasCarrier(port) ? StpPortState::Forwarding : StpPortState::Disabled;
}

std::vector<LearningSwitch::MacEntry> LearningSwitch::macTable() const
{
    std::vector<MacEntry> entries;
    for (const auto &[mac, learned] : m_table) {
        if (!isStale(learned))
            entries.push_back(MacEntry{mac, m_ports[learned.port].name, learned.lastSeen});
    }
    return entries;
}

std::optional<std::string> LearningSwitch::portFor(MacAddress mac) const
{
    const auto it = m_table.find(mac);
    if (it == m_table.end() || isStale(it->second))
        return std::nullopt;
    return m_ports[it->second.port].name;
}

void LearningSwitch::clearMacTable()
{
    m_table.clear();
    m_ageingTimer.stop();
}

void LearningSwitch::receive(std::size_t ingress, const FrameBytes &frame)
{
    ++m_counters.framesReceived;
    if (!frame || frame->size() < kEthernetHeaderSize) {
        ++m_counters.framesTooShort;
        return;
    }
    const MacAddress destination = macAt(*frame, 0);
    const MacAddress source = macAt(*frame, 6);
    if (const SpanningTreePort *spanningTree = m_ports[ingress].spanningTree.get()) {
        // BPDUs are for the bridge itself, never relayed (802.1D-1998 7.12.3).
        if (destination == kStpBridgeGroupAddress) {
            ++m_counters.bpdusReceived;
            return;
        }
        const StpPortState state = spanningTree->state();
        if (state != StpPortState::Forwarding) {
            ++m_counters.framesDiscardedByPortState;
            if (state == StpPortState::Learning && !source.isMulticast())
                learn(source, ingress);
            return;
        }
    }
    if (!source.isMulticast())
        learn(source, ingress);

    if (!destination.isMulticast()) {
        const auto it = m_table.find(destination);
        if (it != m_table.end() && !isStale(it->second)) {
            if (it->second.port == ingress) {
                ++m_counters.framesFiltered;
            } else if (!isForwarding(m_ports[it->second.port])) {
                ++m_counters.framesDiscardedByPortState;
            } else {
                ++m_counters.framesForwarded;
                send(it->second.port, frame);
            }
            return;
        }
    }
    ++m_counters.framesFlooded;
    for (std::size_t egress = 0; egress < m_ports.size(); ++egress) {
        if (egress != ingress)
            send(egress, frame);
    }
}

void LearningSwitch::learn(MacAddress source, std::size_t ingress)
{
    const SimTime now = m_scheduler.now();
    auto [it, inserted] = m_table.try_emplace(source, Learned{ingress, now});
    if (!inserted) {
        if (it->second.port != ingress && !isStale(it->second))
            ++m_counters.macMoves;
        it->second = Learned{ingress, now};
    }
    if (!m_ageingTimer.isRunning())
        startAgeingTimer();
}

void LearningSwitch::send(std::size_t egress, const FrameBytes &frame)
{
    const Port &port = m_ports[egress];
    if (hasCarrier(port) && isForwarding(port))
        port.segment->transmit(port.side, frame);
}

// The root bridge's Configuration BPDU (802.1D-1998 8.6.1): it is the root, at cost 0, and
// advertises its own timers; ports in Listening and Learning send it too.
void LearningSwitch::sendConfigBpdu(std::size_t egress)
{
    const Port &port = m_ports[egress];
    if (!hasCarrier(port))
        return;
    const BridgeId bridge{m_spanningTree.priority, m_spanningTree.bridgeAddress};
    StpBpdu bpdu;
    bpdu.rootId = bridge;
    bpdu.bridgeId = bridge;
    bpdu.portId = static_cast<std::uint16_t>(kDefaultPortPriority << 8 | ((egress + 1) & 0xff));
    bpdu.maxAge = m_spanningTree.maxAge;
    bpdu.helloTime = m_spanningTree.helloTime;
    bpdu.forwardDelay = m_spanningTree.forwardDelay;
    const MacAddress source =
        MacAddress::fromU64(m_spanningTree.bridgeAddress.toU64() + egress + 1);
    ++m_counters.bpdusSent;
    port.segment->transmit(port.side, std::make_shared<const Bytes>(encodeStpFrame(source, bpdu)));
}

void LearningSwitch::portCarrierChanged(std::size_t index, bool up)
{
    if (SpanningTreePort *spanningTree = m_ports[index].spanningTree.get())
        up ? spanningTree->enable() : spanningTree->disable();
    if (up)
        return;
    std::erase_if(m_table, [index](const auto &entry) { return entry.second.port == index; });
    if (m_table.empty())
        m_ageingTimer.stop();
}

// One timer for the whole table, due when the oldest entry expires: refreshing an entry costs
// nothing, and the sweep re-arms the timer for whatever is oldest then.
void LearningSwitch::startAgeingTimer()
{
    if (m_ageing <= SimDuration::zero() || m_table.empty())
        return;
    const auto oldest = std::min_element(m_table.begin(), m_table.end(),
                                         [](const auto &a, const auto &b) {
                                             return a.second.lastSeen < b.second.lastSeen;
                                         });
    const SimTime due = oldest->second.lastSeen + m_ageing;
    m_ageingTimer.start(due - m_scheduler.now(), [this] { sweepAgedEntries(); });
}

void LearningSwitch::sweepAgedEntries()
{
    std::erase_if(m_table, [this](const auto &entry) { return isStale(entry.second); });
    startAgeingTimer();
}

} // namespace routerlab
