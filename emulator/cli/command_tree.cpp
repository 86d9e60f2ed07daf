#include "cli/command_tree.h"

#include "cli/command_syntax.h"

#include <algorithm>
#include <stdexcept>

namespace routerlab::cli {

CommandTree::CommandTree() { declareBaseModes(); }

void CommandTree::declareBaseModes()
{
    declareMode(ModeInfo{"exec", "", "", "Exec commands:"});
    declareMode(ModeInfo{"config", "(config)", "exec", "Configure commands:"});
    declareMode(ModeInfo{"config-if", "(config-if)", "config", "Interface configuration commands:"});
    declareMode(ModeInfo{"config-subif", "(config-subif)", "config", "Interface configuration commands:"});
    declareMode(ModeInfo{"config-line", "(config-line)", "config", "Line configuration commands:"});
    declareMode(ModeInfo{"config-std-nacl", "(config-std-nacl)", "config",
                         "Standard Access List configuration commands:"});
    declareMode(ModeInfo{"config-ext-nacl", "(config-ext-nacl)", "config",
                         "Ext Access List configuration commands:"});
    // Built in only because router/router_cli.cpp installs `end` and `exit` here; the module
    // that brings `router ospf` will declare it along with them.
    declareMode(ModeInfo{"config-router", "(config-router)", "config", "Router configuration commands:"});
}

void CommandTree::declareMode(ModeInfo mode)
{
    const auto fail = [&mode](const std::string &why) {
        throw std::invalid_argument("mode \"" + mode.name + "\": " + why);
    };
    if (const ModeInfo *known = findMode(mode.name)) {
        if (known->promptSuffix != mode.promptSuffix || known->parent != mode.parent)
            fail("declared before with another prompt or parent");
        return;
    }
    if (mode.parent.empty() && !m_modes.empty())
        fail("only exec has no parent mode");
    if (!mode.parent.empty() && findMode(mode.parent) == nullptr)
        fail("parent mode \"" + mode.parent + "\" is not declared");
    const std::string name = mode.name;
    const bool configuration = !mode.parent.empty();
    m_modes.emplace(name, std::move(mode));
    if (configuration) {
        for (const EveryModeCommand &command : m_everyConfigModeCommands)
            install(name, command.syntax, command.help, command.handler, command.options);
    }
}

const ModeInfo *CommandTree::findMode(std::string_view name) const
{
    const auto found = m_modes.find(name);
    return found != m_modes.end() ? &found->second : nullptr;
}

void CommandTree::installInEveryConfigMode(std::string_view syntax, std::vector<std::string> help,
                                           CommandHandler handler, CommandOptions options)
{
    for (const auto &[name, mode] : m_modes) {
        if (!mode.parent.empty())
            install(name, syntax, help, handler, options);
    }
    m_everyConfigModeCommands.push_back(
        EveryModeCommand{std::string(syntax), std::move(help), std::move(handler), options});
}

void CommandTree::install(std::string_view mode, std::string_view syntax,
                          std::vector<std::string> help, CommandHandler handler,
                          CommandOptions options)
{
    if (findMode(mode) == nullptr) {
        throw std::invalid_argument("command syntax \"" + std::string(syntax) + "\": mode \"" +
                                    std::string(mode) + "\" is not declared");
    }
    const CommandSyntax parsed(syntax);
    if (static_cast<int>(help.size()) != parsed.tokenCount()) {
        throw std::invalid_argument("command syntax \"" + std::string(syntax) + "\": " +
                                    std::to_string(parsed.tokenCount()) + " tokens but " +
                                    std::to_string(help.size()) + " help strings");
    }
    if (options.privilege < 0 || options.privilege > 15) {
        throw std::invalid_argument("command syntax \"" + std::string(syntax) +
                                    "\": privilege outside 0..15");
    }
    const auto privilege = static_cast<std::uint8_t>(options.privilege);
    const auto commandIndex = static_cast<std::int32_t>(m_commands.size());
    m_commands.push_back(InstalledCommand{std::move(handler), privilege, options.hidden,
                                          parsed.signature()});

    const std::uint32_t root = rootFor(mode);
    std::vector<TokenText> stored(help.size());
    for (const std::vector<SyntaxToken> &sequence : parsed.sequences()) {
        std::uint32_t current = root;
        for (const SyntaxToken &token : sequence) {
            const auto index = static_cast<std::size_t>(token.helpIndex);
            current = childFor(current, token, help[index], stored[index]);
            CommandNode &node = m_nodes[current];
            node.minPrivilege = std::min(node.minPrivilege, privilege);
            if (!options.hidden)
                node.minVisiblePrivilege = std::min(node.minVisiblePrivilege, privilege);
        }
        m_nodes[current].command = commandIndex;
    }
}

std::uint32_t CommandTree::rootFor(std::string_view mode)
{
    if (const auto found = m_roots.find(mode); found != m_roots.end())
        return found->second;
    const auto index = static_cast<std::uint32_t>(m_nodes.size());
    m_nodes.emplace_back();
    m_roots.emplace(std::string(mode), index);
    return index;
}

std::uint32_t CommandTree::childFor(std::uint32_t parent, const SyntaxToken &token,
                                    std::string_view help, TokenText &stored)
{
    for (std::uint32_t child : m_nodes[parent].children) {
        const CommandNode &node = m_nodes[child];
        if (node.kind == token.kind && text(node.text) == token.text &&
            argumentName(node) == token.name && node.rangeMin == token.rangeMin &&
            node.rangeMax == token.rangeMax)
            return child;
    }
    CommandNode node;
    node.kind = token.kind;
    node.rangeMin = token.rangeMin;
    node.rangeMax = token.rangeMax;
    if (!stored.text)
        stored.text = storeToken(token);
    if (!stored.help)
        stored.help = store(help);
    node.text = *stored.text;
    node.help = *stored.help;
    const auto index = static_cast<std::uint32_t>(m_nodes.size());
    m_nodes.push_back(std::move(node));
    m_nodes[parent].children.push_back(index);
    return index;
}

TextRef CommandTree::store(std::string_view text)
{
    const TextRef ref{static_cast<std::uint32_t>(m_text.size()),
                      static_cast<std::uint32_t>(text.size())};
    m_text.append(text);
    return ref;
}

TokenTextRef CommandTree::storeToken(const SyntaxToken &token)
{
    // Both lengths fit 16 bits: CommandSyntax refuses a syntax longer than that.
    const TextRef text = store(token.text);
    store(token.name);
    return TokenTextRef{text.offset, static_cast<std::uint16_t>(token.text.size()),
                        static_cast<std::uint16_t>(token.name.size())};
}

std::optional<std::uint32_t> CommandTree::root(std::string_view mode) const
{
    const auto found = m_roots.find(mode);
    if (found == m_roots.end())
        return std::nullopt;
    return found->second;
}

bool CommandTree::hasMode(std::string_view mode) const
{
    return m_roots.find(mode) != m_roots.end();
}

MatchResult CommandTree::match(std::string_view mode, std::string_view line, int privilege) const
{
    const std::optional<std::uint32_t> start = root(mode);
    if (!start) {
        MatchResult result;
        result.outcome = splitWords(line).empty() ? MatchResult::Outcome::Empty
                                                  : MatchResult::Outcome::Invalid;
        result.errorOffset = line.find_first_not_of(" \t");
        if (result.errorOffset == std::string_view::npos)
            result.errorOffset = 0;
        return result;
    }
    return CommandMatcher(*this, privilege).match(*start, line);
}

HelpResult CommandTree::help(std::string_view mode, std::string_view lineBeforeQuestionMark,
                             int privilege) const
{
    const std::optional<std::uint32_t> start = root(mode);
    if (!start) {
        HelpResult result;
        result.outcome = HelpResult::Outcome::Unrecognized;
        return result;
    }
    return CommandHelp(*this, privilege).help(*start, lineBeforeQuestionMark);
}

CompletionResult CommandTree::complete(std::string_view mode, std::string_view line,
                                       int privilege) const
{
    const std::optional<std::uint32_t> start = root(mode);
    if (!start)
        return CompletionResult{false, std::string(line), {}};
    return CommandHelp(*this, privilege).complete(*start, line);
}

void CommandTree::compact()
{
    m_nodes.shrink_to_fit();
    for (CommandNode &node : m_nodes)
        node.children.shrink_to_fit();
    m_text.shrink_to_fit();
    m_commands.shrink_to_fit();
    for (InstalledCommand &command : m_commands) {
        command.signature.syntax.shrink_to_fit();
        command.signature.arguments.shrink_to_fit();
    }
}

std::size_t CommandTree::memoryUsage() const
{
    std::size_t bytes = sizeof(*this) + m_nodes.capacity() * sizeof(CommandNode) +
                        m_text.capacity() + m_commands.size() * sizeof(InstalledCommand);
    for (const CommandNode &node : m_nodes)
        bytes += node.children.capacity() * sizeof(std::uint32_t);
    const std::size_t inlineCapacity = std::string().capacity(); // a short syntax costs no heap
    for (const InstalledCommand &command : m_commands) {
        const std::string &syntax = command.signature.syntax;
        bytes += (syntax.capacity() > inlineCapacity ? syntax.capacity() + 1 : 0) +
                 command.signature.arguments.capacity() * sizeof(ArgumentDeclaration);
    }
    for (const auto &[mode, index] : m_roots)
        bytes += sizeof(mode) + mode.capacity() + sizeof(index) + 32; // 32: a map node's links
    for (const auto &[name, mode] : m_modes)
        bytes += sizeof(name) + sizeof(mode) + 32;
    return bytes;
}

} // namespace routerlab::cli
