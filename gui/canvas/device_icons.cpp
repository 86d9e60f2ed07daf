#include "canvas/device_icons.h"

#include <QPainter>
#include <QSvgRenderer>

// The resources live in a static library: nothing registers them until someone asks.
// Q_INIT_RESOURCE must be expanded outside any namespace.
static void initGuiResources() { Q_INIT_RESOURCE(resources); }

namespace routerlab::gui {

QSvgRenderer &deviceIconRenderer(LabNodeSpec::Kind kind)
{
    static const bool initialised = (initGuiResources(), true);
    Q_UNUSED(initialised);
    static QSvgRenderer router(QStringLiteral(":/router.svg"));
    static QSvgRenderer ethernetSwitch(QStringLiteral(":/switch.svg"));
    return kind == LabNodeSpec::Kind::Router ? router : ethernetSwitch;
}

QPixmap deviceIconPixmap(LabNodeSpec::Kind kind, QSize size)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    deviceIconRenderer(kind).render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return pixmap;
}

QIcon linkToolIcon()
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(0x3a, 0x3a, 0x3a), 3, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(7, 25), QPointF(25, 7));
    painter.setPen(QPen(QColor(0x1b, 0x6b, 0x2e), 1.5));
    painter.setBrush(QColor(0x2e, 0xb8, 0x4b));
    painter.drawEllipse(QPointF(7, 25), 5, 5);
    painter.drawEllipse(QPointF(25, 7), 5, 5);
    return QIcon(pixmap);
}

} // namespace routerlab::gui
