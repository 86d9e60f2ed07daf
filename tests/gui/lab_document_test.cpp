// The edited lab: validation, every edit undoable in place, startup configs kept beside the
// lab file, saves that reload to the same lab.
#include <QtTest>

#include "editor/edit_commands.h"
#include "editor/lab_document.h"
#include "editor_test_support.h"
#include "topology/lab_file.h"

using namespace routerlab;
using namespace routerlab::gui;
using namespace routerlab::gui::test;

namespace {

LabNodeSpec router(const std::string &name,
                   std::map<int, std::string> adapters = {{0, "C7200-IO-2FE"}})
{
    LabNodeSpec node;
    node.name = name;
    node.kind = LabNodeSpec::Kind::Router;
    node.model = "7206VXR";
    node.image = "12.3(7)T1";
    node.slotAdapters = std::move(adapters);
    return node;
}

LabNodeSpec ethernetSwitch(const std::string &name, int ports = 8)
{
    LabNodeSpec node;
    node.name = name;
    node.kind = LabNodeSpec::Kind::Switch;
    node.ports = ports;
    return node;
}

LabLinkSpec link(const std::string &a, const std::string &portA, const std::string &b,
                 const std::string &portB)
{
    return LabLinkSpec{{a, portA}, {b, portB}};
}

std::vector<std::string> nodeNames(const LabSpec &spec)
{
    std::vector<std::string> names;
    for (const LabNodeSpec &node : spec.nodes)
        names.push_back(node.name);
    return names;
}

std::vector<std::string> linkTexts(const LabSpec &spec)
{
    std::vector<std::string> texts;
    for (const LabLinkSpec &link : spec.links)
        texts.push_back(link.a.node + ":" + link.a.port + "-" + link.b.node + ":" + link.b.port);
    return texts;
}

} // namespace

class LabDocumentTest : public QObject {
    Q_OBJECT
private slots:
    void opensTheShippedLabWithItsConfigs()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        QCOMPARE(document.labName(), QString("three-routers"));
        QCOMPARE(nodeNames(document.spec()), (std::vector<std::string>{"R1", "R2", "R3", "SW1"}));
        QCOMPARE(document.spec().links.size(), std::size_t(4));
        QVERIFY(document.startupConfig("R1").find("hostname R1") != std::string::npos);
        QVERIFY(document.startupConfig("SW1").empty());
        QVERIFY(!document.isModified());
    }

    void portsComeFromTheChassisAndFreePortsFromTheLinks()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        QCOMPARE(document.ports("R3"),
                 (std::vector<std::string>{"FastEthernet0/0", "FastEthernet1/0", "FastEthernet1/1",
                                           "ATM3/0"}));
        QCOMPARE(document.freePorts("R3"), (std::vector<std::string>{"FastEthernet1/1", "ATM3/0"}));
        QCOMPARE(document.freePorts("SW1"), (std::vector<std::string>{"4", "5", "6", "7", "8"}));
    }

    void invalidEditsPushNothing()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        QString problem;
        QVERIFY(!document.addNode(router("R1"), &problem));
        QVERIFY(problem.contains("already"));
        QVERIFY(!document.addNode(router("R 9"), &problem));
        QVERIFY(!document.addNode(router("R9", {{0, "PA-2FE-TX"}}), &problem));
        QVERIFY(
            !document.addLink(link("R1", "FastEthernet0/0", "R3", "FastEthernet1/1"), &problem));
        QVERIFY2(problem.contains("already linked"), qPrintable(problem));
        QVERIFY(
            !document.addLink(link("R1", "FastEthernet3/0", "R3", "FastEthernet1/1"), &problem));
        QVERIFY(
            !document.addLink(link("R1", "FastEthernet0/1", "R1", "FastEthernet0/1"), &problem));
        QVERIFY(!document.renameNode("R1", "R2", &problem));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
    }

    void removingANodeTakesItsLinksAndUndoPutsBackTheOrder()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        const auto names = nodeNames(document.spec());
        const auto links = linkTexts(document.spec());
        document.removeItems({"R2"}, {});
        QCOMPARE(nodeNames(document.spec()), (std::vector<std::string>{"R1", "R3", "SW1"}));
        QCOMPARE(document.spec().links.size(), std::size_t(2));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.undoStack()->text(0), QString("Delete R2"));
        document.undoStack()->undo();
        QCOMPARE(nodeNames(document.spec()), names);
        QCOMPARE(linkTexts(document.spec()), links);
        QVERIFY(document.startupConfig("R2").find("hostname R2") != std::string::npos);
        QVERIFY(!document.isModified());
    }

    void removingSeveralNodesAndALinkIsOneStep()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        const auto names = nodeNames(document.spec());
        const auto links = linkTexts(document.spec());
        document.removeItems({"R1", "SW1"},
                             {link("R2", "FastEthernet0/1", "R3", "FastEthernet1/0")});
        QCOMPARE(nodeNames(document.spec()), (std::vector<std::string>{"R2", "R3"}));
        QVERIFY(document.spec().links.empty());
        document.undoStack()->undo();
        QCOMPARE(nodeNames(document.spec()), names);
        QCOMPARE(linkTexts(document.spec()), links);
        document.undoStack()->redo();
        QCOMPARE(nodeNames(document.spec()), (std::vector<std::string>{"R2", "R3"}));
    }

    void renamingFollowsTheLinksAndUndoes()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        QVERIFY(document.renameNode("R2", "Core"));
        QVERIFY(document.node("Core"));
        QVERIFY(document.linkAt("Core", "FastEthernet0/1"));
        QVERIFY(document.startupConfig("Core").find("hostname R2") != std::string::npos);
        document.undoStack()->undo();
        QVERIFY(document.node("R2"));
        QVERIFY(!document.node("Core"));
        QVERIFY(document.linkAt("R2", "FastEthernet0/1"));
    }

    void startupConfigEditsUndoAndSaveAtomically()
    {
        QTemporaryDir folder;
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        const std::string original = document.startupConfig("R1");
        document.setStartupConfig("R1", "hostname Edge\n");
        QVERIFY(document.isModified());
        QCOMPARE(document.startupConfig("R1"), std::string("hostname Edge\n"));
        document.undoStack()->undo();
        QCOMPARE(document.startupConfig("R1"), original);
        document.undoStack()->redo();

        document.saveAs(folder.path());
        QVERIFY(!document.isModified());
        QCOMPARE(document.filePath(), folder.filePath("lab.json"));
        QCOMPARE(document.labName(), QDir(folder.path()).dirName());
        QCOMPARE(readText(folder.filePath("configs/R1.cfg")), std::string("hostname Edge\n"));
        // Unedited configs move with the lab.
        QCOMPARE(readText(folder.filePath("configs/R2.cfg")),
                 readText(topology("three-routers") + "/configs/R2.cfg"));
        // Undo after the save still gives the node its old text back, not the file's.
        document.undoStack()->undo();
        QCOMPARE(document.startupConfig("R1"), original);
        QVERIFY(document.isModified());
    }

    void aNewRouterGetsAConfigFileOfItsOwn()
    {
        QTemporaryDir folder;
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        document.saveAs(folder.path());
        // R1's file stays with R1 renamed; the new R1 must not overwrite it.
        QVERIFY(document.renameNode("R1", "Edge"));
        QVERIFY(document.addNode(router("R1")));
        document.setStartupConfig("R1", "hostname NewR1\n");
        document.save();
        QCOMPARE(document.node("R1")->config, std::string("configs/R1-2.cfg"));
        QVERIFY(readText(folder.filePath("configs/R1.cfg")).find("hostname R1") !=
                std::string::npos);
        QCOMPARE(readText(folder.filePath("configs/R1-2.cfg")), std::string("hostname NewR1\n"));
    }

    void aSavedLabReloadsAsItWasDrawn()
    {
        QTemporaryDir folder;
        LabDocument document(catalog());
        document.newLab();
        LabNodeSpec r1 = router("R1", {{0, "C7200-IO-FE"}, {1, "PA-2FE-TX"}, {3, "PA-A3"}});
        r1.x = 40;
        r1.y = 80;
        QVERIFY(document.addNode(r1));
        QVERIFY(document.addNode(ethernetSwitch("SW1", 4)));
        QVERIFY(document.addLink(link("R1", "FastEthernet1/1", "SW1", "4")));
        document.moveNodes({{"SW1", QPointF(0, 0), QPointF(300, 120)}});
        document.saveAs(folder.filePath("lab.json"));

        LabDocument reloaded(catalog());
        reloaded.open(folder.path());
        QCOMPARE(nodeNames(reloaded.spec()), nodeNames(document.spec()));
        QCOMPARE(linkTexts(reloaded.spec()), linkTexts(document.spec()));
        QCOMPARE(reloaded.node("R1")->slotAdapters, r1.slotAdapters);
        QCOMPARE(reloaded.node("R1")->npe, std::string("NPE-400"));
        QCOMPARE(reloaded.node("R1")->x, 40.0);
        QCOMPARE(reloaded.node("SW1")->ports, 4);
        QCOMPARE(reloaded.node("SW1")->x, 300.0);
        QVERIFY(!QFile::exists(folder.filePath("configs")));
    }

    void aBrokenLabFileNamesLineAndFieldAndChangesNothing()
    {
        QTemporaryDir folder;
        writeText(folder.filePath("lab.json"),
                  "{\n  \"nodes\": [\n    { \"name\": \"R1\", \"type\": \"router\", \"image\": "
                  "\"12.2\",\n"
                  "      \"slots\": { \"2\": \"PA-9FE\" } }\n  ]\n}\n");
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        try {
            document.open(folder.path());
            QFAIL("a lab with an unknown port adapter opened");
        } catch (const LabFileError &error) {
            QCOMPARE(QString::fromStdString(error.file()), folder.filePath("lab.json"));
            QCOMPARE(error.line(), 4);
            QCOMPARE(error.field(), std::string("nodes[0].slots.2"));
        }
        QCOMPARE(document.labName(), QString("three-routers"));
        QCOMPARE(document.spec().nodes.size(), std::size_t(4));
    }

    void undoTextsSayWhatChanged()
    {
        LabDocument document(catalog());
        document.open(topology("three-routers"));
        QVERIFY(document.addLink(link("R3", "FastEthernet1/1", "SW1", "4")));
        QCOMPARE(document.undoStack()->undoText(), QString("Add link R3 Fa1/1 – SW1 4"));
        document.moveNodes({{"R1", QPointF(100, 200), QPointF(120, 220)}});
        QCOMPARE(document.undoStack()->undoText(), QString("Move R1"));
        document.moveNodes({{"R1", QPointF(120, 220), QPointF(120, 220)}});
        QCOMPARE(document.undoStack()->count(), 2);
    }
};

QTEST_MAIN(LabDocumentTest)
#include "lab_document_test.moc"
