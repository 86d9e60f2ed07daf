#pragma once

#include "core/sim_time.h"

#include <array>
#include <cstdint>

namespace routerlab {

// The "5 minute input rate" of `show interfaces`: traffic summed into ten-second buckets as it
// passes, averaged over the last five minutes when asked. No timer runs, so an idle router
// costs nothing (a 10,000-router lab has 20,000 of these).
class RateMeter {
public:
    struct Rate {
        std::uint64_t bitsPerSecond = 0;
        std::uint64_t packetsPerSecond = 0;
    };

    void record(SimTime now, std::size_t bytes);
    Rate rate(SimTime now) const;

private:
    static constexpr int kBuckets = 30;
    static constexpr std::int64_t kBucketSeconds = 10;
    struct Bucket {
        std::int64_t index = -1; // which ten-second slot of lab time it holds
        std::uint64_t bytes = 0;
        std::uint32_t packets = 0;
    };
    std::array<Bucket, kBuckets> m_buckets{};
};

} // namespace routerlab
