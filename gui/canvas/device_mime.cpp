#include "canvas/device_mime.h"

#include <QMimeData>

namespace routerlab::gui {

QMimeData *deviceMimeData(LabNodeSpec::Kind kind)
{
    auto *data = new QMimeData;
    data->setData(deviceMimeType, kind == LabNodeSpec::Kind::Router ? "router" : "switch");
    return data;
}

std::optional<LabNodeSpec::Kind> deviceKindOf(const QMimeData *data)
{
    if (!data || !data->hasFormat(deviceMimeType))
        return std::nullopt;
    const QByteArray kind = data->data(deviceMimeType);
    if (kind == "router")
        return LabNodeSpec::Kind::Router;
    if (kind == "switch")
        return LabNodeSpec::Kind::Switch;
    return std::nullopt;
}

} // namespace routerlab::gui
