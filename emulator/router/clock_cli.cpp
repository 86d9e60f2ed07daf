#include "router/clock_cli.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "core/calendar_clock.h"
#include "router/router.h"
#include "router/router_cli.h"

#include <chrono>
#include <cstdio>

namespace routerlab {

using cli::CommandContext;

namespace {

std::string showClock(Router &router, bool detail)
{
    const CalendarClock &clock = router.logger().clock();
    std::string out = (clock.userSet() ? "" : "*") +
                      CalendarClock::format(clock.at(router.scheduler().now()), true) + "\n";
    if (detail)
        out += clock.userSet() ? "Time source is user configuration\n" : "No time source\n";
    return out;
}

// `clock set hh:mm:ss` with the day and month in either order, as IOS takes them.
void setClock(CommandContext &context)
{
    int hours = 0, minutes = 0, seconds = 0;
    char extra = 0;
    const std::string &timeText = context.word();
    if (std::sscanf(timeText.c_str(), "%2d:%2d:%2d%c", &hours, &minutes, &seconds, &extra) != 3 ||
        hours > 23 || minutes > 59 || seconds > 59 || hours < 0 || minutes < 0 || seconds < 0) {
        context.session->reportInvalidAt(context.typedLine, context.typedLine.find(timeText));
        return;
    }
    std::string monthName;
    for (const cli::MatchedToken &token : context.tokens) {
        if (token.kind == cli::TokenKind::Keyword && CalendarClock::monthNumber(token.value))
            monthName = token.value;
    }
    using namespace std::chrono;
    const year_month_day date{year(static_cast<int>(context.number(1))),
                              month(static_cast<unsigned>(CalendarClock::monthNumber(monthName))),
                              day(static_cast<unsigned>(context.number(0)))};
    if (!date.ok()) {
        context.session->reportInvalidAt(context.typedLine, context.typedLine.rfind(' ') + 1);
        return;
    }
    Router &router = routerOf(context);
    CalendarClock &clock = router.logger().clock();
    const SimTime now = router.scheduler().now();
    const std::string before = CalendarClock::format(clock.at(now), false);
    clock.set(sys_days(date) + std::chrono::hours(hours) + std::chrono::minutes(minutes) +
                  std::chrono::seconds(seconds), now);
    router.logger().log("SYS", 6, "CLOCKUPDATE",
                        "System clock has been updated from " + before + " to " +
                            CalendarClock::format(clock.at(now), false) +
                            ", configured from console by console.");
}

const char *const kMonths = "(January|February|March|April|May|June|July|August|September|"
                           "October|November|December)";

std::vector<std::string> clockSetHelp(bool dayFirst)
{
    std::vector<std::string> help = {"Manage the system clock", "Set the time and date",
                                     "Current Time"};
    const std::vector<std::string> months(12, "Month of the year");
    if (dayFirst) {
        help.push_back("Day of the month");
        help.insert(help.end(), months.begin(), months.end());
    } else {
        help.insert(help.end(), months.begin(), months.end());
        help.push_back("Day of the month");
    }
    help.push_back("Year");
    return help;
}

} // namespace

void installClockCommands(cli::CommandTree &tree)
{
    tree.install(
        "exec", "show clock [detail]",
        {"Show running system information", "Display the system clock",
         "Display detailed information"},
        [](CommandContext &context) {
            context.session->write(showClock(routerOf(context), context.has("detail")));
        });
    const cli::CommandOptions privileged{15, false};
    tree.install("exec", std::string("clock set WORD <1-31> ") + kMonths + " <1993-2035>",
                 clockSetHelp(true), setClock, privileged);
    tree.install("exec", std::string("clock set WORD ") + kMonths + " <1-31> <1993-2035>",
                 clockSetHelp(false), setClock, privileged);
}

} // namespace routerlab
