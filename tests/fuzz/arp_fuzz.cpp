// ARP packets from any bytes: decode, and what decoded survives an encode and a decode.

#include "fuzz_support.h"
#include "net/arp_packet.h"

using namespace routerlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto packet = decodeArp(fuzz::bytesOf(data, size));
    if (!packet)
        return 0;
    const Bytes encoded = encodeArp(*packet);
    fuzz::require(encoded.size() == kArpPacketLength, "an ARP packet is 28 bytes");
    fuzz::require(decodeArp(encoded) == packet, "an encoded ARP packet decodes to itself");
    return 0;
}
