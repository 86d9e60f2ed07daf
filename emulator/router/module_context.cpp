#include "router/module_context.h"

#include "router/router.h"

namespace routerlab {

Scheduler &ModuleContext::scheduler() const { return m_router.scheduler(); }
SimTime ModuleContext::now() const { return m_router.scheduler().now(); }
Logger &ModuleContext::logger() const { return m_router.logger(); }
EventBus &ModuleContext::bus() const { return m_router.bus(); }
Random &ModuleContext::random() const { return m_router.random(); }
const std::string &ModuleContext::nodeName() const { return m_router.nodeName(); }
const ImageProfile &ModuleContext::image() const { return m_router.image(); }
Ipv4Stack &ModuleContext::ip() const { return m_router.ip(); }
Rib &ModuleContext::rib() const { return m_router.rib(); }
TrackObjects &ModuleContext::tracks() const { return m_router.tracks(); }
RedundancyGroups &ModuleContext::redundancy() const { return m_router.redundancy(); }
const DebugFlags &ModuleContext::debugFlags() const { return m_router.debugFlags(); }

const std::vector<std::unique_ptr<Interface>> &ModuleContext::interfaces() const
{
    return m_router.interfaces();
}

Interface *ModuleContext::findInterface(const std::string &canonicalName) const
{
    return m_router.findInterface(canonicalName);
}

} // namespace routerlab
