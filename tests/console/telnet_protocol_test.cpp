#include <QtTest>

#include "console/telnet_protocol.h"

using namespace routerlab;

namespace {

using Command = TelnetProtocol::Command;
using Option = TelnetProtocol::Option;

std::string iac(Command verb, Option option)
{
    return TelnetProtocol::command(verb, static_cast<std::uint8_t>(option));
}

std::string iac(Command verb, std::uint8_t option) { return TelnetProtocol::command(verb, option); }

std::string bytes(std::initializer_list<int> values)
{
    std::string out;
    for (int value : values)
        out += static_cast<char>(value);
    return out;
}

// A client that sends a terminal-type subnegotiation, an escaped 0xFF and CR NUL / CR LF.
const std::string kMixedStream = std::string("ab") + bytes({255, 250, 24, 0}) + "xterm"
    + bytes({255, 255, 1, 255, 240}) + "c" + bytes({255, 255}) + "d\r" + std::string(1, '\0')
    + "e\r\nf" + bytes({255, 253, 1}) + "g";

} // namespace

class TelnetProtocolTest : public QObject {
    Q_OBJECT
private slots:
    void greetingOffersEchoAndSuppressGoAheadAndAsksForSuppressGoAhead()
    {
        TelnetProtocol protocol;
        QCOMPARE(protocol.greeting(), iac(Command::Will, Option::Echo)
                                          + iac(Command::Will, Option::SuppressGoAhead)
                                          + iac(Command::Do, Option::SuppressGoAhead));
        QVERIFY(!protocol.localEnabled(Option::Echo));
    }

    void answersToOurRequestsGetNoReply()
    {
        TelnetProtocol protocol;
        protocol.greeting();
        const auto out = protocol.receive(iac(Command::Do, Option::Echo)
                                          + iac(Command::Do, Option::SuppressGoAhead)
                                          + iac(Command::Will, Option::SuppressGoAhead));
        QCOMPARE(out.reply, std::string());
        QCOMPARE(out.data, std::string());
        QVERIFY(protocol.localEnabled(Option::Echo));
        QVERIFY(protocol.localEnabled(Option::SuppressGoAhead));
        QVERIFY(protocol.remoteEnabled(Option::SuppressGoAhead));
    }

    void agreesToEchoAndSuppressGoAheadAskedFirstAndOnlyOnce()
    {
        TelnetProtocol protocol;
        auto out = protocol.receive(iac(Command::Do, Option::Echo)
                                    + iac(Command::Do, Option::SuppressGoAhead)
                                    + iac(Command::Will, Option::SuppressGoAhead));
        QCOMPARE(out.reply, iac(Command::Will, Option::Echo)
                                + iac(Command::Will, Option::SuppressGoAhead)
                                + iac(Command::Do, Option::SuppressGoAhead));
        // Asked again for a mode already in effect: silence (RFC 854), or the peers would loop.
        out = protocol.receive(iac(Command::Do, Option::Echo)
                               + iac(Command::Will, Option::SuppressGoAhead));
        QCOMPARE(out.reply, std::string());
    }

    void refusesEveryOtherOption()
    {
        TelnetProtocol protocol;
        protocol.greeting();
        const auto out = protocol.receive(iac(Command::Do, Option::TerminalType)
                                          + iac(Command::Will, Option::WindowSize)
                                          + iac(Command::Do, Option::Linemode)
                                          + iac(Command::Will, 200));
        QCOMPARE(out.reply, iac(Command::Wont, Option::TerminalType)
                                + iac(Command::Dont, Option::WindowSize)
                                + iac(Command::Wont, Option::Linemode) + iac(Command::Dont, 200));
        QVERIFY(!protocol.remoteEnabled(Option::WindowSize));
    }

    void refusesClientEchoSoKeysAreNotEchoedTwice()
    {
        TelnetProtocol protocol;
        protocol.greeting();
        QCOMPARE(protocol.receive(iac(Command::Will, Option::Echo)).reply,
                 iac(Command::Dont, Option::Echo));
        QVERIFY(!protocol.remoteEnabled(Option::Echo));
    }

    void refusalOfOurRequestIsNotAnswered()
    {
        TelnetProtocol protocol;
        protocol.greeting();
        const auto out = protocol.receive(iac(Command::Dont, Option::Echo)
                                          + iac(Command::Wont, Option::SuppressGoAhead));
        QCOMPARE(out.reply, std::string());
        QVERIFY(!protocol.localEnabled(Option::Echo));
        QVERIFY(!protocol.remoteEnabled(Option::SuppressGoAhead));
    }

    void turningAnOptionOffIsAcknowledgedOnce()
    {
        TelnetProtocol protocol;
        protocol.greeting();
        protocol.receive(iac(Command::Do, Option::Echo));
        QCOMPARE(protocol.receive(iac(Command::Dont, Option::Echo)).reply,
                 iac(Command::Wont, Option::Echo));
        QCOMPARE(protocol.receive(iac(Command::Dont, Option::Echo)).reply, std::string());
        QCOMPARE(protocol.receive(iac(Command::Wont, Option::TerminalType)).reply, std::string());
    }

    void twoPeersStopNegotiating()
    {
        // Our machine on both ends: each reply fed to the other until both fall silent.
        TelnetProtocol server;
        TelnetProtocol client;
        std::string toClient = server.greeting();
        std::string toServer;
        int rounds = 0;
        while ((!toClient.empty() || !toServer.empty()) && rounds < 10) {
            toServer = client.receive(toClient).reply;
            toClient = server.receive(toServer).reply;
            ++rounds;
        }
        QVERIFY(rounds < 10);
        QVERIFY(server.localEnabled(Option::SuppressGoAhead));
        QVERIFY(server.remoteEnabled(Option::SuppressGoAhead));
        QVERIFY(!server.localEnabled(Option::Echo)); // the client side refuses to be echoed to
    }

    void skipsSubnegotiationAndUndoublesIac()
    {
        TelnetProtocol protocol;
        protocol.greeting();
        const auto out = protocol.receive(kMixedStream);
        QCOMPARE(out.data, std::string("abc\xff" "d\re\rfg"));
        QCOMPARE(out.reply, std::string()); // DO ECHO answers our WILL ECHO
    }

    void anySplitOfTheStreamGivesTheSameKeys()
    {
        TelnetProtocol whole;
        whole.greeting();
        const auto expected = whole.receive(kMixedStream);
        for (std::size_t first = 0; first <= kMixedStream.size(); ++first) {
            for (std::size_t second = first; second <= kMixedStream.size(); ++second) {
                TelnetProtocol split;
                split.greeting();
                std::string data;
                std::string reply;
                for (auto part : {kMixedStream.substr(0, first),
                                  kMixedStream.substr(first, second - first),
                                  kMixedStream.substr(second)}) {
                    const auto out = split.receive(part);
                    data += out.data;
                    reply += out.reply;
                }
                QCOMPARE(data, expected.data);
                QCOMPARE(reply, expected.reply);
            }
        }
    }

    void byteByByteSubnegotiationNeverLeaksIntoKeys()
    {
        TelnetProtocol protocol;
        const std::string stream
            = bytes({255, 250, 31, 0, 80, 0, 24, 255, 240}) + "show"
            + bytes({255, 250, 24, 1, 255, 240});
        std::string data;
        for (char byte : stream)
            data += protocol.receive(std::string_view(&byte, 1)).data;
        QCOMPARE(data, std::string("show"));
    }

    void subnegotiationMissingItsEndStillHonoursTheNextCommand()
    {
        TelnetProtocol protocol;
        const auto out = protocol.receive(bytes({255, 250, 24, 1})
                                          + iac(Command::Will, Option::WindowSize) + "x");
        QCOMPARE(out.reply, iac(Command::Dont, Option::WindowSize));
        QCOMPARE(out.data, std::string("x"));
    }

    void carriageReturnNulAndCarriageReturnLineFeedAreOneReturn()
    {
        TelnetProtocol protocol;
        std::string data = protocol.receive(std::string("a\r")).data;
        data += protocol.receive(std::string(1, '\0') + "b\r").data;
        data += protocol.receive("\nc\n").data;
        QCOMPARE(data, std::string("a\rb\rc\n"));
    }

    void telnetControlFunctionsBecomeTheirKeys()
    {
        TelnetProtocol protocol;
        const auto out
            = protocol.receive(bytes({255, 244, 255, 247, 255, 248, 255, 243, 255, 241, 255, 249}));
        // IP, EC, EL, BRK (IOS's escape, Ctrl-^); NOP and GA are nothing.
        QCOMPARE(out.data, std::string("\x03\x08\x15\x1e"));
        QCOMPARE(out.reply, std::string());
    }

    void escapeDoublesIacInOutput()
    {
        QCOMPARE(TelnetProtocol::escape(bytes({'a', 255, 'b', 255, 255})),
                 bytes({'a', 255, 255, 'b', 255, 255, 255, 255}));
        QCOMPARE(TelnetProtocol::escape("R1>\r\n"), std::string("R1>\r\n"));
    }
};

QTEST_APPLESS_MAIN(TelnetProtocolTest)
#include "telnet_protocol_test.moc"
