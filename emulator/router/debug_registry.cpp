#include "router/debug_registry.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "router/router.h"
#include "router/router_cli.h"

#include <algorithm>
#include <map>
#include <mutex>

namespace routerlab {
namespace {

const std::string kDebugHelp = "Debugging functions (see also 'undebug')";
const std::string kUndebugHelp = "Disable debugging functions (see also 'debug')";
const std::string kNoHelp = "Negate a command or set its defaults";
constexpr cli::CommandOptions kPrivileged{15, false};

void disableAll(cli::CommandContext &context)
{
    routerOf(context).debugFlags().clearAll();
    context.session->write("All possible debugging has been turned off\n");
}

} // namespace

DebugCategoryId debugCategoryId(std::string_view name)
{
    static std::mutex guard;
    static std::map<std::string, std::size_t, std::less<>> ids;
    const std::lock_guard lock(guard);
    auto found = ids.find(name);
    if (found == ids.end())
        found = ids.emplace(std::string(name), ids.size()).first;
    return DebugCategoryId(found->second);
}

const DebugFlags::Setting *DebugFlags::find(std::string_view category) const
{
    auto found = m_on.find(category);
    return found == m_on.end() ? nullptr : &found->second;
}

void DebugFlags::set(const std::string &category, Setting setting)
{
    if (!enabled(category))
        m_order.push_back(category);
    m_on[category] = std::move(setting);
    const std::size_t index = debugCategoryId(category).index();
    if (index >= m_byId.size())
        m_byId.resize(index + 1);
    m_byId[index] = true;
}

bool DebugFlags::clear(std::string_view category)
{
    auto found = m_on.find(category);
    if (found == m_on.end())
        return false;
    std::erase(m_order, found->first);
    const std::size_t index = debugCategoryId(found->first).index();
    if (index < m_byId.size())
        m_byId[index] = false;
    m_on.erase(found);
    return true;
}

std::string DebugFlags::show() const
{
    std::vector<std::string> groups;
    for (const std::string &category : m_order) {
        const std::string &group = m_on.find(category)->second.group;
        if (std::find(groups.begin(), groups.end(), group) == groups.end())
            groups.push_back(group);
    }
    std::string out;
    for (const std::string &group : groups) {
        out += group + ":\n";
        for (const std::string &category : m_order) {
            const Setting &setting = m_on.find(category)->second;
            if (setting.group == group)
                out += "  " + setting.text + "\n";
        }
    }
    return out;
}

void enableDebug(cli::CommandContext &context, const std::string &category,
                 DebugFlags::Setting setting)
{
    context.session->write(setting.text + "\n");
    routerOf(context).debugFlags().set(category, std::move(setting));
}

void disableDebug(cli::CommandContext &context, const DebugCategory &category)
{
    routerOf(context).debugFlags().clear(category.name);
    context.session->write(category.text + " is off\n");
}

DebugCategoryId installDebugCategory(cli::CommandTree &tree, const DebugCategory &category)
{
    std::vector<std::string> help = {kDebugHelp};
    help.insert(help.end(), category.help.begin(), category.help.end());
    tree.install(
        "exec", "debug " + category.name, help,
        [category](cli::CommandContext &context) {
            enableDebug(context, category.name,
                        {category.group, category.text + " is on", 0, false});
        },
        kPrivileged);
    auto off = [category](cli::CommandContext &context) { disableDebug(context, category); };
    help.front() = kUndebugHelp;
    tree.install("exec", "undebug " + category.name, help, off, kPrivileged);
    help.front() = kDebugHelp;
    help.insert(help.begin(), kNoHelp);
    tree.install("exec", "no debug " + category.name, help, off, kPrivileged);
    return debugCategoryId(category.name);
}

void installDebugCommands(cli::CommandTree &tree)
{
    tree.install("exec", "undebug all", {kUndebugHelp, "Disable all debugging"}, disableAll,
                 kPrivileged);
    tree.install("exec", "no debug all", {kNoHelp, kDebugHelp, "Enable all debugging"}, disableAll,
                 kPrivileged);
    tree.install(
        "exec", "show debugging",
        {"Show running system information", "State of each debugging option"},
        [](cli::CommandContext &context) {
            context.session->write(routerOf(context).debugFlags().show());
        },
        kPrivileged);
}

} // namespace routerlab
