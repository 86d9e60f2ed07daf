#include "panels/console_tab.h"

#include "console/console_session.h"
#include "panels/system_terminal.h"
#include "panels/terminal_keys.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QMetaObject>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>

namespace routerlab::gui {
namespace {

bool isCopyOrPaste(const QKeyEvent *event)
{
    const auto modifiers = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    return modifiers == (Qt::ControlModifier | Qt::ShiftModifier) &&
           (event->key() == Qt::Key_C || event->key() == Qt::Key_V);
}

} // namespace

ConsoleTab::ConsoleTab(QWidget *parent) : QPlainTextEdit(parent)
{
    setUndoRedoEnabled(false);
    setAcceptDrops(false);
    setTabChangesFocus(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    document()->setDocumentMargin(6);
    setCursorWidth(QFontMetrics(font()).horizontalAdvance(QLatin1Char('M')));
    // A terminal's look: light on dark, whatever the desktop theme.
    QPalette colours = palette();
    colours.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    colours.setColor(QPalette::Text, QColor(0xd8, 0xd8, 0xd8));
    colours.setColor(QPalette::Highlight, QColor(0x26, 0x4f, 0x78));
    colours.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    setPalette(colours);

    m_copy = new QAction(tr("Copy"), this);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, &QPlainTextEdit::copy);
    m_paste = new QAction(tr("Paste"), this);
    m_paste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_paste->setShortcutContext(Qt::WidgetShortcut);
    connect(m_paste, &QAction::triggered, this, &ConsoleTab::paste);
    m_openInTerminal = new QAction(tr("Open in Terminal"), this);
    m_openInTerminal->setToolTip(tr("Telnet to this console from the desktop's terminal"));
    m_openInTerminal->setEnabled(false);
    connect(m_openInTerminal, &QAction::triggered, this, [this] {
        QString error;
        if (!openInTerminal(&error))
            emit openInTerminalFailed(error);
    });
}

ConsoleTab::ConsoleTab(ConsoleSession &session, const QString &node, QWidget *parent)
    : ConsoleTab(parent)
{
    m_nodeName = node;
    setSession(&session);
}

ConsoleTab::~ConsoleTab() { detach(); }

void ConsoleTab::setSession(ConsoleSession *session)
{
    if (session == m_session)
        return;
    const bool hadSession = m_session != nullptr;
    detach();
    if (hadSession && !session)
        output("\r\n\r\n[console line closed: the lab is not running]\r\n");
    m_session = session;
    if (m_session) {
        m_writerId = m_session->attach([this](std::string_view bytes) { output(bytes); });
    }
}

void ConsoleTab::detach()
{
    if (m_session)
        m_session->detach(m_writerId);
    m_session = nullptr;
    m_writerId = 0;
}

void ConsoleTab::sendKeys(std::string_view bytes)
{
    if (m_session && !bytes.empty())
        m_session->receive(bytes);
}

void ConsoleTab::output(std::string_view bytes)
{
    const int bells = m_buffer.feed(bytes);
    for (int ring = 0; ring < bells; ++ring)
        emit bell();
    scheduleRender();
}

void ConsoleTab::scheduleRender()
{
    if (m_renderPending)
        return;
    m_renderPending = true;
    QMetaObject::invokeMethod(this, &ConsoleTab::flush, Qt::QueuedConnection);
}

void ConsoleTab::flush()
{
    m_renderPending = false;
    render();
}

void ConsoleTab::clearScrollback()
{
    m_buffer.clear();
    // The cursor's line survives a clear in real terminals; here the prompt comes back with
    // the next key, so an empty screen is honest enough.
    render();
}

// Brings the document in line with the buffer by rewriting only what changed: lines that
// scrolled out of the buffer leave the top, lines from the first dirty one are replaced.
void ConsoleTab::render()
{
    const QScrollBar *scroll = verticalScrollBar();
    const bool followOutput = scroll->value() >= scroll->maximum() - 2;
    QTextCursor cursor(document());
    cursor.beginEditBlock();

    const qint64 dropped = m_buffer.firstLineNumber() - m_viewFirstLine;
    if (dropped >= m_viewLines) {
        document()->clear();
        m_viewLines = 0;
    } else if (dropped > 0) {
        cursor.movePosition(QTextCursor::Start);
        cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor, static_cast<int>(dropped));
        cursor.removeSelectedText();
        m_viewLines -= static_cast<int>(dropped);
    }
    m_viewFirstLine = m_buffer.firstLineNumber();

    const int firstDirty = static_cast<int>(
        std::clamp<qint64>(m_buffer.firstDirtyLine() - m_viewFirstLine, 0, m_viewLines));
    if (firstDirty < m_buffer.lineCount()) {
        QStringList lines;
        for (int index = firstDirty; index < m_buffer.lineCount(); ++index)
            lines.append(m_buffer.line(index));
        if (firstDirty < m_viewLines) {
            cursor.setPosition(document()->findBlockByNumber(firstDirty).position());
            cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
            cursor.insertText(lines.join(QLatin1Char('\n')));
        } else {
            cursor.movePosition(QTextCursor::End);
            cursor.insertText((m_viewLines > 0 ? QStringLiteral("\n") : QString()) +
                              lines.join(QLatin1Char('\n')));
        }
    }
    cursor.endEditBlock();
    m_viewLines = m_buffer.lineCount();
    m_buffer.markClean();

    placeCaret();
    if (followOutput)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void ConsoleTab::placeCaret()
{
    // Leave a selection alone: the user is copying something.
    if (textCursor().hasSelection())
        return;
    const QTextBlock block = document()->findBlockByNumber(m_buffer.cursorRow());
    if (!block.isValid())
        return;
    QTextCursor caret(block);
    caret.setPosition(block.position() + std::min(m_buffer.cursorColumn(), block.length() - 1));
    setTextCursor(caret);
}

bool ConsoleTab::event(QEvent *event)
{
    // Tab is a key for IOS, not a focus change; Ctrl keys belong to IOS before any window
    // shortcut (Ctrl-Z is "end", not "undo").
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (!isCopyOrPaste(key) &&
            ((key->modifiers() & Qt::ControlModifier) || key->key() == Qt::Key_Tab ||
             key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete)) {
            event->accept();
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            keyPressEvent(key);
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void ConsoleTab::keyPressEvent(QKeyEvent *event)
{
    if (isCopyOrPaste(event)) {
        if (event->key() == Qt::Key_C)
            copy();
        else
            paste();
        return;
    }
    if (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown) {
        QPlainTextEdit::keyPressEvent(event); // scrolls; the caret comes back with the next output
        return;
    }
    const QByteArray bytes = terminalBytesForKey(event->key(), event->modifiers(), event->text());
    if (bytes.isEmpty()) {
        event->ignore();
        return;
    }
    event->accept();
    sendKeys(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

void ConsoleTab::paste()
{
    const QByteArray bytes = terminalBytesForPaste(QApplication::clipboard()->text());
    sendKeys(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

bool ConsoleTab::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText();
}

// Middle-click and drops land here: what is pasted is typed, never inserted into the view.
void ConsoleTab::insertFromMimeData(const QMimeData *source)
{
    const QByteArray bytes = terminalBytesForPaste(source->text());
    sendKeys(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

void ConsoleTab::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    m_copy->setEnabled(textCursor().hasSelection());
    menu.addAction(m_copy);
    menu.addAction(m_paste);
    menu.addSeparator();
    menu.addAction(tr("Clear Scrollback"), this, &ConsoleTab::clearScrollback);
    menu.addSeparator();
    menu.addAction(m_openInTerminal);
    menu.exec(event->globalPos());
}

void ConsoleTab::setTelnetEndpoint(const QString &host, quint16 port)
{
    m_host = host;
    m_telnetPort = port;
    m_openInTerminal->setEnabled(port != 0);
}

bool ConsoleTab::openInTerminal(QString *error)
{
    if (m_telnetPort == 0) {
        if (error)
            *error = tr("This console is not served over telnet");
        return false;
    }
    return openTelnetInSystemTerminal(m_host, m_telnetPort, m_nodeName, error);
}

} // namespace routerlab::gui
