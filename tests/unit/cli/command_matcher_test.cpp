// QtTest first: moc cannot parse <compare> (reached through net/) ahead of every Qt header.
#include <QtTest>

#include "cli/command_tree.h"

using namespace routerlab;
using namespace routerlab::cli;
using Outcome = MatchResult::Outcome;

namespace {

// Help strings do not matter to matching: give every token a placeholder.
std::vector<std::string> helpFor(std::string_view syntax)
{
    return std::vector<std::string>(static_cast<std::size_t>(CommandSyntax(syntax).tokenCount()),
                                    "help");
}

// Each command's handler records the command's syntax, so tests can see which one matched.
class Lab {
public:
    Lab()
    {
        add("exec", "show ip interface brief");
        add("exec", "show ip route [A.B.C.D]");
        add("exec", "show ipv6 route");
        add("exec", "show interfaces [IFNAME]");
        add("exec", "show version");
        add("exec", "show running-config", {15, false});
        add("exec", "configure terminal", {15, false});
        add("exec", "ssh WORD");
        add("exec", "connect WORD");
        add("exec", "setup");
        add("exec", "send LINE");
        add("exec", "ping WORD");
        add("exec", "ping ip WORD");
        add("exec", "enable [<0-15>]", {0, false});
        add("exec", "service-module-reset", {1, true});
        add("config", "hostname WORD");
        add("config", "interface IFNAME");
        add("config-if", "[no] shutdown");
        add("config-if", "ip address A.B.C.D A.B.C.D [secondary]");
        add("config-if", "no ip address");
        add("config-if", "description LINE");
        add("config-if", "mac-address H.H.H");
        add("config-if",
            "[no] standby <0-255> (ip A.B.C.D|priority <0-255>|preempt [delay minimum <0-3600>])");
    }

    void add(std::string_view mode, std::string_view syntax, CommandOptions options = {})
    {
        tree.install(mode, syntax, helpFor(syntax),
                     [this, name = std::string(syntax)](CommandContext &context) {
                         ran = name;
                         tokens = context.tokens;
                     },
                     options);
    }

    // Runs the line; returns the syntax of the command that ran, or "" if none did.
    std::string run(std::string_view mode, std::string_view line, int privilege = 15)
    {
        ran.clear();
        const MatchResult result = tree.match(mode, line, privilege);
        if (result.outcome == Outcome::Ok) {
            CommandContext context;
            context.tokens = result.tokens;
            (*result.handler)(context);
        }
        return ran;
    }

    QStringList values(std::string_view mode, std::string_view line)
    {
        const MatchResult result = tree.match(mode, line, 15);
        QStringList list;
        for (const MatchedToken &token : result.tokens)
            list << QString::fromStdString(token.value);
        return list;
    }

    CommandTree tree;
    std::string ran;
    std::vector<MatchedToken> tokens;
};

} // namespace

class CommandMatcherTest : public QObject {
    Q_OBJECT
private slots:
    void abbreviationsMatchTheFullKeywords()
    {
        Lab lab;
        QCOMPARE(lab.run("exec", "sh ip int br"), std::string("show ip interface brief"));
        QCOMPARE(lab.values("exec", "sh ip int br"),
                 (QStringList{"show", "ip", "interface", "brief"}));
        QCOMPARE(lab.run("exec", "SHOW VERSION"), std::string("show version"));
    }

    void prefixOfSeveralKeywordsIsAmbiguous()
    {
        Lab lab;
        const MatchResult result = lab.tree.match("exec", "s", 15);
        QCOMPARE(result.outcome, Outcome::Ambiguous);
        QCOMPARE(result.errorOffset, std::size_t(0));
        QCOMPARE(QString::fromStdString(result.ambiguousText), QString("s"));
        // IOS quotes the whole line it could not decide on.
        const MatchResult deeper = lab.tree.match("exec", "sh i route", 15);
        QCOMPARE(deeper.outcome, Outcome::Ambiguous);
        QCOMPARE(deeper.errorOffset, std::size_t(3));
        QCOMPARE(QString::fromStdString(deeper.ambiguousText), QString("sh i route"));
    }

    void prefixOfOneKeywordIsNotAmbiguous()
    {
        Lab lab;
        QCOMPARE(lab.tree.match("exec", "sh", 15).outcome, Outcome::Incomplete);
        QCOMPARE(lab.run("exec", "sen hello world"), std::string("send LINE"));
    }

    void exactKeywordWinsOverLongerKeywords()
    {
        Lab lab;
        QCOMPARE(lab.run("exec", "show ip route"), std::string("show ip route [A.B.C.D]"));
        QCOMPARE(lab.run("exec", "show ipv route"), std::string("show ipv6 route"));
    }

    void keywordWinsOverWord()
    {
        Lab lab;
        QCOMPARE(lab.run("exec", "ping ip 10.0.0.1"), std::string("ping ip WORD"));
        QCOMPARE(lab.run("exec", "ping i 10.0.0.1"), std::string("ping ip WORD"));
        QCOMPARE(lab.run("exec", "ping router2"), std::string("ping WORD"));
        QCOMPARE(lab.values("exec", "ping router2"), (QStringList{"ping", "router2"}));
    }

    void endOfLineBeforeACommandIsIncomplete()
    {
        Lab lab;
        QCOMPARE(lab.tree.match("exec", "show ip", 15).outcome, Outcome::Incomplete);
        QCOMPARE(lab.tree.match("config-if", "standby 1 preempt delay", 15).outcome,
                 Outcome::Incomplete);
        QCOMPARE(lab.tree.match("config", "interface FastEthernet", 15).outcome,
                 Outcome::Incomplete);
        QCOMPARE(lab.tree.match("exec", "ssh", 15).outcome, Outcome::Incomplete);
    }

    void invalidInputPointsAtTheOffendingWord_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("offset");
        QTest::newRow("unknown first word") << "exec" << "frobnicate" << 0;
        QTest::newRow("unknown later word") << "exec" << "show ip foo" << 8;
        QTest::newRow("leading spaces") << "exec" << "  show bogus" << 7;
        QTest::newRow("extra word after a command") << "exec" << "show version extra" << 13;
        QTest::newRow("range too large") << "config-if" << "standby 256 preempt" << 8;
        QTest::newRow("negative range") << "config-if" << "standby -1 preempt" << 8;
        QTest::newRow("range with letters") << "config-if" << "standby 1x preempt" << 8;
        QTest::newRow("three octets") << "config-if" << "ip address 10.0.0 255.0.0.0" << 11;
        QTest::newRow("octet above 255") << "config-if" << "ip address 10.0.0.256 255.0.0.0"
                                         << 11;
        QTest::newRow("five octets") << "config-if" << "ip address 1.2.3.4.5 255.0.0.0" << 11;
        QTest::newRow("bad mask") << "config-if" << "ip address 1.2.3.4 mask" << 19;
        QTest::newRow("interface number missing slot") << "config" << "interface fa 0" << 13;
        QTest::newRow("loopback with slash") << "config" << "interface lo0/0" << 10;
        QTest::newRow("bad mac") << "config-if" << "mac-address 0000.0c07" << 12;
    }

    void invalidInputPointsAtTheOffendingWord()
    {
        QFETCH(QString, mode);
        QFETCH(QString, line);
        QFETCH(int, offset);
        Lab lab;
        const MatchResult result = lab.tree.match(mode.toStdString(), line.toStdString(), 15);
        QCOMPARE(result.outcome, Outcome::Invalid);
        QCOMPARE(result.errorOffset, std::size_t(offset));
    }

    void rangesAcceptTheirBounds()
    {
        Lab lab;
        QVERIFY(!lab.run("config-if", "standby 0 preempt").empty());
        QVERIFY(!lab.run("config-if", "standby 255 preempt").empty());
        QCOMPARE(lab.values("config-if", "standby 7 pri 110"),
                 (QStringList{"standby", "7", "priority", "110"}));
    }

    void ipv4AcceptsDottedQuads()
    {
        Lab lab;
        QCOMPARE(lab.run("config-if", "ip add 10.1.1.1 255.255.255.0"),
                 std::string("ip address A.B.C.D A.B.C.D [secondary]"));
        QCOMPARE(lab.values("exec", "show ip route 192.168.0.0"),
                 (QStringList{"show", "ip", "route", "192.168.0.0"}));
    }

    void interfacesMatchInBothSpellings_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("abbreviated, one word") << "int fa0/0" << "FastEthernet0/0";
        QTest::newRow("full, one word") << "interface FastEthernet0/0" << "FastEthernet0/0";
        QTest::newRow("full, two words") << "interface FastEthernet 0/1" << "FastEthernet0/1";
        QTest::newRow("abbreviated, two words") << "int fa 1/0" << "FastEthernet1/0";
        QTest::newRow("loopback") << "int Lo0" << "Loopback0";
        QTest::newRow("subinterface") << "int se3/0.1" << "Serial3/0.1";
    }

    void interfacesMatchInBothSpellings()
    {
        QFETCH(QString, line);
        QFETCH(QString, canonical);
        Lab lab;
        QCOMPARE(lab.run("config", line.toStdString()), std::string("interface IFNAME"));
        QCOMPARE(lab.tokens.size(), std::size_t(2));
        QCOMPARE(lab.tokens[1].kind, TokenKind::Interface);
        QCOMPARE(QString::fromStdString(lab.tokens[1].value), canonical);
    }

    void twoWordInterfaceLeavesRoomForMoreWords()
    {
        Lab lab;
        QCOMPARE(lab.values("exec", "show interfaces fa 0/0"),
                 (QStringList{"show", "interfaces", "FastEthernet0/0"}));
        QCOMPARE(lab.tree.match("exec", "show interfaces fa 0/0 extra", 15).errorOffset,
                 std::size_t(23));
    }

    void optionalsAndAlternativesExpand()
    {
        Lab lab;
        const std::string standby =
            "[no] standby <0-255> (ip A.B.C.D|priority <0-255>|preempt [delay minimum <0-3600>])";
        QCOMPARE(lab.run("config-if", "standby 1 ip 10.0.0.254"), standby);
        QCOMPARE(lab.run("config-if", "standby 1 priority 110"), standby);
        QCOMPARE(lab.run("config-if", "standby 1 preempt"), standby);
        QCOMPARE(lab.run("config-if", "standby 1 preempt delay minimum 30"), standby);
        QCOMPARE(lab.run("config-if", "no standby 1 preempt"), standby);
        QCOMPARE(lab.run("config-if", "shutdown"), std::string("[no] shutdown"));
        QCOMPARE(lab.run("config-if", "no shut"), std::string("[no] shutdown"));
        QCOMPARE(lab.run("config-if", "ip address 10.0.0.1 255.0.0.0 secondary"),
                 std::string("ip address A.B.C.D A.B.C.D [secondary]"));
        QCOMPARE(lab.run("config-if", "no ip address"), std::string("no ip address"));
        QCOMPARE(lab.run("exec", "enable"), std::string("enable [<0-15>]"));
        QCOMPARE(lab.run("exec", "enable 15"), std::string("enable [<0-15>]"));
    }

    void lineTakesTheRestOfTheLineVerbatim()
    {
        Lab lab;
        QCOMPARE(lab.run("config-if", "description  link to  R2 (fa0/1)"),
                 std::string("description LINE"));
        QCOMPARE(lab.tokens.back().kind, TokenKind::Line);
        QCOMPARE(QString::fromStdString(lab.tokens.back().value), QString("link to  R2 (fa0/1)"));
    }

    void macAddressIsNormalised()
    {
        Lab lab;
        QCOMPARE(lab.values("config-if", "mac-address 0.C07.ac01"),
                 (QStringList{"mac-address", "0000.0c07.ac01"}));
    }

    void commandsAbovePrivilegeAreInvisible()
    {
        Lab lab;
        const MatchResult hidden = lab.tree.match("exec", "configure terminal", 1);
        QCOMPARE(hidden.outcome, Outcome::Invalid);
        QCOMPARE(hidden.errorOffset, std::size_t(0));
        // A command the session cannot see does not make its neighbours ambiguous either.
        QCOMPARE(lab.tree.match("exec", "c x", 15).outcome, Outcome::Ambiguous);
        QCOMPARE(lab.run("exec", "c x", 1), std::string("connect WORD"));
        QCOMPARE(lab.tree.match("exec", "show running-config", 1).outcome, Outcome::Invalid);
        QCOMPARE(lab.tree.match("exec", "show run", 15).outcome, Outcome::Ok);
        QCOMPARE(lab.tree.match("exec", "conf t", 15).outcome, Outcome::Ok);
        QCOMPARE(lab.tree.match("exec", "conf t", 15).privilege, 15);
        QCOMPARE(lab.tree.match("exec", "enable", 0).privilege, 0);
    }

    void hiddenCommandsMatchOnlyWhenTypedInFull()
    {
        Lab lab;
        QCOMPARE(lab.run("exec", "service-module-reset", 1), std::string("service-module-reset"));
        // Not a candidate for abbreviation, so "ser" is nothing and "se" stays send or setup.
        QCOMPARE(lab.tree.match("exec", "servi", 1).outcome, Outcome::Invalid);
        QCOMPARE(lab.tree.match("exec", "se", 1).outcome, Outcome::Ambiguous);
        QCOMPARE(lab.tree.match("exec", "se", 1).ambiguousText, std::string("se"));
    }

    void handlerReceivesTheMatchedTokens()
    {
        Lab lab;
        CommandContext context;
        QCOMPARE(lab.run("config-if", "no stand 12 ip 10.1.1.254"),
                 std::string("[no] standby <0-255> (ip A.B.C.D|priority <0-255>|preempt "
                             "[delay minimum <0-3600>])"));
        context.tokens = lab.tokens;
        QVERIFY(context.negated());
        QVERIFY(context.has("standby"));
        QVERIFY(context.has("ip"));
        QVERIFY(!context.has("preempt"));
        QCOMPARE(context.number(), std::int64_t(12));
        QCOMPARE(context.ipv4(), Ipv4Address(0x0a0101fe));
        QCOMPARE(context.countOf(TokenKind::Range), 1);
        QVERIFY(context.word().empty());
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, context.number(1));

        lab.run("config-if", "mac-address 0000.0c07.ac01");
        context.tokens = lab.tokens;
        QCOMPARE(context.mac().toCisco(), std::string("0000.0c07.ac01"));
        QVERIFY(!context.negated());

        lab.run("config", "int fa 0/1");
        context.tokens = lab.tokens;
        QCOMPARE(context.interfaceName(), std::string("FastEthernet0/1"));
    }

    void blankLineIsEmpty()
    {
        Lab lab;
        QCOMPARE(lab.tree.match("exec", "", 15).outcome, Outcome::Empty);
        QCOMPARE(lab.tree.match("exec", "   \t", 15).outcome, Outcome::Empty);
    }

    void unknownModeMatchesNothing()
    {
        Lab lab;
        QCOMPARE(lab.tree.match("config-router", "network", 15).outcome, Outcome::Invalid);
    }

    void laterInstallOfTheSameCommandReplacesTheHandler()
    {
        Lab lab;
        int calls = 0;
        lab.tree.install("exec", "show version", {"a", "b"},
                         [&calls](CommandContext &) { ++calls; });
        lab.run("exec", "show version");
        QCOMPARE(calls, 1);
        QVERIFY(lab.ran.empty());
    }
};

QTEST_APPLESS_MAIN(CommandMatcherTest)
#include "command_matcher_test.moc"
