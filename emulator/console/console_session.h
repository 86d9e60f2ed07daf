#pragma once

#include "cli/cli_session.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace routerlab {

class Router;
class LineEditor;

// A node's console line (`line con 0`): keystrokes in, terminal bytes out. The one
// implementation behind every way of reaching a console — telnet clients (several may share
// it, as with Dynamips), the terminal `routerlab run --attach` takes over, and the GUI's
// console tabs. It owns the CLI session, the line editor (history, Tab, '?', Ctrl keys,
// arrows), the --More-- pager, and the delivery of log and debug lines (with `logging
// synchronous` redrawing the interrupted line). Output uses "\r\n" line ends.
class ConsoleSession {
public:
    using Writer = std::function<void(std::string_view bytes)>;

    explicit ConsoleSession(Router &router);
    ~ConsoleSession();
    ConsoleSession(const ConsoleSession &) = delete;
    ConsoleSession &operator=(const ConsoleSession &) = delete;

    // A terminal joins the line; it sees everything written from now on. Returns its id.
    int attach(Writer writer);
    void detach(int id);
    std::size_t attachedCount() const;

    // Bytes typed on any attached terminal (telnet negotiation already removed).
    void receive(std::string_view keys);

    // After boot: IOS's "Press RETURN to get started!" (the session starts at user exec).
    void start();

    cli::CliSession &cli();
    Router &router();
};

} // namespace routerlab
