#pragma once

#include <string>

namespace routerlab::bench {

// The least a lab's start-up can cost: read lab.json, parse its JSON and read every router's
// startup config (a lab of switches has none), building nothing. Milliseconds for the whole lab.
double startupFloorMilliseconds(const std::string &labFilePath);

} // namespace routerlab::bench
