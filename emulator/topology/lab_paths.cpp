#include "topology/lab_paths.h"

#include <filesystem>
#include <system_error>

namespace routerlab {

namespace fs = std::filesystem;

std::string notAFileProblem(const std::string &path)
{
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || status.type() == fs::file_type::not_found || status.type() == fs::file_type::regular)
        return {};
    if (status.type() == fs::file_type::directory)
        return path + " is a folder, not a file";
    if (status.type() == fs::file_type::fifo)
        return path + " is a FIFO, not a regular file";
    return path + " is not a regular file";
}

std::string configPathProblem(const std::string &directory, const std::string &config)
{
    const fs::path relative(config);
    if (relative.is_absolute())
        return "\"" + config + "\" must be relative to the lab folder";
    const fs::path normal = relative.lexically_normal();
    if (normal.empty() || *normal.begin() == ".." || normal == ".")
        return "\"" + config + "\" is outside the lab folder";
    // Each step below the lab folder: a link anywhere on the way could lead out of it.
    fs::path walked(directory);
    for (const fs::path &part : normal) {
        walked /= part;
        std::error_code error;
        if (fs::is_symlink(fs::symlink_status(walked, error)))
            return "\"" + config + "\" goes through a symbolic link (" + walked.string() +
                   "); configs live in the lab folder itself";
    }
    const std::string notAFile = notAFileProblem(walked.string());
    return notAFile.empty() ? std::string() : "\"" + config + "\": " + notAFile;
}

} // namespace routerlab
