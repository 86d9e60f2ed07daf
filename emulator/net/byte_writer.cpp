#include "net/byte_writer.h"

namespace routerlab {

void ByteWriter::u16(std::uint16_t value)
{
    buffer().push_back(static_cast<std::uint8_t>(value >> 8));
    buffer().push_back(static_cast<std::uint8_t>(value));
}

void ByteWriter::u32(std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        buffer().push_back(static_cast<std::uint8_t>(value >> shift));
}

void ByteWriter::u64(std::uint64_t value)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        buffer().push_back(static_cast<std::uint8_t>(value >> shift));
}

void ByteWriter::patch16(std::size_t offset, std::uint16_t value)
{
    buffer().at(offset) = static_cast<std::uint8_t>(value >> 8);
    buffer().at(offset + 1) = static_cast<std::uint8_t>(value);
}

} // namespace routerlab
