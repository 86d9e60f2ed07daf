#include "router/interface.h"

#include "link/segment.h"
#include "router/router.h"
#include "cli/interface_names.h"

namespace routerlab {
namespace {
// IOS reports the line protocol change about a second after the link change.
constexpr SimDuration kLineProtocolLogDelay = std::chrono::seconds(1);
constexpr std::size_t kMinimumFrame = 14;
}

Interface::Interface(Router &router, std::string name, Kind kind, MacAddress mac, int bandwidthKbit,
                     const PortAdapterType *adapter, int slot, int port)
    : m_router(router), m_name(std::move(name)), m_kind(kind), m_mac(mac),
      m_bandwidthKbit(bandwidthKbit), m_adapter(adapter), m_slot(slot), m_port(port),
      m_carrier(kind == Kind::Loopback), m_lineProtocolLogTimer(router.scheduler()),
      m_linkAnnounceTimer(router.scheduler())
{
}

Interface::~Interface() { detach(); }

std::string Interface::shortName() const { return cli::shortInterfaceName(m_name); }

std::optional<Ipv4Prefix> Interface::primaryPrefix() const
{
    if (!hasAddress())
        return std::nullopt;
    return Ipv4Prefix(m_address, Ipv4Prefix::lengthFromMask(m_mask).value_or(32));
}

void Interface::setAddress(Ipv4Address address, Ipv4Address mask)
{
    if (address == m_address && mask == m_mask)
        return;
    const auto old = primaryPrefix();
    m_address = address;
    m_mask = mask;
    m_router.interfaceAddressChanged(*this, old);
}

void Interface::clearAddress()
{
    if (!hasAddress())
        return;
    const auto old = primaryPrefix();
    m_address = Ipv4Address();
    m_mask = Ipv4Address();
    m_router.interfaceAddressChanged(*this, old);
}

void Interface::setAdminUp(bool up)
{
    if (up == m_adminUp)
        return;
    m_adminUp = up;
    if (m_segment)
        m_segment->setEndpointEnabled(m_side, up);
    if (up && m_segment && !m_carrier) {
        // The carrier arrives with an event due now; a port whose peer answers logs only "up",
        // as IOS does, and "down" is logged only when no carrier came.
        updateState(false);
        m_linkAnnounceTimer.start(SimDuration{0}, [this] {
            if (!m_quiet && statusText() != m_announcedStatus)
                logLinkChange();
        });
        return;
    }
    updateState(true);
}

const char *Interface::statusText() const
{
    if (!m_adminUp)
        return "administratively down";
    return linkUp() ? "up" : "down";
}

const char *Interface::protocolText() const { return m_lineProtocolUp ? "up" : "down"; }

void Interface::attach(Segment *segment, int side)
{
    detach();
    m_segment = segment;
    m_side = side;
    m_segment->setEndpointEnabled(m_side, m_adminUp);
    applyMedia();
}

void Interface::setSpeed(const std::string &newSpeed)
{
    speed = newSpeed;
    applyMedia();
}

void Interface::setDuplex(const std::string &newDuplex)
{
    duplex = newDuplex;
    applyMedia();
}

void Interface::applyMedia()
{
    if (!m_segment)
        return;
    EthernetMedia media;
    media.forcedSpeed = speed == "auto" ? 0 : std::stoi(speed);
    media.duplex = duplex == "full" ? Duplex::Full : duplex == "half" ? Duplex::Half : Duplex::Auto;
    m_segment->setEndpointMedia(m_side, media);
}

bool Interface::operatingFullDuplex() const
{
    if (m_segment && m_carrier)
        return m_segment->negotiated().fullDuplex[static_cast<std::size_t>(m_side)];
    return duplex != "half";
}

int Interface::operatingSpeed() const
{
    if (m_segment && m_carrier)
        return m_segment->negotiated().speed;
    return speed == "10" ? 10 : 100;
}

void Interface::mediaError(MediaError error)
{
    switch (error) {
    case MediaError::Collision:
        ++counters.collisions;
        break;
    case MediaError::LateCollision:
        ++counters.lateCollisions;
        ++counters.collisions;
        break;
    case MediaError::CrcError:
        ++counters.crcErrors;
        ++counters.inputErrors;
        break;
    }
}

void Interface::detach()
{
    if (!m_segment)
        return;
    Segment *segment = m_segment;
    m_segment = nullptr;
    segment->detach(m_side);
    if (m_kind != Kind::Loopback && m_carrier) {
        m_carrier = false;
        updateState(true);
    }
}

void Interface::transmit(FrameBytes frame)
{
    if (!m_lineProtocolUp || !m_segment) {
        ++counters.outputDrops;
        return;
    }
    ++counters.outputPackets;
    counters.outputBytes += frame->size();
    counters.lastOutput = m_router.scheduler().now();
    outputRate.record(counters.lastOutput, frame->size());
    m_segment->transmit(m_side, std::move(frame));
}

void Interface::receiveFrame(const FrameBytes &frame)
{
    if (!m_lineProtocolUp) {
        ++counters.inputDrops;
        return;
    }
    if (frame->size() < kMinimumFrame) {
        ++counters.inputErrors;
        return;
    }
    const MacAddress destination({(*frame)[0], (*frame)[1], (*frame)[2], (*frame)[3], (*frame)[4],
                                  (*frame)[5]});
    // An Ethernet port in non-promiscuous mode: the NIC filters before the router sees it.
    if (destination != m_mac && !destination.isMulticast() && !m_router.ip().acceptsMac(*this, destination))
        return;
    ++counters.inputPackets;
    counters.inputBytes += frame->size();
    counters.lastInput = m_router.scheduler().now();
    inputRate.record(counters.lastInput, frame->size());
    // IOS's "Received N broadcasts" counts every group address, multicast (HSRP) included.
    if (destination.isMulticast())
        ++counters.inputBroadcasts;
    m_router.frameReceived(*this, frame);
}

void Interface::carrierChanged(bool up)
{
    if (m_kind == Kind::Loopback || up == m_carrier)
        return;
    m_carrier = up;
    ++counters.carrierTransitions;
    updateState(true);
}

void Interface::updateState(bool announceLink)
{
    const bool lineUp = linkUp();
    const bool changed = lineUp != m_lineProtocolUp;
    const bool wasUp = m_lineProtocolUp;
    m_lineProtocolUp = lineUp;
    m_lastStateChange = m_router.scheduler().now();
    if (changed)
        m_router.interfaceStateChanged(*this, wasUp);
    if (m_quiet || !announceLink)
        return;
    // The peer's carrier dropping after our own shutdown changes nothing a user can see.
    const std::string status = statusText();
    // A new loopback has no link to report: IOS logs only its line protocol coming up.
    if (m_kind == Kind::Loopback && m_announcedStatus.empty())
        m_announcedStatus = status;
    else if (status != m_announcedStatus)
        logLinkChange();
    if (changed) {
        scheduleLineProtocolLog();
    }
}

void Interface::scheduleLineProtocolLog()
{
    m_lineProtocolLogTimer.start(kLineProtocolLogDelay, [this] {
        m_router.logger().log("LINEPROTO", 5, "UPDOWN",
                              "Line protocol on Interface " + m_name + ", changed state to " +
                                  protocolText());
    });
}

void Interface::logLinkChange()
{
    m_announcedStatus = statusText();
    if (!m_adminUp)
        m_router.logger().log("LINK", 5, "CHANGED",
                              "Interface " + m_name + ", changed state to administratively down");
    else
        m_router.logger().log("LINK", 3, "UPDOWN",
                              "Interface " + m_name + ", changed state to " + statusText());
}

void Interface::resetConfiguration()
{
    setAdminUp(false);
    clearAddress();
    setDuplex("auto");
    setSpeed("auto");
    description.clear();
    directedBroadcast = false;
    atmIlmiKeepalive = true;
    counters = InterfaceCounters{};
}

void Interface::announceInitialState()
{
    m_quiet = false;
    if (!m_adminUp) {
        if (isPhysical())
            logLinkChange();
        return;
    }
    if (isPhysical() && !m_carrier) {
        logLinkChange();
        return;
    }
    // A loopback coming up has no link to report: IOS logs only its line protocol.
    if (m_kind == Kind::Loopback)
        m_announcedStatus = statusText();
    else
        logLinkChange();
    scheduleLineProtocolLog();
}

} // namespace routerlab
