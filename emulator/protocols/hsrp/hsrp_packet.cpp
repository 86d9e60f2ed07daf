#include "protocols/hsrp/hsrp_packet.h"

#include "net/byte_reader.h"

namespace routerlab::hsrp {

const char *stateName(State state)
{
    switch (state) {
    case State::Initial: return "Init";
    case State::Learn: return "Learn";
    case State::Listen: return "Listen";
    case State::Speak: return "Speak";
    case State::Standby: return "Standby";
    case State::Active: return "Active";
    }
    return "Unknown";
}

const char *opCodeName(OpCode opCode)
{
    switch (opCode) {
    case OpCode::Hello: return "Hello";
    case OpCode::Coup: return "Coup";
    case OpCode::Resign: return "Resign";
    }
    return "Unknown";
}

namespace {

bool isKnownState(std::uint8_t value)
{
    return value == 0 || value == 1 || value == 2 || value == 4 || value == 8 || value == 16;
}

} // namespace

std::optional<Message> decode(ByteView bytes)
{
    ByteReader reader(bytes);
    Message message;
    const auto version = reader.u8();
    const auto opCode = reader.u8();
    const auto state = reader.u8();
    const auto hellotime = reader.u8();
    const auto holdtime = reader.u8();
    const auto priority = reader.u8();
    const auto group = reader.u8();
    reader.skip(1);
    const auto authentication = reader.bytes(kAuthenticationLength);
    const auto virtualIp = reader.u32();
    if (!reader.ok() || *version != 0 || *opCode > 2 || !isKnownState(*state))
        return std::nullopt;
    message.version = *version;
    message.opCode = static_cast<OpCode>(*opCode);
    message.state = static_cast<State>(*state);
    message.hellotime = *hellotime;
    message.holdtime = *holdtime;
    message.priority = *priority;
    message.group = *group;
    message.authentication.clear();
    for (std::uint8_t byte : *authentication) {
        if (byte == 0)
            break;
        message.authentication.push_back(static_cast<char>(byte));
    }
    message.virtualIp = Ipv4Address(*virtualIp);
    return message;
}

Bytes encode(const Message &message)
{
    Bytes bytes;
    bytes.reserve(kMessageLength);
    ByteWriter writer(bytes);
    writer.u8(message.version);
    writer.u8(static_cast<std::uint8_t>(message.opCode));
    writer.u8(static_cast<std::uint8_t>(message.state));
    writer.u8(message.hellotime);
    writer.u8(message.holdtime);
    writer.u8(message.priority);
    writer.u8(message.group);
    writer.u8(0);
    for (std::size_t i = 0; i < kAuthenticationLength; ++i)
        writer.u8(i < message.authentication.size() ? static_cast<std::uint8_t>(message.authentication[i]) : 0);
    writer.u32(message.virtualIp.value());
    return bytes;
}

} // namespace routerlab::hsrp
