#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace routerlab::gui {

// How to open a console in the desktop's own terminal, as GNS3 does: `telnet HOST PORT` in
// Debian's x-terminal-emulator (whatever terminal the user chose), else in xterm. Both take
// `-e program args...`.
struct SystemTerminalCommand {
    QString program;
    QStringList arguments;
};

// nullopt when neither terminal is in PATH (or telnet is not).
std::optional<SystemTerminalCommand> telnetTerminalCommand(const QString &host, quint16 port,
                                                           const QString &title = {});

// Starts the terminal detached (it outlives the GUI). False, with `error` set, when no
// terminal is installed or it would not start.
bool openTelnetInSystemTerminal(const QString &host, quint16 port, const QString &title = {},
                                QString *error = nullptr);

} // namespace routerlab::gui
