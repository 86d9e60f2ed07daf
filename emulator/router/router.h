#pragma once

#include "cli/cli_session.h"
#include "core/event_bus.h"
#include "core/logger.h"
#include "core/random.h"
#include "core/scheduler.h"
#include "core/timer.h"
#include "ip/ipv4_stack.h"
#include "ip/rib.h"
#include "ip/static_routes.h"
#include "router/chassis_descriptor.h"
#include "router/config_writer.h"
#include "router/debug_registry.h"
#include "router/image_profile.h"
#include "router/interface.h"
#include "router/line_config.h"
#include "router/redundancy_groups.h"
#include "router/router_module.h"
#include "router/track_objects.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <typeindex>
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

// Service and global settings that later issues grow (`service timestamps`, `ip cef` ...).
// Defaults are those of a 7200 with an empty configuration under IOS 12.2/12.3.
struct GlobalConfig {
    bool ipCef = false;
    bool ipClassless = true;
    bool ipSubnetZero = true;
    bool domainLookup = true;
    bool passwordEncryption = false;
    bool servicePad = true;
    bool aaaNewModel = false;
    bool sourceRoute = true;
    bool httpServer = false;
    bool httpSecureServer = false;
    std::vector<std::string> bootSystem;  // `boot system ...` arguments, in the order given
    std::vector<std::pair<std::string, Ipv4Address>> hosts; // `ip host`, in the order given
    std::string enableSecret;   // the MD5-crypt hash `enable secret 5` prints
    std::string enablePassword; // `enable password`, clear text
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

// A Cisco 7200: chassis and interfaces, the IPv4 stack and RIB, the logger, and the command
// sessions that configure it. Protocol modules will hang off it through RouterContext-style
// seams; nothing here knows about the GUI or files.
class Router : public cli::CliHost {
public:
    Router(RouterContext context, std::string nodeName, const RouterHardware &hardware);
    ~Router() override;

    const std::string &nodeName() const { return m_nodeName; }
    std::string hostname() const override { return m_hostname; }
    void setHostname(std::string hostname);
    const cli::CommandTree &commandTree() const override { return m_context.commands; }
    bool domainLookup() const override { return global.domainLookup; }

    Scheduler &scheduler() { return m_context.scheduler; }
    EventBus &bus() { return m_context.bus; }
    Random &random() { return m_context.random; }
    Logger &logger() { return m_logger; }
    const ChassisDescriptor &chassis() const { return m_context.chassis; }
    const ImageProfile &image() const { return m_context.image; }
    const RouterHardware &hardware() const { return m_hardware; }
    // `show running-config` without its "Building configuration..." header.
    std::string runningConfig() const { return m_context.configWriters.write(*this); }
    Rib &rib() { return m_rib; }
    const Rib &rib() const { return m_rib; }
    Ipv4Stack &ip() { return *m_ip; }
    StaticRoutes &staticRoutes() { return m_staticRoutes; }
    TrackObjects &tracks() { return m_tracks; }
    const TrackObjects &tracks() const { return m_tracks; }
    RedundancyGroups &redundancy() { return m_redundancy; }
    const RunningConfigWriters &configWriters() const { return m_context.configWriters; }

    // The router's instance of protocol module M, created on first use (router_module.h).
    template <class M>
    M &module()
    {
        auto &slot = m_modules[std::type_index(typeid(M))];
        if (!slot)
            slot = std::make_unique<M>(*this);
        return static_cast<M &>(*slot);
    }
    // nullptr while the module has never been needed.
    template <class M>
    M *findModule() const
    {
        auto found = m_modules.find(std::type_index(typeid(M)));
        return found == m_modules.end() ? nullptr : static_cast<M *>(found->second.get());
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
    // Modules with state of their own (routing protocols, crypto) clear it here on reload.
    void addResetListener(std::function<void()> listener)
    {
        m_resetListeners.push_back(std::move(listener));
    }
    // The console output of the last boot (configuration errors).
    const std::string &lastBootOutput() const { return m_lastBootOutput; }

    void setStartupConfigStore(StartupConfigStore *store) { m_startupStore = store; }
    StartupConfigStore *startupConfigStore() const { return m_startupStore; }
    // Whether the running config differs from what was last booted or saved (reload asks
    // "System configuration has been modified. Save?").
    bool configModified() const { return runningConfig() != m_savedRunningConfig; }
    void markConfigSaved() { m_savedRunningConfig = runningConfig(); }

    GlobalConfig global;
    DebugFlags debugFlags; // the `debug` categories that are on (router/debug_registry.h)
    LineConfig consoleLine;
    LineConfig auxLine;
    LineConfig vtyLines;

    // Called by interfaces.
    void frameReceived(Interface &interface, const FrameBytes &frame);
    void interfaceStateChanged(Interface &interface, bool wasUp);
    void interfaceAddressChanged(Interface &interface, std::optional<Ipv4Prefix> oldPrefix);

    using InterfaceListener = std::function<void(Interface &)>;
    void addInterfaceListener(InterfaceListener listener) { m_interfaceListeners.push_back(std::move(listener)); }

private:
    void buildChassis();
    void resetState();
    void updateConnectedRoute(Interface &interface, std::optional<Ipv4Prefix> oldPrefix);

    RouterContext m_context;
    std::string m_nodeName;
    std::string m_hostname;
    RouterHardware m_hardware;
    Logger m_logger;
    Rib m_rib;
    StaticRoutes m_staticRoutes;
    std::unique_ptr<Ipv4Stack> m_ip;
    std::vector<std::unique_ptr<Interface>> m_interfaces;
    std::vector<InterfaceListener> m_interfaceListeners;
    SimTime m_bootedAt{0};
    bool m_running = false;
    std::vector<std::function<void()>> m_resetListeners;
    std::string m_lastBootOutput;
    std::string m_savedRunningConfig;
    StartupConfigStore *m_startupStore = nullptr;
    Timer m_reloadTimer;
    bool m_poweredOff = false;
    Timer m_announceTimer;
    TrackObjects m_tracks;
    RedundancyGroups m_redundancy;
    // Last, so modules go first and never outlive what they hooked into.
    std::map<std::type_index, std::unique_ptr<RouterModule>> m_modules;
};

} // namespace routerlab
