// QtTest first: moc cannot parse <compare> (reached through net/) ahead of every Qt header.
#include <QtTest>

#include "cli/command_syntax.h"
#include "cli/command_tree.h"

#include <stdexcept>

using namespace routerlab::cli;

namespace {

// Each expanded sequence as "kw kw <0-255>" text, sorted, so tests read like the syntax.
QStringList spelled(const CommandSyntax &syntax)
{
    QStringList result;
    for (const auto &sequence : syntax.sequences()) {
        QStringList words;
        for (const SyntaxToken &token : sequence)
            words << QString::fromStdString(token.text);
        result << words.join(' ');
    }
    result.sort();
    return result;
}

} // namespace

class CommandSyntaxTest : public QObject {
    Q_OBJECT
private slots:
    void plainCommandIsOneSequence()
    {
        const CommandSyntax syntax("show ip interface brief");
        QCOMPARE(spelled(syntax), QStringList{"show ip interface brief"});
        QCOMPARE(syntax.tokenCount(), 4);
    }

    void optionalTokenDoublesTheSequences()
    {
        const CommandSyntax syntax("[no] ip address A.B.C.D A.B.C.D [secondary]");
        QCOMPARE(spelled(syntax), (QStringList{
                                      "ip address A.B.C.D A.B.C.D",
                                      "ip address A.B.C.D A.B.C.D secondary",
                                      "no ip address A.B.C.D A.B.C.D",
                                      "no ip address A.B.C.D A.B.C.D secondary",
                                  }));
        QCOMPARE(syntax.tokenCount(), 6);
    }

    void alternativesMayBeSeveralTokensAndNest()
    {
        const CommandSyntax syntax(
            "standby <0-255> (ip A.B.C.D|priority <0-255>|preempt [delay minimum <0-3600>])");
        QCOMPARE(spelled(syntax), (QStringList{
                                      "standby <0-255> ip A.B.C.D",
                                      "standby <0-255> preempt",
                                      "standby <0-255> preempt delay minimum <0-3600>",
                                      "standby <0-255> priority <0-255>",
                                  }));
        QCOMPARE(syntax.tokenCount(), 10);
    }

    void optionalAlternativesNeedNoParentheses()
    {
        const CommandSyntax syntax("logging [console|monitor] <0-7>");
        QCOMPARE(spelled(syntax),
                 (QStringList{"logging <0-7>", "logging console <0-7>", "logging monitor <0-7>"}));
    }

    void helpIndexFollowsTheOrderOfTheSyntaxString()
    {
        const CommandSyntax syntax("a (b|c d) [e]");
        for (const auto &sequence : syntax.sequences()) {
            for (const SyntaxToken &token : sequence) {
                const int expected = QString("abcde").indexOf(QChar(token.text.front()));
                QCOMPARE(token.helpIndex, expected);
            }
        }
    }

    void wordsAreClassifiedByTheirSpelling()
    {
        QCOMPARE(classifySyntaxWord("show").kind, TokenKind::Keyword);
        QCOMPARE(classifySyntaxWord("FastEthernet").kind, TokenKind::Keyword);
        QCOMPARE(classifySyntaxWord("A.B.C.D").kind, TokenKind::Ipv4);
        QCOMPARE(classifySyntaxWord("H.H.H").kind, TokenKind::Mac);
        QCOMPARE(classifySyntaxWord("WORD").kind, TokenKind::Word);
        QCOMPARE(classifySyntaxWord("NAME").kind, TokenKind::Word);
        QCOMPARE(classifySyntaxWord("LINE").kind, TokenKind::Line);
        QCOMPARE(classifySyntaxWord("IFNAME").kind, TokenKind::Interface);
        const SyntaxToken range = classifySyntaxWord("<1-4294967295>");
        QCOMPARE(range.kind, TokenKind::Range);
        QCOMPARE(range.rangeMin, std::int64_t(1));
        QCOMPARE(range.rangeMax, std::int64_t(4294967295));
    }

    void malformedSyntaxIsRejected_data()
    {
        QTest::addColumn<QString>("syntax");
        QTest::newRow("unclosed optional") << "show [ip";
        QTest::newRow("unclosed group") << "show (ip|arp";
        QTest::newRow("stray bracket") << "show ip]";
        QTest::newRow("empty alternative") << "show (ip|)";
        QTest::newRow("empty optional") << "show []";
        QTest::newRow("top-level bar") << "show|clear";
        QTest::newRow("reversed range") << "standby <9-1>";
        QTest::newRow("range without dash") << "standby <9>";
        QTest::newRow("empty command") << "[no]";
        QTest::newRow("nothing") << "";
    }

    void malformedSyntaxIsRejected()
    {
        QFETCH(QString, syntax);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CommandSyntax(syntax.toStdString()));
    }

    void runawayExpansionIsRejected()
    {
        std::string syntax = "x";
        for (int i = 0; i < 13; ++i)
            syntax += " [a" + std::to_string(i) + "]";
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, CommandSyntax{syntax});
    }

    void installRequiresOneHelpPerToken()
    {
        CommandTree tree;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 tree.install("exec", "show (clock|version)",
                                              {"Show", "Clock"}, [](CommandContext &) {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 tree.install("exec", "show clock", {"Show", "Clock"},
                                              [](CommandContext &) {}, {16, false}));
        tree.install("exec", "show (clock|version)", {"Show", "Clock", "Version"},
                     [](CommandContext &) {});
        QVERIFY(tree.hasMode("exec"));
        QVERIFY(!tree.hasMode("config"));
    }
};

QTEST_APPLESS_MAIN(CommandSyntaxTest)
#include "command_syntax_test.moc"
