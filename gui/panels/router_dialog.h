#pragma once

#include "panels/node_name_field.h"
#include "topology/lab_spec.h"

#include <QDialog>

#include <map>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;

namespace routerlab {
class ImageCatalog;
}

namespace routerlab::gui {

// Asks for a new 7200: name, chassis (7206VXR, 7204VXR ... from images/c7200.json), IOS image,
// and a port adapter per slot. Slot 0 offers the I/O controllers only, the other slots the
// port adapters or nothing; the slot list follows the chassis chosen.
class RouterDialog : public QDialog {
    Q_OBJECT
public:
    RouterDialog(const ImageCatalog &catalog, const LabNodeSpec &proposal,
                 NodeNameField::Validator validator, QWidget *parent = nullptr);

    LabNodeSpec node() const;

    NodeNameField *nameField() const { return m_name; }
    QComboBox *modelCombo() const { return m_model; }
    QComboBox *imageCombo() const { return m_image; }
    // nullptr when the chosen chassis has no such slot.
    QComboBox *slotCombo(int slot) const;

private:
    void rebuildSlots();
    std::map<int, std::string> chosenAdapters() const;

    const ImageCatalog &m_catalog;
    LabNodeSpec m_proposal;
    NodeNameField *m_name;
    QComboBox *m_model;
    QComboBox *m_image;
    QGroupBox *m_slotBox;
    QFormLayout *m_slotLayout;
    std::map<int, QComboBox *> m_slots;
    QDialogButtonBox *m_buttons;
};

} // namespace routerlab::gui
