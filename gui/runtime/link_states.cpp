#include "runtime/link_states.h"

#include "canvas/lab_scene.h"
#include "canvas/link_item.h"
#include "topology/lab.h"

namespace routerlab::gui {
namespace {

LinkItem::EndState stateOf(const Lab &lab, const Segment &segment, const LabLinkEnd &end)
{
    if (const Router *router = lab.router(end.node)) {
        const Interface *interface = router->findInterface(end.port);
        if (!interface)
            return LinkItem::EndState::None;
        if (!interface->adminUp())
            return LinkItem::EndState::AdminDown;
        return interface->lineProtocolUp() ? LinkItem::EndState::Up : LinkItem::EndState::Down;
    }
    if (lab.ethernetSwitch(end.node))
        return segment.carrier() ? LinkItem::EndState::Up : LinkItem::EndState::Down;
    return LinkItem::EndState::None;
}

// The running lab's cable for a link drawn on the canvas; nullptr for links drawn since the
// lab started (the lab runs the topology it was built from).
const Segment *segmentOf(const Lab &lab, const LabLinkSpec &link)
{
    const Segment *segment = lab.segmentAt(link.a.node, link.a.port);
    if (!segment)
        return nullptr;
    for (int side = 0; side < 2; ++side) {
        if (segment->node(side) == link.b.node && segment->port(side) == link.b.port)
            return segment;
    }
    return nullptr;
}

} // namespace

void showLinkStates(LabScene &scene, const Lab *lab)
{
    for (LinkItem *item : scene.linkItems()) {
        const LabLinkSpec &link = item->link();
        const Segment *segment = lab ? segmentOf(*lab, link) : nullptr;
        item->setEndState(0, segment ? stateOf(*lab, *segment, link.a) : LinkItem::EndState::None);
        item->setEndState(1, segment ? stateOf(*lab, *segment, link.b) : LinkItem::EndState::None);
    }
}

} // namespace routerlab::gui
