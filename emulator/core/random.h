#pragma once

#include <cstdint>
#include <string_view>

namespace routerlab {

// xoshiro256** seeded through splitmix64: the same numbers on every platform and compiler,
// unlike std::uniform_int_distribution. A lab owns one root generator; each node gets its own
// stream from split(nodeName), so adding a node does not shift the numbers of the others.
class Random {
public:
    explicit Random(std::uint64_t seed = 1);

    std::uint64_t next64();
    std::uint32_t next32() { return static_cast<std::uint32_t>(next64() >> 32); }
    // Uniform in [0, bound), bound > 0, without modulo bias.
    std::uint64_t below(std::uint64_t bound);
    void fill(std::uint8_t *data, std::size_t size);

    Random split(std::string_view streamName) const;
    std::uint64_t seed() const { return m_seed; }

private:
    std::uint64_t m_seed;
    std::uint64_t m_state[4];
};

} // namespace routerlab
