#include "net/pcap_file_reader.h"

#include <cstdio>
#include <fstream>
#include <iterator>

namespace routerlab {

namespace {

constexpr std::uint32_t kMagicMicroseconds = 0xa1b2c3d4;
constexpr std::uint32_t kMagicNanoseconds = 0xa1b23c4d;
constexpr std::uint32_t kMagicPcapng = 0x0a0d0d0a;
constexpr std::uint16_t kMajorVersion = 2;
constexpr std::size_t kGlobalHeaderLength = 24;
constexpr std::size_t kRecordHeaderLength = 16;
// libpcap's own ceiling (MAXIMUM_SNAPLEN); a larger record length means a damaged file.
constexpr std::uint32_t kMaximumCapturedLength = 262144;

std::uint32_t byteSwap32(std::uint32_t value)
{
    return (value >> 24) | ((value >> 8) & 0xff00) | ((value << 8) & 0xff0000) | (value << 24);
}

// Reads the file's fields in whichever byte order its magic number announced.
class FieldReader {
public:
    FieldReader(ByteReader &reader, bool swapped) : m_reader(reader), m_swapped(swapped) {}

    std::uint32_t u32()
    {
        const std::uint32_t value = m_reader.u32().value_or(0);
        return m_swapped ? byteSwap32(value) : value;
    }
    std::uint16_t u16()
    {
        const std::uint16_t value = m_reader.u16().value_or(0);
        return m_swapped ? static_cast<std::uint16_t>(value >> 8 | value << 8) : value;
    }

private:
    ByteReader &m_reader;
    bool m_swapped;
};

std::string hex32(std::uint32_t value)
{
    char text[16];
    std::snprintf(text, sizeof text, "0x%08x", value);
    return text;
}

} // namespace

bool PcapFileReader::fail(std::string message)
{
    m_error = std::move(message);
    return false;
}

bool PcapFileReader::readFile(const std::string &path)
{
    std::ifstream file(path, std::ios::binary);
    if (!file)
        return fail("cannot open " + path);
    const Bytes contents{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    if (file.bad())
        return fail("cannot read " + path);
    if (!readBytes(contents)) {
        m_error = path + ": " + m_error;
        return false;
    }
    return true;
}

bool PcapFileReader::readBytes(ByteView contents)
{
    m_error.clear();
    m_frames.clear();
    m_linkType = 0;
    m_snapLength = 0;
    m_nanoseconds = false;

    if (contents.size() < kGlobalHeaderLength)
        return fail("truncated global header (" + std::to_string(contents.size())
                    + " of 24 bytes)");
    ByteReader reader(contents);
    // The magic is written in the writer's byte order, so reading it big-endian tells us.
    const std::uint32_t magic = *reader.u32();
    bool swapped = false;
    if (magic == kMagicMicroseconds || magic == kMagicNanoseconds) {
        m_nanoseconds = magic == kMagicNanoseconds;
    } else if (byteSwap32(magic) == kMagicMicroseconds || byteSwap32(magic) == kMagicNanoseconds) {
        swapped = true;
        m_nanoseconds = byteSwap32(magic) == kMagicNanoseconds;
    } else if (magic == kMagicPcapng) {
        return fail("pcapng files are not supported, only classic pcap");
    } else {
        return fail("not a pcap file (magic " + hex32(magic) + ")");
    }

    FieldReader fields(reader, swapped);
    const std::uint16_t major = fields.u16();
    const std::uint16_t minor = fields.u16();
    if (major != kMajorVersion)
        return fail("unsupported pcap version " + std::to_string(major) + "."
                    + std::to_string(minor));
    reader.skip(8); // thiszone and sigfigs: always 0 in practice
    m_snapLength = fields.u32();
    m_linkType = fields.u32();

    while (reader.remaining() > 0) {
        const std::string record = "record " + std::to_string(m_frames.size() + 1);
        if (reader.remaining() < kRecordHeaderLength)
            return fail(record + ": truncated header (" + std::to_string(reader.remaining())
                        + " of 16 bytes)");
        const std::uint32_t seconds = fields.u32();
        const std::uint32_t fraction = fields.u32();
        const std::uint32_t capturedLength = fields.u32();
        const std::uint32_t originalLength = fields.u32();
        if (capturedLength > kMaximumCapturedLength)
            return fail(record + ": implausible captured length " + std::to_string(capturedLength));
        const auto data = reader.bytes(capturedLength);
        if (!data)
            return fail(record + ": truncated data (" + std::to_string(reader.remaining())
                        + " of " + std::to_string(capturedLength) + " bytes)");

        PcapFrame frame;
        frame.timestamp = std::chrono::seconds(seconds)
                          + (m_nanoseconds ? std::chrono::nanoseconds(fraction)
                                           : std::chrono::microseconds(fraction));
        frame.originalLength = originalLength;
        frame.data.assign(data->begin(), data->end());
        m_frames.push_back(std::move(frame));
    }
    return true;
}

std::vector<Bytes> PcapFileReader::frameData() const
{
    std::vector<Bytes> data;
    data.reserve(m_frames.size());
    for (const PcapFrame &frame : m_frames)
        data.push_back(frame.data);
    return data;
}

} // namespace routerlab
