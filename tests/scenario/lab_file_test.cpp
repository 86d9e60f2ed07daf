#include <QtTest>

#include "topology/image_catalog.h"
#include "topology/lab.h"
#include "topology/lab_file.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>
#include <string>

using namespace routerlab;

namespace {

std::shared_ptr<const ImageCatalog> catalog()
{
    static const auto loaded = ImageCatalog::load(ImageCatalog::defaultDirectory());
    return loaded;
}

void writeFile(const QString &path, const std::string &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.data(), static_cast<qint64>(text.size()));
}

// A two-router lab, one JSON item per line so error lines are predictable:
// line 3 is R1, line 4 is R2, line 7 is the link.
std::string labText(const std::string &r1Image = "12.3(7)T1",
                    const std::string &r2Slot1 = "PA-FE-TX", const std::string &r2Name = "R2",
                    const std::string &linkNode = "R2",
                    const std::string &linkPort = "FastEthernet1/0")
{
    // Adjacent literals without a "\n" between them stay on one JSON line.
    return "{\n"
           "  \"name\": \"bad\", \"nodes\": [\n"
           "    { \"name\": \"R1\", \"type\": \"router\", \"image\": \"" + r1Image + "\","
           " \"slots\": { \"0\": \"C7200-IO-FE\" } },\n"
           "    { \"name\": \"" + r2Name + "\", \"type\": \"router\", \"image\": \"12.2\","
           " \"slots\": { \"0\": \"C7200-IO-FE\", \"1\": \"" + r2Slot1 + "\" } }\n"
           "  ],\n"
           "  \"links\": [\n"
           "    { \"a\": { \"node\": \"R1\", \"port\": \"FastEthernet0/0\" },"
           " \"b\": { \"node\": \"" + linkNode + "\", \"port\": \"" + linkPort + "\" } }\n"
           "  ]\n"
           "}\n";
}

// A router cabled to a switch running spanning tree, and a second switch without it: line 4
// starts SW1, line 5 holds its spanningTree field.
std::string switchLabText(const std::string &spanningTree = "true")
{
    return "{\n"
           "  \"name\": \"stp\", \"nodes\": [\n"
           "    { \"name\": \"R1\", \"type\": \"router\", \"image\": \"12.3(7)T1\" },\n"
           "    { \"name\": \"SW1\", \"type\": \"switch\", \"ports\": 4,\n"
           "      \"spanningTree\": " + spanningTree + " },\n"
           "    { \"name\": \"SW2\", \"type\": \"switch\" }\n"
           "  ],\n"
           "  \"links\": [\n"
           "    { \"a\": { \"node\": \"R1\", \"port\": \"FastEthernet0/0\" },"
           " \"b\": { \"node\": \"SW1\", \"port\": \"1\" } }\n"
           "  ]\n"
           "}\n";
}

struct Failure {
    bool thrown = false;
    int line = -1;
    std::string field;
    std::string what;
    std::string file;
};

Failure loadExpectingError(const std::string &text)
{
    QTemporaryDir dir;
    const QString path = dir.path() + "/lab.json";
    writeFile(path, text);
    Failure failure;
    try {
        loadLabFile(dir.path().toStdString(), *catalog());
    } catch (const LabFileError &error) {
        failure.thrown = true;
        failure.line = error.line();
        failure.field = error.field();
        failure.what = error.what();
        failure.file = error.file();
    }
    return failure;
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

class LabFileTest : public QObject {
    Q_OBJECT

private slots:
    void loadsThreeRouters()
    {
        const LabSpec spec = loadLabFile(ROUTERLAB_TOPOLOGIES_DIR "/three-routers", *catalog());
        QCOMPARE(spec.name, std::string("three-routers"));
        QCOMPARE(spec.nodes.size(), std::size_t(4));
        QCOMPARE(spec.links.size(), std::size_t(4));
        const LabNodeSpec *r3 = spec.node("R3");
        QVERIFY(r3 != nullptr);
        QCOMPARE(r3->model, std::string("7204VXR"));
        QCOMPARE(r3->image, std::string("12.2"));
        QCOMPARE(r3->slotAdapters.at(3), std::string("PA-A3"));
        const LabNodeSpec *sw = spec.node("SW1");
        QVERIFY(sw != nullptr);
        QCOMPARE(sw->kind, LabNodeSpec::Kind::Switch);
        QCOMPARE(sw->ports, 8);
        QCOMPARE(spec.links[3].a.node, std::string("R2"));
        QCOMPARE(spec.links[3].b.port, std::string("FastEthernet1/0"));
    }

    void theValidTemplateLoads()
    {
        QTemporaryDir dir;
        writeFile(dir.path() + "/lab.json", labText());
        const LabSpec spec = loadLabFile((dir.path() + "/lab.json").toStdString(), *catalog());
        QCOMPARE(spec.nodes.size(), std::size_t(2));
        QCOMPARE(spec.links.size(), std::size_t(1));
    }

    void invalidJsonNamesTheLine()
    {
        std::string text = labText();
        text.replace(text.find("\"links\": ["), 10, "\"links\" [");
        const Failure failure = loadExpectingError(text);
        QVERIFY(failure.thrown);
        QCOMPARE(failure.line, 6);
        QVERIFY2(contains(failure.what, "invalid JSON"), failure.what.c_str());
        QVERIFY(contains(failure.what, "lab.json:6"));
    }

    void unknownImageNamesFieldAndLine()
    {
        const Failure failure = loadExpectingError(labText("15.9"));
        QVERIFY(failure.thrown);
        QCOMPARE(failure.field, std::string("nodes[0].image"));
        QCOMPARE(failure.line, 3);
        QVERIFY(contains(failure.what, "15.9"));
        QVERIFY(contains(failure.what, "lab.json:3"));
        QVERIFY(contains(failure.file, "lab.json"));
    }

    void unknownPortAdapterNamesTheSlot()
    {
        const Failure failure = loadExpectingError(labText("12.3(7)T1", "PA-9FE"));
        QVERIFY(failure.thrown);
        QCOMPARE(failure.field, std::string("nodes[1].slots.1"));
        QCOMPARE(failure.line, 4);
        QVERIFY(contains(failure.what, "unknown port adapter \"PA-9FE\""));
    }

    void linkToAnUnknownNodeIsRejected()
    {
        const Failure failure = loadExpectingError(labText("12.3(7)T1", "PA-FE-TX", "R2", "R9"));
        QVERIFY(failure.thrown);
        QCOMPARE(failure.field, std::string("links[0].b.node"));
        QCOMPARE(failure.line, 7);
        QVERIFY(contains(failure.what, "R9"));
    }

    void linkToAMissingInterfaceIsRejected()
    {
        const Failure failure =
            loadExpectingError(labText("12.3(7)T1", "PA-FE-TX", "R2", "R2", "FastEthernet2/0"));
        QVERIFY(failure.thrown);
        QCOMPARE(failure.field, std::string("links[0].b.port"));
        QCOMPARE(failure.line, 7);
        QVERIFY(contains(failure.what, "FastEthernet2/0"));
    }

    void duplicateNodeNameIsRejected()
    {
        const Failure failure = loadExpectingError(labText("12.3(7)T1", "PA-FE-TX", "R1"));
        QVERIFY(failure.thrown);
        QCOMPARE(failure.field, std::string("nodes[1].name"));
        QCOMPARE(failure.line, 4);
        QVERIFY(contains(failure.what, "duplicate node name \"R1\""));
    }

    void savedLabLoadsBackTheSame()
    {
        const LabSpec original = loadLabFile(ROUTERLAB_TOPOLOGIES_DIR "/three-routers", *catalog());
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/lab.json").toStdString();
        saveLabFile(original, path);
        const LabSpec reloaded = loadLabFile(path, *catalog());
        QCOMPARE(reloaded.name, original.name);
        QCOMPARE(reloaded.nodes.size(), original.nodes.size());
        for (std::size_t i = 0; i < original.nodes.size(); ++i) {
            const LabNodeSpec &a = original.nodes[i];
            const LabNodeSpec &b = reloaded.nodes[i];
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.model, a.model);
            QCOMPARE(b.npe, a.npe);
            QCOMPARE(b.image, a.image);
            QVERIFY(b.slotAdapters == a.slotAdapters);
            QCOMPARE(b.config, a.config);
            QCOMPARE(b.ports, a.ports);
            QCOMPARE(b.x, a.x);
            QCOMPARE(b.y, a.y);
        }
        QCOMPARE(reloaded.links.size(), original.links.size());
        for (std::size_t i = 0; i < original.links.size(); ++i) {
            QCOMPARE(reloaded.links[i].a.node, original.links[i].a.node);
            QCOMPARE(reloaded.links[i].a.port, original.links[i].a.port);
            QCOMPARE(reloaded.links[i].b.node, original.links[i].b.node);
            QCOMPARE(reloaded.links[i].b.port, original.links[i].b.port);
        }
    }

    void switchSpanningTreeLoadsAndIsSavedOnlyWhenOn()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + "/lab.json";
        writeFile(path, switchLabText());
        const LabSpec spec = loadLabFile(path.toStdString(), *catalog());
        QVERIFY(spec.node("SW1")->spanningTree);
        QVERIFY(!spec.node("SW2")->spanningTree);
        QVERIFY(!spec.node("R1")->spanningTree);

        const QString savedPath = dir.path() + "/saved.json";
        saveLabFile(spec, savedPath.toStdString());
        QFile saved(savedPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray savedText = saved.readAll();
        QCOMPARE(savedText.count("\"spanningTree\""), qsizetype(1));
        QVERIFY(savedText.contains("\"spanningTree\": true"));
        const LabSpec reloaded = loadLabFile(savedPath.toStdString(), *catalog());
        QVERIFY(reloaded.node("SW1")->spanningTree);
        QVERIFY(!reloaded.node("SW2")->spanningTree);
    }

    void spanningTreeFalseIsTheDefault()
    {
        QTemporaryDir dir;
        writeFile(dir.path() + "/lab.json", switchLabText("false"));
        const LabSpec spec = loadLabFile(dir.path().toStdString(), *catalog());
        QVERIFY(!spec.node("SW1")->spanningTree);
    }

    void spanningTreeOfTheWrongTypeNamesFileLineAndField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("string") << "\"yes\"";
        QTest::newRow("number") << "1";
        QTest::newRow("null") << "null";
        QTest::newRow("object") << "{}";
    }

    void spanningTreeOfTheWrongTypeNamesFileLineAndField()
    {
        QFETCH(QString, value);
        const Failure failure = loadExpectingError(switchLabText(value.toStdString()));
        QVERIFY(failure.thrown);
        QCOMPARE(failure.field, std::string("nodes[1].spanningTree"));
        QCOMPARE(failure.line, 5);
        QVERIFY(contains(failure.file, "lab.json"));
        QVERIFY2(contains(failure.what, "lab.json:5: nodes[1].spanningTree: must be true or false"),
                 failure.what.c_str());
    }

    void labRunsSpanningTreeOnTheSwitchesThatAskForIt()
    {
        QTemporaryDir dir;
        writeFile(dir.path() + "/lab.json", switchLabText());
        const LabSpec spec = loadLabFile(dir.path().toStdString(), *catalog());
        Lab lab(spec, catalog(), 7);
        const SpanningTreeSettings &settings = lab.ethernetSwitch("SW1")->spanningTree();
        QVERIFY(settings.enabled);
        QCOMPARE(settings.forwardDelay, seconds(15));
        // ce<switch 1>.<seeded>.0000, the same for the same seed.
        QCOMPARE(settings.bridgeAddress.toU64() >> 32, std::uint64_t(0xce01));
        QCOMPARE(settings.bridgeAddress.toU64() & 0xffff, std::uint64_t(0));
        QCOMPARE(Lab(spec, catalog(), 7).ethernetSwitch("SW1")->spanningTree().bridgeAddress,
                 settings.bridgeAddress);
        QVERIFY(!lab.ethernetSwitch("SW2")->spanningTree().enabled);
    }

    void savingOverALabLeavesOneCompleteFile()
    {
        const LabSpec original = loadLabFile(ROUTERLAB_TOPOLOGIES_DIR "/three-routers", *catalog());
        QTemporaryDir dir;
        const QString path = dir.path() + "/lab.json";
        writeFile(path, std::string(5000, 'x'));
        saveLabFile(original, path.toStdString());
        const LabSpec reloaded = loadLabFile(path.toStdString(), *catalog());
        QCOMPARE(reloaded.nodes.size(), original.nodes.size());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("xxxx"));
        const QStringList entries = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(entries, QStringList{"lab.json"});
    }
};

QTEST_APPLESS_MAIN(LabFileTest)
#include "lab_file_test.moc"
