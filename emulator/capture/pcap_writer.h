#pragma once

#include "core/events.h"
#include "core/sim_time.h"

#include <cstdint>
#include <cstdio>
#include <string>

struct pcap;
struct pcap_dumper;

namespace routerlab {

// Writes Ethernet frames to a libpcap file (DLT_EN10MB, snaplen 65535, microsecond stamps)
// that Wireshark and tshark read, to a file path or to a stream such as a pipe into
// `wireshark -k -i -`.
//
// Timestamps come from the virtual clock. Lab time zero is placed at kLabEpochUnixSeconds,
// 1993-03-01T00:00:00Z, the `*Mar  1 00:00:00` an un-clocked 7200 prints, so packet times in
// Wireshark line up with the routers' log and debug timestamps. The date is the same on every
// run, which keeps captures byte-identical for the same seed.
//
// Every frame is flushed at once so a live reader sees it. Failures never throw: isOpen()
// turns false and errorString() says why. A write error (disk full, reader gone) closes the
// writer. Writing to a pipe whose reader has exited raises SIGPIPE, which the application
// (not this library) is expected to ignore.
class PcapWriter {
public:
    static constexpr std::int64_t kLabEpochUnixSeconds = 730944000;
    static constexpr int kSnapLength = 65535;

    explicit PcapWriter(const std::string &path,
                        std::int64_t epochUnixSeconds = kLabEpochUnixSeconds);
    // Writes to a duplicate of the stream's descriptor: the caller keeps its FILE (stdout, a
    // pipe from popen) and closes it when it likes.
    explicit PcapWriter(std::FILE *stream, std::int64_t epochUnixSeconds = kLabEpochUnixSeconds);
    PcapWriter(const PcapWriter &) = delete;
    PcapWriter &operator=(const PcapWriter &) = delete;
    ~PcapWriter();

    bool write(SimTime time, const std::uint8_t *data, std::size_t size);
    bool write(SimTime time, const FrameBytes &frame);
    void close();

    bool isOpen() const { return m_dumper != nullptr; }
    const std::string &errorString() const { return m_error; }
    std::uint64_t framesWritten() const { return m_framesWritten; }
    std::int64_t epochUnixSeconds() const { return m_epochUnixSeconds; }

private:
    bool openDead();
    void fail(std::string message);

    std::int64_t m_epochUnixSeconds;
    ::pcap *m_pcap = nullptr;
    ::pcap_dumper *m_dumper = nullptr;
    std::string m_error;
    std::uint64_t m_framesWritten = 0;
};

} // namespace routerlab
