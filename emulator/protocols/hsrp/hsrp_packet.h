#pragma once

// The HSRP version 1 message (RFC 2281 section 5.1), carried in UDP port 1985 to 224.0.0.2 with
// IP TTL 1.
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |   Version     |   Op Code     |     State     |   Hellotime   |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |   Holdtime    |   Priority    |     Group     |   Reserved    |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                      Authentication  Data                     |
// +                    (8 octets, NUL padded)                     +
// |                                                               |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                      Virtual IP Address                       |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
//
// Hellotime and Holdtime are whole seconds; with millisecond timers IOS sends 0 in v1 hellos
// only when they do not fit, so we send the seconds rounded up (never 0 for a running timer).

#include "net/byte_writer.h"
#include "net/ipv4_address.h"

#include <cstdint>
#include <optional>
#include <string>

namespace routerlab::hsrp {

inline constexpr std::uint16_t kUdpPort = 1985;
inline constexpr std::size_t kMessageLength = 20;
inline constexpr std::size_t kAuthenticationLength = 8;
inline const Ipv4Address kAllRouters{0xe0000002}; // 224.0.0.2

enum class OpCode : std::uint8_t { Hello = 0, Coup = 1, Resign = 2 };

// The wire values are the RFC's; the order of the enumerators is the protocol's progression.
enum class State : std::uint8_t {
    Initial = 0,
    Learn = 1,
    Listen = 2,
    Speak = 4,
    Standby = 8,
    Active = 16,
};

// "Init", "Listen", ... as IOS prints states in show and debug output.
const char *stateName(State state);
const char *opCodeName(OpCode opCode); // "Hello", "Coup", "Resign"

struct Message {
    std::uint8_t version = 0;
    OpCode opCode = OpCode::Hello;
    State state = State::Initial;
    std::uint8_t hellotime = 3;
    std::uint8_t holdtime = 10;
    std::uint8_t priority = 100;
    std::uint8_t group = 0;
    std::string authentication = "cisco"; // up to 8 characters
    Ipv4Address virtualIp;
};

// nullopt when shorter than 20 bytes, the version is not 0, or the op code or state is not one
// RFC 2281 defines. Bytes past the 20 are ignored (IOS's MD5 extension is not v1 clear text).
std::optional<Message> decode(ByteView bytes);
// The authentication string is cut at 8 characters, as IOS stores it.
Bytes encode(const Message &message);

} // namespace routerlab::hsrp
