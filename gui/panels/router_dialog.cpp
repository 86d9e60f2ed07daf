#include "panels/router_dialog.h"

#include "topology/image_catalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace routerlab::gui {
namespace {

QString adapterText(const PortAdapterType &adapter)
{
    return QStringLiteral("%1  (%2 × %3)")
        .arg(QString::fromStdString(adapter.name))
        .arg(adapter.portCount)
        .arg(QString::fromStdString(adapter.interfaceType));
}

} // namespace

RouterDialog::RouterDialog(const ImageCatalog &catalog, const LabNodeSpec &proposal,
                           NodeNameField::Validator validator, QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_proposal(proposal),
      m_name(new NodeNameField(proposal.name, std::move(validator), this)),
      m_model(new QComboBox(this)), m_image(new QComboBox(this)),
      m_slotBox(new QGroupBox(tr("Port adapters"), this)), m_slotLayout(new QFormLayout(m_slotBox)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Cisco 7200 router"));
    const ChassisDescriptor &chassis = catalog.chassis();
    for (const auto &[name, model] : chassis.models)
        m_model->addItem(
            tr("%1  (%2 slots)").arg(QString::fromStdString(name)).arg(model.slotCount),
            QString::fromStdString(name));
    m_model->setCurrentIndex(
        std::max(0, m_model->findData(QString::fromStdString(
                        proposal.model.empty() ? chassis.defaultModel : proposal.model))));
    for (const auto &[name, image] : catalog.images())
        m_image->addItem(
            tr("IOS %1  (%2)")
                .arg(QString::fromStdString(name), QString::fromStdString(image.imageFile)),
            QString::fromStdString(name));
    m_image->setCurrentIndex(
        std::max(0, m_image->findData(QString::fromStdString(proposal.image))));

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Chassis:"), m_model);
    form->addRow(tr("Image:"), m_image);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_slotBox);
    layout->addWidget(m_buttons);

    rebuildSlots();
    connect(m_model, &QComboBox::currentIndexChanged, this, &RouterDialog::rebuildSlots);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_name->isValid());
    connect(m_name, &NodeNameField::validityChanged, m_buttons->button(QDialogButtonBox::Ok),
            &QWidget::setEnabled);
}

QComboBox *RouterDialog::slotCombo(int slot) const
{
    auto found = m_slots.find(slot);
    return found == m_slots.end() ? nullptr : found->second;
}

std::map<int, std::string> RouterDialog::chosenAdapters() const
{
    std::map<int, std::string> adapters;
    for (const auto &[slot, combo] : m_slots) {
        const std::string adapter = combo->currentData().toString().toStdString();
        if (!adapter.empty())
            adapters[slot] = adapter;
    }
    return adapters;
}

// Keeps what was chosen in the slots the new chassis still has.
void RouterDialog::rebuildSlots()
{
    const std::map<int, std::string> chosen =
        m_slots.empty() ? m_proposal.slotAdapters : chosenAdapters();
    while (m_slotLayout->rowCount() > 0)
        m_slotLayout->removeRow(0);
    m_slots.clear();
    const ChassisDescriptor &chassis = m_catalog.chassis();
    const auto model = chassis.models.find(m_model->currentData().toString().toStdString());
    const int slotCount = model == chassis.models.end() ? 1 : model->second.slotCount;
    for (int slot = 0; slot < slotCount; ++slot) {
        auto *combo = new QComboBox(m_slotBox);
        combo->setObjectName(QStringLiteral("slot%1").arg(slot));
        if (slot != 0)
            combo->addItem(tr("(empty)"), QString());
        for (const auto &[name, adapter] : chassis.portAdapters) {
            if (adapter.ioController != (slot == 0))
                continue;
            combo->addItem(adapterText(adapter), QString::fromStdString(name));
            combo->setItemData(combo->count() - 1, QString::fromStdString(adapter.description),
                               Qt::ToolTipRole);
        }
        auto wanted = chosen.find(slot);
        const std::string adapter = wanted != chosen.end() ? wanted->second
                                    : slot == 0            ? chassis.defaultIoController
                                                           : std::string();
        combo->setCurrentIndex(std::max(0, combo->findData(QString::fromStdString(adapter))));
        m_slotLayout->addRow(tr("Slot %1:").arg(slot), combo);
        m_slots[slot] = combo;
    }
}

LabNodeSpec RouterDialog::node() const
{
    LabNodeSpec node = m_proposal;
    node.kind = LabNodeSpec::Kind::Router;
    node.name = m_name->name();
    node.model = m_model->currentData().toString().toStdString();
    node.image = m_image->currentData().toString().toStdString();
    node.slotAdapters = chosenAdapters();
    return node;
}

} // namespace routerlab::gui
