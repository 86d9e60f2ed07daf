#include "protocols/hsrp/hsrp_debug.h"

namespace routerlab::hsrp {
namespace {

DebugCategory category(const std::string &name, const std::string &text, std::vector<std::string> help)
{
    return {name, "HSRP", text, std::move(help)};
}

} // namespace

const HsrpDebug &installHsrpDebug(cli::CommandTree &tree)
{
    // The ids installDebugCategory gives back are the ones hsrpDebug() holds: one per name.
    installDebugCategory(tree, category("standby", "HSRP debugging", {"Hot standby protocol"}));
    installDebugCategory(tree, category("standby events", "HSRP Events debugging",
                                        {"Hot standby protocol", "HSRP events"}));
    installDebugCategory(tree, category("standby packets", "HSRP Packets debugging",
                                        {"Hot standby protocol", "HSRP packets"}));
    installDebugCategory(tree, category("standby errors", "HSRP Errors debugging",
                                        {"Hot standby protocol", "HSRP errors"}));
    return hsrpDebug();
}

const HsrpDebug &hsrpDebug()
{
    static const HsrpDebug ids{debugCategoryId("standby"), debugCategoryId("standby events"),
                               debugCategoryId("standby packets"), debugCategoryId("standby errors")};
    return ids;
}

} // namespace routerlab::hsrp
