#pragma once

#include "core/scheduler.h"
#include "core/timer.h"
#include "net/mac_address.h"

#include <cstdint>
#include <functional>
#include <string_view>

namespace routerlab {

// dot1dStpPortState (RFC 4188) numbering. A root bridge never blocks a port, so Blocking is
// only here to keep the numbers.
enum class StpPortState {
    Disabled = 1,
    Blocking = 2,
    Listening = 3,
    Learning = 4,
    Forwarding = 5,
};

// "disabled", "listening", ... as `debug spanning-tree events` prints them.
std::string_view stpPortStateName(StpPortState state);

// 802.1D on a LearningSwitch. Off by default, so a switch behaves like GNS3's.
struct SpanningTreeSettings {
    bool enabled = false;
    std::uint16_t priority = 32768;
    SimDuration helloTime = seconds(2);
    SimDuration forwardDelay = seconds(15);
    SimDuration maxAge = seconds(20); // only advertised: a root bridge never ages its info
    // The bridge identifier's MAC; port n sends its BPDUs from this address + n.
    MacAddress bridgeAddress;
};

// One port of a root bridge in a loop-free lab, where every port is a designated port
// (802.1D-1998 8.8.1, 8.6.12 to 8.6.14): enabled by carrier into Listening, moved to Learning
// and then Forwarding by the forward delay timer, Disabled again when carrier goes. While not
// Disabled it asks its bridge for a Configuration BPDU at once and every hello time (the
// bridge builds and sends it). setState() is the only writer of the state.
class SpanningTreePort {
public:
    using SendConfigBpdu = std::function<void()>;

    SpanningTreePort(Scheduler &scheduler, SimDuration forwardDelay, SimDuration helloTime,
                     SendConfigBpdu sendConfigBpdu);
    SpanningTreePort(const SpanningTreePort &) = delete;
    SpanningTreePort &operator=(const SpanningTreePort &) = delete;

    // Carrier came up: starts over in Listening unless already enabled.
    void enable();
    void disable();
    StpPortState state() const { return m_state; }

private:
    void setState(StpPortState state);
    void sendHello();

    SimDuration m_forwardDelay;
    SimDuration m_helloTime;
    SendConfigBpdu m_sendConfigBpdu;
    StpPortState m_state = StpPortState::Disabled;
    Timer m_forwardDelayTimer;
    Timer m_helloTimer;
};

} // namespace routerlab
