// Ethernet II framing of any bytes a link delivers: decode, and a re-encode of what decoded
// must decode to the same header and a payload that starts with the same bytes (the encoder
// pads short frames, so only the prefix is compared).

#include "fuzz_support.h"
#include "net/ethernet_frame.h"

#include <algorithm>

using namespace routerlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto frame = decodeEthernet(fuzz::bytesOf(data, size));
    if (!frame)
        return 0;
    fuzz::require(frame->payload.size() == size - kEthernetHeaderLength,
                  "the payload is everything after the header");
    const Bytes encoded = encodeEthernet(frame->destination, frame->source, frame->etherType,
                                         frame->payload);
    const auto again = decodeEthernet(encoded);
    fuzz::require(again && again->destination == frame->destination
                      && again->source == frame->source && again->etherType == frame->etherType,
                  "an encoded frame decodes to its header");
    fuzz::require(again->payload.size() >= frame->payload.size()
                      && std::equal(frame->payload.begin(), frame->payload.end(),
                                    again->payload.begin()),
                  "an encoded frame carries its payload");
    return 0;
}
