#pragma once

#include "core/registration.h"
#include "core/sim_time.h"
#include "ip/ip_counters.h"
#include "net/icmp_message.h"
#include "net/ipv4_packet.h"

#include <functional>

namespace routerlab {

class Ipv4Stack;
class Scheduler;

// ICMP on one router: the echo responder, the error messages of RFC 792 and RFC 1812 section
// 4.3 (rate-limited unreachables, never an error about an error), and the observers ping and
// traceroute listen through.
class IcmpService {
public:
    // Echo replies and ICMP errors addressed to us.
    using Observer = std::function<void(const Ipv4Packet &, const IcmpMessage &)>;

    IcmpService(Ipv4Stack &stack, Scheduler &scheduler, IpCounters &counters);

    // An ICMP packet delivered to this router.
    void receive(const Ipv4Packet &packet);
    void sendError(const Ipv4Packet &offending, ByteView originalBytes, IcmpType type, std::uint8_t code);
    [[nodiscard]] Registration addObserver(Observer observer) { return m_observers.add(std::move(observer)); }

private:
    void answerEcho(const Ipv4Packet &packet, const IcmpMessage &message);

    Ipv4Stack &m_stack;
    Scheduler &m_scheduler;
    IpCounters &m_counters;
    SimTime m_lastUnreachable{-std::chrono::hours(1)};
    RegistrationList<Observer> m_observers;
};

} // namespace routerlab
