#include "panels/device_palette.h"

#include "canvas/device_icons.h"
#include "canvas/device_mime.h"

#include <QListWidget>
#include <QMimeData>

namespace routerlab::gui {
namespace {

constexpr int kindRole = Qt::UserRole + 1;

// A list whose entries drag as devices rather than as list items.
class DeviceList : public QListWidget {
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return {QString::fromLatin1(deviceMimeType)}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        if (items.isEmpty())
            return nullptr;
        return DevicePalette::dragData(
            static_cast<LabNodeSpec::Kind>(items.front()->data(kindRole).toInt()));
    }
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
};

} // namespace

DevicePalette::DevicePalette(QWidget *parent)
    : QDockWidget(tr("Devices"), parent), m_list(new DeviceList(this))
{
    setObjectName("devicePalette");
    m_list->setViewMode(QListView::ListMode);
    m_list->setIconSize(QSize(50, 35));
    m_list->setSpacing(4);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setDefaultDropAction(Qt::CopyAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    const struct {
        LabNodeSpec::Kind kind;
        QString text;
        QString tip;
    } entries[] = {
        {LabNodeSpec::Kind::Router, tr("Cisco 7200 router"),
         tr("7206VXR or 7204VXR, port adapters chosen per slot")},
        {LabNodeSpec::Kind::Switch, tr("Ethernet switch"),
         tr("A learning switch with 1 to 64 ports")},
    };
    for (const auto &entry : entries) {
        auto *item = new QListWidgetItem(QIcon(deviceIconPixmap(entry.kind, QSize(100, 70))),
                                         entry.text, m_list);
        item->setData(kindRole, static_cast<int>(entry.kind));
        item->setToolTip(entry.tip + tr("\nDrag onto the canvas, or double-click."));
    }
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit deviceActivated(static_cast<LabNodeSpec::Kind>(item->data(kindRole).toInt()));
    });
    setWidget(m_list);
    setMinimumWidth(190);
}

QMimeData *DevicePalette::dragData(LabNodeSpec::Kind kind) { return deviceMimeData(kind); }

} // namespace routerlab::gui
