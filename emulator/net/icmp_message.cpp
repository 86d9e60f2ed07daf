#include "net/icmp_message.h"

#include "net/checksum.h"

#include <algorithm>

namespace routerlab {

namespace {

constexpr std::size_t kChecksumOffset = 2;
constexpr std::size_t kQuotedDataLength = 8;

std::uint32_t echoRestOfHeader(std::uint16_t identifier, std::uint16_t sequence)
{
    return static_cast<std::uint32_t>(identifier) << 16 | sequence;
}

} // namespace

std::optional<IcmpMessage> decodeIcmp(ByteView bytes)
{
    ByteReader reader(bytes);
    const auto type = reader.u8();
    const auto code = reader.u8();
    reader.skip(2); // checksum: verified over the whole message below
    const auto restOfHeader = reader.u32();
    if (!reader.ok())
        return std::nullopt;
    return IcmpMessage{static_cast<IcmpType>(*type), *code, *restOfHeader, reader.rest(),
                       internetChecksum(bytes) == 0};
}

Bytes encodeIcmp(IcmpType type, std::uint8_t code, std::uint32_t restOfHeader, ByteView data)
{
    Bytes message;
    message.reserve(kIcmpHeaderLength + data.size());
    ByteWriter writer(message);
    writer.u8(static_cast<std::uint8_t>(type));
    writer.u8(code);
    writer.u16(0);
    writer.u32(restOfHeader);
    writer.bytes(data);
    writer.patch16(kChecksumOffset, internetChecksum(message));
    return message;
}

Bytes encodeIcmpEchoRequest(std::uint16_t identifier, std::uint16_t sequence, ByteView data)
{
    return encodeIcmp(IcmpType::EchoRequest, 0, echoRestOfHeader(identifier, sequence), data);
}

Bytes encodeIcmpEchoReply(std::uint16_t identifier, std::uint16_t sequence, ByteView data)
{
    return encodeIcmp(IcmpType::EchoReply, 0, echoRestOfHeader(identifier, sequence), data);
}

Bytes encodeIcmpDestinationUnreachable(IcmpUnreachableCode code, ByteView originalDatagram,
                                       std::uint16_t nextHopMtu)
{
    return encodeIcmp(IcmpType::DestinationUnreachable, static_cast<std::uint8_t>(code),
                      nextHopMtu, icmpQuotedDatagram(originalDatagram));
}

Bytes encodeIcmpTimeExceeded(IcmpTimeExceededCode code, ByteView originalDatagram)
{
    return encodeIcmp(IcmpType::TimeExceeded, static_cast<std::uint8_t>(code), 0,
                      icmpQuotedDatagram(originalDatagram));
}

ByteView icmpQuotedDatagram(ByteView originalDatagram)
{
    if (originalDatagram.empty())
        return originalDatagram;
    std::size_t length = static_cast<std::size_t>(originalDatagram[0] & 0x0f) * 4
                         + kQuotedDataLength;
    // Never quote the link layer's padding: stop at the datagram's own total length.
    if (originalDatagram.size() >= 4) {
        const std::size_t totalLength =
            static_cast<std::size_t>(originalDatagram[2]) << 8 | originalDatagram[3];
        length = std::min(length, totalLength);
    }
    return originalDatagram.first(std::min(length, originalDatagram.size()));
}

} // namespace routerlab
