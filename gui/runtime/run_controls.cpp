#include "runtime/run_controls.h"

#include "runtime/lab_runtime.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTimeZone>

namespace routerlab::gui {
namespace {

constexpr qint64 kNanosecondsPerSecond = 1'000'000'000;
constexpr double kSpeeds[] = {1.0, 5.0, 30.0};

} // namespace

RunControls::RunControls(LabRuntime &runtime, QWidget *parent)
    : QToolBar(tr("Run"), parent), m_runtime(runtime)
{
    setObjectName(QStringLiteral("runControls"));
    m_start = addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Start"));
    m_start->setToolTip(tr("Start every node of the lab (boot from the startup configs)"));
    connect(m_start, &QAction::triggered, this, &RunControls::startRequested);

    m_pause = addAction(style()->standardIcon(QStyle::SP_MediaPause), tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Freeze lab time (timers, hellos, pings stop where they are)"));
    connect(m_pause, &QAction::toggled, this, [this](bool paused) {
        if (paused)
            m_runtime.pause();
        else
            m_runtime.play();
    });

    m_stop = addAction(style()->standardIcon(QStyle::SP_MediaStop), tr("Stop"));
    m_stop->setToolTip(tr("Switch the lab off: running configs not saved with `write memory` "
                          "are lost"));
    connect(m_stop, &QAction::triggered, this, &RunControls::stopRequested);

    m_reloadAll = addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Reload All"));
    m_reloadAll->setToolTip(tr("Reload every router: each boots from its startup config"));
    connect(m_reloadAll, &QAction::triggered, &m_runtime, &LabRuntime::reloadAll);

    addSeparator();
    m_speed = new QComboBox(this);
    m_speed->setToolTip(tr("Lab time per wall-clock second"));
    for (const double speed : kSpeeds)
        m_speed->addItem(QStringLiteral("%1×").arg(speed), speed);
    m_speed->setCurrentIndex(m_speed->findData(m_runtime.speed()));
    connect(m_speed, &QComboBox::currentIndexChanged, this, &RunControls::speedChosen);
    addWidget(m_speed);

    addSeparator();
    m_clock = new QLabel(this);
    m_clock->setToolTip(tr("Lab time since start"));
    QFont clockFont = m_clock->font();
    clockFont.setBold(true);
    clockFont.setStyleHint(QFont::Monospace);
    m_clock->setFont(clockFont);
    m_clock->setContentsMargins(6, 0, 6, 0);
    addWidget(m_clock);
    m_iosClock = new QLabel(this);
    m_iosClock->setToolTip(tr("The routers' clock (`show clock`; never set, so it starts on "
                              "1 March 1993)"));
    m_iosClock->setEnabled(false); // greyed: secondary information
    addWidget(m_iosClock);

    connect(&m_runtime, &LabRuntime::labTimeAdvanced, this, &RunControls::updateClock);
    connect(&m_runtime, &LabRuntime::started, this, [this] {
        updateActions();
        updateClock(m_runtime.labTime().count());
    });
    connect(&m_runtime, &LabRuntime::stopped, this, &RunControls::updateActions);
    connect(&m_runtime, &LabRuntime::pausedChanged, this, [this](bool paused) {
        const QSignalBlocker blocker(m_pause);
        m_pause->setChecked(paused);
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    });
    connect(&m_runtime, &LabRuntime::speedChanged, this, [this](double speed) {
        const QSignalBlocker blocker(m_speed);
        const int index = m_speed->findData(speed);
        if (index >= 0)
            m_speed->setCurrentIndex(index);
    });
    updateActions();
    updateClock(0);
}

void RunControls::updateActions()
{
    const bool started = m_runtime.isStarted();
    m_start->setEnabled(!started);
    m_pause->setEnabled(started);
    m_stop->setEnabled(started);
    m_reloadAll->setEnabled(started);
}

void RunControls::speedChosen(int index)
{
    m_runtime.setSpeed(m_speed->itemData(index).toDouble());
}

void RunControls::updateClock(qint64 labTimeNs)
{
    // The driver ticks every few milliseconds; the labels only change once a second.
    const qint64 second = labTimeNs / kNanosecondsPerSecond;
    if (second == m_shownSecond)
        return;
    m_shownSecond = second;
    m_clock->setText(labTimeText(labTimeNs));
    m_iosClock->setText(iosClockText(labTimeNs, false));
}

QString RunControls::clockText() const { return m_clock->text(); }

QString RunControls::labTimeText(qint64 labTimeNs)
{
    const qint64 seconds = std::max<qint64>(labTimeNs, 0) / kNanosecondsPerSecond;
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString RunControls::iosClockText(qint64 labTimeNs, bool milliseconds)
{
    const QDateTime labStart(QDate(1993, 3, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime now = labStart.addMSecs(std::max<qint64>(labTimeNs, 0) / 1'000'000);
    return QLocale::c().toString(now, milliseconds
                                          ? QStringLiteral("'*'HH:mm:ss.zzz 'UTC' ddd MMM d yyyy")
                                          : QStringLiteral("'*'HH:mm:ss 'UTC' ddd MMM d yyyy"));
}

} // namespace routerlab::gui
