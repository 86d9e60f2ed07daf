#pragma once

#include <string>

namespace routerlab {

// Whether a capture may be written to `path`: a new file, an empty one, an earlier capture
// (pcap or pcapng) or a pipe into a reader is fine; any other existing file (a lab's own
// lab.json, a config, a folder) is refused unless the user insists. Returns why not, or empty.
std::string captureTargetProblem(const std::string &path);

} // namespace routerlab
