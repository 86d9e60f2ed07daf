#include "panels/terminal_keys.h"

namespace routerlab::gui {
namespace {

constexpr char control(char letter) { return static_cast<char>(letter - '@'); }

QByteArray latin1Printable(const QString &text)
{
    QByteArray bytes;
    for (const QChar character : text) {
        const char16_t unit = character.unicode();
        if (unit >= 0x20 && unit < 0x100 && unit != 0x7f)
            bytes.append(static_cast<char>(unit));
    }
    return bytes;
}

} // namespace

QByteArray terminalBytesForKey(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter: return QByteArrayLiteral("\r");
    case Qt::Key_Backspace: return QByteArrayLiteral("\x7f");
    case Qt::Key_Tab: return QByteArrayLiteral("\t");
    case Qt::Key_Escape: return QByteArrayLiteral("\x1b");
    case Qt::Key_Up: return QByteArrayLiteral("\x1b[A");
    case Qt::Key_Down: return QByteArrayLiteral("\x1b[B");
    case Qt::Key_Right: return QByteArrayLiteral("\x1b[C");
    case Qt::Key_Left: return QByteArrayLiteral("\x1b[D");
    case Qt::Key_Home: return QByteArrayLiteral("\x1b[H");
    case Qt::Key_End: return QByteArrayLiteral("\x1b[F");
    case Qt::Key_Delete: return QByteArrayLiteral("\x1b[3~");
    default: break;
    }
    if (modifiers & Qt::ControlModifier) {
        if (key >= Qt::Key_A && key <= Qt::Key_Z)
            return QByteArray(1, control(static_cast<char>('A' + (key - Qt::Key_A))));
        switch (key) {
        case Qt::Key_Space:
        case Qt::Key_At: return QByteArray(1, '\0');
        case Qt::Key_BracketLeft: return QByteArray(1, control('['));
        case Qt::Key_Backslash: return QByteArray(1, control('\\'));
        case Qt::Key_BracketRight: return QByteArray(1, control(']'));
        case Qt::Key_6:
        case Qt::Key_AsciiCircum: return QByteArray(1, control('^'));
        case Qt::Key_Underscore:
        case Qt::Key_Minus: return QByteArray(1, control('_'));
        default: return {};
        }
    }
    return latin1Printable(text);
}

QByteArray terminalBytesForPaste(const QString &text)
{
    QString lines = text;
    lines.replace(QLatin1String("\r\n"), QLatin1String("\r"));
    lines.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    QByteArray bytes;
    for (const QChar character : lines) {
        const char16_t unit = character.unicode();
        if (unit == '\r' || unit == '\t' || (unit >= 0x20 && unit < 0x100 && unit != 0x7f))
            bytes.append(static_cast<char>(unit));
    }
    return bytes;
}

} // namespace routerlab::gui
