#include "router/startup_config.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "router/router.h"
#include "router/router_cli.h"

#include <algorithm>
#include <cctype>
#include <functional>

namespace routerlab {

using cli::CliSession;
using cli::CommandContext;

namespace {

constexpr cli::CommandOptions kPrivileged{15, false};

std::string lowered(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// "[confirm]": Return or y goes ahead, anything else backs out.
bool confirmed(const std::string &answer)
{
    const std::string text = lowered(answer);
    return text.empty() || text == "y" || text == "yes";
}

bool writeStartupConfig(CliSession &session, Router &router)
{
    session.write("Building configuration...\n");
    StartupConfigStore *store = router.startupConfigStore();
    std::string error = "No such device";
    if (!store || !store->writeStartupConfig(router.nodeName(), router.runningConfig(), error)) {
        session.write("%Error opening nvram:/startup-config (" + error + ")\n");
        return false;
    }
    router.markConfigSaved();
    router.rejectedStartupLines().clear(); // the file no longer holds them
    session.write("[OK]\n");
    return true;
}

// Saving over a startup config whose lines the router rejected at boot would lose them
// silently; IOS never had to ask, since a real router's startup config is its own output.
// Ours may come from a user's file, so the save lists what would go and asks first.
void saveStartupConfig(CliSession *session, Router &router, std::function<void()> afterSave = {})
{
    const std::vector<std::string> &lost = router.rejectedStartupLines();
    if (lost.empty()) {
        if (writeStartupConfig(*session, router) && afterSave)
            afterSave();
        return;
    }
    session->write("% " + std::to_string(lost.size()) +
                   (lost.size() == 1 ? " line" : " lines") +
                   " of the startup-config were not accepted at boot and would be lost:\n");
    for (const std::string &line : lost)
        session->write(line + "\n");
    session->ask("Overwrite the startup-config anyway? [confirm]",
                 [session, &router, afterSave = std::move(afterSave)](const std::string &answer) {
                     if (!confirmed(answer)) {
                         session->write("%Startup-config not overwritten\n");
                         return;
                     }
                     if (writeStartupConfig(*session, router) && afterSave)
                         afterSave();
                 });
}

void confirmReload(CliSession *session, Router &router)
{
    session->ask("Proceed with reload? [confirm]", [session, &router](const std::string &answer) {
        if (!confirmed(answer))
            return;
        // The console waits, as it does while the real box restarts, and comes back at the
        // user prompt.
        session->hold();
        router.reload(kReloadDuration, [session] {
            session->endConfig();
            session->setPrivilege(1);
            session->release();
        });
    });
}

void askSaveBeforeReload(CliSession *session, Router &router)
{
    session->ask("System configuration has been modified. Save? [yes/no]: ",
                 [session, &router](const std::string &answer) {
                     const std::string text = lowered(answer);
                     if (!text.empty() && std::string("yes").rfind(text, 0) == 0) {
                         saveStartupConfig(session, router,
                                           [session, &router] { confirmReload(session, router); });
                     } else if (!text.empty() && std::string("no").rfind(text, 0) == 0) {
                         confirmReload(session, router);
                     } else {
                         session->write("% Please answer 'yes' or 'no'.\n");
                         askSaveBeforeReload(session, router);
                     }
                 });
}

void reload(CommandContext &context)
{
    Router &router = routerOf(context);
    if (router.configModified())
        askSaveBeforeReload(context.session, router);
    else
        confirmReload(context.session, router);
}

void copyRunningToStartup(CommandContext &context)
{
    CliSession *session = context.session;
    Router &router = routerOf(context);
    session->ask("Destination filename [startup-config]? ",
                 [session, &router](const std::string &answer) {
                     if (answer.empty() || answer == "startup-config")
                         saveStartupConfig(session, router);
                     else
                         session->write("%Error opening nvram:/" + answer + " (Not supported)\n");
                 });
}

void eraseStartupConfig(CommandContext &context)
{
    CliSession *session = context.session;
    Router &router = routerOf(context);
    session->ask(
        "Erasing the nvram filesystem will remove all configuration files! Continue? [confirm]",
        [session, &router](const std::string &answer) {
            if (!confirmed(answer))
                return;
            StartupConfigStore *store = router.startupConfigStore();
            std::string error = "No such device";
            if (!store || !store->writeStartupConfig(router.nodeName(), {}, error)) {
                session->write("%Error erasing nvram: (" + error + ")\n");
                return;
            }
            router.rejectedStartupLines().clear();
            session->write("[OK]\nErase of nvram: complete\n");
            router.logger().log("SYS", 7, "NV_BLOCK_INIT", "Initialized the geometry of nvram");
        });
}

void showStartupConfig(CommandContext &context)
{
    Router &router = routerOf(context);
    StartupConfigStore *store = router.startupConfigStore();
    const std::string text = store ? store->readStartupConfig(router.nodeName()) : std::string();
    if (text.empty()) {
        context.session->write("startup-config is not present\n");
        return;
    }
    context.session->write("Using " + std::to_string(text.size()) + " out of " +
                           std::to_string(kNvramBytes) + " bytes\n" + text + "\n");
}

} // namespace

void installStartupConfigCommands(cli::CommandTree &tree)
{
    tree.install(
        "exec", "write [memory]",
        {"Write running configuration to memory, network, or terminal", "Write to NV memory"},
        [](CommandContext &context) { saveStartupConfig(context.session, routerOf(context)); },
        kPrivileged);
    tree.install("exec", "copy running-config startup-config",
                 {"Copy from one file to another", "Copy from current system configuration",
                  "Copy to startup configuration"},
                 copyRunningToStartup, kPrivileged);
    tree.install("exec", "erase startup-config",
                 {"Erase a filesystem", "Erase contents of configuration memory"},
                 eraseStartupConfig, kPrivileged);
    tree.install("exec", "show startup-config",
                 {"Show running system information", "Contents of startup configuration"},
                 showStartupConfig, kPrivileged);
    tree.install("exec", "reload", {"Halt and perform a cold restart"}, reload, kPrivileged);
}

} // namespace routerlab
