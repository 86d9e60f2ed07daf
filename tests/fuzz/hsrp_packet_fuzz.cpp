// HSRP version 1 messages from any UDP payload to port 1985: decode, and what decoded
// survives an encode and a decode.

#include "fuzz_support.h"
#include "protocols/hsrp/hsrp_packet.h"

using namespace routerlab;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const auto message = hsrp::decode(fuzz::bytesOf(data, size));
    if (!message)
        return 0;
    fuzz::require(message->authentication.size() <= hsrp::kAuthenticationLength,
                  "authentication is 8 characters at most");
    fuzz::require(hsrp::stateName(message->state) != nullptr
                      && hsrp::opCodeName(message->opCode) != nullptr,
                  "a decoded state and op code have names");
    const Bytes encoded = hsrp::encode(*message);
    fuzz::require(encoded.size() == hsrp::kMessageLength, "a message is 20 bytes");
    const auto again = hsrp::decode(encoded);
    fuzz::require(again && again->version == message->version && again->opCode == message->opCode
                      && again->state == message->state && again->hellotime == message->hellotime
                      && again->holdtime == message->holdtime
                      && again->priority == message->priority && again->group == message->group
                      && again->authentication == message->authentication
                      && again->virtualIp == message->virtualIp,
                  "an encoded message decodes to itself");
    return 0;
}
