#include "router/kept_config_cli.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "router/config_writer.h"
#include "router/interface.h"
#include "router/kept_config.h"
#include "router/kept_config_catalog.h"
#include "router/router.h"
#include "router/router_cli.h"

#include <set>
#include <sstream>

namespace routerlab {

using cli::CommandContext;

namespace {

constexpr const char *kNo = "Negate a command or set its defaults";

// The syntax's words, a bracketed group counting as one word however many it holds.
std::vector<std::string> words(const std::string &syntax)
{
    std::vector<std::string> result;
    std::string word;
    int depth = 0;
    for (const char c : syntax) {
        if (c == ' ' && depth == 0) {
            if (!word.empty())
                result.push_back(word);
            word.clear();
            continue;
        }
        depth += (c == '(' || c == '[') ? 1 : (c == ')' || c == ']') ? -1 : 0;
        word += c;
    }
    if (!word.empty())
        result.push_back(word);
    return result;
}

// The line as IOS prints it: keywords in full, arguments as typed, without a leading `no`.
std::vector<std::string> canonicalWords(const CommandContext &context)
{
    std::vector<std::string> result;
    for (const cli::MatchedToken &token : context.tokens)
        result.push_back(token.value);
    if (context.negated())
        result.erase(result.begin());
    return result;
}

std::string joinedWords(const std::vector<std::string> &words, std::size_t count)
{
    std::string text;
    for (std::size_t i = 0; i < words.size() && i < count; ++i)
        text += (i ? " " : "") + words[i];
    return text;
}

std::string keyOf(const std::vector<std::string> &line, int keyWords)
{
    return joinedWords(line, keyWords > 0 ? static_cast<std::size_t>(keyWords) : line.size());
}

bool isInterfaceMode(const std::string &mode) { return mode == "config-if"; }
bool isGlobalMode(const std::string &mode) { return mode == "config"; }

std::string scopeOf(CommandContext &context, const std::string &mode)
{
    return isInterfaceMode(mode) ? configuredInterface(context).name()
                                 : std::string(KeptConfig::kGlobal);
}

void keep(CommandContext &context, const KeptCommand &command, const std::string &text)
{
    KeptConfig &kept = routerOf(context).keptConfig();
    const std::string key = keyOf(canonicalWords(context), command.keyWords);
    if (isGlobalMode(command.mode) || isInterfaceMode(command.mode))
        kept.set(scopeOf(context, command.mode), key, command.order, text);
    else
        kept.setChild(context.session->modeTarget(), key, command.order, text);
}

void forget(CommandContext &context, const KeptCommand &command)
{
    KeptConfig &kept = routerOf(context).keptConfig();
    const std::string key = keyOf(canonicalWords(context), command.keyWords);
    if (isGlobalMode(command.mode) || isInterfaceMode(command.mode))
        kept.remove(scopeOf(context, command.mode), key);
    else
        kept.removeChild(context.session->modeTarget(), key);
}

void installSetForm(cli::CommandTree &tree, const KeptCommand &command)
{
    tree.install(command.mode, command.syntax, command.help, [&command](CommandContext &context) {
        const std::vector<std::string> line = canonicalWords(context);
        keep(context, command, joinedWords(line, line.size()));
        if (command.opensMode)
            context.session->enterMode(command.opensMode, keyOf(line, command.keyWords));
    });
    // `no` with the words that name the setting; tokens are numbered in order, so their help
    // is the first of the command's own.
    const std::vector<std::string> all = words(command.syntax);
    const std::size_t keyCount =
        command.keyWords > 0 ? static_cast<std::size_t>(command.keyWords) : all.size();
    const std::string key = joinedWords(all, keyCount);
    std::vector<std::string> help = {kNo};
    help.insert(help.end(), command.help.begin(),
                command.help.begin() + cli::CommandSyntax(key).tokenCount());
    tree.install(command.mode, "no " + key, help,
                 [&command](CommandContext &context) { forget(context, command); });
}

void installDefaultOnForm(cli::CommandTree &tree, const KeptCommand &command)
{
    std::vector<std::string> help = {kNo};
    help.insert(help.end(), command.help.begin(), command.help.end());
    tree.install(command.mode, "[no] " + command.syntax, help, [&command](CommandContext &context) {
        if (context.negated())
            keep(context, command, "no " + joinedWords(canonicalWords(context), SIZE_MAX));
        else
            forget(context, command);
    });
}

// `banner motd #` ... `#`: the text runs to the delimiter, over as many lines as it takes.
// IOS prints every banner with ^C as its delimiter, and reads "^C" back as one.
void collectBanner(cli::CliSession *session, Router *router, std::string key, std::string delimiter,
                   std::string text)
{
    session->ask("", [=](const std::string &line) mutable {
        const std::size_t end = line.find(delimiter);
        if (end == std::string::npos) {
            collectBanner(session, router, key, delimiter, text + line + "\n");
            return;
        }
        router->keptConfig().set(KeptConfig::kGlobal, key, kBannerOrder,
                                 key + " ^C" + text + line.substr(0, end) + "^C");
    });
}

void installBanner(cli::CommandTree &tree)
{
    tree.install("config", "banner (motd|login|exec|incoming) LINE",
                 {"Define a login banner", "Set Message of the Day banner", "Set login banner",
                  "Set EXEC process creation banner", "Set incoming terminal line banner",
                  "c banner-text c, where 'c' is a delimiting character"},
                 [](CommandContext &context) {
                     const std::string key = "banner " + context.tokens[1].value;
                     const std::string &typed = context.line();
                     const std::string delimiter =
                         typed.rfind("^C", 0) == 0 ? "^C" : typed.substr(0, 1);
                     const std::string rest = typed.substr(delimiter.size());
                     Router &router = routerOf(context);
                     const std::size_t end = rest.find(delimiter);
                     if (end != std::string::npos) {
                         router.keptConfig().set(KeptConfig::kGlobal, key, kBannerOrder,
                                                 key + " ^C" + rest.substr(0, end) + "^C");
                         return;
                     }
                     if (!context.session->replaying())
                         context.session->write("Enter TEXT message.  End with the character '" +
                                                delimiter.substr(0, 1) + "'.\n");
                     collectBanner(context.session, &router, key, delimiter,
                                   rest.empty() ? "\n" : rest + "\n");
                 });
    tree.install("config", "no banner (motd|login|exec|incoming)",
                 {kNo, "Define a login banner", "Set Message of the Day banner", "Set login banner",
                  "Set EXEC process creation banner", "Set incoming terminal line banner"},
                 [](CommandContext &context) {
                     routerOf(context).keptConfig().remove(KeptConfig::kGlobal,
                                                           "banner " + context.tokens[2].value);
                 });
}

void installWriters(RunningConfigWriters &config)
{
    std::set<int> globalOrders = {kBannerOrder};
    std::set<int> interfaceOrders;
    std::set<int> separatedOrders;
    for (const KeptCommand &command : keptCommands()) {
        if (isGlobalMode(command.mode))
            globalOrders.insert(command.order);
        else if (isInterfaceMode(command.mode))
            interfaceOrders.insert(command.order);
        if (command.separated)
            separatedOrders.insert(command.order);
    }
    for (int order : globalOrders) {
        const bool separated = separatedOrders.count(order) > 0;
        config.add(order, [order, separated](const Router &router, ConfigWriter &out) {
            router.keptConfig().write(KeptConfig::kGlobal, order, order + 1, 0, out, separated);
        });
    }
    for (int order : interfaceOrders) {
        config.addInterfacePart(order, [order](const Router &router, const Interface &interface,
                                               ConfigWriter &out) {
            router.keptConfig().write(interface.name(), order, order + 1, 1, out);
        });
    }
}

} // namespace

void installKeptConfigCommands(cli::CommandTree &tree, RunningConfigWriters &config)
{
    for (const KeptMode &mode : keptModes())
        tree.declareMode(cli::ModeInfo{mode.name, mode.prompt, "config", mode.helpHeader});
    for (const KeptCommand &command : keptCommands()) {
        if (command.form == KeptForm::DefaultOn)
            installDefaultOnForm(tree, command);
        else
            installSetForm(tree, command);
    }
    installBanner(tree);
    installWriters(config);
}

} // namespace routerlab
