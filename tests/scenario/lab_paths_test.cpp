// A lab's files stay the lab's: a startup config must live inside the lab folder (no "..", no
// absolute path, no symbolic link on the way), `write memory` never writes through a link, and
// a FIFO where a lab file or a config should be is an error naming it, not a hang.
#include <QtTest>

#include "topology/image_catalog.h"
#include "topology/lab.h"
#include "topology/lab_file.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

#include <filesystem>
#include <memory>
#include <string>

using namespace routerlab;

namespace {

std::shared_ptr<const ImageCatalog> catalog()
{
    static const auto loaded = ImageCatalog::load(ImageCatalog::defaultDirectory());
    return loaded;
}

void writeFile(const std::string &path, const std::string &text)
{
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    QFile file(QString::fromStdString(path));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.data(), static_cast<qint64>(text.size()));
}

// One router whose "config" is `config`; the router is on line 3.
std::string labWithConfig(const std::string &config)
{
    return "{\n"
           "  \"name\": \"paths\", \"nodes\": [\n"
           "    { \"name\": \"R1\", \"type\": \"router\", \"image\": \"12.3(7)T1\", \"config\": \"" + config + "\" }\n"
           "  ]\n"
           "}\n";
}

struct Failure {
    bool thrown = false;
    int line = -1;
    std::string field;
    std::string what;
};

Failure load(const std::string &labFolder)
{
    Failure failure;
    try {
        loadLabFile(labFolder, *catalog());
    } catch (const LabFileError &error) {
        failure = {true, error.line(), error.field(), error.what()};
    }
    return failure;
}

} // namespace

class LabPathsTest : public QObject {
    Q_OBJECT
private slots:
    void aConfigInsideTheFolderLoads()
    {
        QTemporaryDir folder;
        const std::string root = folder.path().toStdString();
        writeFile(root + "/lab.json", labWithConfig("configs/./R1.cfg"));
        writeFile(root + "/configs/R1.cfg", "hostname R1\n");
        QVERIFY(!load(root).thrown);
    }

    void configsOutsideTheFolderAreRefusedAtLoad_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("problem");
        QTest::newRow("parent") << "../R1.cfg" << "is outside the lab folder";
        QTest::newRow("sneaking out") << "configs/../../R1.cfg" << "is outside the lab folder";
        QTest::newRow("absolute") << "/etc/passwd" << "must be relative to the lab folder";
    }
    void configsOutsideTheFolderAreRefusedAtLoad()
    {
        QFETCH(QString, config);
        QFETCH(QString, problem);
        QTemporaryDir folder;
        const std::string root = folder.path().toStdString();
        writeFile(root + "/lab.json", labWithConfig(config.toStdString()));
        const Failure failure = load(root);
        QVERIFY(failure.thrown);
        QCOMPARE(failure.line, 3);
        QCOMPARE(failure.field, std::string("nodes[0].config"));
        QVERIFY2(failure.what.find(problem.toStdString()) != std::string::npos, failure.what.c_str());
        QVERIFY(failure.what.find(root + "/lab.json") != std::string::npos);
    }

    void aConfigReachedThroughASymbolicLinkIsRefused()
    {
        QTemporaryDir folder;
        QTemporaryDir elsewhere;
        const std::string root = folder.path().toStdString();
        writeFile(elsewhere.path().toStdString() + "/R1.cfg", "hostname Elsewhere\n");
        writeFile(root + "/lab.json", labWithConfig("configs/R1.cfg"));
        std::filesystem::create_directories(root + "/configs");
        std::filesystem::create_symlink(elsewhere.path().toStdString() + "/R1.cfg", root + "/configs/R1.cfg");
        Failure failure = load(root);
        QVERIFY(failure.thrown);
        QVERIFY2(failure.what.find("symbolic link") != std::string::npos, failure.what.c_str());

        // A linked folder on the way is a link too.
        std::filesystem::remove(root + "/configs/R1.cfg");
        std::filesystem::remove(root + "/configs");
        std::filesystem::create_directory_symlink(elsewhere.path().toStdString(), root + "/configs");
        failure = load(root);
        QVERIFY(failure.thrown);
        QVERIFY2(failure.what.find("symbolic link") != std::string::npos, failure.what.c_str());
    }

    void aFifoWhereAFileShouldBeIsAnErrorNotAHang()
    {
        QTemporaryDir folder;
        const std::string root = folder.path().toStdString();
        writeFile(root + "/lab.json", labWithConfig("configs/R1.cfg"));
        std::filesystem::create_directories(root + "/configs");
        QCOMPARE(::mkfifo((root + "/configs/R1.cfg").c_str(), 0600), 0);
        Failure failure = load(root);
        QVERIFY(failure.thrown);
        QCOMPARE(failure.field, std::string("nodes[0].config"));
        QVERIFY2(failure.what.find("FIFO") != std::string::npos, failure.what.c_str());

        QTemporaryDir fifoLab;
        const std::string fifoRoot = fifoLab.path().toStdString();
        QCOMPARE(::mkfifo((fifoRoot + "/lab.json").c_str(), 0600), 0);
        failure = load(fifoRoot);
        QVERIFY(failure.thrown);
        QVERIFY2(failure.what.find(fifoRoot + "/lab.json") != std::string::npos, failure.what.c_str());
        QVERIFY2(failure.what.find("FIFO") != std::string::npos, failure.what.c_str());
    }

    void writeMemoryNeverWritesThroughALinkThatAppearedLater()
    {
        QTemporaryDir folder;
        QTemporaryDir elsewhere;
        const std::string root = folder.path().toStdString();
        const std::string victim = elsewhere.path().toStdString() + "/precious.txt";
        writeFile(victim, "precious\n");
        writeFile(root + "/lab.json", labWithConfig("configs/R1.cfg"));
        writeFile(root + "/configs/R1.cfg", "hostname R1\n");
        Lab lab(loadLabFile(root, *catalog()), catalog(), 1);
        lab.start();
        std::filesystem::remove(root + "/configs/R1.cfg");
        std::filesystem::create_symlink(victim, root + "/configs/R1.cfg");
        std::string error;
        QVERIFY(!lab.writeStartupConfig("R1", "hostname R1\n", error));
        QVERIFY2(error.find("symbolic link") != std::string::npos, error.c_str());
        QFile check(QString::fromStdString(victim));
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("precious\n"));
    }
};

QTEST_GUILESS_MAIN(LabPathsTest)
#include "lab_paths_test.moc"
