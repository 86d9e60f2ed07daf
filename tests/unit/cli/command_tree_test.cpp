// QtTest first: moc cannot parse <compare> (reached through net/) ahead of every Qt header.
#include <QtTest>

#include "cli/command_tree.h"

#include <type_traits>

using namespace routerlab::cli;

namespace {

std::vector<std::string> helpFor(std::string_view syntax)
{
    return std::vector<std::string>(static_cast<std::size_t>(CommandSyntax(syntax).tokenCount()),
                                    "Some help text of typical length");
}

// About as many commands as the finished router installs, shaped like its real ones: shared
// prefixes ("ip", "crypto isakmp"), [no] forms, ranges, addresses and optional tails.
std::vector<std::pair<std::string, std::string>> typicalCommands()
{
    const std::vector<std::string> modes = {"exec", "config", "config-if", "config-router",
                                            "config-isakmp", "config-crypto-map"};
    const std::vector<std::string> shapes = {
        "[no] ip %s A.B.C.D A.B.C.D [secondary]",
        "[no] standby <0-255> %s (ip A.B.C.D|priority <0-255>|preempt [delay minimum <0-3600>])",
        "show ip %s [IFNAME] [detail]",
        "[no] crypto isakmp %s <1-10000> (WORD|LINE)",
        "debug %s (events|packets|all)",
    };
    std::vector<std::pair<std::string, std::string>> commands;
    for (int i = 0; i < 300; ++i) {
        std::string syntax = shapes[static_cast<std::size_t>(i) % shapes.size()];
        syntax.replace(syntax.find("%s"), 2, "feature" + std::to_string(i / 5));
        commands.emplace_back(modes[static_cast<std::size_t>(i / 50)], syntax);
    }
    return commands;
}

// The crypto modes are not built in: the crypto module declares them, as these tests do.
void declareCryptoModes(CommandTree &tree)
{
    tree.declareMode(ModeInfo{"config-isakmp", "(config-isakmp)", "config", ""});
    tree.declareMode(ModeInfo{"config-crypto-map", "(config-crypto-map)", "config", ""});
}

} // namespace

class CommandTreeTest : public QObject {
    Q_OBJECT
private slots:
    void treeCannotBeCopiedSoRoutersShareIt()
    {
        static_assert(sizeof(CommandNode) <= 64);
        static_assert(!std::is_copy_constructible_v<CommandTree>);
        static_assert(!std::is_copy_assignable_v<CommandTree>);
        static_assert(std::is_move_constructible_v<CommandTree>);
    }

    void commandsSharingAPrefixShareItsNodes()
    {
        CommandTree tree;
        tree.install("exec", "show ip route", {"a", "b", "c"}, [](CommandContext &) {});
        tree.install("exec", "show ip arp", {"a", "b", "c"}, [](CommandContext &) {});
        // root, show, ip, route, arp
        QCOMPARE(tree.nodeCount(), std::size_t(5));
        tree.install("exec", "[no] debug standby", {"a", "b", "c"}, [](CommandContext &) {});
        // + no, no debug, no debug standby, debug, debug standby
        QCOMPARE(tree.nodeCount(), std::size_t(10));
        QCOMPARE(tree.commandCount(), std::size_t(3));
    }

    void handlerPointersSurviveLaterInstalls()
    {
        CommandTree tree;
        int calls = 0;
        tree.install("exec", "show clock", {"a", "b"}, [&calls](CommandContext &) { ++calls; });
        const MatchResult early = tree.match("exec", "show clock", 1);
        declareCryptoModes(tree);
        for (const auto &[mode, syntax] : typicalCommands())
            tree.install(mode, syntax, helpFor(syntax), [](CommandContext &) {});
        tree.compact();
        CommandContext context;
        (*early.handler)(context);
        QCOMPARE(calls, 1);
    }

    void installingTypicalCommandsIsCompactAndQuick()
    {
        const auto commands = typicalCommands();
        QElapsedTimer timer;
        timer.start();
        CommandTree tree;
        declareCryptoModes(tree);
        for (const auto &[mode, syntax] : commands)
            tree.install(mode, syntax, helpFor(syntax), [](CommandContext &) {});
        tree.compact();
        const qint64 installMicroseconds = timer.nsecsElapsed() / 1000;

        timer.restart();
        int matched = 0;
        for (int i = 0; i < 10000; ++i) {
            const std::string line =
                "stand " + std::to_string(i % 256) + " feature20 pre del min 30";
            matched += tree.match("config-if", line, 15).outcome == MatchResult::Outcome::Ok;
        }
        const qint64 matchMicroseconds = timer.nsecsElapsed() / 1000;

        qInfo("%zu commands -> %zu nodes, %zu bytes (%zu per node); install %lld us; "
              "10000 matches %lld us",
              tree.commandCount(), tree.nodeCount(), tree.memoryUsage(),
              tree.memoryUsage() / tree.nodeCount(), static_cast<long long>(installMicroseconds),
              static_cast<long long>(matchMicroseconds));
        QCOMPARE(matched, 10000);
        QCOMPARE(tree.commandCount(), commands.size());
        // One tree for the whole lab: a few hundred kilobytes at most, whatever the router count.
        QVERIFY(tree.memoryUsage() < 1024 * 1024);
    }
};

QTEST_APPLESS_MAIN(CommandTreeTest)
#include "command_tree_test.moc"
