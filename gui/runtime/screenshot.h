#pragma once

#include "core/sim_time.h"

#include <QString>

namespace routerlab::gui {

class MainWindow;

// `routerlab-gui LAB --screenshot FILE.png --after 5s`: opens the lab in `window`, starts it,
// runs `after` of lab time as fast as the CPU allows (virtual time, no real-time driver),
// renders the window (a fixed 1280 x 800, never shown on screen) and saves it as PNG. False
// with `error` naming the file at fault (the lab file, or the PNG) when any step fails.
bool takeLabScreenshot(MainWindow &window, const QString &labPath, const QString &pngPath,
                       SimDuration after, QString *error);

} // namespace routerlab::gui
