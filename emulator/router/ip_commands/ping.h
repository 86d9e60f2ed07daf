#pragma once

#include "core/registration.h"

#include "core/timer.h"
#include "net/ipv4_address.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace routerlab {

class Router;

// One run of the exec `ping` command: IOS sends the next echo when the previous one is answered
// or timed out, prints `!` `.` `U` `Q` per echo, then the success-rate line. It holds the console
// until it finishes, in virtual or real time alike.
class PingOperation {
public:
    struct Options {
        Ipv4Address target;
        int repeat = 5;
        int datagramSize = 100;
        SimDuration timeout = std::chrono::seconds(2);
        Ipv4Address source;   // when set, IOS says so before the first echo
        std::uint8_t tos = 0;
        bool dontFragment = false;
        std::uint16_t pattern = 0xabcd;
    };
    using Output = std::function<void(const std::string &)>;

    PingOperation(Router &router, Options options, Output output, std::function<void()> done);
    ~PingOperation();
    void start();

private:
    void sendNext();
    void finish();
    void onTimeout();

    Router &m_router;
    Options m_options;
    Output m_output;
    std::function<void()> m_done;
    Timer m_timeout;
    std::uint16_t m_identifier = 0;
    int m_sequence = 0;
    int m_sent = 0;
    int m_received = 0;
    SimTime m_sentAt{0};
    std::vector<SimDuration> m_roundTrips;
    Registration m_observer;
    bool m_waiting = false;
};

} // namespace routerlab
