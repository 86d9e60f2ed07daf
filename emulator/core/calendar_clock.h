#pragma once

#include "core/sim_time.h"

#include <chrono>
#include <string>

namespace routerlab {

// A router's calendar. Until `clock set` it is not authoritative and counts from 00:00:00 on
// Monday March 1st 1993, as an un-clocked 7200 does (IOS prints a '*' before such times);
// after `clock set` it runs from the time the user gave, in step with virtual time.
class CalendarClock {
public:
    using Time = std::chrono::sys_time<std::chrono::milliseconds>;

    Time at(SimTime now) const
    {
        return m_base + std::chrono::duration_cast<std::chrono::milliseconds>(now - m_setAt);
    }
    void set(Time time, SimTime now)
    {
        m_base = time;
        m_setAt = now;
        m_userSet = true;
    }
    bool userSet() const { return m_userSet; }

    static Time unsetEpoch();
    // "10:00:05.123 UTC Mon Dec 7 2026" (`show clock`; without msec for syslog's CLOCKUPDATE).
    static std::string format(Time time, bool msec);
    // "Mar  1 00:00:05" (log and debug timestamps).
    static std::string formatStamp(Time time);
    // January = 1; 0 when `name` is not a month.
    static int monthNumber(const std::string &name);

private:
    Time m_base = unsetEpoch();
    SimTime m_setAt{};
    bool m_userSet = false;
};

} // namespace routerlab
