#pragma once

#include <string>
#include <vector>

namespace routerlab {

// A software image: what `show version` says and, as features arrive, which output variants
// (12.2 vs 12.3 forms of a show command) the node prints. Read from images/ios-*.json.
struct ImageProfile {
    std::string name;          // "12.3(7)T1"
    std::string configVersion; // "12.3", the `version` line of the running config
    std::string imageFile;     // "c7200-a3jk9s-mz.123-7.T1"
    std::string featureSet;    // "C7200-A3JK9S-M"
    std::string softwareTitle; // "7200 Software"
    std::string releaseLine;   // "Version 12.3(7)T1, RELEASE SOFTWARE (fc2)"
    std::vector<std::string> bannerLines; // the copyright block of show version
    std::string romVersion;
    std::string bootLoader;
    bool iosBrandedTm = true; // 12.2 prints "IOS (tm)", 12.3T prints "IOS (tm)" as well
    int majorVersion = 12;
    int minorVersion = 3;
};

} // namespace routerlab
