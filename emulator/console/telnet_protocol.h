#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace routerlab {

// The server side of a telnet connection as a pure byte machine (RFC 854, options per RFC 855
// with the loop-free rules of RFC 1143 in simplified form): received bytes in, the keys the
// user typed and the negotiation replies out. No sockets here, so every edge case is a unit
// test. A 7200's console line offers ECHO (RFC 857) and SUPPRESS-GO-AHEAD (RFC 858) — the
// server echoes and the client sends each key as typed — and refuses every other option.
//
//   data:          any byte but 0xFF passes; CR LF and CR NUL arrive as CR
//   IAC IAC        one 0xFF data byte
//   IAC verb opt   verb = WILL 251 | WONT 252 | DO 253 | DONT 254
//   IAC SB opt ... IAC SE   subnegotiation (250 ... 240), skipped; IAC IAC inside stays in it
//   IAC cmd        NOP, GA, DM, AYT... ignored; BRK (243) is Ctrl-^ (IOS's escape),
//                  IP (244) is Ctrl-C, EC (247) Backspace, EL (248) Ctrl-U
class TelnetProtocol {
public:
    enum class Command : std::uint8_t {
        Se = 240,
        Nop = 241,
        DataMark = 242,
        Break = 243,
        InterruptProcess = 244,
        AbortOutput = 245,
        AreYouThere = 246,
        EraseCharacter = 247,
        EraseLine = 248,
        GoAhead = 249,
        Sb = 250,
        Will = 251,
        Wont = 252,
        Do = 253,
        Dont = 254,
        Iac = 255,
    };
    enum class Option : std::uint8_t {
        Echo = 1,
        SuppressGoAhead = 3,
        TerminalType = 24,
        WindowSize = 31,
        Linemode = 34,
    };

    struct Output {
        std::string data;  // keys for the console session
        std::string reply; // negotiation bytes to send back to the client
    };

    // What the server says first: IAC WILL ECHO, IAC WILL SGA, IAC DO SGA.
    std::string greeting();
    // Any split of the byte stream across calls gives the same result as one call.
    Output receive(std::string_view bytes);
    // Console output as telnet data: 0xFF doubled.
    static std::string escape(std::string_view bytes);

    // Whether an option is in effect on our side (we WILL) or the client's (it WILL).
    bool localEnabled(Option option) const;
    bool remoteEnabled(Option option) const;

    static std::string command(Command verb, std::uint8_t option);

private:
    // Per option and side, RFC 1143's states without the queue bits: a request we sent and
    // the peer's answer to it never produce another reply, so nothing can loop.
    enum class OptionState : std::uint8_t { No, Yes, WantYes, WantNo };
    enum class Parse : std::uint8_t { Data, Iac, Verb, Subnegotiation, SubnegotiationIac };

    void negotiate(Command verb, std::uint8_t option, std::string &reply);
    void request(Command verb, std::uint8_t option, std::string &reply);
    void data(char byte, std::string &out);
    static bool supportedLocally(std::uint8_t option);
    static bool supportedRemotely(std::uint8_t option);

    std::array<OptionState, 256> m_local{};
    std::array<OptionState, 256> m_remote{};
    Parse m_parse = Parse::Data;
    Command m_verb = Command::Nop;
    bool m_afterCarriageReturn = false;
};

} // namespace routerlab
