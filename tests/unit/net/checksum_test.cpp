#include "net/checksum.h"

#include <QtTest>

#include <numeric>
#include <vector>

using namespace routerlab;

class ChecksumTest : public QObject {
    Q_OBJECT
private slots:
    void rfc1071WorkedExampleSumsToDdf2()
    {
        // RFC 1071 section 3: these eight bytes sum to 0x2ddf0, folded 0xddf2.
        const std::uint8_t bytes[] = {0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7};
        InternetChecksum checksum;
        checksum.add(bytes);
        QCOMPARE(checksum.sum(), std::uint16_t(0xddf2));
        QCOMPARE(checksum.checksum(), std::uint16_t(0x220d));
        QCOMPARE(internetChecksum(bytes), std::uint16_t(0x220d));
    }

    void oddTrailingBytePadsWithZeroOnTheRight()
    {
        const std::uint8_t odd[] = {0x12, 0x34, 0x56};
        const std::uint8_t padded[] = {0x12, 0x34, 0x56, 0x00};
        QCOMPARE(internetChecksum(odd), internetChecksum(padded));
        QCOMPARE(internetChecksum(odd), std::uint16_t(~(0x1234 + 0x5600) & 0xffff));
    }

    void emptyDataChecksumIsAllOnes()
    {
        QCOMPARE(internetChecksum(ByteView()), std::uint16_t(0xffff));
    }

    void carriesFoldBackIntoTheSum()
    {
        const std::vector<std::uint8_t> ones(1000, 0xff);
        InternetChecksum checksum;
        checksum.add(ones);
        QCOMPARE(checksum.sum(), std::uint16_t(0xffff));
        const std::uint8_t carry[] = {0xff, 0xff, 0x00, 0x02};
        QCOMPARE(internetChecksum(carry), std::uint16_t(~0x0002 & 0xffff));
    }

    void splittingTheDataAnywhereGivesTheSameSum()
    {
        std::vector<std::uint8_t> data(37);
        std::iota(data.begin(), data.end(), std::uint8_t(0xa7));
        const std::uint16_t whole = internetChecksum(data);
        const ByteView view(data);
        for (std::size_t first = 0; first <= data.size(); ++first) {
            for (std::size_t second = first; second <= data.size(); ++second) {
                InternetChecksum pieces;
                pieces.add(view.subspan(0, first));
                pieces.add(view.subspan(first, second - first));
                pieces.add(view.subspan(second));
                QVERIFY2(pieces.checksum() == whole,
                         qPrintable(QStringLiteral("split at %1 and %2").arg(first).arg(second)));
            }
        }
    }

    void wordHelpersMatchTheirBigEndianBytes()
    {
        const std::uint8_t bytes[] = {0x0a, 0x00, 0x00, 0x01, 0x00, 0x11};
        InternetChecksum fromWords;
        fromWords.addU32(0x0a000001);
        fromWords.addU16(0x0011);
        QCOMPARE(fromWords.checksum(), internetChecksum(bytes));
    }

    void messageCarryingItsChecksumVerifiesToZero()
    {
        std::vector<std::uint8_t> message = {0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40,
                                             0x11, 0x00, 0x00, 0xc0, 0xa8, 0x00, 0x01, 0xc0, 0xa8,
                                             0x00, 0xc7};
        const std::uint16_t checksum = internetChecksum(message);
        // The header checksum worked example usually quoted for this IPv4 header.
        QCOMPARE(checksum, std::uint16_t(0xb861));
        message[10] = static_cast<std::uint8_t>(checksum >> 8);
        message[11] = static_cast<std::uint8_t>(checksum);
        QCOMPARE(internetChecksum(message), std::uint16_t(0));
    }
};

QTEST_APPLESS_MAIN(ChecksumTest)
#include "checksum_test.moc"
