#pragma once

#include <QDialog>

#include <string>

class QPlainTextEdit;

namespace routerlab::gui {

// Edits a router's startup config: the text IOS replays at boot. A running lab keeps what it
// booted with; the edit counts from the next start (or `reload`).
class StartupConfigDialog : public QDialog {
    Q_OBJECT
public:
    StartupConfigDialog(const std::string &node, const std::string &text,
                        QWidget *parent = nullptr);

    std::string text() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    QPlainTextEdit *m_editor;
};

} // namespace routerlab::gui
