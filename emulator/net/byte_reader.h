#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace routerlab {

using ByteView = std::span<const std::uint8_t>;

// A bounds-checked cursor over received bytes. Every read that would run past the end fails
// (returns nullopt / false) and latches `ok() == false`, so a decoder can read a whole header
// and check once; no read ever touches memory outside the view.
class ByteReader {
public:
    explicit ByteReader(ByteView data) : m_data(data) {}

    std::optional<std::uint8_t> u8();
    std::optional<std::uint16_t> u16(); // network byte order
    std::optional<std::uint32_t> u32();
    std::optional<std::uint64_t> u64();
    std::optional<ByteView> bytes(std::size_t count);
    bool skip(std::size_t count);

    ByteView rest() const { return m_data.subspan(m_offset); }
    std::size_t remaining() const { return m_data.size() - m_offset; }
    std::size_t offset() const { return m_offset; }
    bool ok() const { return m_ok; }

private:
    bool take(std::size_t count);
    ByteView m_data;
    std::size_t m_offset = 0;
    bool m_ok = true;
};

} // namespace routerlab
