// UDP from any IPv4 payload. The first 8 bytes of the input are the pseudo-header's source and
// destination addresses, the rest is the datagram.

#include "fuzz_support.h"
#include "net/udp_datagram.h"

#include <algorithm>

using namespace routerlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ByteReader reader(fuzz::bytesOf(data, size));
    const Ipv4Address source(reader.u32().value_or(0));
    const Ipv4Address destination(reader.u32().value_or(0));
    const auto datagram = decodeUdp(reader.rest(), source, destination);
    if (!datagram)
        return 0;
    fuzz::require(datagram->payload.size() + kUdpHeaderLength == datagram->length
                      && datagram->length <= reader.rest().size(),
                  "the payload is cut at the UDP length");
    const Bytes encoded = encodeUdp(source, destination, datagram->sourcePort,
                                    datagram->destinationPort, datagram->payload);
    const auto again = decodeUdp(encoded, source, destination);
    fuzz::require(again && again->checksumValid && again->hasChecksum()
                      && again->sourcePort == datagram->sourcePort
                      && again->destinationPort == datagram->destinationPort
                      && std::ranges::equal(again->payload, datagram->payload),
                  "an encoded datagram decodes to itself with a valid checksum");
    return 0;
}
