#pragma once

#include <memory>

namespace routerlab {
class ImageCatalog;
class Lab;
} // namespace routerlab

namespace routerlab::bench {

// What a booted lab costs in real time while nobody does anything: the lab driven by the
// runtime `routerlab run` uses, a console per router served over telnet (one listening socket
// each), left alone for `wallSeconds`; the process's CPU time over that time as a percentage of
// one core, and the driver's wake-ups. Its floor: a bare Qt event loop holding as many
// listening sockets for as long. Prints both and their ratio.
void printIdleRealtimeCpu(Lab &lab, const std::shared_ptr<const ImageCatalog> &catalog,
                          double wallSeconds);

} // namespace routerlab::bench
