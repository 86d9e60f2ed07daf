#include "protocols/hsrp/hsrp_show.h"

#include "cli/cli_session.h"
#include "cli/command_tree.h"
#include "protocols/hsrp/hsrp_module.h"
#include "router/router.h"
#include "router/router_cli.h"

#include <cstdio>

namespace routerlab::hsrp {
namespace {

// "0.172" seconds, as IOS prints timers with millisecond resolution.
std::string seconds3(SimDuration duration)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(duration).count();
    char text[32];
    std::snprintf(text, sizeof text, "%lld.%03lld", static_cast<long long>(ms / 1000),
                  static_cast<long long>(ms % 1000));
    return text;
}

std::string timerText(SimDuration duration, bool msec)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(duration).count();
    return msec ? std::to_string(ms) + " msec" : std::to_string(ms / 1000) + " sec";
}

std::string stateLine(const GroupEntry &entry)
{
    std::string line = std::string("  State is ") + stateName(entry.group.state());
    if (entry.group.state() == State::Initial) {
        if (!entry.interface().lineProtocolUp())
            line += " (interface down)";
        else if (!entry.group.config.ipConfigured)
            line += " (virtual IP not configured)";
    }
    return line + "\n";
}

std::string peerLine(const char *role, bool local, const std::optional<Peer> &peer,
                     std::optional<SimDuration> expires)
{
    std::string line = std::string("  ") + role + " router is ";
    if (local)
        return line + "local\n";
    if (!peer)
        return line + "unknown\n";
    line += peer->address.toString() + ", priority " + std::to_string(peer->priority);
    if (expires)
        line += " (expires in " + seconds3(*expires) + " sec)";
    return line + "\n";
}

std::string groupDetail(const GroupEntry &entry, SimTime now)
{
    const Group &group = entry.group;
    const GroupConfig &config = group.config;
    std::string out = entry.interface().name() + " - Group " + std::to_string(group.number()) + "\n";
    out += stateLine(entry);
    out += "    " + std::to_string(group.stateChanges()) +
           (group.stateChanges() == 1 ? " state change" : " state changes") + ", last state change " +
           (group.stateChanges() == 0 ? std::string("never") : formatAge(now - group.lastStateChange())) + "\n";
    const Ipv4Address vip = group.virtualIp();
    out += "  Virtual IP address is " + (vip.isUnspecified() ? std::string("unknown") : vip.toString()) + "\n";
    for (Ipv4Address secondary : config.secondaryIps)
        out += "    Secondary virtual IP address " + secondary.toString() + "\n";
    const bool activeKnown = group.isActive() || group.activeRouter();
    out += "  Active virtual MAC address is " + (activeKnown ? group.virtualMac().toCisco() : std::string("unknown")) + "\n";
    out += "    Local virtual MAC address is " + group.virtualMac().toCisco() + " (v1 default)\n";
    const Timers timers = group.timers();
    out += "  Hello time " + timerText(timers.hello, config.timersInMsec) + ", hold time " +
           timerText(timers.hold, config.timersInMsec) + "\n";
    if (const auto next = group.nextHelloIn())
        out += "    Next hello sent in " + seconds3(*next) + " secs\n";
    if (!config.preempt)
        out += "  Preemption disabled\n";
    else if (config.preemptDelay > SimDuration{0})
        out += "  Preemption enabled, delay min " +
               std::to_string(std::chrono::duration_cast<std::chrono::seconds>(config.preemptDelay).count()) + " secs\n";
    else
        out += "  Preemption enabled\n";
    out += peerLine("Active", group.isActive(), group.activeRouter(), group.activeExpiresIn());
    out += peerLine("Standby", group.state() == State::Standby, group.standbyRouter(), group.standbyExpiresIn());
    out += "  Priority " + std::to_string(entry.effectivePriority()) +
           (config.priority ? " (configured " : " (default ") + std::to_string(config.configuredPriority()) + ")\n";
    for (const TrackedInterface &track : entry.tracks) {
        out += "    Track interface " + track.interface + " state " + (entry.trackUp(track) ? "Up" : "Down") +
               " decrement " + std::to_string(track.decrement) + "\n";
    }
    out += "  IP redundancy name is \"" + entry.redundancyName() + "\" (" + (entry.name.empty() ? "default" : "cfgd") + ")\n";
    return out;
}

std::vector<const GroupEntry *> selected(cli::CommandContext &context)
{
    Router &router = routerOf(context);
    std::vector<const GroupEntry *> out;
    const HsrpModule *module = router.findModule<HsrpModule>();
    if (!module)
        return out;
    const bool byInterface = context.countOf(cli::TokenKind::Interface) > 0;
    const bool byGroup = context.countOf(cli::TokenKind::Range) > 0;
    for (const GroupEntry *entry : module->allGroups()) {
        if (byInterface && entry->interface().name() != context.interfaceName())
            continue;
        if (byGroup && entry->group.number() != context.number())
            continue;
        out.push_back(entry);
    }
    return out;
}

} // namespace

std::string showStandby(const std::vector<const GroupEntry *> &groups, SimTime now)
{
    std::string out;
    for (const GroupEntry *entry : groups)
        out += groupDetail(*entry, now);
    return out;
}

std::string showStandbyBrief(const std::vector<const GroupEntry *> &groups)
{
    std::string out = "                     P indicates configured to preempt.\n"
                      "                     |\n"
                      "Interface   Grp Prio P State    Active addr     Standby addr    Group addr\n";
    for (const GroupEntry *entry : groups) {
        const Group &group = entry->group;
        const std::string active = group.isActive() ? "local"
                                   : group.activeRouter() ? group.activeRouter()->address.toString()
                                                          : "unknown";
        const std::string standby = group.state() == State::Standby ? "local"
                                    : group.standbyRouter() ? group.standbyRouter()->address.toString()
                                                            : "unknown";
        const Ipv4Address vip = group.virtualIp();
        char line[160];
        std::snprintf(line, sizeof line, "%-11s %-3d %-4d %c %-8s %-15s %-15s %s\n",
                      entry->interface().shortName().c_str(), group.number(), entry->effectivePriority(),
                      group.config.preempt ? 'P' : ' ', stateName(group.state()), active.c_str(),
                      standby.c_str(), vip.isUnspecified() ? "unknown" : vip.toString().c_str());
        out += line;
    }
    return out;
}

void installHsrpShowCommands(cli::CommandTree &tree)
{
    const std::vector<std::string> help = {"Show running system information", "Hot standby protocol information",
                                           "Interface", "group number", "Brief output"};
    tree.install("exec", "show standby [IFNAME [<0-255>]] [brief]", help, [](cli::CommandContext &context) {
        const auto groups = selected(context);
        if (context.has("brief"))
            context.session->write(showStandbyBrief(groups));
        else
            context.session->write(showStandby(groups, routerOf(context).scheduler().now()));
    });
}

} // namespace routerlab::hsrp
