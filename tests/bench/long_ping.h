#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace routerlab {
class ImageCatalog;
}

namespace routerlab::bench {

// A long ping in virtual time, as a scenario script types it: `ping 10.1.1.2 repeat N` from
// 7204VXR-1 to 7204VXR-2 across SW-INSIDE in the seed-hsrp lab, through the ScenarioRunner
// `routerlab run --virtual --script` uses. Prints the echoes answered, wall microseconds per
// echo, events per echo and how much the heap grew beyond the transcript's own text (constant
// memory: nothing per echo is kept). Its floor: four bare forwarding hops (forwarding_floor.h),
// the cables an echo and its reply cross.
void printLongPing(const std::shared_ptr<const ImageCatalog> &catalog, const std::string &labPath,
                   int echoes, std::uint64_t seed);

} // namespace routerlab::bench
