#pragma once

#include "cli/command_tree.h"
#include "router/chassis_descriptor.h"
#include "router/config_writer.h"
#include "router/image_profile.h"

#include <map>
#include <memory>
#include <string>

namespace routerlab {

// The platform and software descriptors of images/, loaded once, plus the command tree built
// for them. Every lab (and every router in it) shares one catalog.
class ImageCatalog {
public:
    // Reads images/c7200.json and images/ios-*.json; throws std::runtime_error naming the file
    // and field on a malformed descriptor.
    static std::shared_ptr<const ImageCatalog> load(const std::string &imagesDirectory);
    static std::string defaultDirectory();

    const ChassisDescriptor &chassis() const { return m_chassis; }
    const ImageProfile *image(const std::string &name) const;
    const std::map<std::string, ImageProfile> &images() const { return m_images; }
    const cli::CommandTree &commands() const { return m_commands; }
    const RunningConfigWriters &configWriters() const { return m_configWriters; }

private:
    ChassisDescriptor m_chassis;
    std::map<std::string, ImageProfile> m_images;
    cli::CommandTree m_commands;
    RunningConfigWriters m_configWriters;
};

} // namespace routerlab
