#include "router/rate_meter.h"

namespace routerlab {
namespace {
std::int64_t slotOf(SimTime time)
{
    return std::chrono::duration_cast<std::chrono::seconds>(time).count() / 10;
}
} // namespace

void RateMeter::record(SimTime now, std::size_t bytes)
{
    const std::int64_t slot = slotOf(now);
    Bucket &bucket = m_buckets[static_cast<std::size_t>(slot % kBuckets)];
    if (bucket.index != slot)
        bucket = Bucket{slot, 0, 0};
    bucket.bytes += bytes;
    ++bucket.packets;
}

RateMeter::Rate RateMeter::rate(SimTime now) const
{
    const std::int64_t current = slotOf(now);
    std::uint64_t bytes = 0;
    std::uint64_t packets = 0;
    for (const Bucket &bucket : m_buckets) {
        if (bucket.index >= 0 && bucket.index > current - kBuckets && bucket.index <= current) {
            bytes += bucket.bytes;
            packets += bucket.packets;
        }
    }
    // Average over the window, or over the time since the lab started if that is shorter.
    const auto elapsed = std::chrono::duration_cast<std::chrono::seconds>(now).count();
    const std::int64_t window = std::max<std::int64_t>(1, std::min<std::int64_t>(elapsed, kBuckets * kBucketSeconds));
    return Rate{bytes * 8 / static_cast<std::uint64_t>(window), packets / static_cast<std::uint64_t>(window)};
}

} // namespace routerlab
