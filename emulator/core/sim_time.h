#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace routerlab {

// Lab time is nanoseconds since the lab started; durations share the type so that
// arithmetic never needs casts. Virtual and real-time runs use the same clock value.
using SimTime = std::chrono::nanoseconds;
using SimDuration = std::chrono::nanoseconds;

constexpr SimDuration milliseconds(std::int64_t ms) { return std::chrono::milliseconds(ms); }
constexpr SimDuration seconds(std::int64_t s) { return std::chrono::seconds(s); }

// Parses "500ms", "30s", "2m", "1h", "250us", "10ns" or a bare number of seconds.
std::optional<SimDuration> parseDuration(std::string_view text);

// "00:11:21" for durations under a day, "1d02h" beyond, as IOS prints route ages.
std::string formatAge(SimDuration age);

} // namespace routerlab
