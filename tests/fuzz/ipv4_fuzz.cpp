// IPv4 headers from any bytes, as a router's first check of a received packet: what decodes
// keeps the length rules the decoder promises, and its header and payload survive an encode
// (with a fresh, valid checksum) and a decode.

#include "fuzz_support.h"
#include "net/ipv4_packet.h"

#include <algorithm>

using namespace routerlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto packet = decodeIpv4(fuzz::bytesOf(data, size));
    if (!packet)
        return 0;
    fuzz::require(packet->headerLength() <= packet->totalLength && packet->totalLength <= size,
                  "header length <= total length <= bytes received");
    fuzz::require(packet->payload.size() == packet->totalLength - packet->headerLength(),
                  "the payload is cut at the total length");
    fuzz::require(packet->options.size() <= kIpv4MaximumOptionsLength, "at most 40 option bytes");

    const Bytes encoded = encodeIpv4(*packet, packet->payload);
    const auto again = decodeIpv4(encoded);
    fuzz::require(again.has_value() && again->checksumValid, "an encoded packet decodes, checksum valid");
    fuzz::require(again->tos == packet->tos && again->identification == packet->identification
                      && again->dontFragment == packet->dontFragment
                      && again->moreFragments == packet->moreFragments
                      && again->fragmentOffset == packet->fragmentOffset && again->ttl == packet->ttl
                      && again->protocol == packet->protocol && again->source == packet->source
                      && again->destination == packet->destination
                      && std::ranges::equal(again->options, packet->options)
                      && std::ranges::equal(again->payload, packet->payload),
                  "an encoded packet decodes to its header and payload");
    return 0;
}
