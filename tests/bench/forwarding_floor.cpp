#include "forwarding_floor.h"

#include "bench_report.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

namespace routerlab::bench {
namespace {

constexpr int kEthernetHeaderBytes = 14;
constexpr int kHops = 200000;
constexpr int kRepeats = 3;

volatile std::uint32_t g_sink = 0;

// RFC 1071 over 64-bit loads (section 2(C): any word size folds to the same 16-bit sum).
std::uint16_t checksumOf(const std::uint8_t *bytes, std::size_t length)
{
    unsigned __int128 sum = 0;
    std::size_t index = 0;
    for (; index + 8 <= length; index += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes + index, 8);
        sum += word;
    }
    std::uint64_t tail = 0;
    std::memcpy(&tail, bytes + index, length - index);
    sum += tail;
    std::uint64_t folded = static_cast<std::uint64_t>(sum) + static_cast<std::uint64_t>(sum >> 64);
    folded = (folded & 0xffffffff) + (folded >> 32);
    folded = (folded & 0xffff) + (folded >> 16);
    folded = (folded & 0xffff) + (folded >> 16);
    folded = (folded & 0xffff) + (folded >> 16);
    return static_cast<std::uint16_t>(~folded);
}

} // namespace

double forwardingFloorMicroseconds(int datagramBytes)
{
    const std::size_t frameBytes = static_cast<std::size_t>(datagramBytes + kEthernetHeaderBytes);
    std::vector<std::uint8_t> arriving(frameBytes);
    std::vector<std::uint8_t> leaving(frameBytes);
    for (std::size_t index = 0; index < frameBytes; ++index)
        arriving[index] = static_cast<std::uint8_t>(index * 7);
    double best = 1e9;
    for (int repeat = 0; repeat < kRepeats; ++repeat) {
        std::uint32_t sum = 0;
        const auto begin = WallClock::now();
        for (int hop = 0; hop < kHops; ++hop) {
            std::memcpy(leaving.data(), arriving.data(), frameBytes);
            sum += checksumOf(leaving.data() + kEthernetHeaderBytes,
                              frameBytes - kEthernetHeaderBytes);
            // Each hop's frame depends on the last, as a chain's does.
            arriving.swap(leaving);
            arriving[kEthernetHeaderBytes + 8] = static_cast<std::uint8_t>(sum);
        }
        best = std::min(best, millisecondsSince(begin) * 1000.0 / kHops);
        g_sink = g_sink + sum;
    }
    return best;
}

} // namespace routerlab::bench
