#include "core/sim_time.h"

#include <charconv>
#include <cstdio>
#include <limits>

namespace routerlab {
namespace {

// The clock counts nanoseconds in 64 bits (about 292 years): a longer duration typed in a script
// or on the command line is refused rather than overflowing into a negative or tiny wait.
template <class Unit>
std::optional<SimDuration> inClockUnits(std::int64_t value)
{
    constexpr std::int64_t nanosecondsPerUnit = std::chrono::duration_cast<SimDuration>(Unit(1)).count();
    if (value > std::numeric_limits<SimDuration::rep>::max() / nanosecondsPerUnit)
        return std::nullopt;
    return Unit(value);
}

} // namespace

std::optional<SimDuration> parseDuration(std::string_view text)
{
    std::int64_t value = 0;
    const char *begin = text.data();
    const char *end = text.data() + text.size();
    auto [rest, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || rest == begin || value < 0)
        return std::nullopt;
    const std::string_view unit(rest, static_cast<std::size_t>(end - rest));
    if (unit.empty() || unit == "s")
        return inClockUnits<std::chrono::seconds>(value);
    if (unit == "ms")
        return inClockUnits<std::chrono::milliseconds>(value);
    if (unit == "us")
        return inClockUnits<std::chrono::microseconds>(value);
    if (unit == "ns")
        return inClockUnits<std::chrono::nanoseconds>(value);
    if (unit == "m" || unit == "min")
        return inClockUnits<std::chrono::minutes>(value);
    if (unit == "h")
        return inClockUnits<std::chrono::hours>(value);
    return std::nullopt;
}

std::string formatAge(SimDuration age)
{
    const auto total = std::chrono::duration_cast<std::chrono::seconds>(age).count();
    char text[32];
    if (total < 86400) {
        std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld", static_cast<long long>(total / 3600),
                      static_cast<long long>(total / 60 % 60), static_cast<long long>(total % 60));
    } else if (total < 7 * 86400) {
        std::snprintf(text, sizeof text, "%lldd%02lldh", static_cast<long long>(total / 86400),
                      static_cast<long long>(total / 3600 % 24));
    } else {
        std::snprintf(text, sizeof text, "%lldw%lldd", static_cast<long long>(total / (7 * 86400)),
                      static_cast<long long>(total / 86400 % 7));
    }
    return text;
}

} // namespace routerlab
