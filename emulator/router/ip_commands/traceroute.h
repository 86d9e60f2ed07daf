#pragma once

#include "core/registration.h"
#include "core/timer.h"
#include "net/ipv4_address.h"

#include <functional>
#include <string>

namespace routerlab {

class Router;
struct Ipv4Packet;
struct IcmpMessage;

// One run of the exec `traceroute` command, as IOS does it: UDP probes to ports 33434 and up,
// three per TTL from 1 to 30, each waiting up to 3 seconds. A TTL-exceeded answer names the
// hop; the port unreachable of the target ends the trace. Like ping it holds the console until
// it is done.
class TracerouteOperation {
public:
    struct Options {
        Ipv4Address target;
        Ipv4Address source;
        int minimumTtl = 1;
        int maximumTtl = 30;
        int probes = 3;
        SimDuration timeout = std::chrono::seconds(3);
        std::uint16_t port = 33434;
    };
    using Output = std::function<void(const std::string &)>;

    TracerouteOperation(Router &router, Options options, Output output, std::function<void()> done);
    ~TracerouteOperation();
    void start();
    // The escape sequence: no more probes; the line so far ends and the trace is over.
    void abort();

private:
    void startHop();
    void sendProbe();
    void probeAnswered(const Ipv4Packet &packet, const IcmpMessage &message);
    void probeFinished();
    void finish();

    Router &m_router;
    Options m_options;
    Output m_output;
    std::function<void()> m_done;
    Timer m_timeout;
    Registration m_observer;
    std::uint16_t m_sourcePort = 0;
    std::uint16_t m_probePort = 0;
    int m_ttl = 0;
    int m_probe = 0;
    bool m_waiting = false;
    bool m_reached = false; // the target (or an unreachable) answered: this hop is the last
    bool m_finished = false;
    Ipv4Address m_lastResponder;
    SimTime m_sentAt{0};
};

} // namespace routerlab
