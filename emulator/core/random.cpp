#include "core/random.h"

namespace routerlab {
namespace {

std::uint64_t splitMix64(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotateLeft(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// FNV-1a: a stable hash of the stream name (std::hash is not stable across libraries).
std::uint64_t stableHash(std::string_view text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace

Random::Random(std::uint64_t seed) : m_seed(seed)
{
    std::uint64_t state = seed;
    for (auto &word : m_state)
        word = splitMix64(state);
}

std::uint64_t Random::next64()
{
    const std::uint64_t result = rotateLeft(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotateLeft(m_state[3], 45);
    return result;
}

std::uint64_t Random::below(std::uint64_t bound)
{
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
    std::uint64_t value;
    do {
        value = next64();
    } while (value >= limit);
    return value % bound;
}

void Random::fill(std::uint8_t *data, std::size_t size)
{
    for (std::size_t i = 0; i < size; i += 8) {
        std::uint64_t word = next64();
        for (std::size_t j = i; j < size && j < i + 8; ++j) {
            data[j] = static_cast<std::uint8_t>(word);
            word >>= 8;
        }
    }
}

Random Random::split(std::string_view streamName) const
{
    return Random(m_seed ^ rotateLeft(stableHash(streamName), 17));
}

} // namespace routerlab
