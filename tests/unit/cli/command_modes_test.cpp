// QtTest first: moc cannot parse <compare> (reached through net/) ahead of every Qt header.
#include <QtTest>

#include "cli/cli_session.h"
#include "cli/command_tree.h"

#include <stdexcept>

using namespace routerlab::cli;

namespace {

std::vector<std::string> helpFor(std::string_view syntax)
{
    return std::vector<std::string>(static_cast<std::size_t>(CommandSyntax(syntax).tokenCount()),
                                    "help");
}

const ModeInfo kIsakmpMode{"config-isakmp", "(config-isakmp)", "config", ""};

// A router reduced to its command line: a hostname and a tree.
class Host : public CliHost {
public:
    std::string hostname() const override { return "R1"; }
    const CommandTree &commandTree() const override { return tree; }

    CommandTree tree;
};

// A session at privilege 15 whose output is kept.
class Console {
public:
    explicit Console(Host &host) : session(host, [this](std::string_view text) { output += text; })
    {
        session.setPrivilege(15);
    }

    QString run(std::string_view line)
    {
        output.clear();
        session.execute(line);
        return QString::fromStdString(output);
    }

    std::string output;
    CliSession session;
};

} // namespace

class CommandModesTest : public QObject {
    Q_OBJECT
private slots:
    void treeDeclaresTheRoutersOwnModes()
    {
        const CommandTree tree;
        for (const char *name : {"config-if", "config-subif", "config-line", "config-std-nacl",
                                 "config-ext-nacl", "config-router"}) {
            const ModeInfo *mode = tree.findMode(name);
            QVERIFY2(mode != nullptr, name);
            QCOMPARE(mode->promptSuffix, "(" + std::string(name) + ")");
            QCOMPARE(mode->parent, std::string("config"));
        }
        QCOMPARE(tree.findMode("config")->parent, std::string("exec"));
        QCOMPARE(tree.findMode("exec")->promptSuffix, std::string());
        // Protocol modes are their modules' to declare.
        for (const char *name : {"config-isakmp", "config-crypto-map", "cfg-crypto-trans"})
            QVERIFY2(tree.findMode(name) == nullptr, name);
    }

    void installingIntoAnUndeclaredModeThrows()
    {
        CommandTree tree;
        try {
            tree.install("config-isakmp", "encryption (des|3des|aes)", helpFor("x (a|b|c)"),
                         [](CommandContext &) {});
            QFAIL("installed into an undeclared mode");
        } catch (const std::invalid_argument &error) {
            const QString message = error.what();
            QVERIFY2(message.contains("config-isakmp") && message.contains("encryption"),
                     qPrintable(message));
        }
        tree.declareMode(kIsakmpMode);
        tree.install("config-isakmp", "encryption (des|3des|aes)", helpFor("x (a|b|c)"),
                     [](CommandContext &) {});
        QCOMPARE(tree.match("config-isakmp", "encr aes", 15).outcome, MatchResult::Outcome::Ok);
    }

    void modesAreDeclaredOnceAndUnderADeclaredParent()
    {
        CommandTree tree;
        tree.declareMode(kIsakmpMode);
        tree.declareMode(kIsakmpMode); // a module installed twice changes nothing
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 tree.declareMode(ModeInfo{"config-isakmp", "(isakmp)", "config", ""}));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            tree.declareMode(ModeInfo{"cfg-crypto-trans", "(cfg-crypto-trans)", "config-x", ""}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 tree.declareMode(ModeInfo{"monitor", "(monitor)", "", ""}));
        // A mode under a module's mode.
        tree.declareMode(ModeInfo{"config-isakmp-group", "(config-isakmp-group)", "config-isakmp", ""});
        QCOMPARE(tree.findMode("config-isakmp-group")->parent, std::string("config-isakmp"));
    }

    void moduleDeclaredModeGetsItsPromptAndDo()
    {
        Host host;
        installDoCommand(host.tree); // as the router does, before any protocol module
        host.tree.declareMode(kIsakmpMode);
        std::string policy;
        host.tree.install("config", "crypto isakmp policy <priority:1-10000>",
                          helpFor("a b c <1-2>"), [&policy](CommandContext &context) {
                              policy = std::to_string(context.arguments().get<int>("priority"));
                              context.session->enterMode("config-isakmp", policy);
                          });
        host.tree.install("exec", "show clock", helpFor("a b"), [](CommandContext &context) {
            context.session->write("*10:00:00.000 UTC Mon Mar 1 1993\n");
        });

        Console console(host);
        console.session.enterMode("config");
        console.run("crypto isakmp policy 10");
        QCOMPARE(policy, std::string("10"));
        QCOMPARE(console.session.prompt(), std::string("R1(config-isakmp)#"));
        QCOMPARE(console.run("do show clock"), QString("*10:00:00.000 UTC Mon Mar 1 1993\n"));
        QCOMPARE(console.session.mode(), std::string("config-isakmp"));
        // An error in the exec command points into the line as typed after the mode's prompt.
        QCOMPARE(console.run("do show clack"),
                 QString(std::string("R1(config-isakmp)#do show ").size(), ' ') +
                     "^\n% Invalid input detected at '^' marker.\n\n");
        console.session.exitMode();
        QCOMPARE(console.session.prompt(), std::string("R1(config)#"));
    }

    void doReachesModesDeclaredBeforeAndAfterIt()
    {
        CommandTree tree;
        tree.declareMode(kIsakmpMode);
        installDoCommand(tree);
        tree.declareMode(ModeInfo{"config-crypto-map", "(config-crypto-map)", "config", ""});
        for (const char *mode : {"config", "config-if", "config-line", "config-router",
                                 "config-isakmp", "config-crypto-map"}) {
            QVERIFY2(tree.match(mode, "do show version", 15).outcome == MatchResult::Outcome::Ok,
                     mode);
            QCOMPARE(tree.help(mode, "do ", 15).render(), std::string("  LINE  Exec Command\n"));
            QCOMPARE(tree.help(mode, "d", 15).render(), std::string("do  \n"));
        }
        QCOMPARE(tree.match("exec", "do show version", 15).outcome,
                 MatchResult::Outcome::Invalid);
    }
};

QTEST_APPLESS_MAIN(CommandModesTest)
#include "command_modes_test.moc"
