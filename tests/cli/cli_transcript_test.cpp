// Console transcripts as lab notes: each tests/cli/<name>.in is a scenario script played on the
// three-routers lab in virtual time; what the consoles print must be exactly <name>.out, a
// transcript a human compared with real IOS. Regenerate with ROUTERLAB_UPDATE_GOLDEN=1 and read
// the diff before committing it.
#include <QtTest>

#include "support/lab_fixture.h"

#include <filesystem>

using namespace routerlab;
using namespace routerlab::testing;

namespace {
const std::string kCliDir = ROUTERLAB_TEST_DATA_DIR "/cli";

std::string play(const std::string &scriptPath)
{
    const std::string labDir = ROUTERLAB_TOPOLOGIES_DIR "/three-routers";
    Lab lab(loadLabFile(labDir, *catalog()), catalog(), 1);
    ScenarioRunner runner(lab);
    runner.recordBoot(lab.start());
    runner.run(loadScenarioScript(scriptPath),
               std::filesystem::path(scriptPath).filename().string());
    return runner.transcript().text();
}
} // namespace

class CliTranscriptTest : public QObject {
    Q_OBJECT
private slots:
    void everyScriptPrintsItsReviewedTranscript_data()
    {
        QTest::addColumn<QString>("name");
        std::vector<std::string> names;
        for (const auto &entry : std::filesystem::directory_iterator(kCliDir)) {
            if (entry.path().extension() == ".in")
                names.push_back(entry.path().stem().string());
        }
        std::sort(names.begin(), names.end());
        for (const std::string &name : names)
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }

    void everyScriptPrintsItsReviewedTranscript()
    {
        QFETCH(QString, name);
        const std::string base = kCliDir + "/" + name.toStdString();
        const std::string transcript = play(base + ".in");
        if (qEnvironmentVariableIsSet("ROUTERLAB_UPDATE_GOLDEN")) {
            std::ofstream(base + ".out") << transcript;
            QSKIP("golden rewritten; review the diff");
        }
        const std::string golden = readText(base + ".out");
        QVERIFY2(!golden.empty(), "missing .out transcript");
        if (transcript != golden) {
            const std::string actual =
                ROUTERLAB_BINARY_DIR "/" + name.toStdString() + ".actual.out";
            std::ofstream(actual) << transcript;
            QFAIL(
                ("transcript differs from " + name.toStdString() + ".out; see " + actual).c_str());
        }
    }

    void thereAreTranscriptsToCheck()
    {
        int scripts = 0;
        for (const auto &entry : std::filesystem::directory_iterator(kCliDir))
            scripts += entry.path().extension() == ".in";
        QVERIFY(scripts >= 5);
    }
};

QTEST_GUILESS_MAIN(CliTranscriptTest)
#include "cli_transcript_test.moc"
