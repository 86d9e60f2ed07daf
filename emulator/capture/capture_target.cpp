#include "capture/capture_target.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace routerlab {

namespace {

// The first four bytes of a pcap file in either byte order, with micro- or nanosecond stamps,
// and of a pcapng Section Header Block.
bool startsLikeACapture(const std::array<std::uint8_t, 4> &magic)
{
    static constexpr std::array<std::array<std::uint8_t, 4>, 5> kMagics{{
        {0xd4, 0xc3, 0xb2, 0xa1},
        {0xa1, 0xb2, 0xc3, 0xd4},
        {0x4d, 0x3c, 0xb2, 0xa1},
        {0xa1, 0xb2, 0x3c, 0x4d},
        {0x0a, 0x0d, 0x0d, 0x0a},
    }};
    for (const auto &known : kMagics) {
        if (magic == known)
            return true;
    }
    return false;
}

} // namespace

std::string captureTargetProblem(const std::string &path)
{
    namespace fs = std::filesystem;
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || status.type() == fs::file_type::not_found)
        return {};
    if (status.type() == fs::file_type::fifo || status.type() == fs::file_type::character)
        return {}; // a pipe into Wireshark, /dev/null
    if (status.type() != fs::file_type::regular)
        return path + " exists and is not a file";
    if (fs::file_size(path, error) == 0 && !error)
        return {};
    std::ifstream file(path, std::ios::binary);
    std::array<std::uint8_t, 4> magic{};
    file.read(reinterpret_cast<char *>(magic.data()), static_cast<std::streamsize>(magic.size()));
    if (file.gcount() == static_cast<std::streamsize>(magic.size()) && startsLikeACapture(magic))
        return {};
    return path + " exists and is not a capture";
}

} // namespace routerlab
