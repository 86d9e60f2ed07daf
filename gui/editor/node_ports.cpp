#include "editor/node_ports.h"

#include "cli/interface_names.h"
#include "topology/image_catalog.h"

namespace routerlab::gui {

std::vector<std::string> nodePorts(const LabNodeSpec &node, const ImageCatalog &catalog)
{
    std::vector<std::string> ports;
    if (node.kind == LabNodeSpec::Kind::Switch) {
        for (int port = 1; port <= node.ports; ++port)
            ports.push_back(std::to_string(port));
        return ports;
    }
    const ChassisDescriptor &chassis = catalog.chassis();
    auto adapters = node.slotAdapters;
    if (!adapters.contains(0) && !chassis.defaultIoController.empty())
        adapters[0] = chassis.defaultIoController;
    for (const auto &[slot, adapterName] : adapters) {
        const PortAdapterType *adapter = chassis.portAdapter(adapterName);
        for (int port = 0; adapter && port < adapter->portCount; ++port)
            ports.push_back(adapter->interfaceType + std::to_string(slot) + "/" +
                            std::to_string(port));
    }
    return ports;
}

std::string portLabel(const std::string &port) { return cli::shortInterfaceName(port); }

} // namespace routerlab::gui
