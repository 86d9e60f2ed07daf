#include "router/track_objects.h"

#include "router/interface.h"

#include <algorithm>

namespace routerlab {

int TrackObjects::trackInterface(const std::string &interface, bool up, const std::string &via,
                                 const std::string &client)
{
    for (auto &[number, object] : m_objects) {
        if (object.interface == interface) {
            if (std::find(object.trackedBy.begin(), object.trackedBy.end(), client) == object.trackedBy.end())
                object.trackedBy.push_back(client);
            return number;
        }
    }
    int number = 1;
    while (m_objects.contains(number))
        ++number;
    TrackObject object;
    object.number = number;
    object.interface = interface;
    object.via = via;
    object.up = up;
    object.trackedBy.push_back(client);
    m_objects.emplace(number, std::move(object));
    return number;
}

void TrackObjects::release(int number, const std::string &client)
{
    auto found = m_objects.find(number);
    if (found == m_objects.end())
        return;
    auto &clients = found->second.trackedBy;
    clients.erase(std::remove(clients.begin(), clients.end(), client), clients.end());
    if (clients.empty())
        m_objects.erase(found);
}

const TrackObject *TrackObjects::find(int number) const
{
    auto found = m_objects.find(number);
    return found == m_objects.end() ? nullptr : &found->second;
}

void TrackObjects::interfaceChanged(const Interface &interface, SimTime now)
{
    std::vector<int> changed;
    for (auto &[number, object] : m_objects) {
        if (object.interface != interface.name() || object.up == interface.lineProtocolUp())
            continue;
        object.up = interface.lineProtocolUp();
        ++object.changes;
        object.lastChange = now;
        changed.push_back(number);
    }
    for (int number : changed) {
        m_listeners.forEach([&](const Listener &listener) {
            if (const TrackObject *object = find(number))
                listener(*object);
        });
    }
}

std::string showTrack(const TrackObjects &tracks, SimTime now)
{
    std::string out;
    for (const auto &[number, object] : tracks.objects()) {
        out += "Track " + std::to_string(number);
        if (!object.via.empty())
            out += " (via " + object.via + ")";
        out += "\n  Interface " + object.interface + " line-protocol\n";
        out += std::string("  Line protocol is ") + (object.up ? "Up" : "Down") + "\n";
        out += "    " + std::to_string(object.changes) + (object.changes == 1 ? " change" : " changes");
        if (object.changes > 0)
            out += ", last change " + formatAge(now - object.lastChange);
        out += "\n  Tracked by:\n";
        for (const std::string &client : object.trackedBy)
            out += "    " + client + "\n";
    }
    return out;
}

} // namespace routerlab
