#pragma once

#include <string>

namespace routerlab {

// What may be read as a lab's files and where a lab may write: a lab's startup configs live
// inside its own folder (`write memory` must never reach another file through a path or a
// symbolic link), and nothing is opened that could block (a FIFO) or is not a text file.

// Why `path` cannot be read as a file (a FIFO, a device, a folder), or empty when it can or
// does not exist yet.
std::string notAFileProblem(const std::string &path);

// Why `config` (a node's "config" field) cannot be a startup config of the lab in `directory`,
// or empty when it can: it must be a relative path that stays inside the folder, with no
// symbolic link on the way, naming a regular file or nothing yet.
std::string configPathProblem(const std::string &directory, const std::string &config);

} // namespace routerlab
