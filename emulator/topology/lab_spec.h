#pragma once

#include <map>
#include <string>
#include <vector>

namespace routerlab {

// A lab as its file describes it: what the GUI edits and saves, and what Lab builds from.
struct LabNodeSpec {
    enum class Kind { Router, Switch };
    std::string name;
    Kind kind = Kind::Router;
    // Routers
    std::string model;                // "7206VXR"; empty = the platform default
    std::string npe;
    std::string image;                // an images/ profile name, "12.3(7)T1"
    std::map<int, std::string> slotAdapters; // slot -> port adapter
    std::string config;               // startup config, relative to the lab folder
    // Switches
    int ports = 8;
    bool spanningTree = false; // 802.1D root bridge: ports wait 30 s before forwarding
    // Every port's `speed` (0 = auto) and `duplex` ("auto", "full", "half"): match them to
    // routers that force theirs, or the ports fall back to half duplex and frames collide.
    int portSpeed = 0;
    std::string portDuplex = "auto";
    // Canvas
    double x = 0;
    double y = 0;
    int line = 0; // where the node starts in the lab file, for error messages
};

struct LabLinkEnd {
    std::string node;
    std::string port; // router interface ("FastEthernet0/0") or switch port ("1")
};

struct LabLinkSpec {
    LabLinkEnd a;
    LabLinkEnd b;
    int line = 0;

    // The running link's name, as its LinkStateChanged and FrameTransmitted events carry it:
    // "R1:FastEthernet0/0 <-> SW1:1".
    std::string name() const { return a.node + ":" + a.port + " <-> " + b.node + ":" + b.port; }
};

struct LabSpec {
    std::string name;
    std::string directory; // the lab's folder; configs are relative to it
    std::string filePath;
    std::vector<LabNodeSpec> nodes;
    std::vector<LabLinkSpec> links;

    const LabNodeSpec *node(const std::string &name) const
    {
        for (const auto &node : nodes) {
            if (node.name == name)
                return &node;
        }
        return nullptr;
    }
};

} // namespace routerlab
