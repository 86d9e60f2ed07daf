#pragma once

#include "topology/lab_spec.h"

#include <stdexcept>
#include <string>

namespace routerlab {

class ImageCatalog;

// A lab file that cannot be used: says which file, which line, which field and what is wrong
// ("topologies/x/lab.json:14: nodes[1].slots.3: unknown port adapter \"PA-9FE\"").
class LabFileError : public std::runtime_error {
public:
    LabFileError(std::string file, int line, std::string field, std::string problem);
    const std::string &file() const { return m_file; }
    int line() const { return m_line; }
    const std::string &field() const { return m_field; }

private:
    std::string m_file;
    int m_line;
    std::string m_field;
};

// Reads a lab: `path` is the lab.json file or the folder holding it. Validates names, images,
// port adapters, interfaces and links against the catalog. Throws LabFileError.
LabSpec loadLabFile(const std::string &path, const ImageCatalog &catalog);

// Writes the lab atomically (a temporary file renamed over the old one), so a crash or a full
// disk never leaves a half-written lab. Throws LabFileError on failure.
void saveLabFile(const LabSpec &spec, const std::string &filePath);

} // namespace routerlab
