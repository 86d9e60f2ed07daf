#include "protocols/hsrp/hsrp_definition.h"

#include "net/frame_classifier.h"
#include "protocols/hsrp/hsrp_cli.h"
#include "protocols/hsrp/hsrp_packet.h"

namespace routerlab::hsrp {

ModuleDefinition definition()
{
    ModuleDefinition module;
    module.name = "hsrp";
    module.install = [](ImageParts &image) { installHsrpCommands(image.commands, image.configWriters); };
    module.addFrameKinds = [](FrameClassifier &frames) {
        frames.add("HSRP", [](const FrameFacts &facts) { return facts.hasUdpPort(kUdpPort); });
    };
    return module;
}

} // namespace routerlab::hsrp
