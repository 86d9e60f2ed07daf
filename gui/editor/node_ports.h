#pragma once

#include "topology/lab_spec.h"

#include <string>
#include <vector>

namespace routerlab {
class ImageCatalog;
}

namespace routerlab::gui {

// The ports a link can attach to on a node as the lab file spells them: a router's physical
// interfaces ("FastEthernet0/0", "ATM3/0"), in slot then port order, as the catalog's chassis
// and port adapters make them; a switch's ports "1".."N".
//
// The router rule mirrors Router::buildChassis and the lab file's own check (slot 0 holds the
// default I/O controller when the lab names none). The emulator keeps its copy private to
// lab_file.cpp; should it publish one, this becomes a call to it.
std::vector<std::string> nodePorts(const LabNodeSpec &node, const ImageCatalog &catalog);

// What the canvas and menus show for a port: "Fa0/0" for a router interface, "1" for a switch
// port.
std::string portLabel(const std::string &port);

} // namespace routerlab::gui
