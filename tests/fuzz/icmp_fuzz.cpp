// ICMP from any IPv4 payload: decode and round trip; and the error messages a router builds
// around a received datagram, whose header length and total length come from outside.

#include "fuzz_support.h"
#include "net/icmp_message.h"

#include <algorithm>

using namespace routerlab;

namespace {
// The longest IPv4 header (IHL 15) and RFC 792's 64 bits of data.
constexpr std::size_t kLongestQuote = 15 * 4 + 8;
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const ByteView bytes = fuzz::bytesOf(data, size);

    const ByteView quoted = icmpQuotedDatagram(bytes);
    fuzz::require(quoted.size() <= bytes.size() && quoted.data() == bytes.data(),
                  "a quote is a prefix of the datagram");
    fuzz::require(quoted.size() <= kLongestQuote, "a quote is a header and 8 bytes at most");
    // The decoded views point into the encoded bytes, which must outlive them.
    const Bytes unreachableBytes =
        encodeIcmpDestinationUnreachable(IcmpUnreachableCode::FragmentationNeeded, bytes, 1500);
    const auto unreachable = decodeIcmp(unreachableBytes);
    fuzz::require(unreachable && unreachable->checksumValid && unreachable->nextHopMtu() == 1500
                      && std::ranges::equal(unreachable->data, quoted),
                  "an unreachable quotes the datagram");
    const Bytes exceededBytes = encodeIcmpTimeExceeded(IcmpTimeExceededCode::TtlExceeded, bytes);
    const auto exceeded = decodeIcmp(exceededBytes);
    fuzz::require(exceeded && exceeded->checksumValid && std::ranges::equal(exceeded->data, quoted),
                  "a time exceeded quotes the datagram");

    const auto message = decodeIcmp(bytes);
    if (!message)
        return 0;
    fuzz::require(message->data.size() == size - kIcmpHeaderLength, "the data is the rest");
    const Bytes encoded = encodeIcmp(message->type, message->code, message->restOfHeader, message->data);
    const auto again = decodeIcmp(encoded);
    fuzz::require(again && again->checksumValid && again->type == message->type
                      && again->code == message->code
                      && again->restOfHeader == message->restOfHeader
                      && std::ranges::equal(again->data, message->data),
                  "an encoded message decodes to itself");
    return 0;
}
