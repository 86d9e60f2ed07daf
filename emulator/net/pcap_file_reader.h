#pragma once

// A reader for classic libpcap files (the format of tcpdump and of our vectors/*.pcap; see
// draft-ietf-opsawg-pcap), so codec tests can feed captured bytes without linking libpcap.
// It accepts both byte orders and both microsecond and nanosecond timestamps, reads the whole
// file at once, and reports a damaged file as an error string, never by crashing. pcapng is
// recognised and refused.
//
// Global header (24 bytes, in the writer's byte order, told apart by the magic number):
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |          Magic (0xa1b2c3d4 us, 0xa1b23c4d ns)                 |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |        Major version (2)      |       Minor version (4)       |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                  This zone / Sigfigs (unused)                 |
// |                                                               |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                         Snap length                           |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                  Link type (1 = Ethernet)                     |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// Then per packet a 16-byte record header and the captured bytes:
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                   Timestamp (seconds)                         |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                   Timestamp (micro- or nanoseconds)           |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                   Captured length                             |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                   Original length                             |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

#include "net/byte_writer.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace routerlab {

struct PcapFrame {
    std::chrono::nanoseconds timestamp{0}; // since the Unix epoch
    std::uint32_t originalLength = 0;      // on the wire; `data` is shorter if snapped
    Bytes data;
};

class PcapFileReader {
public:
    static constexpr std::uint32_t kLinkTypeEthernet = 1;

    // Both return false with errorString() set on any damage; frames() then holds the
    // records read before it.
    bool readFile(const std::string &path);
    bool readBytes(ByteView contents);

    const std::string &errorString() const { return m_error; }
    std::uint32_t linkType() const { return m_linkType; }
    std::uint32_t snapLength() const { return m_snapLength; }
    bool hasNanosecondTimestamps() const { return m_nanoseconds; }
    const std::vector<PcapFrame> &frames() const { return m_frames; }
    std::vector<Bytes> frameData() const;

private:
    bool fail(std::string message);

    std::string m_error;
    std::uint32_t m_linkType = 0;
    std::uint32_t m_snapLength = 0;
    bool m_nanoseconds = false;
    std::vector<PcapFrame> m_frames;
};

} // namespace routerlab
