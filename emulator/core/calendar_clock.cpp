#include "core/calendar_clock.h"

#include <cstdio>

namespace routerlab {
namespace {

using namespace std::chrono;

constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr const char *kMonthNames[] = {"January", "February", "March",     "April",
                                       "May",     "June",     "July",      "August",
                                       "September", "October", "November", "December"};
constexpr const char *kWeekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};

struct Fields {
    year_month_day date;
    std::chrono::weekday day;
    hh_mm_ss<std::chrono::milliseconds> time;
};

Fields fieldsOf(CalendarClock::Time time)
{
    const sys_days days = floor<std::chrono::days>(time);
    return {year_month_day(days), weekday(days), hh_mm_ss<std::chrono::milliseconds>(time - days)};
}

} // namespace

CalendarClock::Time CalendarClock::unsetEpoch()
{
    return sys_days(year(1993) / March / 1);
}

std::string CalendarClock::format(Time time, bool msec)
{
    const Fields f = fieldsOf(time);
    char text[64];
    std::snprintf(text, sizeof text, "%02d:%02d:%02d", static_cast<int>(f.time.hours().count()),
                  static_cast<int>(f.time.minutes().count()),
                  static_cast<int>(f.time.seconds().count()));
    std::string out = text;
    if (msec) {
        std::snprintf(text, sizeof text, ".%03d", static_cast<int>(f.time.subseconds().count()));
        out += text;
    }
    std::snprintf(text, sizeof text, " UTC %s %s %u %d", kWeekdays[f.day.c_encoding()],
                  kMonths[static_cast<unsigned>(f.date.month()) - 1],
                  static_cast<unsigned>(f.date.day()), static_cast<int>(f.date.year()));
    return out + text;
}

std::string CalendarClock::formatStamp(Time time)
{
    const Fields f = fieldsOf(time);
    char text[32];
    std::snprintf(text, sizeof text, "%s %2u %02d:%02d:%02d",
                  kMonths[static_cast<unsigned>(f.date.month()) - 1],
                  static_cast<unsigned>(f.date.day()), static_cast<int>(f.time.hours().count()),
                  static_cast<int>(f.time.minutes().count()),
                  static_cast<int>(f.time.seconds().count()));
    return text;
}

int CalendarClock::monthNumber(const std::string &name)
{
    for (int i = 0; i < 12; ++i) {
        if (name == kMonthNames[i])
            return i + 1;
    }
    return 0;
}

} // namespace routerlab
