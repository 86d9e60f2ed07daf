#pragma once

#include <QByteArray>
#include <QString>
#include <Qt>

namespace routerlab::gui {

// The bytes a VT100-style terminal (what telnet users have) sends for a key, so the GUI
// console feeds ConsoleSession exactly what a telnet client would: Return is CR, Backspace is
// DEL (0x7f), arrows and Home/End/Delete are ANSI escape sequences, Ctrl+letter is the control
// character (Ctrl-Z ends configuration, Ctrl-C aborts), Ctrl+Shift+6 is IOS's escape
// character (0x1e). Empty when the key sends nothing (Shift alone, F-keys, Page Up/Down).
QByteArray terminalBytesForKey(int key, Qt::KeyboardModifiers modifiers, const QString &text);

// Pasted text as typed keys: line ends become CR, as a terminal sends Return.
QByteArray terminalBytesForPaste(const QString &text);

} // namespace routerlab::gui
