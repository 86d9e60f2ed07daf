#pragma once

// What the bench process itself uses: memory and CPU time, read from the kernel.

#include <cstddef>

namespace routerlab::bench {

// Resident set, from /proc/self/statm.
long long residentKilobytes();
// Bytes malloc has handed out and not got back (mallinfo2): unlike the resident set, it falls
// when memory is freed, so it shows growth that RSS would hide or exaggerate.
std::size_t heapBytesInUse();
// User plus system CPU time of the process so far (getrusage).
double cpuSeconds();

} // namespace routerlab::bench
