#pragma once

// How routerlab-bench prints: one `name: value unit` line per figure, and wall times measured on
// a steady clock.

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

namespace routerlab::bench {

using WallClock = std::chrono::steady_clock;

inline double millisecondsSince(WallClock::time_point start)
{
    return std::chrono::duration<double, std::milli>(WallClock::now() - start).count();
}

inline void printFigure(const std::string &name, const std::string &value, const std::string &unit = {})
{
    std::cout << name << ": " << value << (unit.empty() ? "" : " ") << unit << "\n";
}

inline std::string fixed(double value, int decimals = 1)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

// A figure next to its floor: how fast we are as a fraction of the floor's speed (1.00 = at the
// floor). Both are measured in the same run, so the machine's noise mostly cancels.
inline void printVersusFloor(const std::string &name, double ourTime, double floorTime)
{
    printFigure(name + "_vs_floor", fixed(ourTime > 0 ? floorTime / ourTime : 0, 2), "x");
}

} // namespace routerlab::bench
