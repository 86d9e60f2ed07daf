// Any line typed at a console, in every configuration mode the router declares and at any
// privilege, against the real command tree the image catalog builds: matching, '?' help and
// Tab completion, and reading every argument of a matched command by its declared type.
//
// Input: byte 0 picks the mode, byte 1 the privilege (0..15), the rest is the line.

#include "fuzz_support.h"
#include "topology/image_catalog.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>

using namespace routerlab;

namespace {

// CommandTree lists no modes; these are the ones its constructor declares. Each is checked
// against the tree once, so a renamed mode fails the target instead of being skipped.
constexpr std::array<const char *, 8> kModes = {
    "exec", "config", "config-if", "config-subif", "config-line", "config-std-nacl",
    "config-ext-nacl", "config-router",
};

const cli::CommandTree &commandTree()
{
    static const std::shared_ptr<const ImageCatalog> catalog = [] {
        auto loaded = ImageCatalog::load(ImageCatalog::defaultDirectory());
        for (const char *mode : kModes)
            fuzz::require(loaded->commands().findMode(mode) != nullptr, "every listed mode is declared");
        return loaded;
    }();
    return catalog->commands();
}

// What a handler would read: every argument the command declares, by its declared type.
void readArguments(const cli::MatchResult &match)
{
    const cli::CommandArguments arguments(match.tokens, *match.signature);
    for (const cli::ArgumentDeclaration &declaration : match.signature->arguments) {
        const std::string_view name = match.signature->name(declaration);
        if (!declaration.named) {
            arguments.has(name);
            continue;
        }
        switch (declaration.kind) {
        case cli::TokenKind::Range:
            arguments.find<std::int64_t>(name);
            break;
        case cli::TokenKind::Ipv4:
            arguments.find<Ipv4Address>(name);
            break;
        case cli::TokenKind::Mac:
            arguments.find<MacAddress>(name);
            break;
        default:
            arguments.find<std::string>(name);
            break;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const cli::CommandTree &tree = commandTree();
    const std::string_view mode = kModes[data[0] % kModes.size()];
    const int privilege = data[1] % 16;
    const std::string_view line = fuzz::textOf(data + 2, size - 2);

    const cli::MatchResult match = tree.match(mode, line, privilege);
    fuzz::require(match.errorOffset <= line.size(), "the '^' marker is inside the line");
    if (match.outcome == cli::MatchResult::Outcome::Ok) {
        fuzz::require(match.handler != nullptr && match.signature != nullptr, "a match runs a command");
        fuzz::require(match.privilege <= privilege, "a match is allowed at the session's privilege");
        readArguments(match);
    }
    const cli::HelpResult help = tree.help(mode, line, privilege);
    fuzz::require(help.errorOffset <= line.size(), "the help '^' marker is inside the line");
    tree.complete(mode, line, privilege);
    return 0;
}
