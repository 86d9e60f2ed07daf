// The HSRP version 1 message codec (RFC 2281 section 5.1): the hello verified with scapy and
// tshark in the protocol notes (shared/notes/protocols-and-peers.md A1) decodes field by field
// and re-encodes byte for byte, every op code and state round-trips, and every malformed input
// is refused without touching memory past its end.
#include <QtTest>

#include "protocols/hsrp/hsrp_packet.h"

#include <cstring>

using namespace routerlab;
using namespace routerlab::hsrp;

namespace {

Bytes fromHex(const char *hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    return Bytes(bytes.begin(), bytes.end());
}

Ipv4Address ip(const char *dotted)
{
    return *Ipv4Address::parse(dotted);
}

// Active, priority 110, group 1, "cisco", virtual IP 10.0.0.1 (notes A1, [VERIFIED]).
const char *const kActiveHello = "00 00 10 03 0a 6e 01 00 63 69 73 63 6f 00 00 00 0a 00 00 01";

Message sampleMessage()
{
    Message message;
    message.opCode = OpCode::Hello;
    message.state = State::Standby;
    message.hellotime = 1;
    message.holdtime = 4;
    message.priority = 200;
    message.group = 1;
    message.authentication = "VPNHA";
    message.virtualIp = ip("172.16.172.53");
    return message;
}

} // namespace

Q_DECLARE_METATYPE(routerlab::hsrp::OpCode)
Q_DECLARE_METATYPE(routerlab::hsrp::State)

class HsrpPacketTest : public QObject {
    Q_OBJECT
private slots:
    void decodesTheVerifiedActiveHelloFieldByField()
    {
        const Bytes bytes = fromHex(kActiveHello);
        QCOMPARE(bytes.size(), kMessageLength);
        const auto message = decode(bytes);
        QVERIFY(message);
        QCOMPARE(int(message->version), 0);
        QCOMPARE(message->opCode, OpCode::Hello);
        QCOMPARE(message->state, State::Active);
        QCOMPARE(int(message->hellotime), 3);
        QCOMPARE(int(message->holdtime), 10);
        QCOMPARE(int(message->priority), 110);
        QCOMPARE(int(message->group), 1);
        QCOMPARE(message->authentication, std::string("cisco"));
        QCOMPARE(message->virtualIp, ip("10.0.0.1"));
    }

    void encodesTheVerifiedActiveHelloByteForByte()
    {
        Message message;
        message.state = State::Active;
        message.priority = 110;
        message.group = 1;
        message.virtualIp = ip("10.0.0.1");
        QCOMPARE(encode(message), fromHex(kActiveHello));
    }

    void reEncodesTheDecodedHelloByteForByte()
    {
        const Bytes bytes = fromHex(kActiveHello);
        QCOMPARE(encode(*decode(bytes)), bytes);
    }

    void defaultMessageIsTheRfcDefaultHello()
    {
        // Version 0, Hello, hellotime 3, holdtime 10, priority 100, "cisco" NUL padded.
        QCOMPARE(encode(Message{}),
                 fromHex("00 00 00 03 0a 64 00 00 63 69 73 63 6f 00 00 00 00 00 00 00"));
    }

    void roundTripsEveryOpCodeAndState_data()
    {
        QTest::addColumn<OpCode>("opCode");
        QTest::addColumn<State>("state");
        QTest::addColumn<int>("stateByte");
        const std::pair<OpCode, const char *> opCodes[] = {
            {OpCode::Hello, "Hello"}, {OpCode::Coup, "Coup"}, {OpCode::Resign, "Resign"}};
        const std::pair<State, int> states[] = {{State::Initial, 0}, {State::Learn, 1},
                                                {State::Listen, 2},  {State::Speak, 4},
                                                {State::Standby, 8}, {State::Active, 16}};
        for (const auto &[opCode, opName] : opCodes)
            for (const auto &[state, byte] : states)
                QTest::addRow("%s in %s", opName, stateName(state)) << opCode << state << byte;
    }

    void roundTripsEveryOpCodeAndState()
    {
        QFETCH(OpCode, opCode);
        QFETCH(State, state);
        QFETCH(int, stateByte);
        Message message = sampleMessage();
        message.opCode = opCode;
        message.state = state;
        const Bytes bytes = encode(message);
        QCOMPARE(bytes.size(), kMessageLength);
        QCOMPARE(int(bytes[1]), int(opCode));
        QCOMPARE(int(bytes[2]), stateByte);
        const auto decoded = decode(bytes);
        QVERIFY(decoded);
        QCOMPARE(decoded->opCode, opCode);
        QCOMPARE(decoded->state, state);
        QCOMPARE(int(decoded->hellotime), 1);
        QCOMPARE(int(decoded->holdtime), 4);
        QCOMPARE(int(decoded->priority), 200);
        QCOMPARE(int(decoded->group), 1);
        QCOMPARE(decoded->authentication, std::string("VPNHA"));
        QCOMPARE(decoded->virtualIp, ip("172.16.172.53"));
        QCOMPARE(encode(*decoded), bytes);
    }

    void roundTripsExtremeFieldValues()
    {
        Message message = sampleMessage();
        message.hellotime = 255;
        message.holdtime = 255;
        message.priority = 255;
        message.group = 255;
        message.virtualIp = ip("255.255.255.254");
        auto decoded = decode(encode(message));
        QVERIFY(decoded);
        QCOMPARE(int(decoded->hellotime), 255);
        QCOMPARE(int(decoded->holdtime), 255);
        QCOMPARE(int(decoded->priority), 255);
        QCOMPARE(int(decoded->group), 255);
        QCOMPARE(decoded->virtualIp, ip("255.255.255.254"));

        message.hellotime = 0;
        message.holdtime = 0;
        message.priority = 0;
        message.group = 0;
        message.virtualIp = Ipv4Address();
        decoded = decode(encode(message));
        QVERIFY(decoded);
        QCOMPARE(int(decoded->hellotime), 0);
        QCOMPARE(int(decoded->holdtime), 0);
        QCOMPARE(int(decoded->priority), 0);
        QCOMPARE(int(decoded->group), 0);
        QVERIFY(decoded->virtualIp.isUnspecified());
    }

    void eightCharacterAuthenticationFillsTheFieldWithoutNul()
    {
        Message message = sampleMessage();
        message.authentication = "abcdefgh";
        const Bytes bytes = encode(message);
        QCOMPARE(bytes.size(), kMessageLength);
        QVERIFY(std::memcmp(bytes.data() + 8, "abcdefgh", kAuthenticationLength) == 0);
        const auto decoded = decode(bytes);
        QVERIFY(decoded);
        QCOMPARE(decoded->authentication, std::string("abcdefgh"));
        QCOMPARE(decoded->virtualIp, ip("172.16.172.53")); // the string did not run into it
    }

    void longerAuthenticationIsCutAtEightCharacters()
    {
        Message message = sampleMessage();
        message.authentication = "abcdefghijkl";
        const Bytes bytes = encode(message);
        QCOMPARE(bytes.size(), kMessageLength);
        QCOMPARE(decode(bytes)->authentication, std::string("abcdefgh"));
    }

    void emptyAuthenticationIsAllNul()
    {
        Message message = sampleMessage();
        message.authentication.clear();
        const Bytes bytes = encode(message);
        for (std::size_t i = 8; i < 16; ++i)
            QCOMPARE(int(bytes[i]), 0);
        QCOMPARE(decode(bytes)->authentication, std::string());
    }

    void decodeRejectsEveryTruncation_data()
    {
        QTest::addColumn<int>("length");
        for (int length = 0; length < int(kMessageLength); ++length)
            QTest::addRow("%d bytes", length) << length;
    }

    void decodeRejectsEveryTruncation()
    {
        QFETCH(int, length);
        const Bytes bytes = fromHex(kActiveHello);
        // A copy of exactly `length` bytes, so a read past the end is a read past the buffer.
        const Bytes prefix(bytes.begin(), bytes.begin() + length);
        QVERIFY(!decode(prefix));
    }

    void decodeRejectsVersionsOtherThanZero_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("1 (HSRPv2 sends 2 in its TLV, never here)") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("255") << 255;
    }

    void decodeRejectsVersionsOtherThanZero()
    {
        QFETCH(int, version);
        Bytes bytes = fromHex(kActiveHello);
        bytes[0] = std::uint8_t(version);
        QVERIFY(!decode(bytes));
    }

    void decodeRejectsUnknownOpCodes_data()
    {
        QTest::addColumn<int>("opCode");
        QTest::newRow("3, Advertise (not in the v1 RFC)") << 3;
        QTest::newRow("4") << 4;
        QTest::newRow("128") << 128;
        QTest::newRow("255") << 255;
    }

    void decodeRejectsUnknownOpCodes()
    {
        QFETCH(int, opCode);
        Bytes bytes = fromHex(kActiveHello);
        bytes[1] = std::uint8_t(opCode);
        QVERIFY(!decode(bytes));
    }

    void decodeRejectsEveryStateTheRfcDoesNotDefine()
    {
        for (int value = 0; value <= 255; ++value) {
            Bytes bytes = fromHex(kActiveHello);
            bytes[2] = std::uint8_t(value);
            const bool defined = value == 0 || value == 1 || value == 2 || value == 4 ||
                                 value == 8 || value == 16;
            QVERIFY2(bool(decode(bytes)) == defined, qPrintable(QString("state %1").arg(value)));
        }
    }

    void bytesPastTwentyAreIgnored()
    {
        Bytes bytes = fromHex(kActiveHello);
        // Trailing bytes, where IOS would put an MD5 authentication TLV: v1 clear text ignores
        // them.
        const Bytes extension = fromHex("04 1c 01 00 00 00 00 00 ac 10 ac 34 00 00 00 00");
        bytes.insert(bytes.end(), extension.begin(), extension.end());
        const auto message = decode(bytes);
        QVERIFY(message);
        QCOMPARE(message->state, State::Active);
        QCOMPARE(int(message->priority), 110);
        QCOMPARE(message->virtualIp, ip("10.0.0.1"));
        QCOMPARE(encode(*message), fromHex(kActiveHello));
    }

    void reservedByteIsIgnoredOnDecodeAndZeroOnEncode()
    {
        Bytes bytes = fromHex(kActiveHello);
        bytes[7] = 0xa5;
        const auto message = decode(bytes);
        QVERIFY(message);
        QCOMPARE(int(encode(*message)[7]), 0);
    }

    void authenticationStopsAtTheFirstNul()
    {
        Bytes bytes = fromHex(kActiveHello);
        bytes[10] = 0; // "ci\0co"
        QCOMPARE(decode(bytes)->authentication, std::string("ci"));
    }

    void stateNamesAreTheOnesIosPrints_data()
    {
        QTest::addColumn<State>("state");
        QTest::addColumn<QString>("name");
        QTest::newRow("0") << State::Initial << "Init";
        QTest::newRow("1") << State::Learn << "Learn";
        QTest::newRow("2") << State::Listen << "Listen";
        QTest::newRow("4") << State::Speak << "Speak";
        QTest::newRow("8") << State::Standby << "Standby";
        QTest::newRow("16") << State::Active << "Active";
    }

    void stateNamesAreTheOnesIosPrints()
    {
        QFETCH(State, state);
        QFETCH(QString, name);
        QCOMPARE(QString(stateName(state)), name);
    }

    void opCodeNamesAreTheOnesIosPrints()
    {
        QCOMPARE(QString(opCodeName(OpCode::Hello)), QString("Hello"));
        QCOMPARE(QString(opCodeName(OpCode::Coup)), QString("Coup"));
        QCOMPARE(QString(opCodeName(OpCode::Resign)), QString("Resign"));
    }

    void wireConstantsAreTheRfcs()
    {
        QCOMPARE(int(kUdpPort), 1985);
        QCOMPARE(kAllRouters, ip("224.0.0.2"));
        QCOMPARE(kMessageLength, std::size_t(20));
        QCOMPARE(kAuthenticationLength, std::size_t(8));
    }
};

QTEST_APPLESS_MAIN(HsrpPacketTest)
#include "hsrp_packet_test.moc"
