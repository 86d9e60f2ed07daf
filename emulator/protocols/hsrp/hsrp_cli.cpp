#include "protocols/hsrp/hsrp_cli.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "protocols/hsrp/hsrp_debug.h"
#include "protocols/hsrp/hsrp_module.h"
#include "protocols/hsrp/hsrp_show.h"
#include "router/config_writer.h"
#include "router/debug_registry.h"
#include "router/router.h"
#include "router/router_cli.h"

namespace routerlab::hsrp {
namespace {

using cli::CommandContext;

const std::string kNo = "Negate a command or set its defaults";
const std::string kStandby = "HSRP interface configuration commands";
const std::string kGroup = "group number";

using cli::CommandArguments;

// `standby 1 ...` or `standby ...` (group 0, as IOS writes it).
int groupNumber(const CommandContext &context) { return context.arguments().find<int>("group").value_or(0); }

GroupEntry &entryOf(CommandContext &context)
{
    Router &router = routerOf(context);
    return router.module<HsrpModule>().group(configuredInterface(context), groupNumber(context));
}

GroupEntry *existingEntry(CommandContext &context)
{
    Router &router = routerOf(context);
    HsrpModule *module = router.findModule<HsrpModule>();
    return module ? module->findGroup(configuredInterface(context).name(), groupNumber(context)) : nullptr;
}

void changed(CommandContext &context, GroupEntry &entry)
{
    routerOf(context).module<HsrpModule>().refresh(entry);
}

// A group with nothing configured any more is gone, as in IOS.
void dropIfEmpty(CommandContext &context, GroupEntry &entry)
{
    const GroupConfig &config = entry.group.config;
    if (config.ipConfigured || config.priority || config.preempt || config.timers || entry.tracks.size() ||
        !entry.name.empty() || config.authentication != "cisco")
        return;
    routerOf(context).module<HsrpModule>().removeGroup(entry.interface().name(), entry.group.number());
}

// `standby [N] ip [A.B.C.D]` and `standby [N] ip A.B.C.D secondary`.
void setIp(CommandContext &context, bool secondary)
{
    GroupEntry *existing = existingEntry(context);
    const std::optional<Ipv4Address> address = context.arguments().find<Ipv4Address>("address");
    if (context.negated()) {
        if (!existing)
            return;
        GroupConfig &config = existing->group.config;
        if (secondary) {
            std::erase(config.secondaryIps, *address);
        } else {
            if (existing->group.isActive())
                existing->group.resign();
            config.ipConfigured = false;
            config.virtualIp.reset();
            config.secondaryIps.clear();
        }
        changed(context, *existing);
        dropIfEmpty(context, *existing);
        return;
    }
    GroupEntry &entry = entryOf(context);
    GroupConfig &config = entry.group.config;
    if (secondary) {
        if (std::find(config.secondaryIps.begin(), config.secondaryIps.end(), *address) ==
            config.secondaryIps.end())
            config.secondaryIps.push_back(*address);
    } else {
        config.ipConfigured = true;
        if (address)
            config.virtualIp = address;
    }
    changed(context, entry);
}

void setPriority(CommandContext &context)
{
    if (context.negated()) {
        if (GroupEntry *entry = existingEntry(context)) {
            entry->group.config.priority.reset();
            changed(context, *entry);
            dropIfEmpty(context, *entry);
        }
        return;
    }
    GroupEntry &entry = entryOf(context);
    entry.group.config.priority = context.arguments().get<int>("priority");
    changed(context, entry);
}

void setPreempt(CommandContext &context)
{
    if (context.negated()) {
        if (GroupEntry *entry = existingEntry(context)) {
            entry->group.config.preempt = false;
            entry->group.config.preemptDelay = SimDuration{0};
            dropIfEmpty(context, *entry);
        }
        return;
    }
    GroupEntry &entry = entryOf(context);
    entry.group.config.preempt = true;
    entry.group.config.preemptDelay = std::chrono::seconds(context.arguments().find<int>("delay").value_or(0));
    changed(context, entry);
}

void setTimers(CommandContext &context)
{
    if (context.negated()) {
        if (GroupEntry *entry = existingEntry(context)) {
            entry->group.config.timers.reset();
            entry->group.config.timersInMsec = false;
            changed(context, *entry);
            dropIfEmpty(context, *entry);
        }
        return;
    }
    // `timers [msec] HELLO [msec] HOLD`: each value in seconds unless msec precedes it.
    const CommandArguments args = context.arguments();
    const auto value = [&args](const char *name, const char *msecName) {
        const auto number = args.get<std::int64_t>(name);
        return args.has(msecName) ? SimDuration(std::chrono::milliseconds(number))
                                  : SimDuration(std::chrono::seconds(number));
    };
    const SimDuration values[] = {value("hello", "helloMsec"), value("hold", "holdMsec")};
    const bool anyMsec = args.has("helloMsec") || args.has("holdMsec");
    if (values[1] <= values[0]) {
        context.session->write("% Hold time must be greater than hello time\n");
        return;
    }
    GroupEntry &entry = entryOf(context);
    entry.group.config.timers = Timers{values[0], values[1]};
    entry.group.config.timersInMsec = anyMsec;
    changed(context, entry);
}

void setName(CommandContext &context)
{
    if (context.negated()) {
        if (GroupEntry *entry = existingEntry(context)) {
            entry->setName({});
            dropIfEmpty(context, *entry);
        }
        return;
    }
    entryOf(context).setName(context.arguments().get<std::string>("name"));
}

void setTrack(CommandContext &context)
{
    Router &router = routerOf(context);
    const CommandArguments args = context.arguments();
    const std::string tracked = args.get<std::string>("interface");
    if (!router.findInterface(tracked)) {
        context.session->write("% Interface " + tracked + " does not exist\n");
        return;
    }
    if (context.negated()) {
        if (GroupEntry *entry = existingEntry(context)) {
            entry->removeTrack(tracked);
            dropIfEmpty(context, *entry);
        }
        return;
    }
    entryOf(context).addTrack(tracked, args.find<int>("decrement"));
}

void setAuthentication(CommandContext &context)
{
    if (context.negated()) {
        if (GroupEntry *entry = existingEntry(context)) {
            entry->group.config.authentication = "cisco";
            dropIfEmpty(context, *entry);
        }
        return;
    }
    const std::string text = context.arguments().get<std::string>("text");
    if (text.size() > kAuthenticationLength) {
        context.session->write("% Authentication string too long (maximum 8 characters)\n");
        return;
    }
    entryOf(context).group.config.authentication = text;
}

std::string prefix(int group)
{
    return group == 0 ? " standby " : " standby " + std::to_string(group) + " ";
}

std::string timerText(SimDuration value, bool msec)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(value).count();
    if (msec)
        return "msec " + std::to_string(ms);
    return std::to_string(ms / 1000);
}

void writeGroup(const GroupEntry &entry, ConfigWriter &out)
{
    const GroupConfig &config = entry.group.config;
    const std::string head = prefix(entry.group.number());
    if (config.ipConfigured)
        out.line(head.substr(0, head.size() - 1) + " ip" + (config.virtualIp ? " " + config.virtualIp->toString() : ""));
    for (Ipv4Address secondary : config.secondaryIps)
        out.line(head + "ip " + secondary.toString() + " secondary");
    if (config.timers)
        out.line(head + "timers " + timerText(config.timers->hello, config.timersInMsec) + " " +
                 timerText(config.timers->hold, config.timersInMsec));
    if (config.priority)
        out.line(head + "priority " + std::to_string(*config.priority));
    if (config.preempt) {
        std::string line = head + "preempt";
        if (config.preemptDelay > SimDuration{0})
            line += " delay minimum " +
                    std::to_string(std::chrono::duration_cast<std::chrono::seconds>(config.preemptDelay).count());
        out.line(line);
    }
    if (config.authentication != "cisco")
        out.line(head + "authentication " + config.authentication);
    if (!entry.name.empty())
        out.line(head + "name " + entry.name);
    for (const TrackedInterface &track : entry.tracks)
        out.line(head + "track " + track.interface +
                 (track.decrementConfigured ? " " + std::to_string(track.decrement) : ""));
}

} // namespace

void installHsrpCommands(cli::CommandTree &tree, RunningConfigWriters &config)
{
    config.addInterfacePart(interface_config_order::Standby,
                            [](const Router &router, const Interface &interface, ConfigWriter &out) {
                                if (const HsrpModule *module = router.findModule<HsrpModule>()) {
                                    for (const GroupEntry *entry : module->groups(interface.name()))
                                        writeGroup(*entry, out);
                                }
                            });

    const std::string group = "[<group:0-255>]";
    tree.install("config-if", "[no] standby " + group + " ip [<address:A.B.C.D>]",
                 {kNo, kStandby, kGroup, "Enable HSRP and set the virtual IP address", "Virtual IP address"},
                 [](CommandContext &context) { setIp(context, false); });
    tree.install("config-if", "[no] standby " + group + " ip <address:A.B.C.D> secondary",
                 {kNo, kStandby, kGroup, "Enable HSRP and set the virtual IP address", "Virtual IP address",
                  "Make this IP address a secondary virtual IP address"},
                 [](CommandContext &context) { setIp(context, true); });
    tree.install("config-if", "standby " + group + " priority <priority:0-255>",
                 {kStandby, kGroup, "Priority level", "Priority value"}, setPriority);
    tree.install("config-if", "no standby " + group + " priority [<priority:0-255>]",
                 {kNo, kStandby, kGroup, "Priority level", "Priority value"}, setPriority);
    tree.install("config-if", "[no] standby " + group + " preempt [delay minimum <delay:0-3600>]",
                 {kNo, kStandby, kGroup, "Overthrow lower priority Active routers",
                  "Wait before preempting", "Delay at least this long", "Number of seconds for minimum delay"},
                 setPreempt);
    tree.install("config-if",
                 "standby " + group + " timers (<hello:1-254>|msec$helloMsec <hello:15-999>) "
                 "(<hold:2-255>|msec$holdMsec <hold:50-3000>)",
                 {kStandby, kGroup, "Hello and hold timers", "Hello interval in seconds",
                  "Specify hello interval in milliseconds", "Hello interval in milliseconds",
                  "Hold time in seconds", "Specify hold time in milliseconds", "Hold time in milliseconds"},
                 setTimers);
    tree.install("config-if", "no standby " + group + " timers",
                 {kNo, kStandby, kGroup, "Hello and hold timers"}, setTimers);
    tree.install("config-if", "standby " + group + " name <name:WORD>",
                 {kStandby, kGroup, "Redundancy name string", "name string"}, setName);
    tree.install("config-if", "no standby " + group + " name [<name:WORD>]",
                 {kNo, kStandby, kGroup, "Redundancy name string", "name string"}, setName);
    tree.install("config-if", "[no] standby " + group + " track <interface:IFNAME> [<decrement:1-255>]",
                 {kNo, kStandby, kGroup, "Priority tracking", "Interface to track",
                  "Priority decrement"},
                 setTrack);
    tree.install("config-if", "standby " + group + " authentication <text:WORD>",
                 {kStandby, kGroup, "Authentication", "authentication string"}, setAuthentication);
    tree.install("config-if", "no standby " + group + " authentication [<text:WORD>]",
                 {kNo, kStandby, kGroup, "Authentication", "authentication string"}, setAuthentication);

    installHsrpDebug(tree);
    installHsrpShowCommands(tree);
}

} // namespace routerlab::hsrp
