#include "net/checksum.h"

#include <QtTest>

#include <cstdint>
#include <random>
#include <vector>

using namespace routerlab;

namespace {

// RFC 1071 as the RFC writes it: big-endian 16-bit words one at a time, an odd last byte padded
// with zero on the right, carries folded at the end.
std::uint16_t referenceChecksum(const std::uint8_t *bytes, std::size_t size)
{
    std::uint64_t sum = 0;
    for (std::size_t index = 0; index < size; index += 2) {
        const std::uint64_t low = index + 1 < size ? bytes[index + 1] : 0;
        sum += static_cast<std::uint64_t>(bytes[index]) << 8 | low;
    }
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum);
}

} // namespace

// The word-at-a-time checksum against the plain one, over every length a frame can have and
// at every alignment, with the patterns that stress carries.
class ChecksumReferenceTest : public QObject {
    Q_OBJECT
private slots:
    void matchesTheReferenceAtEveryLengthAndOffset()
    {
        std::mt19937 random(7);
        std::vector<std::uint8_t> buffer(1500 + 16);
        for (auto &byte : buffer)
            byte = static_cast<std::uint8_t>(random());
        for (std::size_t length = 0; length <= 1500; ++length) {
            for (std::size_t offset = 0; offset < 8; ++offset) {
                const std::uint8_t *start = buffer.data() + offset;
                QVERIFY2(internetChecksum(ByteView(start, length)) == referenceChecksum(start, length),
                         qPrintable(QStringLiteral("length %1 offset %2").arg(length).arg(offset)));
            }
        }
    }

    void matchesTheReferenceOnAllOnesAndAllZeros()
    {
        for (const std::uint8_t fill : {std::uint8_t(0x00), std::uint8_t(0xff), std::uint8_t(0x80)}) {
            const std::vector<std::uint8_t> bytes(1501, fill);
            for (std::size_t length : {std::size_t(0), std::size_t(1), std::size_t(7), std::size_t(8),
                                       std::size_t(9), std::size_t(1499), std::size_t(1500), std::size_t(1501)})
                QCOMPARE(internetChecksum(ByteView(bytes.data(), length)),
                         referenceChecksum(bytes.data(), length));
        }
    }

    void piecesOfAnyLengthMatchTheWholeStream()
    {
        // Pieces ending on odd bytes, and 16/32-bit fields (as a UDP pseudo-header adds them)
        // landing on either half of a word: the stream they make up is what must check.
        std::mt19937 random(11);
        for (int trial = 0; trial < 2000; ++trial) {
            InternetChecksum pieces;
            std::vector<std::uint8_t> stream;
            while (stream.size() < 1500) {
                const unsigned kind = random() % 6;
                if (kind == 0) {
                    const auto value = static_cast<std::uint16_t>(random());
                    pieces.addU16(value);
                    stream.push_back(static_cast<std::uint8_t>(value >> 8));
                    stream.push_back(static_cast<std::uint8_t>(value));
                } else if (kind == 1) {
                    const auto value = static_cast<std::uint32_t>(random());
                    pieces.addU32(value);
                    for (int shift = 24; shift >= 0; shift -= 8)
                        stream.push_back(static_cast<std::uint8_t>(value >> shift));
                } else {
                    std::vector<std::uint8_t> piece(random() % 40);
                    for (auto &byte : piece)
                        byte = static_cast<std::uint8_t>(random() % 4 == 0 ? 0xff : random());
                    pieces.add(piece);
                    stream.insert(stream.end(), piece.begin(), piece.end());
                }
                QVERIFY2(pieces.checksum() == referenceChecksum(stream.data(), stream.size()),
                         qPrintable(QStringLiteral("trial %1 after %2 bytes").arg(trial).arg(stream.size())));
            }
        }
    }
};

QTEST_APPLESS_MAIN(ChecksumReferenceTest)
#include "checksum_reference_test.moc"
