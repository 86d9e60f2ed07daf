#pragma once

// The chain routerlab-bench runs, as files a user could open in routerlab:
//
//   R1 Fa0/1 --- Fa0/0 R2 Fa0/1 --- Fa0/0 R3 ... RN (Loopback0 172.31.255.1/32)
//      .1    10.x.y.z/30    .2
//
// Link k (between Rk and Rk+1) is the k-th /30 of 10.0.0.0/8. Every router but RN has a default
// route toward RN, and every router past R2 a route back to R1's subnet (10.0.0.0/30): enough for
// R1 <-> RN (and for ICMP errors back to R1) with two static routes per router.

#include <string>

namespace routerlab::bench {

// IOS originates echoes with TTL 255, so a router further than 255 hops cannot be reached.
constexpr int kFarthestReachableRouter = 256;
inline const char *const kFarAddress = "172.31.255.1";

std::string routerName(int index);
// The address of side 1 (Rk, Fa0/1) or side 2 (Rk+1, Fa0/0) of link k (k >= 1).
std::string linkAddress(int link, int side);

// Writes `lab.json` and one startup config per router into `directory` (in the lab-file format
// topology/lab_file.cpp reads, one node or link per line); returns the lab.json path.
std::string writeChainLab(int count, const std::string &directory);

} // namespace routerlab::bench
