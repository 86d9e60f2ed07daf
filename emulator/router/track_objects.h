#pragma once

// Tracked objects (IOS's `show track`): the line protocol of an interface, numbered, with the
// clients that follow it. HSRP's `standby N track INTERFACE` creates one implicitly ("via
// HSRP"), as IOS 12.3 does; a change reaches every listener, which is how tracking lowers a
// group's priority.

#include "core/registration.h"
#include "core/sim_time.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace routerlab {

class Interface;

struct TrackObject {
    int number = 0;
    std::string interface;            // canonical name: "FastEthernet0/1"
    std::string via;                  // "HSRP": who created it
    bool up = false;
    int changes = 0;
    SimTime lastChange{0};
    std::vector<std::string> trackedBy; // "HSRP FastEthernet0/0 1"
};

class TrackObjects {
public:
    using Listener = std::function<void(const TrackObject &)>;

    // The object following `interface`'s line protocol, created with the lowest free number on
    // first use; `client` is added to its "Tracked by" list. `up` is the state right now.
    int trackInterface(const std::string &interface, bool up, const std::string &via,
                       const std::string &client);
    // Removes `client`; an object nobody tracks any more disappears, as an implicit one does.
    void release(int number, const std::string &client);
    const TrackObject *find(int number) const;
    const std::map<int, TrackObject> &objects() const { return m_objects; }

    // Called by the router on every interface state change.
    void interfaceChanged(const Interface &interface, SimTime now);

    [[nodiscard]] Registration addListener(Listener listener) { return m_listeners.add(std::move(listener)); }
    void clear() { m_objects.clear(); }

private:
    std::map<int, TrackObject> m_objects;
    RegistrationList<Listener> m_listeners;
};

// `show track`.
std::string showTrack(const TrackObjects &tracks, SimTime now);

} // namespace routerlab
