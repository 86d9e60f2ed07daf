#pragma once

#include "cli/cli_session.h"
#include "core/event_bus.h"
#include "core/logger.h"
#include "core/random.h"
#include "core/scheduler.h"
#include "core/timer.h"
#include "router/boot_state.h"
#include "router/chassis_descriptor.h"
#include "router/config_writer.h"
#include "router/image_profile.h"
#include "router/interface.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace routerlab {

// What a router is given rather than fetches: the lab's clock and bus, its own random stream,
// and the immutable things every router of its kind shares.
struct RouterContext {
    Scheduler &scheduler;
    EventBus &bus;
    Random random;
    const cli::CommandTree &commands;
    const RunningConfigWriters &configWriters;
    const ChassisDescriptor &chassis;
    const ImageProfile &image;
};

// The hardware a lab file asks for.
struct RouterHardware {
    std::string model;                    // "7206VXR"
    std::string npe;                      // "NPE-400"
    std::map<int, std::string> slotAdapters;     // slot -> port adapter name
    std::uint64_t macBase = 0;            // base MAC of the chassis (deterministic per lab)
};

// Where `write memory` keeps a router's startup configuration: the lab's node file. The lab
// provides it; a router without one has no NVRAM.
class StartupConfigStore {
public:
    virtual ~StartupConfigStore() = default;
    // The saved text; empty when there is none (never saved, or erased).
    virtual std::string readStartupConfig(const std::string &node) const = 0;
    // Replaces the saved text atomically; false (and `error`) when it could not be written.
    virtual bool writeStartupConfig(const std::string &node, const std::string &text,
                                    std::string &error) = 0;
};

// A Cisco 7200: chassis and interfaces (the hardware, which lives as long as the router) and
// one BootState (router/boot_state.h: configuration, IPv4 stack, RIB, protocol modules), which
// lives one boot. Modules see it through ModuleContext (router/protocol_module.h); nothing here
// knows about the GUI or files.
class Router : public cli::CliHost, public Ipv4Host {
public:
    Router(RouterContext context, std::string nodeName, const RouterHardware &hardware);
    ~Router() override;

    const std::string &nodeName() const { return m_nodeName; }
    std::string hostname() const override { return m_boot->hostname; }
    void setHostname(std::string hostname);
    const cli::CommandTree &commandTree() const override { return m_context.commands; }
    bool domainLookup() const override { return m_boot->global.domainLookup; }

    Scheduler &scheduler() { return m_context.scheduler; }
    EventBus &bus() { return m_context.bus; }
    Random &random() { return m_context.random; }
    Logger &logger() { return m_logger; }
    const ChassisDescriptor &chassis() const { return m_context.chassis; }
    const ImageProfile &image() const { return m_context.image; }
    const RouterHardware &hardware() const { return m_hardware; }
    // `show running-config` without its "Building configuration..." header.
    std::string runningConfig() const { return m_context.configWriters.write(*this); }
    Rib &rib() { return m_boot->rib; }
    const Rib &rib() const { return m_boot->rib; }
    Ipv4Stack &ip() { return *m_boot->ip; }
    StaticRoutes &staticRoutes() { return m_boot->staticRoutes; }
    TrackObjects &tracks() { return m_boot->tracks; }
    const TrackObjects &tracks() const { return m_boot->tracks; }
    KeptConfig &keptConfig() { return m_boot->kept; }
    // The startup-config lines the last boot rejected, until a save overwrites them.
    std::vector<std::string> &rejectedStartupLines() { return m_boot->rejectedStartupLines; }
    const KeptConfig &keptConfig() const { return m_boot->kept; }
    RedundancyGroups &redundancy() { return m_boot->redundancy; }
    GlobalConfig &global() { return m_boot->global; }
    const GlobalConfig &global() const { return m_boot->global; }
    // The `debug` categories that are on (router/debug_registry.h).
    DebugFlags &debugFlags() { return m_boot->debugFlags; }
    const DebugFlags &debugFlags() const { return m_boot->debugFlags; }
    LineConfig &consoleLine() { return m_boot->consoleLine; }
    const LineConfig &consoleLine() const { return m_boot->consoleLine; }
    LineConfig &auxLine() { return m_boot->auxLine; }
    const LineConfig &auxLine() const { return m_boot->auxLine; }
    LineConfig &vtyLines() { return m_boot->vtyLines; }
    const LineConfig &vtyLines() const { return m_boot->vtyLines; }
    const RunningConfigWriters &configWriters() const { return m_context.configWriters; }

    // This boot's instance of protocol module M, created on first use (router/module_set.h).
    template <class M>
    M &module()
    {
        return m_boot->modules.get<M>(m_boot->moduleContext);
    }
    // nullptr while nothing has needed the module during this boot.
    template <class M>
    M *findModule() const
    {
        return m_boot->modules.find<M>();
    }

    const std::vector<std::unique_ptr<Interface>> &interfaces() const { return m_interfaces; }
    Interface *findInterface(const std::string &canonicalName) const;
    // Loopbacks and later subinterfaces come into being when configured.
    Interface *findOrCreateInterface(const std::string &canonicalName);
    bool removeInterface(const std::string &canonicalName);

    // Replays a startup configuration through the command tree, as IOS does at boot, then
    // brings the interfaces up. Returns the console output of the replay (errors only).
    std::string boot(const std::string &startupConfig);
    // Logs each interface's state once links have settled, as IOS does when it comes up.
    void announceInterfaces();
    SimTime bootedAt() const { return m_bootedAt; }
    // Why the running boot started: "power-on", or "reload" after the `reload` command.
    const char *lastRestartCause() const { return m_reloaded ? "reload" : "power-on"; }
    bool isRunning() const { return m_running; }

    // `reload`: the router drops its whole state at once, as the real box does when it
    // restarts, and after `delay` boots again from its startup config. `onBooted` runs once
    // it is up (the console waits for it).
    void reload(SimDuration delay, std::function<void()> onBooted = {});
    // Switching the router off and on (a GUI's per-node Stop and Start): off drops its whole
    // state at once, as reload does, takes its ports down and leaves its console dead; on boots
    // it from its startup config.
    void powerOff();
    void powerOn(std::function<void()> onBooted = {});
    bool poweredOn() const override { return !m_poweredOff; }
    // The console output of the last boot (configuration errors).
    const std::string &lastBootOutput() const { return m_lastBootOutput; }

    void setStartupConfigStore(StartupConfigStore *store) { m_startupStore = store; }
    StartupConfigStore *startupConfigStore() const { return m_startupStore; }
    // Whether the running config differs from what was last booted or saved (reload asks
    // "System configuration has been modified. Save?").
    bool configModified() const { return runningConfig() != m_savedRunningConfig; }
    void markConfigSaved() { m_savedRunningConfig = runningConfig(); }

    // Ipv4Host
    std::size_t ipInterfaceCount() const override { return m_interfaces.size(); }
    IpInterface &ipInterface(std::size_t index) const override { return *m_interfaces[index]; }
    IpInterface *findIpInterface(const std::string &name) const override { return findInterface(name); }
    bool cefSwitching() const override { return m_boot->global.ipCef; }

    // Called by interfaces.
    void frameReceived(Interface &interface, const FrameBytes &frame);
    void interfaceStateChanged(Interface &interface, bool wasUp);
    void interfaceAddressChanged(Interface &interface, std::optional<Ipv4Prefix> oldPrefix);

private:
    void buildChassis();
    // Stops the modules, unconfigures the ports and replaces the boot state with a fresh one.
    void dropBootState();
    void modulesHear(Interface &interface);
    void updateConnectedRoute(Interface &interface, std::optional<Ipv4Prefix> oldPrefix);

    RouterContext m_context;
    std::string m_nodeName;
    RouterHardware m_hardware;
    Logger m_logger;
    std::vector<std::unique_ptr<Interface>> m_interfaces;
    SimTime m_bootedAt{0};
    bool m_running = false;
    std::string m_lastBootOutput;
    std::string m_savedRunningConfig;
    StartupConfigStore *m_startupStore = nullptr;
    Timer m_reloadTimer;
    bool m_poweredOff = false;
    bool m_reloaded = false;
    Timer m_announceTimer;
    // Last: the interfaces call into it while they are torn down (~Router says in which order).
    std::unique_ptr<BootState> m_boot;
};

} // namespace routerlab
