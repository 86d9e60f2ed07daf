#include "capture/pcap_writer.h"

#include <pcap/pcap.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace routerlab {

PcapWriter::PcapWriter(const std::string &path, std::int64_t epochUnixSeconds)
    : m_epochUnixSeconds(epochUnixSeconds)
{
    if (!openDead())
        return;
    m_dumper = pcap_dump_open(m_pcap, path.c_str());
    if (!m_dumper)
        fail(path + ": " + pcap_geterr(m_pcap));
}

PcapWriter::PcapWriter(std::FILE *stream, std::int64_t epochUnixSeconds)
    : m_epochUnixSeconds(epochUnixSeconds)
{
    if (!stream) {
        fail("no output stream");
        return;
    }
    if (!openDead())
        return;
    // Whatever the caller already buffered must reach the descriptor before our header does.
    std::fflush(stream);
    const int descriptor = ::dup(fileno(stream));
    std::FILE *own = descriptor >= 0 ? ::fdopen(descriptor, "wb") : nullptr;
    if (!own) {
        const std::string reason = std::strerror(errno);
        if (descriptor >= 0)
            ::close(descriptor);
        fail("cannot duplicate the output stream: " + reason);
        return;
    }
    m_dumper = pcap_dump_fopen(m_pcap, own);
    if (!m_dumper) {
        std::fclose(own);
        fail(std::string("cannot write to the output stream: ") + pcap_geterr(m_pcap));
        return;
    }
    // pcap_dump_fopen writes the file header into the stdio buffer; a live reader needs it now.
    pcap_dump_flush(m_dumper);
}

PcapWriter::~PcapWriter() { close(); }

bool PcapWriter::openDead()
{
    m_pcap = pcap_open_dead(DLT_EN10MB, kSnapLength);
    if (!m_pcap)
        m_error = "libpcap could not create a capture handle";
    return m_pcap != nullptr;
}

void PcapWriter::fail(std::string message)
{
    m_error = std::move(message);
    close();
}

void PcapWriter::close()
{
    if (m_dumper) {
        pcap_dump_close(m_dumper);
        m_dumper = nullptr;
    }
    if (m_pcap) {
        pcap_close(m_pcap);
        m_pcap = nullptr;
    }
}

bool PcapWriter::write(SimTime time, const FrameBytes &frame)
{
    if (!frame)
        return false;
    return write(time, frame->data(), frame->size());
}

bool PcapWriter::write(SimTime time, const std::uint8_t *data, std::size_t size)
{
    if (!m_dumper)
        return false;
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::max(time, SimTime::zero()))
                            .count();
    pcap_pkthdr header{};
    header.ts.tv_sec = static_cast<time_t>(m_epochUnixSeconds + micros / 1'000'000);
    header.ts.tv_usec = static_cast<suseconds_t>(micros % 1'000'000);
    header.len = static_cast<bpf_u_int32>(size);
    header.caplen = static_cast<bpf_u_int32>(std::min<std::size_t>(size, kSnapLength));
    pcap_dump(reinterpret_cast<u_char *>(m_dumper), &header, data);
    if (pcap_dump_flush(m_dumper) != 0) {
        fail(std::string("write failed: ") + std::strerror(errno));
        return false;
    }
    ++m_framesWritten;
    return true;
}

} // namespace routerlab
