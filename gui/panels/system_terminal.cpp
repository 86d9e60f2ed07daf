#include "panels/system_terminal.h"

#include <QProcess>
#include <QStandardPaths>

namespace routerlab::gui {

std::optional<SystemTerminalCommand> telnetTerminalCommand(const QString &host, quint16 port,
                                                           const QString &title)
{
    const QString telnet = QStandardPaths::findExecutable(QStringLiteral("telnet"));
    if (telnet.isEmpty())
        return std::nullopt;
    const QStringList command{telnet, host, QString::number(port)};
    const QString terminal = QStandardPaths::findExecutable(QStringLiteral("x-terminal-emulator"));
    if (!terminal.isEmpty())
        return SystemTerminalCommand{terminal, QStringList{QStringLiteral("-e")} + command};
    const QString xterm = QStandardPaths::findExecutable(QStringLiteral("xterm"));
    if (xterm.isEmpty())
        return std::nullopt;
    QStringList arguments;
    if (!title.isEmpty())
        arguments << QStringLiteral("-T") << title;
    return SystemTerminalCommand{xterm, arguments << QStringLiteral("-e") << command};
}

bool openTelnetInSystemTerminal(const QString &host, quint16 port, const QString &title,
                                QString *error)
{
    const auto command = telnetTerminalCommand(host, port, title);
    if (!command) {
        if (error)
            *error = QStringLiteral("No terminal to open: install telnet and a terminal "
                                    "(x-terminal-emulator or xterm), or use telnet %1 %2")
                         .arg(host)
                         .arg(port);
        return false;
    }
    if (!QProcess::startDetached(command->program, command->arguments)) {
        if (error)
            *error = QStringLiteral("Could not start %1").arg(command->program);
        return false;
    }
    return true;
}

} // namespace routerlab::gui
