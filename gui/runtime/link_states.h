#pragma once

namespace routerlab {
class Lab;
}

namespace routerlab::gui {

class LabScene;

// Paints every link end's dot from the running lab: a router end shows its interface
// (administratively down, line protocol up or down), a switch end whether its cable has
// carrier. With no lab (stopped), or for a node the lab does not have (added since it
// started), the dots go away. Cheap enough to call on every interface event.
void showLinkStates(LabScene &scene, const Lab *lab);

} // namespace routerlab::gui
