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

    void namedWordsShowTheirTypeAndKeepTheirName()
    {
        const SyntaxToken group = classifySyntaxWord("<group:1-255>");
        QCOMPARE(group.kind, TokenKind::Range);
        QCOMPARE(group.text, std::string("<1-255>"));
        QCOMPARE(group.name, std::string("group"));
        QCOMPARE(group.rangeMax, std::int64_t(255));
        QCOMPARE(classifySyntaxWord("<address:A.B.C.D>").text, std::string("A.B.C.D"));
        QCOMPARE(classifySyntaxWord("<mac:H.H.H>").kind, TokenKind::Mac);
        QCOMPARE(classifySyntaxWord("<text:LINE>").kind, TokenKind::Line);
        QCOMPARE(classifySyntaxWord("<interface:IFNAME>").kind, TokenKind::Interface);
        QCOMPARE(classifySyntaxWord("<name:WORD>").text, std::string("WORD"));
        const SyntaxToken msec = classifySyntaxWord("msec$helloMsec");
        QCOMPARE(msec.kind, TokenKind::Keyword);
        QCOMPARE(msec.text, std::string("msec"));
        QCOMPARE(msec.name, std::string("helloMsec"));
        QVERIFY(classifySyntaxWord("secondary").name.empty());
    }

    void signatureDeclaresEachNameOnceWithItsKind()
    {
        const CommandSyntax syntax("[no] standby <group:0-255> timers (<hello:1-254>|"
                                   "msec$helloMsec <hello:15-999>) [msec] <1-255> (ip|ipv6)$family");
        const CommandSignature &signature = syntax.signature();
        QStringList declared;
        for (const ArgumentDeclaration &argument : signature.arguments) {
            declared << QString::fromStdString(std::string(signature.name(argument))) +
                            (argument.named ? "=" + QString::number(int(argument.kind)) : "");
        }
        // Keywords answer to their spelling; named tokens carry their kind (Range = 1).
        QCOMPARE(declared, (QStringList{"no", "standby", "group=1", "timers", "hello=1",
                                        "helloMsec=0", "msec", "family=0"}));
        QCOMPARE(signature.syntax, std::string("[no] standby <group:0-255> timers (<hello:1-254>|"
                                               "msec$helloMsec <hello:15-999>) [msec] <1-255> "
                                               "(ip|ipv6)$family"));
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
