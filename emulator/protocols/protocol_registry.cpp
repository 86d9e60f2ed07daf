#include "protocols/protocol_registry.h"

#include "net/frame_classifier.h"
#include "protocols/hsrp/hsrp_definition.h"
#include "router/frame_kinds.h"

namespace routerlab {

const std::vector<ModuleDefinition> &protocolModules()
{
    static const std::vector<ModuleDefinition> modules = {
        hsrp::definition(),
    };
    return modules;
}

const FrameClassifier &frameKinds()
{
    static const FrameClassifier frames = [] {
        FrameClassifier built;
        // Modules first: HSRP's UDP port is more telling than the base rules.
        for (const ModuleDefinition &module : protocolModules()) {
            if (module.addFrameKinds)
                module.addFrameKinds(built);
        }
        addBaseFrameKinds(built);
        return built;
    }();
    return frames;
}

} // namespace routerlab
