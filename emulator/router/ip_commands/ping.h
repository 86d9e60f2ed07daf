#pragma once

#include "core/registration.h"
#include "core/timer.h"
#include "net/ipv4_address.h"

#include <functional>
#include <memory>
#include <string>

namespace routerlab {

class Router;

// One run of the exec `ping` command: IOS sends the next echo when the previous one is answered
// or timed out, prints `!` `.` `U` `Q` per echo (70 to a line), then the success-rate line. It
// holds the console until it finishes, in virtual or real time alike, or until the escape
// sequence aborts it. Whatever the repeat count, it keeps only running sums.
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
        // `ping X` leaves a blank line under the command; extended ping goes straight on
        // from its last question.
        bool blankLineFirst = true;
    };
    using Output = std::function<void(const std::string &)>;

    PingOperation(Router &router, Options options, Output output, std::function<void()> done);
    ~PingOperation();
    void start();
    // The escape sequence: no more echoes; the summary counts those that were answered or
    // timed out.
    void abort();

private:
    void sendNext();
    void finish();
    void echoDone(const char *mark);

    Router &m_router;
    Options m_options;
    Output m_output;
    std::function<void()> m_done;
    Timer m_timeout;
    std::uint16_t m_identifier = 0;
    int m_sequence = 0;
    int m_sent = 0;
    int m_completed = 0;
    int m_received = 0;
    int m_column = 0; // marks on the current line
    SimTime m_sentAt{0};
    // Round trips in whole milliseconds, as IOS reports them.
    long long m_minimumMs = 0;
    long long m_maximumMs = 0;
    long long m_totalMs = 0;
    Registration m_observer;
    bool m_waiting = false;
    bool m_finished = false;
};

} // namespace routerlab
