#include "bench_chain.h"

#include <cstdint>
#include <fstream>
#include <sstream>

namespace routerlab::bench {

std::string routerName(int index)
{
    return "R" + std::to_string(index);
}

std::string linkAddress(int link, int side)
{
    const std::uint32_t address = (10u << 24) + static_cast<std::uint32_t>(link - 1) * 4u +
                                  static_cast<std::uint32_t>(side);
    return std::to_string(address >> 24) + "." + std::to_string((address >> 16) & 0xff) + "." +
           std::to_string((address >> 8) & 0xff) + "." + std::to_string(address & 0xff);
}

namespace {

std::string startupConfig(int index, int count)
{
    const char *const mask = " 255.255.255.252\n";
    std::ostringstream config;
    config << "hostname " << routerName(index) << "\n!\n";
    if (index > 1)
        config << "interface FastEthernet0/0\n ip address " << linkAddress(index - 1, 2) << mask
               << "!\n";
    if (index < count)
        config << "interface FastEthernet0/1\n ip address " << linkAddress(index, 1) << mask
               << "!\n";
    if (index == count)
        config << "interface Loopback0\n ip address " << kFarAddress << " 255.255.255.255\n!\n";
    if (index < count)
        config << "ip route 0.0.0.0 0.0.0.0 " << linkAddress(index, 2) << "\n";
    if (index > 2)
        config << "ip route 10.0.0.0 255.255.255.252 " << linkAddress(index - 1, 1) << "\n";
    config << "!\nend\n";
    return config.str();
}

} // namespace

std::string writeChainLab(int count, const std::string &directory)
{
    const std::string path = directory + "/lab.json";
    std::ofstream lab(path);
    lab << "{\n    \"name\": \"bench-chain\",\n    \"nodes\": [\n";
    for (int index = 1; index <= count; ++index) {
        const std::string name = routerName(index);
        std::ofstream(directory + "/" + name + ".cfg") << startupConfig(index, count);
        // A snake of rows of 50, as someone might lay the chain out on the canvas.
        const int row = (index - 1) / 50;
        const int column = row % 2 == 0 ? (index - 1) % 50 : 49 - (index - 1) % 50;
        lab << "        { \"name\": \"" << name << "\", \"type\": \"router\", \"model\": \"7206VXR\", "
            << "\"image\": \"12.3(7)T1\", \"slots\": { \"0\": \"C7200-IO-2FE\" }, \"config\": \""
            << name << ".cfg\", \"x\": " << column * 120 << ", \"y\": " << row * 120 << " }"
            << (index < count ? "," : "") << "\n";
    }
    lab << "    ],\n    \"links\": [\n";
    for (int index = 2; index <= count; ++index) {
        lab << "        { \"a\": { \"node\": \"" << routerName(index - 1)
            << "\", \"port\": \"FastEthernet0/1\" }, \"b\": { \"node\": \"" << routerName(index)
            << "\", \"port\": \"FastEthernet0/0\" } }" << (index < count ? "," : "") << "\n";
    }
    lab << "    ]\n}\n";
    return path;
}

} // namespace routerlab::bench
