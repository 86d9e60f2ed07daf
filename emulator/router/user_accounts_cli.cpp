#include "router/user_accounts_cli.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "router/router.h"
#include "router/router_cli.h"
#include "router/system_cli.h"

namespace routerlab {

using cli::CommandContext;

namespace {

const std::vector<std::string> kUserHelp = {"Establish User Name Authentication", "User name",
                                            "Set user privilege level", "User privilege level"};

std::vector<std::string> userHelp(std::initializer_list<std::string> rest)
{
    std::vector<std::string> help = kUserHelp;
    help.insert(help.end(), rest);
    return help;
}

// The account `username NAME [privilege N] ...` sets, its privilege applied; nullptr when the
// user already has the other kind of password, which IOS refuses instead of replacing.
UserAccount *accountToSet(CommandContext &context, std::string UserAccount::*otherKind)
{
    UserAccounts &users = routerOf(context).global().users;
    const cli::CommandArguments args = context.arguments();
    const std::string name = args.get<std::string>("name");
    const UserAccount *existing = users.find(name);
    if (existing && !(existing->*otherKind).empty()) {
        context.session->write("ERROR: Can not have both a user password and a user secret.\n"
                               "Please choose one or the other.\n");
        return nullptr;
    }
    UserAccount &account = users.findOrAdd(name);
    account.privilege = args.find<int>("level").value_or(account.privilege);
    return &account;
}

void setSecret(CommandContext &context)
{
    UserAccount *account = accountToSet(context, &UserAccount::password);
    if (!account)
        return;
    const cli::CommandArguments args = context.arguments();
    account->secret = context.has("5") ? args.get<std::string>("hash")
                                       : newSecretHash(routerOf(context), args.get<std::string>("secret"));
}

void setPassword(CommandContext &context)
{
    if (UserAccount *account = accountToSet(context, &UserAccount::secret))
        account->password = context.arguments().get<std::string>("password");
}

void writeUsers(const Router &router, ConfigWriter &out)
{
    const std::vector<UserAccount> &accounts = router.global().users.all();
    if (accounts.empty())
        return;
    out.separator();
    for (const UserAccount &account : accounts) {
        std::string line = "username " + account.name;
        if (account.privilege != 1)
            line += " privilege " + std::to_string(account.privilege);
        line += account.secret.empty() ? " password 0 " + account.password
                                       : " secret 5 " + account.secret;
        out.line(line);
    }
}

} // namespace

void installUserAccountCommands(cli::CommandTree &tree, RunningConfigWriters &config)
{
    const std::string user = "username <name:WORD> [privilege <level:0-15>] ";
    tree.install("config", user + "secret <secret:LINE>",
                 userHelp({"Specify the secret for the user", "The UNENCRYPTED (cleartext) user secret"}),
                 setSecret);
    tree.install("config", user + "secret 0 <secret:LINE>",
                 userHelp({"Specify the secret for the user",
                           "Specifies an UNENCRYPTED secret will follow",
                           "The UNENCRYPTED (cleartext) user secret"}),
                 setSecret);
    tree.install("config", user + "secret 5 <hash:WORD>",
                 userHelp({"Specify the secret for the user", "Specifies an ENCRYPTED secret will follow",
                           "The ENCRYPTED secret string"}),
                 setSecret);
    tree.install("config", user + "password [0] <password:LINE>",
                 userHelp({"Specify the password for the user",
                           "Specifies an UNENCRYPTED password will follow",
                           "The UNENCRYPTED (cleartext) user password"}),
                 setPassword);
    tree.install("config", "no username <name:WORD>",
                 {"Negate a command or set its defaults", "Establish User Name Authentication", "User name"},
                 [](CommandContext &context) {
                     routerOf(context).global().users.remove(context.arguments().get<std::string>("name"));
                 });
    // After `enable secret` and `enable password` (system_cli.cpp writes them at Boot + 50).
    config.add(config_order::Boot + 60, writeUsers);
}

} // namespace routerlab
