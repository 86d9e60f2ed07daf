#pragma once

#include <map>
#include <string>
#include <vector>

namespace routerlab {

// Immutable hardware descriptions read once from images/c7200.json and shared by every router
// of that platform (a 10,000-router lab holds one copy).

struct PortAdapterType {
    std::string name;          // "PA-2FE-TX"
    std::string description;   // what `show diag`/`show controllers` name it
    std::string interfaceType; // "FastEthernet", "ATM", "Ethernet"
    int portCount = 1;
    bool ioController = false; // an I/O controller card: slot 0 only
    int bandwidthKbit = 100000;
};

struct ChassisModel {
    std::string name; // "7206VXR"
    int slotCount = 7; // including slot 0 (the I/O controller)
};

struct ChassisDescriptor {
    std::string platform;                 // "c7200"
    std::map<std::string, ChassisModel> models;
    std::string defaultModel;
    std::map<std::string, std::string> npes; // NPE name -> processor description
    std::string defaultNpe;
    std::map<std::string, PortAdapterType> portAdapters;
    std::string defaultIoController; // what slot 0 holds when a lab names nothing

    const PortAdapterType *portAdapter(const std::string &name) const
    {
        auto it = portAdapters.find(name);
        return it == portAdapters.end() ? nullptr : &it->second;
    }
};

} // namespace routerlab
