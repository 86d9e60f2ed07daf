#pragma once

#include "topology/lab_spec.h"

#include <QIcon>
#include <QPixmap>
#include <QSize>

class QSvgRenderer;

namespace routerlab::gui {

// Our own router and switch symbols (resources/router.svg, switch.svg), parsed once and
// shared by every node item and the palette. Both are drawn on a 100 x 70 grid.
QSvgRenderer &deviceIconRenderer(LabNodeSpec::Kind kind);
QPixmap deviceIconPixmap(LabNodeSpec::Kind kind, QSize size);
// The link tool's button: a cable between two port dots.
QIcon linkToolIcon();

} // namespace routerlab::gui
