#pragma once

#include <string>

namespace routerlab {

// How a line checks who starts an EXEC on it: not at all (`no login`, the console's default),
// with the line's `password` (`login`), or with a name and password of the local user database
// (`login local`, router/user_accounts.h).
enum class LineLogin { None, Password, Local };

// One `line con 0` / `line aux 0` / `line vty 0 4` block: what the console code obeys
// (exec-timeout, logging synchronous, login and password) and what the running config prints.
struct LineConfig {
    int execTimeoutMinutes = 10; // `exec-timeout 0 0` disables it
    int execTimeoutSeconds = 0;
    bool loggingSynchronous = false;
    LineLogin login = LineLogin::None;
    std::string password;
    int stopbits = 2;            // IOS default 2; `stopbits 1` is printed
    std::string transportPreferred;
    std::string transportInput;
    std::string transportOutput;
};

} // namespace routerlab
