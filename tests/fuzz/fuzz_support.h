#pragma once

// What the fuzz targets share: the input as the emulator's byte view, and a check that stops
// the run the way a sanitizer would, so libFuzzer saves the input and the replay test fails.

#include "net/byte_reader.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace routerlab::fuzz {

inline ByteView bytesOf(const std::uint8_t *data, std::size_t size) { return ByteView(data, size); }

inline std::string_view textOf(const std::uint8_t *data, std::size_t size)
{
    return std::string_view(reinterpret_cast<const char *>(data), size);
}

// A property every input must keep (a decode of an encode gives the same message back, ...).
inline void require(bool holds, const char *property)
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz property broken: %s\n", property);
    std::abort();
}

} // namespace routerlab::fuzz
