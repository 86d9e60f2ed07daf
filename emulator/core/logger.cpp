#include "core/logger.h"

#include <cstdio>

namespace routerlab {
namespace {
constexpr std::size_t kBufferLines = 400;
}

Logger::Logger(Scheduler &scheduler, EventBus &bus, std::string node)
    : m_scheduler(scheduler), m_bus(bus), m_node(std::move(node))
{
}

std::string Logger::formatTimestamp(const TimestampStyle &style, SimTime time) const
{
    const auto totalMs = std::chrono::duration_cast<std::chrono::milliseconds>(time).count();
    const long long totalSeconds = totalMs / 1000;
    char text[64];
    switch (style.kind) {
    case TimestampStyle::Kind::None:
        return {};
    case TimestampStyle::Kind::Uptime:
        if (totalSeconds < 86400) {
            std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld", totalSeconds / 3600,
                          totalSeconds / 60 % 60, totalSeconds % 60);
        } else {
            std::snprintf(text, sizeof text, "%lldd%02lldh", totalSeconds / 86400,
                          totalSeconds / 3600 % 24);
        }
        return std::string(text) + ": ";
    case TimestampStyle::Kind::Datetime: {
        // The star marks a clock nobody set.
        const CalendarClock::Time now = m_clock.at(time);
        std::string stamp = (m_clock.userSet() ? "" : "*") + CalendarClock::formatStamp(now);
        const int ms = static_cast<int>(now.time_since_epoch().count() % 1000);
        if (style.msec) {
            std::snprintf(text, sizeof text, ".%03d", ms);
            stamp += text;
        }
        if (style.showTimezone)
            stamp += " UTC";
        return stamp + ": ";
    }
    }
    return {};
}

void Logger::log(const std::string &facility, int severity, const std::string &mnemonic,
                 const std::string &text)
{
    const SimTime now = m_scheduler.now();
    const std::string line = formatTimestamp(logStyle, now) + "%" + facility + "-" +
                             std::to_string(severity) + "-" + mnemonic + ": " + text;
    emitLine(line);
    m_bus.publish(SyslogMessage{m_node, now, facility, severity, mnemonic, line});
}

void Logger::debug(const std::string &text)
{
    emitLine(formatTimestamp(debugStyle, m_scheduler.now()) + text);
}

void Logger::emitLine(const std::string &line)
{
    m_buffer.push_back(line);
    if (m_buffer.size() > kBufferLines)
        m_buffer.erase(m_buffer.begin());
    auto sinks = m_sinks; // a sink may detach itself while printing
    for (auto &[id, sink] : sinks)
        sink(line);
}

std::uint64_t Logger::addSink(LineSink sink)
{
    m_sinks.emplace_back(m_nextSinkId, std::move(sink));
    return m_nextSinkId++;
}

void Logger::removeSink(std::uint64_t id)
{
    std::erase_if(m_sinks, [id](const auto &entry) { return entry.first == id; });
}

} // namespace routerlab
