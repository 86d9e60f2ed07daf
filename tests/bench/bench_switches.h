#pragma once

// A generated lab of N Ethernet switches in a chain, as files a user could open in routerlab:
//
//   SW1 port 2 --- port 1 SW2 port 2 --- port 1 SW3 ... SWN
//
// Eight ports each, no spanning tree, no router, so loading it measures what the lab file, the
// switches and the links cost and nothing else.

#include <string>

namespace routerlab::bench {

// Writes `lab.json` into `directory`, one node or link per line; returns its path.
std::string writeSwitchChainLab(int count, const std::string &directory);

} // namespace routerlab::bench
