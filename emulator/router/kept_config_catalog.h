#pragma once

#include <string>
#include <vector>

namespace routerlab {

// How `no` treats a kept command.
enum class KeptForm {
    Set,       // the line is kept; `no` and its key words remove it
    DefaultOn, // on by default: `no ...` is kept, the plain form removes it (`no ip redirects`)
};

// One command of the catalog. `keyWords` leading words of the line (after any `no`) name the
// setting: a line with the same key replaces the earlier one; 0 means the whole line.
struct KeptCommand {
    std::string mode;   // "config", "config-if", or a block's mode
    std::string syntax; // command_syntax.h; for DefaultOn, without its `no`
    std::vector<std::string> help;
    int order;          // config_order / interface_config_order; inside a block, 0
    int keyWords = 0;
    KeptForm form = KeptForm::Set;
    const char *opensMode = nullptr; // a block header: the mode its lines are typed in
    bool separated = false;          // IOS prints "!" around this block
};

// Where banners go: after SNMP and control-plane, before the lines.
constexpr int kBannerOrder = 1370;

// The modes blocks open, with their prompts, as IOS 12.3 names them.
struct KeptMode {
    const char *name;
    const char *prompt;
    const char *helpHeader;
};

const std::vector<KeptMode> &keptModes();
const std::vector<KeptCommand> &keptCommands();

} // namespace routerlab
