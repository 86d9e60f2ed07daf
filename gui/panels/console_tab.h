#pragma once

#include "panels/terminal_buffer.h"

#include <QPlainTextEdit>
#include <QString>

#include <string_view>

class QAction;

namespace routerlab {
class ConsoleSession;
}

namespace routerlab::gui {

// One router's console in a tab: a terminal view on the node's ConsoleSession — the very line
// telnet clients share — so history, Tab, '?', --More-- and line editing behave exactly as
// over telnet. Keys go in as the bytes a VT100 sends (terminal_keys.h); the session's output
// goes through a TerminalBuffer (CR/LF, backspace redraws, ESC[K, bell) and is rendered into
// the view at most once per event-loop pass, so a burst of log lines costs one repaint.
//
// Copy and paste are Ctrl+Shift+C / Ctrl+Shift+V (and the context menu), as in terminal
// emulators: plain Ctrl+C and Ctrl+Z belong to IOS. Page Up/Down scroll the view.
//
// The session is not owned. Before it is destroyed (the lab stops) call setSession(nullptr):
// the tab keeps its text, says the line is gone and ignores keys. The tab knows the router only
// by the node name it is given (the title of "Open in Terminal").
class ConsoleTab : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit ConsoleTab(QWidget *parent = nullptr);
    ConsoleTab(ConsoleSession &session, const QString &node, QWidget *parent = nullptr);
    ~ConsoleTab() override;

    void setSession(ConsoleSession *session);
    ConsoleSession *session() const { return m_session; }
    // The router's node name, as given with the session.
    QString nodeName() const { return m_nodeName; }

    // Bytes as if typed (they reach the session at once; its echo renders on the next pass).
    void sendKeys(std::string_view bytes);
    // Renders pending output now instead of on the next event-loop pass.
    void flush();

    // What the terminal shows, independent of rendering: every line, and the cursor's line.
    QString screenText() const { return m_buffer.text(); }
    QString currentLine() const { return m_buffer.currentLine(); }
    const TerminalBuffer &buffer() const { return m_buffer; }
    void clearScrollback();

    // "Open in terminal": telnet to this console from the desktop's terminal. Port 0 (the
    // default) disables the action; the integration sets the lab's TelnetServer port.
    void setTelnetEndpoint(const QString &host, quint16 port);
    quint16 telnetPort() const { return m_telnetPort; }
    QAction *openInTerminalAction() const { return m_openInTerminal; }
    bool openInTerminal(QString *error = nullptr);

signals:
    void bell();
    // A system terminal could not be opened from the context menu.
    void openInTerminalFailed(const QString &message);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void output(std::string_view bytes);
    void scheduleRender();
    void render();
    void placeCaret();
    void detach();
    void paste();

    ConsoleSession *m_session = nullptr;
    QString m_nodeName;
    int m_writerId = 0;
    TerminalBuffer m_buffer;
    qint64 m_viewFirstLine = 0; // absolute number of the view's first block
    int m_viewLines = 0;        // blocks the view holds (0: the document is empty)
    bool m_renderPending = false;
    QString m_host = QStringLiteral("127.0.0.1");
    quint16 m_telnetPort = 0;
    QAction *m_openInTerminal = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_paste = nullptr;
};

} // namespace routerlab::gui
