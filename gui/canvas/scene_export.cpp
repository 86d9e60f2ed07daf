#include "canvas/scene_export.h"

#include "canvas/lab_scene.h"

#include <QFileInfo>
#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace routerlab::gui {
namespace {

// PNGs at twice the scene's scale, so labels stay sharp on a slide.
constexpr double pngScale = 2.0;

// Selection outlines and the off-white canvas tint do not belong in a picture of the lab.
class ExportLook {
public:
    explicit ExportLook(LabScene &scene) : m_scene(scene), m_background(scene.backgroundBrush())
    {
        for (QGraphicsItem *item : scene.selectedItems())
            m_selected.push_back(item);
        scene.clearSelection();
        scene.setBackgroundBrush(Qt::white);
    }
    ~ExportLook()
    {
        m_scene.setBackgroundBrush(m_background);
        for (QGraphicsItem *item : m_selected)
            item->setSelected(true);
    }

private:
    LabScene &m_scene;
    QBrush m_background;
    QList<QGraphicsItem *> m_selected;
};

QRectF exportRect(LabScene &scene)
{
    const QRectF content = scene.contentRect();
    return content.isEmpty() ? QRectF(0, 0, 200, 100) : content;
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

} // namespace

bool exportSceneAsPng(LabScene &scene, const QString &path, QString *error)
{
    ExportLook look(scene);
    const QRectF source = exportRect(scene);
    QImage image((source.size() * pngScale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        scene.render(&painter, QRectF(image.rect()), source);
    }
    if (!image.save(path, "PNG")) {
        setError(error, QObject::tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath()));
        return false;
    }
    return true;
}

bool exportSceneAsSvg(LabScene &scene, const QString &path, QString *error)
{
    ExportLook look(scene);
    const QRectF source = exportRect(scene);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(QObject::tr("routerlab lab"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        setError(error, QObject::tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath()));
        return false;
    }
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    if (QFileInfo(path).size() == 0) {
        setError(error, QObject::tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath()));
        return false;
    }
    return true;
}

} // namespace routerlab::gui
