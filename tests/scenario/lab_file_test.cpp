#include <QtTest>

#include "topology/image_catalog.h"
#include "topology/lab.h"
#include "topology/lab_file.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <map>
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

// One field per line, so that a field's line is its place in this list: line 2 is the lab's
// name, 5-9 router R1, 12-15 switch SW1, 19-20 the link. Each placeholder is replaced by the
// value a test puts there.
std::string typedLabText(const std::map<std::string, std::string> &values)
{
    std::string text = "{\n"
                       "  \"name\": NAME,\n"
                       "  \"nodes\": [\n"
                       "    {\n"
                       "      \"name\": R1NAME,\n"
                       "      \"type\": \"router\",\n"
                       "      \"image\": \"12.3(7)T1\",\n"
                       "      \"slots\": SLOTS,\n"
                       "      \"x\": X, \"y\": 10\n"
                       "    },\n"
                       "    {\n"
                       "      \"name\": \"SW1\",\n"
                       "      \"type\": \"switch\",\n"
                       "      \"ports\": PORTS,\n"
                       "      \"speed\": SPEED\n"
                       "    }\n"
                       "  ],\n"
                       "  \"links\": [\n"
                       "    { \"a\": LINKA,\n"
                       "      \"b\": { \"node\": \"SW1\", \"port\": \"1\" } }\n"
                       "  ]\n"
                       "}\n";
    std::map<std::string, std::string> all{{"NAME", "\"typed\""},
                                           {"R1NAME", "\"R1\""},
                                           {"SLOTS", "{ \"0\": \"C7200-IO-FE\" }"},
                                           {"X", "40"},
                                           {"PORTS", "4"},
                                           {"SPEED", "100"},
                                           {"LINKA", "{ \"node\": \"R1\", \"port\": \"FastEthernet0/0\" }"}};
    for (const auto &[placeholder, value] : values)
        all[placeholder] = value;
    // Longest first: R1NAME before NAME.
    for (const char *placeholder : {"R1NAME", "NAME", "SLOTS", "PORTS", "SPEED", "LINKA", "X"}) {
        const auto at = text.find(placeholder);
        text.replace(at, std::string(placeholder).size(), all[placeholder]);
    }
    return text;
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

    void theTypedTemplateLoads()
    {
        QTemporaryDir dir;
        writeFile(dir.path() + "/lab.json", typedLabText({}));
        const LabSpec spec = loadLabFile(dir.path().toStdString(), *catalog());
        QCOMPARE(spec.name, std::string("typed"));
        QCOMPARE(spec.node("R1")->x, 40.0);
        QCOMPARE(spec.node("SW1")->ports, 4);
        QCOMPARE(spec.node("SW1")->portSpeed, 100);
        QCOMPARE(spec.nodes[1].line, 11);
        QCOMPARE(spec.links.at(0).line, 19);
    }

    void aValueOfTheWrongTypeNamesFileLineAndField_data()
    {
        QTest::addColumn<QString>("placeholder");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // from the line number on

        QTest::newRow("a number for the lab's name") << "NAME" << "5"
                                                     << "2: name: must be a string, not a number";
        QTest::newRow("a number for a node's name")
            << "R1NAME" << "7" << "5: nodes[0].name: must be a string, not a number";
        QTest::newRow("null for a node's name")
            << "R1NAME" << "null" << "5: nodes[0].name: must be a string, not null";
        QTest::newRow("a string for a coordinate")
            << "X" << "\"40\"" << "9: nodes[0].x: must be a number, not a string";
        QTest::newRow("an array for the slots")
            << "SLOTS" << "[ \"C7200-IO-FE\" ]" << "8: nodes[0].slots: must be an object, not an array";
        QTest::newRow("a number for a port adapter")
            << "SLOTS" << "{ \"0\": 2 }"
            << "8: nodes[0].slots.0: must be a string naming a port adapter, not a number";
        QTest::newRow("a string for the port count")
            << "PORTS" << "\"8\"" << "14: nodes[1].ports: must be a number, not a string";
        QTest::newRow("a fraction for the port count")
            << "PORTS" << "8.5" << "14: nodes[1].ports: must be a whole number";
        QTest::newRow("true for the speed") << "SPEED" << "true"
                                            << "15: nodes[1].speed: must be a number, not true";
        QTest::newRow("a string for a link end")
            << "LINKA" << "\"R1\"" << "19: links[0].a: must be an object, not a string";
        QTest::newRow("a number for a link's port")
            << "LINKA" << "{ \"node\": \"R1\", \"port\": 0 }"
            << "19: links[0].a.port: must be a string, not a number";
        QTest::newRow("a link end without its node")
            << "LINKA" << "{ \"port\": \"FastEthernet0/0\" }"
            << "19: links[0].a.node: missing (a string is required)";
        // The value's own line, when it is not the key's.
        QTest::newRow("a value on the line after its key")
            << "X" << "\n        \"40\"" << "10: nodes[0].x: must be a number, not a string";
    }

    void aValueOfTheWrongTypeNamesFileLineAndField()
    {
        QFETCH(QString, placeholder);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const Failure failure =
            loadExpectingError(typedLabText({{placeholder.toStdString(), value.toStdString()}}));
        QVERIFY(failure.thrown);
        QVERIFY2(contains(failure.what, "lab.json:" + expected.toStdString()), failure.what.c_str());
        QCOMPARE(QString::number(failure.line), expected.section(':', 0, 0));
        QCOMPARE(QString::fromStdString(failure.field), expected.section(": ", 1, 1));
    }

    void listsAndElementsOfTheWrongTypeAreNamed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an object for the nodes")
            << "{\n  \"nodes\": {}\n}\n" << "lab.json:2: nodes: must be an array, not an object";
        QTest::newRow("no nodes")
            << "{\n  \"name\": \"x\"\n}\n" << "lab.json:1: nodes: missing (an array of nodes is required)";
        QTest::newRow("a string for a node")
            << "{\n  \"nodes\": [\n    \"R1\"\n  ]\n}\n" << "lab.json:3: nodes[0]: must be an object, not a string";
        QTest::newRow("an object for the links")
            << "{\n  \"nodes\": [],\n  \"links\": { \"a\": 1 }\n}\n"
            << "lab.json:3: links: must be an array, not an object";
        QTest::newRow("a number for a link")
            << "{\n  \"nodes\": [],\n  \"links\": [\n    5\n  ]\n}\n"
            << "lab.json:4: links[0]: must be an object, not a number";
        // Brackets, commas and quotes inside a string are text, not structure.
        QTest::newRow("a field past a string full of brackets")
            << "{\n  \"nodes\": [],\n  \"note\": \"a } ] \\\" , { [\",\n  \"name\": 1\n}\n"
            << "lab.json:4: name: must be a string, not a number";
        // A key spelt with an escape is the key it spells.
        QTest::newRow("an escaped key")
            << "{\n  \"nodes\": [\n    { \"type\": \"switch\",\n      \"na\\u006de\": 5 }\n  ]\n}\n"
            << "lab.json:4: nodes[0].name: must be a string, not a number";
        QTest::newRow("a file starting with a byte order mark")
            << "\xEF\xBB\xBF{\n  \"nodes\": [\n    { \"name\": \"SW1\", \"type\": \"switch\",\n      \"ports\": [] }\n  ]\n}\n"
            << "lab.json:4: nodes[0].ports: must be a number, not an array";
        // Of two keys the same the last counts, in the value and in the line.
        QTest::newRow("a repeated key")
            << "{\n  \"nodes\": [],\n  \"name\": \"x\",\n  \"name\": []\n}\n"
            << "lab.json:4: name: must be a string, not an array";
    }

    void listsAndElementsOfTheWrongTypeAreNamed()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Failure failure = loadExpectingError(text.toStdString());
        QVERIFY(failure.thrown);
        QVERIFY2(contains(failure.what, expected.toStdString()), failure.what.c_str());
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
