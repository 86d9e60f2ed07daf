#pragma once

#include <QString>

namespace routerlab::gui {

class LabScene;

// The canvas as a picture: the whole lab (not just what is scrolled into view), on white,
// without selection marks. False with `error` set when the file cannot be written.
bool exportSceneAsPng(LabScene &scene, const QString &path, QString *error = nullptr);
bool exportSceneAsSvg(LabScene &scene, const QString &path, QString *error = nullptr);

} // namespace routerlab::gui
