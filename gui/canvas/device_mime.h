#pragma once

#include "topology/lab_spec.h"

#include <optional>

class QMimeData;

namespace routerlab::gui {

// What the device palette puts in a drag and the canvas accepts on a drop.
inline constexpr const char *deviceMimeType = "application/x-routerlab-device";

QMimeData *deviceMimeData(LabNodeSpec::Kind kind);
std::optional<LabNodeSpec::Kind> deviceKindOf(const QMimeData *data);

} // namespace routerlab::gui
