#pragma once

// The IOS command-matching engine, after FRR's lib/command_graph + lib/command_match.
//
//   command_syntax     parses "[no] standby <group:0-255> ip A.B.C.D" into the token sequences it
//                      allows and the argument names it declares
//   command_tree       (this file) the declared modes and one trie per mode, built by install()
//                      and then only read
//   command_matcher    walks a line through the trie: abbreviations, Ok, Incomplete, Ambiguous,
//                      Invalid
//   command_help       '?' listings and Tab completion, on the same walk
//   command_arguments  what a handler reads: the matched tokens by name and type
//   interface_names    interface types, "fa0/0" -> "FastEthernet0/0" -> "Fa0/0"
//
// One CommandTree serves every router of a lab: it holds no per-router state, handlers reach
// their router through CommandContext::session, and the tree cannot be copied by accident.

#include "cli/command_context.h"
#include "cli/command_help.h"
#include "cli/command_matcher.h"
#include "cli/command_syntax.h"

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace routerlab::cli {

struct CommandOptions {
    int privilege = 1; // 0..15; commands above the session's privilege are invisible
    bool hidden = false; // matches when typed in full, never listed by '?' nor completed by Tab
};

// A run of the tree's shared text pool, so nodes carry no std::string of their own.
struct TextRef {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};

// A token's text and, right after it in the pool, its argument name ("<1-255>" then "group"),
// so that naming arguments costs a node no bytes.
struct TokenTextRef {
    std::uint32_t offset = 0;
    std::uint16_t length = 0;     // of the text
    std::uint16_t nameLength = 0; // 0: no name
};

// 64 bytes, plus its child list: the kind is a bit-field so the privileges and command index
// pack beside it. A named token is a node of its own: `<group:0-255>` and an unnamed `<0-255>`
// after the same prefix are two children, so each command's handler sees its own names.
struct CommandNode {
    TokenKind kind : 8 = TokenKind::Keyword;
    // Lowest privilege of any command through this node, and of any non-hidden one; 16 = none.
    std::uint8_t minPrivilege = 16;
    std::uint8_t minVisiblePrivilege = 16;
    std::int32_t command = -1; // the command ending here, an index into the tree's commands
    std::int64_t rangeMin = 0;
    std::int64_t rangeMax = 0;
    TokenTextRef text; // the keyword, or what '?' shows for a typed token; then the name
    TextRef help;
    std::vector<std::uint32_t> children;
};

struct InstalledCommand {
    CommandHandler handler;
    std::uint8_t privilege = 1;
    bool hidden = false;
    CommandSignature signature;
};

// A command mode: its prompt fragment and the mode `exit` returns to.
struct ModeInfo {
    std::string name;
    std::string promptSuffix; // "(config-if)"
    std::string parent;       // "" for exec; every other mode is a configuration mode
    std::string helpHeader;   // what '?' at an empty line prints first: "Exec commands:"
};

class CommandTree {
public:
    // Declares exec, config and the configuration modes the router's own commands use
    // (declareBaseModes); protocol modules declare theirs before installing into them.
    CommandTree();
    CommandTree(const CommandTree &) = delete;
    CommandTree &operator=(const CommandTree &) = delete;
    CommandTree(CommandTree &&) = default;
    CommandTree &operator=(CommandTree &&) = default;

    // `help` holds one string per token of `syntax`, in the order they appear (so one per
    // alternative of a group). A keyword node that several commands share keeps the help it was
    // first installed with; installing the same sequence twice keeps the later handler.
    // Throws std::invalid_argument for a mode not declared, a malformed syntax (names included),
    // a help count that does not match, or a privilege outside 0..15.
    void install(std::string_view mode, std::string_view syntax, std::vector<std::string> help,
                 CommandHandler handler, CommandOptions options = {});
    // Installs the command in every configuration mode, those declared later included (`do`).
    void installInEveryConfigMode(std::string_view syntax, std::vector<std::string> help,
                                  CommandHandler handler, CommandOptions options = {});

    // Declaring a mode again with the same prompt and parent does nothing. Throws
    // std::invalid_argument for a mode declared before with another prompt or parent, an
    // undeclared parent, or a second root mode.
    void declareMode(ModeInfo mode);
    const ModeInfo *findMode(std::string_view name) const;

    MatchResult match(std::string_view mode, std::string_view line, int privilege) const;
    HelpResult help(std::string_view mode, std::string_view lineBeforeQuestionMark,
                    int privilege) const;
    CompletionResult complete(std::string_view mode, std::string_view line, int privilege) const;
    // Whether any command is installed in the mode (declared or not).
    bool hasMode(std::string_view mode) const;

    // Releases the spare capacity install() left behind; call once setup is over.
    void compact();
    std::size_t nodeCount() const { return m_nodes.size(); }
    std::size_t commandCount() const { return m_commands.size(); }
    // Bytes held by the tree (nodes, child lists, text, commands; not what handlers capture).
    std::size_t memoryUsage() const;

    // Read access for the matcher and the help builder.
    std::optional<std::uint32_t> root(std::string_view mode) const;
    const CommandNode &node(std::uint32_t index) const { return m_nodes[index]; }
    const InstalledCommand &command(std::int32_t index) const
    {
        return m_commands[static_cast<std::size_t>(index)];
    }
    std::string_view text(TextRef ref) const
    {
        return std::string_view(m_text).substr(ref.offset, ref.length);
    }
    std::string_view text(TokenTextRef ref) const
    {
        return std::string_view(m_text).substr(ref.offset, ref.length);
    }
    // The argument name of the node's token, empty when the syntax gave it none.
    std::string_view argumentName(const CommandNode &node) const
    {
        return std::string_view(m_text).substr(node.text.offset + node.text.length,
                                               node.text.nameLength);
    }

private:
    void declareBaseModes();
    std::uint32_t rootFor(std::string_view mode);
    // The text of a token and its help are stored once per install, however many of the
    // expanded sequences ("[no] ...") create a node for it.
    struct TokenText {
        std::optional<TokenTextRef> text;
        std::optional<TextRef> help;
    };
    std::uint32_t childFor(std::uint32_t parent, const SyntaxToken &token, std::string_view help,
                           TokenText &stored);
    TextRef store(std::string_view text);
    TokenTextRef storeToken(const SyntaxToken &token);

    struct EveryModeCommand {
        std::string syntax;
        std::vector<std::string> help;
        CommandHandler handler;
        CommandOptions options;
    };

    std::vector<CommandNode> m_nodes;
    std::string m_text;
    // A deque, so the handler pointers MatchResult hands out survive later installs.
    std::deque<InstalledCommand> m_commands;
    std::map<std::string, std::uint32_t, std::less<>> m_roots;
    // A map, so the ModeInfo pointers findMode hands out survive later declarations.
    std::map<std::string, ModeInfo, std::less<>> m_modes;
    std::vector<EveryModeCommand> m_everyConfigModeCommands;
};

} // namespace routerlab::cli
