// Any byte stream a telnet client sends, after our greeting. The header promises that any
// split of the stream across calls gives the same keys, replies and option states as one call;
// replies are whole three-byte commands (IAC verb option).
//
// Input: byte 0 picks where the stream is split, the rest is the stream.

#include "fuzz_support.h"
#include "console/telnet_protocol.h"

#include <string>

using namespace routerlab;

namespace {

constexpr TelnetProtocol::Option kOptions[] = {
    TelnetProtocol::Option::Echo, TelnetProtocol::Option::SuppressGoAhead,
    TelnetProtocol::Option::TerminalType, TelnetProtocol::Option::WindowSize,
    TelnetProtocol::Option::Linemode,
};

void requireWholeCommands(const std::string &reply)
{
    fuzz::require(reply.size() % 3 == 0, "replies are three-byte commands");
    for (std::size_t at = 0; at < reply.size(); at += 3) {
        const auto verb = static_cast<std::uint8_t>(reply[at + 1]);
        fuzz::require(static_cast<std::uint8_t>(reply[at]) == 255 && verb >= 251 && verb <= 254,
                      "a reply is IAC WILL/WONT/DO/DONT option");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const std::string_view stream = fuzz::textOf(data + 1, size - 1);
    const std::size_t split = stream.empty() ? 0 : data[0] % (stream.size() + 1);

    TelnetProtocol whole;
    TelnetProtocol pieces;
    fuzz::require(whole.greeting() == pieces.greeting(), "the greeting does not vary");
    const TelnetProtocol::Output once = whole.receive(stream);
    TelnetProtocol::Output inTwo = pieces.receive(stream.substr(0, split));
    const TelnetProtocol::Output rest = pieces.receive(stream.substr(split));
    inTwo.data += rest.data;
    inTwo.reply += rest.reply;

    fuzz::require(once.data == inTwo.data, "keys do not depend on how the stream was split");
    fuzz::require(once.reply == inTwo.reply, "replies do not depend on how the stream was split");
    fuzz::require(once.data.size() <= stream.size(), "no more keys than bytes");
    requireWholeCommands(once.reply);
    for (const TelnetProtocol::Option option : kOptions) {
        fuzz::require(whole.localEnabled(option) == pieces.localEnabled(option)
                          && whole.remoteEnabled(option) == pieces.remoteEnabled(option),
                      "option states do not depend on how the stream was split");
    }
    fuzz::require(!whole.remoteEnabled(TelnetProtocol::Option::Echo),
                  "the client is never allowed to echo as well");
    return 0;
}
