#pragma once

#include <QString>
#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;

namespace routerlab {
class LabRuntime;
}

namespace routerlab::gui {

// The lab's transport bar: Start (boot every node), Pause/Resume lab time, Stop (switch the
// lab off), Reload all, the speed (1×, 5×, 30×) and the lab clock, both as elapsed lab time
// ("00:01:23") and as the routers' own un-set clock (`show clock`: "*00:01:23.456 UTC Mon Mar
// 1 1993"). A view over LabRuntime: every button calls it, every label follows its signals.
//
// Start and Stop create and destroy the lab, which is the business of whoever owns it (the
// main window builds it from the document): the bar only asks, with startRequested() and
// stopRequested(). Pause, speed and Reload All act on the runtime directly.
class RunControls : public QToolBar {
    Q_OBJECT
public:
    explicit RunControls(LabRuntime &runtime, QWidget *parent = nullptr);

    QAction *startAction() const { return m_start; }
    QAction *pauseAction() const { return m_pause; }
    QAction *stopAction() const { return m_stop; }
    QAction *reloadAllAction() const { return m_reloadAll; }
    QComboBox *speedSelector() const { return m_speed; }
    QString clockText() const;

    // "00:01:23" (hours keep counting past 99).
    static QString labTimeText(qint64 labTimeNs);
    // IOS `show clock` of a 7200 whose clock was never set: lab start is 1993-03-01 00:00 UTC.
    // "*00:01:23.456 UTC Mon Mar 1 1993"; the toolbar leaves out the milliseconds.
    static QString iosClockText(qint64 labTimeNs, bool milliseconds = true);

signals:
    void startRequested();
    void stopRequested();

private:
    void updateActions();
    void updateClock(qint64 labTimeNs);
    void speedChosen(int index);

    LabRuntime &m_runtime;
    QAction *m_start = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_reloadAll = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_iosClock = nullptr;
    qint64 m_shownSecond = -1;
};

} // namespace routerlab::gui
