#pragma once

#include "core/events.h"
#include "core/timer.h"
#include "ip/ip_interface.h"
#include "link/frame_sink.h"
#include "net/ipv4_address.h"
#include "net/mac_address.h"
#include "router/rate_meter.h"

#include <functional>
#include <optional>
#include <string>

namespace routerlab {

class Segment;
class Router;
struct PortAdapterType;

struct InterfaceCounters {
    std::uint64_t inputPackets = 0;
    std::uint64_t inputBytes = 0;
    std::uint64_t inputBroadcasts = 0;
    std::uint64_t inputErrors = 0;  // runts and frames that do not decode
    std::uint64_t inputDrops = 0;   // received while the line protocol was down
    std::uint64_t outputPackets = 0;
    std::uint64_t outputBytes = 0;
    std::uint64_t outputDrops = 0;  // sent while down or without carrier
    std::uint64_t carrierTransitions = 0;
    std::uint64_t resets = 0;
    std::uint64_t collisions = 0;
    std::uint64_t lateCollisions = 0;
    std::uint64_t crcErrors = 0;
    SimTime lastInput{0};
    SimTime lastOutput{0};
};

// One router port: a FastEthernet/ATM port of a port adapter, or a loopback. It owns the
// interface's configuration (addresses, admin state, duplex/speed) and state (carrier, line
// protocol, counters); the IPv4 stack reads it but never changes it.
class Interface : public FrameSink, public IpInterface {
public:
    enum class Kind { Ethernet, Atm, Loopback };

    Interface(Router &router, std::string name, Kind kind, MacAddress mac, int bandwidthKbit,
              const PortAdapterType *adapter, int slot, int port);
    ~Interface() override;

    const std::string &name() const override { return m_name; }
    std::string shortName() const override; // "Fa0/0"
    Kind kind() const { return m_kind; }
    const PortAdapterType *portAdapter() const { return m_adapter; }
    int slot() const { return m_slot; }
    int port() const { return m_port; }
    MacAddress mac() const override { return m_mac; }
    int bandwidthKbit() const { return m_bandwidthKbit; }
    bool isPhysical() const { return m_kind != Kind::Loopback; }
    bool carriesIp() const { return m_kind == Kind::Ethernet || m_kind == Kind::Loopback; }

    // --- configuration
    bool adminUp() const { return m_adminUp; }
    void setAdminUp(bool up);
    std::optional<Ipv4Prefix> primaryPrefix() const override;
    Ipv4Address address() const override { return m_address; }
    Ipv4Address mask() const { return m_mask; }
    bool hasAddress() const { return !m_address.isUnspecified(); }
    void setAddress(Ipv4Address address, Ipv4Address mask);
    void clearAddress();
    std::string duplex = "auto"; // "full", "half", "auto"; change it with setDuplex()
    void setDuplex(const std::string &duplex);
    std::string speed = "auto";  // "10", "100", "auto"; change it with setSpeed()
    // A forced speed that differs from the peer's forced speed takes the link down.
    void setSpeed(const std::string &speed);
    // What the link negotiated for this end (the configured values when unplugged).
    bool operatingFullDuplex() const;
    int operatingSpeed() const;
    std::string description;
    bool directedBroadcast = false; // `ip directed-broadcast`, off by default since 12.0
    bool atmIlmiKeepalive = true;   // ATM only; saved configs carry `no atm ilmi-keepalive`
    // Back to an unconfigured port: shut, no address, settings and counters at defaults.
    void resetConfiguration();

    // --- state
    bool carrier() const { return m_carrier; }
    bool linkUp() const { return m_adminUp && m_carrier; }
    bool lineProtocolUp() const override { return m_lineProtocolUp; }
    SimTime lastStateChange() const { return m_lastStateChange; }
    InterfaceCounters counters;
    RateMeter inputRate;
    RateMeter outputRate;
    const char *statusText() const;   // "up", "down", "administratively down"
    const char *protocolText() const; // "up", "down"


    // --- wiring
    void attach(Segment *segment, int side);
    void detach();
    bool isConnected() const { return m_segment != nullptr; }
    Segment *segment() const { return m_segment; }
    void transmit(FrameBytes frame) override;
    void countInputError() override { ++counters.inputErrors; }

    // FrameSink
    void receiveFrame(const FrameBytes &frame) override;
    void carrierChanged(bool up) override;
    void mediaError(MediaError error) override;

    // While a startup config replays, state changes are recorded but not announced; the
    // router announces every interface once the config is in (as IOS does at boot).
    void setQuiet(bool quiet) { m_quiet = quiet; }
    void announceInitialState();

private:
    void updateState(bool announceLink);
    void logLinkChange();
    void applyMedia();
    void scheduleLineProtocolLog();

    Router &m_router;
    std::string m_name;
    Kind m_kind;
    MacAddress m_mac;
    int m_bandwidthKbit;
    const PortAdapterType *m_adapter;
    int m_slot;
    int m_port;
    bool m_adminUp = false;
    bool m_carrier = false;
    bool m_lineProtocolUp = false;
    bool m_quiet = false;
    Ipv4Address m_address;
    Ipv4Address m_mask;
    SimTime m_lastStateChange{0};
    Segment *m_segment = nullptr;
    int m_side = 0;
    Timer m_lineProtocolLogTimer;
    Timer m_linkAnnounceTimer;
    std::string m_announcedStatus;
};

} // namespace routerlab
