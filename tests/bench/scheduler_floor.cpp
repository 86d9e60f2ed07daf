#include "scheduler_floor.h"

#include "bench_report.h"

#include "core/scheduler.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <queue>
#include <vector>

namespace routerlab::bench {
namespace {

constexpr std::size_t kCancelDistance = 16;
constexpr int kRepeats = 3;

// Where each run leaves its result, so the optimizer cannot drop the work.
volatile std::uint64_t g_sink = 0;

// The same delays for both contenders.
class Delays {
public:
    explicit Delays(std::size_t pending) : m_spread(static_cast<std::uint64_t>(pending) * 1000) {}
    // Within the window that `pending` events cover.
    SimDuration next() { return SimDuration{static_cast<std::int64_t>(random() % m_spread)}; }
    // Past that window, so the event is still pending when it is cancelled, as a restarted
    // timer's old expiry is.
    SimDuration beyond() { return SimDuration{static_cast<std::int64_t>(m_spread + random() % m_spread)}; }

private:
    std::uint64_t random()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return m_state;
    }

    std::uint64_t m_spread;
    std::uint64_t m_state = 0x9e3779b97f4a7c15ULL;
};

// What the events work on. Each captures a reference and two numbers, 24 bytes: like most of the
// emulator's captures, more than std::function keeps inline (16) and less than the scheduler's.
struct Work {
    std::uint64_t ran = 0;
    std::uint64_t checksum = 0;
};

double schedulerSeconds(std::size_t pending, std::size_t rounds, bool cancelling)
{
    Scheduler scheduler;
    Work work;
    Delays delays(pending);
    std::uint64_t tag = 0;
    auto schedule = [&](SimDuration delay) {
        ++tag;
        return scheduler.schedule(delay, [&work, tag, weight = tag * 3] {
            ++work.ran;
            work.checksum += tag ^ weight;
        });
    };
    for (std::size_t index = 0; index < pending; ++index)
        schedule(delays.next());
    std::array<EventHandle, kCancelDistance> cancelLater;
    const auto begin = WallClock::now();
    for (std::size_t round = 0; round < rounds; ++round) {
        schedule(delays.next());
        if (cancelling) {
            EventHandle &victim = cancelLater[round % kCancelDistance];
            victim.cancel();
            victim = schedule(delays.beyond());
        }
        scheduler.runNext();
    }
    const double elapsed = millisecondsSince(begin) / 1000.0;
    g_sink = g_sink + work.ran + work.checksum;
    return elapsed;
}

double floorSeconds(std::size_t pending, std::size_t rounds, bool cancelling)
{
    struct Entry {
        std::int64_t when;
        std::uint64_t sequence;
    };
    struct Later {
        bool operator()(const Entry &a, const Entry &b) const
        {
            return a.when != b.when ? a.when > b.when : a.sequence > b.sequence;
        }
    };
    std::priority_queue<Entry, std::vector<Entry>, Later> queue;
    std::vector<std::uint8_t> cancelled(pending + 2 * rounds + 1, 0);
    Work work;
    Delays delays(pending);
    std::int64_t now = 0;
    std::uint64_t sequence = 0;
    auto schedule = [&](SimDuration delay) {
        queue.push(Entry{now + delay.count(), ++sequence});
        return sequence;
    };
    for (std::size_t index = 0; index < pending; ++index)
        schedule(delays.next());
    std::array<std::uint64_t, kCancelDistance> cancelLater{};
    const auto begin = WallClock::now();
    for (std::size_t round = 0; round < rounds; ++round) {
        schedule(delays.next());
        if (cancelling) {
            std::uint64_t &victim = cancelLater[round % kCancelDistance];
            cancelled[victim] = 1;
            victim = schedule(delays.beyond());
        }
        while (!queue.empty() && cancelled[queue.top().sequence])
            queue.pop();
        if (!queue.empty()) {
            const Entry next = queue.top();
            queue.pop();
            now = next.when;
            ++work.ran;
            work.checksum += next.sequence ^ (next.sequence * 3);
        }
    }
    const double elapsed = millisecondsSince(begin) / 1000.0;
    g_sink = g_sink + work.ran + work.checksum;
    return elapsed;
}

} // namespace

void printSchedulerRate(std::size_t pending, std::size_t rounds, bool cancelling)
{
    // Best of a few alternating runs: the machine is shared and noisy.
    double ours = 1e9;
    double floor = 1e9;
    for (int repeat = 0; repeat < kRepeats; ++repeat) {
        ours = std::min(ours, schedulerSeconds(pending, rounds, cancelling));
        floor = std::min(floor, floorSeconds(pending, rounds, cancelling));
    }
    const std::string name = "scheduler_pending_" + std::to_string(pending) +
                             (cancelling ? "" : "_no_cancel");
    printFigure(name + "_rounds_per_second", fixed(double(rounds) / ours, 0), "rounds/s");
    printFigure(name + "_floor_rounds_per_second", fixed(double(rounds) / floor, 0), "rounds/s");
    printVersusFloor(name, ours, floor);
}

} // namespace routerlab::bench
