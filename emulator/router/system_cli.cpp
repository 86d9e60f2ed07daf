#include "router/system_cli.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "router/clock_cli.h"
#include "router/router.h"
#include "router/router_cli.h"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <cstdio>

namespace routerlab {

using cli::CommandContext;

namespace {

constexpr const char *kCryptAlphabet =
    "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr int kEnableAttempts = 3;

using Md5Digest = std::array<unsigned char, 16>;

Md5Digest md5(const std::string &data)
{
    Md5Digest digest{};
    unsigned int length = 0;
    EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_md5(), nullptr);
    return digest;
}

std::string digestText(const Md5Digest &digest, std::size_t length = 16)
{
    return std::string(reinterpret_cast<const char *>(digest.data()), length);
}

void appendCryptBase64(std::string &out, unsigned value, int characters)
{
    while (characters-- > 0) {
        out += kCryptAlphabet[value & 0x3f];
        value >>= 6;
    }
}

std::string randomSalt(Router &router)
{
    std::string salt;
    for (int i = 0; i < 4; ++i)
        salt += kCryptAlphabet[router.random().below(64)];
    return salt;
}

bool enablePasswordAccepted(const Router &router, const std::string &answer)
{
    // A secret, once set, hides the older clear-text password, as in IOS.
    if (!router.global().enableSecret.empty())
        return md5CryptMatches(answer, router.global().enableSecret);
    return answer == router.global().enablePassword;
}

void askEnablePassword(cli::CliSession *session, Router &router, int attempt)
{
    session->ask(
        "Password: ",
        [session, &router, attempt](const std::string &answer) {
            if (enablePasswordAccepted(router, answer)) {
                session->setPrivilege(15);
                return;
            }
            if (attempt >= kEnableAttempts) {
                session->write("% Bad secrets\n\n");
                return;
            }
            askEnablePassword(session, router, attempt + 1);
        },
        true);
}

void enable(CommandContext &context)
{
    Router &router = routerOf(context);
    const bool protectedByPassword =
        !router.global().enableSecret.empty() || !router.global().enablePassword.empty();
    if (!protectedByPassword || context.session->privilege() >= 15 ||
        context.session->replaying()) {
        context.session->setPrivilege(15);
        return;
    }
    askEnablePassword(context.session, router, 1);
}

// A flag of GlobalConfig that `[no] <command>` sets.
void installFlag(cli::CommandTree &tree, const std::string &syntax, std::vector<std::string> help,
                 bool GlobalConfig::*flag)
{
    help.insert(help.begin(), "Negate a command or set its defaults");
    tree.install("config", "[no] " + syntax, std::move(help), [flag](CommandContext &context) {
        routerOf(context).global().*flag = !context.negated();
    });
}

void installServiceAndBootCommands(cli::CommandTree &tree)
{
    // The running image decides what `version` and the boot markers print, so loading them
    // only has to accept them.
    tree.install("config", "version WORD", {"Version", "Version number"}, [](CommandContext &) {});
    tree.install("config", "boot-start-marker", {"Boot Start Marker"}, [](CommandContext &) {});
    tree.install("config", "boot-end-marker", {"Boot End Marker"}, [](CommandContext &) {});
    installFlag(tree, "service pad",
                {"Modify use of network based services", "Enable PAD commands"},
                &GlobalConfig::servicePad);
    installFlag(tree, "service password-encryption",
                {"Modify use of network based services", "Encrypt system passwords"},
                &GlobalConfig::passwordEncryption);
    tree.install("config", "boot system flash WORD",
                 {"Modify system boot parameters", "System image filename",
                  "Boot from flash memory", "System image filename"},
                 [](CommandContext &context) {
                     auto &boot = routerOf(context).global().bootSystem;
                     const std::string entry = "flash " + context.word();
                     if (std::find(boot.begin(), boot.end(), entry) == boot.end())
                         boot.push_back(entry);
                 });
    tree.install("config", "no boot system [flash] [WORD]",
                 {"Negate a command or set its defaults", "Modify system boot parameters",
                  "System image filename", "Boot from flash memory", "System image filename"},
                 [](CommandContext &context) {
                     auto &boot = routerOf(context).global().bootSystem;
                     if (context.countOf(cli::TokenKind::Word) == 0)
                         boot.clear();
                     else
                         std::erase(boot, "flash " + context.word());
                 });
}

void installEnableCommands(cli::CommandTree &tree)
{
    tree.install("exec", "enable", {"Turn on privileged commands"}, enable);
    const auto setSecret = [](CommandContext &context) {
        Router &router = routerOf(context);
        if (context.has("5"))
            router.global().enableSecret = context.word();
        else
            router.global().enableSecret = newSecretHash(router, context.word());
    };
    tree.install("config", "enable secret WORD",
                 {"Modify enable password parameters", "Assign the privileged level secret",
                  "The UNENCRYPTED (cleartext) 'enable' secret"},
                 setSecret);
    tree.install("config", "enable secret (0|5) WORD",
                 {"Modify enable password parameters", "Assign the privileged level secret",
                  "Specifies an UNENCRYPTED password will follow",
                  "Specifies an ENCRYPTED secret will follow",
                  "The UNENCRYPTED (cleartext) 'enable' secret"},
                 setSecret);
    tree.install(
        "config", "enable password [0] WORD",
        {"Modify enable password parameters", "Assign the privileged level password",
         "Specifies an UNENCRYPTED password will follow",
         "The UNENCRYPTED (cleartext) 'enable' password"},
        [](CommandContext &context) { routerOf(context).global().enablePassword = context.word(); });
    tree.install("config", "no enable (secret|password)",
                 {"Negate a command or set its defaults", "Modify enable password parameters",
                  "Assign the privileged level secret", "Assign the privileged level password"},
                 [](CommandContext &context) {
                     GlobalConfig &global = routerOf(context).global();
                     (context.has("secret") ? global.enableSecret : global.enablePassword).clear();
                 });
}

void installIpGlobalCommands(cli::CommandTree &tree)
{
    installFlag(tree, "aaa new-model",
                {"Authentication, Authorization and Accounting.",
                 "Enable NEW access control commands and functions.(Disables OLD commands.)"},
                &GlobalConfig::aaaNewModel);
    installFlag(tree, "ip subnet-zero",
                {"Global IP configuration subcommands", "Allow 'subnet zero' subnets"},
                &GlobalConfig::ipSubnetZero);
    installFlag(tree, "ip source-route",
                {"Global IP configuration subcommands",
                 "Process packets with source routing header options"},
                &GlobalConfig::sourceRoute);
    installFlag(tree, "ip domain lookup",
                {"Global IP configuration subcommands", "IP DNS Resolver",
                 "Enable IP Domain Name System hostname translation"},
                &GlobalConfig::domainLookup);
    // 12.2 spells it with a dash; 12.3 still accepts that form.
    installFlag(tree, "ip domain-lookup",
                {"Global IP configuration subcommands",
                 "Enable IP Domain Name System hostname translation"},
                &GlobalConfig::domainLookup);
    installFlag(tree, "ip cef", {"Global IP configuration subcommands", "Cisco Express Forwarding"},
                &GlobalConfig::ipCef);
    installFlag(
        tree, "ip http server",
        {"Global IP configuration subcommands", "HTTP server configuration", "Enable HTTP server"},
        &GlobalConfig::httpServer);
    installFlag(tree, "ip http secure-server",
                {"Global IP configuration subcommands", "HTTP server configuration",
                 "Enable HTTP secure server"},
                &GlobalConfig::httpSecureServer);
    tree.install("config", "ip host WORD A.B.C.D",
                 {"Global IP configuration subcommands", "Add an entry to the ip hostname table",
                  "Name of host", "Host IP address"},
                 [](CommandContext &context) {
                     auto &hosts = routerOf(context).global().hosts;
                     std::erase_if(hosts,
                                   [&](const auto &host) { return host.first == context.word(); });
                     hosts.emplace_back(context.word(), context.ipv4());
                 });
    tree.install("config", "no ip host WORD [A.B.C.D]",
                 {"Negate a command or set its defaults", "Global IP configuration subcommands",
                  "Add an entry to the ip hostname table", "Name of host", "Host IP address"},
                 [](CommandContext &context) {
                     auto &hosts = routerOf(context).global().hosts;
                     std::erase_if(hosts,
                                   [&](const auto &host) { return host.first == context.word(); });
                 });
}

std::string showLogging(Router &router)
{
    const bool xml = router.image().minorVersion >= 3;
    const std::string xmlNote = xml ? ", xml disabled" : "";
    const std::size_t logged = router.logger().buffer().size();
    std::string out = "Syslog logging: enabled (0 messages dropped, 0 messages rate-limited, "
                      "0 flushes, 0 overruns" +
                      xmlNote + ")\n";
    out += "    Console logging: level debugging, " + std::to_string(logged) + " messages logged" +
           xmlNote + "\n";
    out += "    Monitor logging: level debugging, 0 messages logged" + xmlNote + "\n";
    out += "    Buffer logging: level debugging, " + std::to_string(logged) + " messages logged" +
           xmlNote + "\n";
    out += "    Logging Exception size (4096 bytes)\n";
    out += "    Trap logging: level informational, " + std::to_string(logged) +
           " message lines logged\n\nLog Buffer (4096 bytes):\n";
    for (const std::string &line : router.logger().buffer())
        out += line + "\n";
    return out;
}

void installShowCommands(cli::CommandTree &tree)
{
    installClockCommands(tree);
    tree.install(
        "exec", "show logging",
        {"Show running system information", "Show the contents of logging buffers"},
        [](CommandContext &context) { context.session->write(showLogging(routerOf(context))); });
    tree.install("exec", "show privilege",
                 {"Show running system information", "Show current privilege level"},
                 [](CommandContext &context) {
                     context.session->write("Current privilege level is " +
                                            std::to_string(context.session->privilege()) + "\n");
                 });
    tree.install("exec", "show history",
                 {"Show running system information", "Display the session command history"},
                 [](CommandContext &context) {
                     std::string out;
                     for (const std::string &line : context.session->history)
                         out += "  " + line + "\n";
                     context.session->write(out);
                 });
}

bool is123(const Router &router)
{
    return router.image().minorVersion >= 3;
}

void installWriters(RunningConfigWriters &config)
{
    config.add(config_order::Version, [](const Router &router, ConfigWriter &out) {
        out.line("version " + router.image().configVersion);
    });
    config.add(config_order::Services, [](const Router &router, ConfigWriter &out) {
        if (!router.global().servicePad)
            out.line("no service pad");
        const Logger &logger = const_cast<Router &>(router).logger();
        out.line(timestampConfigLine("debug", logger.debugStyle));
        out.line(timestampConfigLine("log", logger.logStyle));
        out.line(router.global().passwordEncryption ? "service password-encryption"
                                                  : "no service password-encryption");
    });
    config.add(config_order::Boot, [](const Router &router, ConfigWriter &out) {
        // 12.3 brackets the boot commands with markers; 12.2 has none.
        if (is123(router))
            out.line("boot-start-marker");
        for (const std::string &entry : router.global().bootSystem)
            out.line("boot system " + entry);
        if (is123(router))
            out.line("boot-end-marker");
    });
    config.add(config_order::Boot + 50, [](const Router &router, ConfigWriter &out) {
        if (router.global().enableSecret.empty() && router.global().enablePassword.empty())
            return;
        out.separator();
        if (!router.global().enableSecret.empty())
            out.line("enable secret 5 " + router.global().enableSecret);
        if (!router.global().enablePassword.empty())
            out.line("enable password " + router.global().enablePassword);
    });
    config.add(config_order::Aaa, [](const Router &router, ConfigWriter &out) {
        if (router.global().aaaNewModel)
            out.line("aaa new-model");
        else if (is123(router))
            out.line("no aaa new-model");
    });
    config.add(config_order::IpGlobal, [](const Router &router, ConfigWriter &out) {
        out.line(router.global().ipSubnetZero ? "ip subnet-zero" : "no ip subnet-zero");
        if (!router.global().sourceRoute)
            out.line("no ip source-route");
    });
    config.add(config_order::IpDomain, [](const Router &router, ConfigWriter &out) {
        if (!router.global().domainLookup)
            out.line(is123(router) ? "no ip domain lookup" : "no ip domain-lookup");
        for (const auto &[name, address] : router.global().hosts)
            out.line("ip host " + name + " " + address.toString());
    });
    config.add(config_order::IpCef, [](const Router &router, ConfigWriter &out) {
        if (router.global().ipCef)
            out.line("ip cef");
    });
    // After `ip classless` and the static routes, which the IP module writes at IpRouting.
    config.add(config_order::IpRouting + 50, [](const Router &router, ConfigWriter &out) {
        out.line(router.global().httpServer ? "ip http server" : "no ip http server");
        if (router.global().httpSecureServer)
            out.line("ip http secure-server");
        else if (is123(router))
            out.line("no ip http secure-server");
    });
}

} // namespace

std::string timestampConfigLine(const char *kind, const TimestampStyle &style)
{
    const std::string prefix = std::string("service timestamps ") + kind;
    switch (style.kind) {
    case TimestampStyle::Kind::None:
        return "no " + prefix;
    case TimestampStyle::Kind::Uptime:
        return prefix + " uptime";
    case TimestampStyle::Kind::Datetime: {
        std::string line = prefix + " datetime";
        if (style.msec)
            line += " msec";
        if (style.localtime)
            line += " localtime";
        if (style.showTimezone)
            line += " show-timezone";
        return line;
    }
    }
    return prefix;
}

void installSystemCommands(cli::CommandTree &tree, RunningConfigWriters &config)
{
    installServiceAndBootCommands(tree);
    installEnableCommands(tree);
    installIpGlobalCommands(tree);
    installShowCommands(tree);
    installWriters(config);
}

std::optional<Ipv4Address> resolveHost(const Router &router, const std::string &name)
{
    if (auto address = Ipv4Address::parse(name))
        return address;
    // Host names are not case sensitive in IOS.
    const auto sameName = [&name](const std::string &other) {
        return std::equal(name.begin(), name.end(), other.begin(), other.end(),
                          [](char a, char b) { return std::tolower(a) == std::tolower(b); });
    };
    for (const auto &[host, address] : router.global().hosts) {
        if (sameName(host))
            return address;
    }
    return std::nullopt;
}

// The FreeBSD crypt(3) MD5 scheme (Poul-Henning Kamp's), which IOS uses for `enable secret`.
std::string md5Crypt(const std::string &password, const std::string &saltText)
{
    const std::string magic = "$1$";
    const std::string salt = saltText.substr(0, 8);
    std::string context = password + magic + salt;
    const Md5Digest alternate = md5(password + salt + password);
    for (auto remaining = static_cast<long>(password.size()); remaining > 0; remaining -= 16)
        context += digestText(alternate, static_cast<std::size_t>(std::min(remaining, 16L)));
    for (std::size_t bits = password.size(); bits != 0; bits >>= 1)
        context += (bits & 1) ? std::string(1, '\0') : password.substr(0, 1);
    Md5Digest digest = md5(context);
    // A thousand rounds, to make guessing expensive.
    for (int round = 0; round < 1000; ++round) {
        std::string step = (round & 1) ? password : digestText(digest);
        if (round % 3)
            step += salt;
        if (round % 7)
            step += password;
        step += (round & 1) ? digestText(digest) : password;
        digest = md5(step);
    }
    std::string out = magic + salt + "$";
    const auto group = [&digest](int a, int b, int c) {
        return (unsigned(digest[a]) << 16) | (unsigned(digest[b]) << 8) | unsigned(digest[c]);
    };
    appendCryptBase64(out, group(0, 6, 12), 4);
    appendCryptBase64(out, group(1, 7, 13), 4);
    appendCryptBase64(out, group(2, 8, 14), 4);
    appendCryptBase64(out, group(3, 9, 15), 4);
    appendCryptBase64(out, group(4, 10, 5), 4);
    appendCryptBase64(out, digest[11], 2);
    return out;
}

std::string newSecretHash(Router &router, const std::string &password)
{
    return md5Crypt(password, randomSalt(router));
}

bool md5CryptMatches(const std::string &password, const std::string &hashed)
{
    if (hashed.rfind("$1$", 0) != 0)
        return false;
    const std::size_t end = hashed.find('$', 3);
    if (end == std::string::npos)
        return false;
    return md5Crypt(password, hashed.substr(3, end - 3)) == hashed;
}

} // namespace routerlab
