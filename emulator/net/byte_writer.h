#pragma once

#include "net/byte_reader.h"

#include <cstdint>
#include <vector>

namespace routerlab {

using Bytes = std::vector<std::uint8_t>;

// Appends network-byte-order fields to a growing buffer; `patch16` fills in a length or
// checksum once the rest of the message is known.
class ByteWriter {
public:
    ByteWriter() = default;
    explicit ByteWriter(Bytes &target) : m_target(&target) {}

    void u8(std::uint8_t value) { buffer().push_back(value); }
    void u16(std::uint16_t value);
    void u32(std::uint32_t value);
    void u64(std::uint64_t value);
    void bytes(ByteView data) { buffer().insert(buffer().end(), data.begin(), data.end()); }
    void zeros(std::size_t count) { buffer().resize(buffer().size() + count, 0); }
    void patch16(std::size_t offset, std::uint16_t value);

    std::size_t size() const { return m_target ? m_target->size() : m_own.size(); }
    Bytes take() { return std::move(m_own); }
    const Bytes &data() const { return m_target ? *m_target : m_own; }

private:
    Bytes &buffer() { return m_target ? *m_target : m_own; }
    Bytes m_own;
    Bytes *m_target = nullptr;
};

} // namespace routerlab
