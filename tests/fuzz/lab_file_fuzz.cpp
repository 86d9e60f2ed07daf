// Any lab.json a user hands the emulator: the loader accepts it or throws a LabFileError that
// names the file; nothing else may escape. The API reads a path, so each input is written to a
// temporary lab folder first.

#include "fuzz_support.h"
#include "topology/image_catalog.h"
#include "topology/lab_file.h"

#include <QTemporaryDir>

#include <fstream>
#include <memory>
#include <string>

using namespace routerlab;

namespace {

const ImageCatalog &catalog()
{
    static const std::shared_ptr<const ImageCatalog> loaded =
        ImageCatalog::load(ImageCatalog::defaultDirectory());
    return *loaded;
}

const std::string &labFolder()
{
    static const QTemporaryDir folder;
    static const std::string path = folder.path().toStdString();
    fuzz::require(folder.isValid(), "a temporary lab folder");
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string &folder = labFolder();
    {
        std::ofstream file(folder + "/lab.json", std::ios::binary | std::ios::trunc);
        file.write(reinterpret_cast<const char *>(data), static_cast<std::streamsize>(size));
    }
    try {
        const LabSpec spec = loadLabFile(folder, catalog());
        for (const LabLinkSpec &link : spec.links)
            fuzz::require(!link.a.node.empty() && !link.b.node.empty(), "a link joins two named nodes");
    } catch (const LabFileError &error) {
        fuzz::require(std::string(error.what()).find(error.file()) == 0, "an error names the file");
    }
    return 0;
}
