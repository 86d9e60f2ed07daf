// The dialogs that ask for a new node or a new name: what they offer comes from the image
// catalog, what they return is a node the document accepts, and OK waits for a usable name.
#include <QtTest>

#include "editor/lab_document.h"
#include "editor_test_support.h"
#include "panels/rename_dialog.h"
#include "panels/router_dialog.h"
#include "panels/switch_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace routerlab;
using namespace routerlab::gui;
using namespace routerlab::gui::test;

namespace {

LabNodeSpec routerProposal(const std::string &name)
{
    LabNodeSpec node;
    node.name = name;
    node.model = "7206VXR";
    node.image = "12.3(7)T1";
    node.slotAdapters[0] = "C7200-IO-FE";
    return node;
}

QPushButton *okButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

} // namespace

class NodeDialogsTest : public QObject {
    Q_OBJECT
private slots:
    void theRouterDialogOffersTheCatalogsChassisImagesAndAdapters()
    {
        LabDocument document(catalog());
        RouterDialog dialog(document.catalog(), routerProposal("R1"),
                            [&](const std::string &name) { return document.nameProblem(name); });
        QCOMPARE(dialog.modelCombo()->count(), 2);
        QCOMPARE(dialog.imageCombo()->count(), 2);
        QCOMPARE(dialog.imageCombo()->currentData().toString(), QString("12.3(7)T1"));
        // A 7206VXR has slots 0 to 6; slot 0 takes the I/O controllers only.
        QVERIFY(dialog.slotCombo(6));
        QVERIFY(!dialog.slotCombo(7));
        QCOMPARE(dialog.slotCombo(0)->count(), 2);
        QCOMPARE(dialog.slotCombo(0)->currentData().toString(), QString("C7200-IO-FE"));
        QCOMPARE(dialog.slotCombo(1)->count(), 4); // (empty), PA-2FE-TX, PA-A3, PA-FE-TX
        QCOMPARE(dialog.slotCombo(1)->currentData().toString(), QString());
    }

    void theChosenHardwareComesBackAsTheNode()
    {
        LabDocument document(catalog());
        RouterDialog dialog(document.catalog(), routerProposal("R1"),
                            [&](const std::string &name) { return document.nameProblem(name); });
        choose(dialog.slotCombo(0), "C7200-IO-2FE");
        choose(dialog.slotCombo(1), "PA-2FE-TX");
        choose(dialog.slotCombo(5), "PA-A3");
        choose(dialog.imageCombo(), "12.2");
        // A smaller chassis keeps the slots it still has.
        choose(dialog.modelCombo(), "7204VXR");
        QVERIFY(!dialog.slotCombo(5));
        QCOMPARE(dialog.slotCombo(1)->currentData().toString(), QString("PA-2FE-TX"));
        dialog.nameField()->lineEdit()->setText("Edge");
        dialog.grab().save(screenshotPath("router-dialog.png"));
        const LabNodeSpec node = dialog.node();
        QCOMPARE(node.name, std::string("Edge"));
        QCOMPARE(node.model, std::string("7204VXR"));
        QCOMPARE(node.image, std::string("12.2"));
        QCOMPARE(node.slotAdapters,
                 (std::map<int, std::string>{{0, "C7200-IO-2FE"}, {1, "PA-2FE-TX"}}));
        QVERIFY(document.addNode(node));
        QCOMPARE(document.ports("Edge"),
                 (std::vector<std::string>{"FastEthernet0/0", "FastEthernet0/1", "FastEthernet1/0",
                                           "FastEthernet1/1"}));
    }

    void okWaitsForAUsableName()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        LabNodeSpec proposal;
        proposal.name = "SW2";
        proposal.kind = LabNodeSpec::Kind::Switch;
        SwitchDialog dialog(proposal,
                            [&](const std::string &name) { return document.nameProblem(name); });
        QVERIFY(okButton(dialog)->isEnabled());
        dialog.nameField()->lineEdit()->setText("SW1");
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.grab().save(screenshotPath("switch-dialog-name-taken.png"));
        dialog.nameField()->lineEdit()->setText("core switch");
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.nameField()->lineEdit()->setText("Core");
        QVERIFY(okButton(dialog)->isEnabled());
        dialog.portCount()->setValue(24);
        QCOMPARE(dialog.node().ports, 24);
        QCOMPARE(dialog.node().kind, LabNodeSpec::Kind::Switch);

        RenameDialog rename(
            "R1", [&](const std::string &name) { return document.nameProblem(name, "R1"); });
        QVERIFY(okButton(rename)->isEnabled());
        rename.nameField()->lineEdit()->setText("R2");
        QVERIFY(!okButton(rename)->isEnabled());
        rename.nameField()->lineEdit()->setText("");
        QVERIFY(!okButton(rename)->isEnabled());
    }
};

QTEST_MAIN(NodeDialogsTest)
#include "node_dialogs_test.moc"
