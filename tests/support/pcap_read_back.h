#pragma once

// Reads a capture back with libpcap itself (not our own reader), so capture tests check what
// Wireshark would see.

#include <QtGlobal>

#include <pcap/pcap.h>

#include <cstdint>
#include <string>
#include <vector>

namespace routerlab::testing {

struct PcapRecord {
    std::int64_t seconds;
    std::int64_t micros;
    std::vector<std::uint8_t> bytes;
};

inline std::vector<PcapRecord> readBack(const std::string &path, int *linkType = nullptr)
{
    char error[PCAP_ERRBUF_SIZE] = {};
    pcap_t *pcap = pcap_open_offline(path.c_str(), error);
    if (!pcap) {
        qWarning("pcap_open_offline: %s", error);
        return {};
    }
    if (linkType)
        *linkType = pcap_datalink(pcap);
    std::vector<PcapRecord> records;
    pcap_pkthdr *header = nullptr;
    const u_char *data = nullptr;
    while (pcap_next_ex(pcap, &header, &data) == 1)
        records.push_back(PcapRecord{header->ts.tv_sec, header->ts.tv_usec,
                                     std::vector<std::uint8_t>(data, data + header->caplen)});
    pcap_close(pcap);
    return records;
}

} // namespace routerlab::testing
