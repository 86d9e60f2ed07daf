// Any lab.json a user hands the emulator: the loader accepts it or throws a LabFileError that
// names the file, and a line of the file; nothing else may escape. The API reads a path, so each
// input is written to a temporary lab folder first. LabFileLines, which places errors by walking
// the text, also walks every input along a few paths, since the loader only asks it on errors:
// whatever the bytes, it answers with a line of the text.

#include "fuzz_support.h"
#include "topology/image_catalog.h"
#include "topology/lab_file.h"
#include "topology/lab_file_lines.h"

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
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const int lastLine = 1 + static_cast<int>(text.count('\n'));
    auto isALine = [lastLine](int line) { return line >= 1 && line <= lastLine; };
    const LabFileLines lines(text);
    for (const char *array : {"nodes", "links"}) {
        for (const int line : lines.elementLines(array))
            fuzz::require(isALine(line), "an element starts on a line of the text");
    }
    const LabFilePath top;
    const LabFilePath firstNode = top.member("nodes").element(0);
    const LabFilePath secondLinkEnd = top.member("links").element(1).member("b");
    for (const LabFilePath &path :
         {top, firstNode, firstNode.member("name"), firstNode.member("slots").member("0"),
          secondLinkEnd, secondLinkEnd.member("port")})
        fuzz::require(isALine(lines.lineOf(path)), "a field is placed on a line of the text");

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
        const std::string what = error.what();
        fuzz::require(what.find(error.file()) == 0, "an error names the file");
        fuzz::require(error.line() == 0 || isALine(error.line()), "an error's line is in the file");
        fuzz::require(what.find(error.field()) != std::string::npos, "an error names its field");
    }
    return 0;
}
