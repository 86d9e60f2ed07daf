#pragma once

#include "core/sim_time.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

namespace routerlab {
class ImageCatalog;
}

namespace routerlab::bench {

struct SoakOptions {
    std::string labPath; // the seed-hsrp lab
    SimDuration length = std::chrono::hours(24);
    SimDuration flapEvery = std::chrono::minutes(5);
    std::uint64_t seed = 1;
};

// `routerlab-bench --soak`: the seed-hsrp lab in virtual time for a day, 7204VXR-1 flapping an
// interface HSRP depends on every few minutes (`shutdown`, a minute down, `no shutdown`),
// alternately its HSRP interface Fa0/0 (7204VXR-2 takes over, then gives way again) and the
// tracked Fa0/1 (a Coup). Prints the heap and the resident set at the start, along the way and
// at the end, the events run and the wall time: a lab that runs for days must not grow.
// Returns the exit status.
int runSoak(const std::shared_ptr<const ImageCatalog> &catalog, const SoakOptions &options);

} // namespace routerlab::bench
