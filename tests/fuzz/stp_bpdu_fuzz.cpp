// 802.1D BPDUs from any bytes, both as what follows the LLC header and as a whole frame a
// switch port receives; what decodes survives an encode and a decode.

#include "fuzz_support.h"
#include "net/stp_bpdu.h"

using namespace routerlab;

namespace {

void requireRoundTrip(const StpBpdu &bpdu)
{
    fuzz::require(decodeStpBpdu(encodeStpBpdu(bpdu)) == bpdu, "an encoded BPDU decodes to itself");
    const MacAddress port{{0x02, 0, 0, 0, 0, 1}};
    fuzz::require(decodeStpFrame(encodeStpFrame(port, bpdu)) == bpdu,
                  "an encoded BPDU frame decodes to its BPDU");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ByteView bytes = fuzz::bytesOf(data, size);
    if (const auto bpdu = decodeStpBpdu(bytes))
        requireRoundTrip(*bpdu);
    if (const auto bpdu = decodeStpFrame(bytes))
        requireRoundTrip(*bpdu);
    return 0;
}
