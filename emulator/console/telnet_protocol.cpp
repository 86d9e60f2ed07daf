#include "console/telnet_protocol.h"

namespace routerlab {
namespace {

constexpr char byteOf(TelnetProtocol::Command command) { return static_cast<char>(command); }

} // namespace

std::string TelnetProtocol::command(Command verb, std::uint8_t option)
{
    return {byteOf(Command::Iac), byteOf(verb), static_cast<char>(option)};
}

bool TelnetProtocol::supportedLocally(std::uint8_t option)
{
    return option == static_cast<std::uint8_t>(Option::Echo)
        || option == static_cast<std::uint8_t>(Option::SuppressGoAhead);
}

// The client must not echo as well (RFC 857: both sides echoing loops every key), so only
// SGA is welcome from its side.
bool TelnetProtocol::supportedRemotely(std::uint8_t option)
{
    return option == static_cast<std::uint8_t>(Option::SuppressGoAhead);
}

bool TelnetProtocol::localEnabled(Option option) const
{
    return m_local[static_cast<std::uint8_t>(option)] == OptionState::Yes;
}

bool TelnetProtocol::remoteEnabled(Option option) const
{
    return m_remote[static_cast<std::uint8_t>(option)] == OptionState::Yes;
}

std::string TelnetProtocol::greeting()
{
    std::string out;
    request(Command::Will, static_cast<std::uint8_t>(Option::Echo), out);
    request(Command::Will, static_cast<std::uint8_t>(Option::SuppressGoAhead), out);
    request(Command::Do, static_cast<std::uint8_t>(Option::SuppressGoAhead), out);
    return out;
}

void TelnetProtocol::request(Command verb, std::uint8_t option, std::string &reply)
{
    OptionState &state = verb == Command::Will ? m_local[option] : m_remote[option];
    if (state != OptionState::No)
        return;
    state = OptionState::WantYes;
    reply += command(verb, option);
}

// RFC 1143 section 7, for a side that never changes its mind after the greeting.
void TelnetProtocol::negotiate(Command verb, std::uint8_t option, std::string &reply)
{
    const bool aboutUs = verb == Command::Do || verb == Command::Dont;
    const bool enable = verb == Command::Do || verb == Command::Will;
    OptionState &state = aboutUs ? m_local[option] : m_remote[option];
    const bool supported = aboutUs ? supportedLocally(option) : supportedRemotely(option);
    const Command agree = aboutUs ? Command::Will : Command::Do;
    const Command refuse = aboutUs ? Command::Wont : Command::Dont;

    if (enable) {
        switch (state) {
        case OptionState::No:
            if (supported) {
                state = OptionState::Yes;
                reply += command(agree, option);
            } else {
                reply += command(refuse, option);
            }
            break;
        case OptionState::WantYes: // the answer to our request
            state = OptionState::Yes;
            break;
        case OptionState::WantNo: // it insists after we asked to stop: stay off, say so once
            state = OptionState::No;
            reply += command(refuse, option);
            break;
        case OptionState::Yes:
            break;
        }
        return;
    }
    switch (state) {
    case OptionState::Yes:
        state = OptionState::No;
        reply += command(refuse, option);
        break;
    case OptionState::WantYes: // our request refused
    case OptionState::WantNo:
        state = OptionState::No;
        break;
    case OptionState::No:
        break;
    }
}

void TelnetProtocol::data(char byte, std::string &out)
{
    if (m_afterCarriageReturn) {
        m_afterCarriageReturn = false;
        if (byte == '\n' || byte == '\0')
            return;
    }
    if (byte == '\r')
        m_afterCarriageReturn = true;
    out += byte;
}

TelnetProtocol::Output TelnetProtocol::receive(std::string_view bytes)
{
    Output out;
    for (char byte : bytes) {
        const auto value = static_cast<std::uint8_t>(byte);
        switch (m_parse) {
        case Parse::Data:
            if (value == static_cast<std::uint8_t>(Command::Iac))
                m_parse = Parse::Iac;
            else
                data(byte, out.data);
            break;
        case Parse::Iac:
            m_parse = Parse::Data;
            switch (static_cast<Command>(value)) {
            case Command::Iac:
                data(byte, out.data);
                break;
            case Command::Will:
            case Command::Wont:
            case Command::Do:
            case Command::Dont:
                m_verb = static_cast<Command>(value);
                m_parse = Parse::Verb;
                break;
            case Command::Sb:
                m_parse = Parse::Subnegotiation;
                break;
            case Command::InterruptProcess:
                data('\x03', out.data);
                break;
            case Command::Break:
                // IOS's escape character: a BREAK stops a running ping as Ctrl-^ does.
                data('\x1e', out.data);
                break;
            case Command::EraseCharacter:
                data('\x08', out.data);
                break;
            case Command::EraseLine:
                data('\x15', out.data);
                break;
            default: // NOP, GA, DM, AO, AYT, a stray SE: nothing to do on a console
                break;
            }
            break;
        case Parse::Verb:
            m_parse = Parse::Data;
            negotiate(m_verb, value, out.reply);
            break;
        case Parse::Subnegotiation:
            if (value == static_cast<std::uint8_t>(Command::Iac))
                m_parse = Parse::SubnegotiationIac;
            break;
        case Parse::SubnegotiationIac:
            if (value == static_cast<std::uint8_t>(Command::Iac)) {
                m_parse = Parse::Subnegotiation; // an escaped 0xFF inside the parameters
            } else if (value == static_cast<std::uint8_t>(Command::Se)) {
                m_parse = Parse::Data;
            } else {
                // A client that forgot IAC SE: take the command as one, rather than swallowing
                // everything after it.
                m_parse = Parse::Iac;
                const char again[] = {byte};
                Output rest = receive(std::string_view(again, 1));
                out.data += rest.data;
                out.reply += rest.reply;
            }
            break;
        }
    }
    return out;
}

std::string TelnetProtocol::escape(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    for (char byte : bytes) {
        out += byte;
        if (static_cast<std::uint8_t>(byte) == static_cast<std::uint8_t>(Command::Iac))
            out += byte;
    }
    return out;
}

} // namespace routerlab
