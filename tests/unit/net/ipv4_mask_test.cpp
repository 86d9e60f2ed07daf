#include "net/ipv4_address.h"

#include <QtTest>

#include <optional>

using namespace routerlab;

namespace {

// The mask the way an operator reads it: ones from the left, then zeros; anything else is not
// a mask IOS accepts.
std::optional<int> referenceLength(std::uint32_t mask)
{
    int length = 0;
    while (length < 32 && (mask & (0x80000000u >> length)))
        ++length;
    const std::uint32_t contiguous = length == 0 ? 0 : ~std::uint32_t{0} << (32 - length);
    if (mask != contiguous)
        return std::nullopt;
    return length;
}

} // namespace

class Ipv4MaskTest : public QObject {
    Q_OBJECT
private slots:
    void everyContiguousMaskRoundTrips()
    {
        for (int length = 0; length <= 32; ++length) {
            const Ipv4Address mask = Ipv4Prefix::maskFromLength(length);
            QCOMPARE(Ipv4Prefix::lengthFromMask(mask), std::optional<int>(length));
        }
        QCOMPARE(Ipv4Prefix::lengthFromMask(*Ipv4Address::parse("255.255.255.252")),
                 std::optional<int>(30));
        QCOMPARE(Ipv4Prefix::lengthFromMask(*Ipv4Address::parse("0.0.0.0")), std::optional<int>(0));
        QCOMPARE(Ipv4Prefix::lengthFromMask(*Ipv4Address::parse("255.255.255.255")),
                 std::optional<int>(32));
    }

    void nonContiguousMasksHaveNoLength()
    {
        for (const char *text : {"255.0.255.0", "0.255.255.255", "255.255.255.253", "128.0.0.1",
                                 "0.0.0.1", "254.255.255.255", "255.255.0.255"})
            QVERIFY2(!Ipv4Prefix::lengthFromMask(*Ipv4Address::parse(text)), text);
    }

    void agreesWithTheBitByBitReadingOnEveryShapeOfMask()
    {
        // Every contiguous mask with one bit flipped, plus a sweep of arbitrary values.
        for (int length = 0; length <= 32; ++length) {
            const std::uint32_t mask = Ipv4Prefix::maskFromLength(length).value();
            for (int bit = 0; bit < 32; ++bit) {
                const std::uint32_t flipped = mask ^ (1u << bit);
                QCOMPARE(Ipv4Prefix::lengthFromMask(Ipv4Address(flipped)), referenceLength(flipped));
            }
        }
        for (std::uint64_t value = 0; value <= 0xffffffffu; value += 0x10001u * 37 + 1)
            QCOMPARE(Ipv4Prefix::lengthFromMask(Ipv4Address(static_cast<std::uint32_t>(value))),
                     referenceLength(static_cast<std::uint32_t>(value)));
    }

    void lengthIsUsableAtCompileTime()
    {
        static_assert(Ipv4Prefix::lengthFromMask(Ipv4Address(0xffffff00u)) == 24);
        static_assert(!Ipv4Prefix::lengthFromMask(Ipv4Address(0xff00ff00u)));
        static_assert(Ipv4Prefix::maskFromLength(8).value() == 0xff000000u);
    }
};

QTEST_APPLESS_MAIN(Ipv4MaskTest)
#include "ipv4_mask_test.moc"
