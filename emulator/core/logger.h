#pragma once

#include "core/calendar_clock.h"
#include "core/event_bus.h"
#include "core/events.h"
#include "core/scheduler.h"

#include <functional>
#include <string>
#include <vector>

namespace routerlab {

// How `service timestamps {debug|log} ...` asks lines to be stamped.
struct TimestampStyle {
    enum class Kind { None, Uptime, Datetime };
    Kind kind = Kind::Uptime; // IOS 12.x default
    bool msec = false;
    bool localtime = false;
    bool showTimezone = false;
};

// One per router: stamps syslog and debug lines with the virtual clock exactly as IOS does
// (`*Mar  1 00:00:05.123: %LINK-3-UPDOWN: ...`; the star says the clock was never set),
// publishes syslog messages on the bus and hands every line to the attached consoles.
class Logger {
public:
    using LineSink = std::function<void(const std::string &line)>;

    Logger(Scheduler &scheduler, EventBus &bus, std::string node);

    TimestampStyle logStyle;
    TimestampStyle debugStyle;

    // `%FACILITY-SEVERITY-MNEMONIC: text`
    void log(const std::string &facility, int severity, const std::string &mnemonic,
             const std::string &text);
    void debug(const std::string &text);

    std::uint64_t addSink(LineSink sink);
    void removeSink(std::uint64_t id);

    // The `show logging` buffer (newest last), bounded like IOS's 4096-byte default buffer by
    // line count rather than bytes.
    const std::vector<std::string> &buffer() const { return m_buffer; }
    void setNode(std::string node) { m_node = std::move(node); }

    // The calendar datetime stamps read (`clock set` moves it).
    CalendarClock &clock() { return m_clock; }
    const CalendarClock &clock() const { return m_clock; }
    std::string formatTimestamp(const TimestampStyle &style, SimTime time) const;

private:
    void emitLine(const std::string &line);

    Scheduler &m_scheduler;
    EventBus &m_bus;
    std::string m_node;
    std::vector<std::pair<std::uint64_t, LineSink>> m_sinks;
    std::uint64_t m_nextSinkId = 1;
    std::vector<std::string> m_buffer;
    CalendarClock m_clock;
};

} // namespace routerlab
