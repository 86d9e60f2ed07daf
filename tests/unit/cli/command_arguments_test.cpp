// QtTest first: moc cannot parse <compare> (reached through net/) ahead of every Qt header.
#include <QtTest>

#include "cli/command_tree.h"

#include <stdexcept>

using namespace routerlab;
using namespace routerlab::cli;
using Outcome = MatchResult::Outcome;

namespace {

std::vector<std::string> helpFor(std::string_view syntax)
{
    return std::vector<std::string>(static_cast<std::size_t>(CommandSyntax(syntax).tokenCount()),
                                    "help");
}

// Installs one command, runs one line through it and keeps what its handler was given, as
// CliSession::run hands it over.
class OneCommand {
public:
    OneCommand(std::string_view syntax, std::string_view mode = "config-if") : m_mode(mode)
    {
        tree.install(mode, syntax, helpFor(syntax),
                     [this](CommandContext &context) { m_context = context; });
    }

    // The arguments of `line`, which must match.
    CommandArguments run(std::string_view line)
    {
        const MatchResult result = tree.match(m_mode, line, 15);
        if (result.outcome != Outcome::Ok)
            throw std::runtime_error("no match: " + std::string(line));
        CommandContext context;
        context.tokens = result.tokens;
        context.signature = result.signature;
        (*result.handler)(context);
        return m_context.arguments();
    }

    const CommandContext &context() const { return m_context; }

    CommandTree tree;

private:
    std::string m_mode;
    CommandContext m_context;
};

// The logic_error's message, or "" when none was thrown.
template <typename Read>
QString logicError(Read read)
{
    try {
        read();
    } catch (const std::logic_error &error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

QString installError(std::string_view syntax)
{
    CommandTree tree;
    try {
        tree.install("config", syntax, helpFor(syntax), [](CommandContext &) {});
    } catch (const std::invalid_argument &error) {
        return QString::fromStdString(error.what());
    }
    return {};
}

QString help(const CommandTree &tree, std::string_view line)
{
    return QString::fromStdString(tree.help("config-if", line, 15).render());
}

} // namespace

class CommandArgumentsTest : public QObject {
    Q_OBJECT
private slots:
    void numbersAndAddressesAreReadByName()
    {
        OneCommand command("standby <group:1-255> ip <address:A.B.C.D> [secondary]");
        const CommandArguments args = command.run("stand 12 ip 10.1.1.254");
        QCOMPARE(args.get<int>("group"), 12);
        QCOMPARE(args.get<std::int64_t>("group"), std::int64_t(12));
        QCOMPARE(args.get<std::uint8_t>("group"), std::uint8_t(12));
        QCOMPARE(args.get<Ipv4Address>("address"), Ipv4Address(0x0a0101fe));
        QVERIFY(args.has("group"));
        QVERIFY(args.has("standby"));
        QVERIFY(!args.has("secondary"));
        QVERIFY(command.run("standby 1 ip 10.1.1.1 sec").has("secondary"));
    }

    void eachKindOfTextIsReadAsAString()
    {
        QCOMPARE(OneCommand("description <text:LINE>")
                     .run("description uplink to  core")
                     .get<std::string>("text"),
                 std::string("uplink to  core"));
        QCOMPARE(OneCommand("hostname <name:WORD>", "config")
                     .run("hostname R1")
                     .get<std::string>("name"),
                 std::string("R1"));
        // IFNAME reads as the canonical name, however the user abbreviated it.
        QCOMPARE(OneCommand("interface <interface:IFNAME>", "config")
                     .run("int fa 0/1")
                     .get<std::string>("interface"),
                 std::string("FastEthernet0/1"));
    }

    void macAddressIsReadPadded()
    {
        OneCommand command("standby <group:0-255> mac-address <mac:H.H.H>");
        const CommandArguments args = command.run("standby 1 mac-address 0.c07.ac01");
        QCOMPARE(args.get<MacAddress>("mac").toCisco(), std::string("0000.0c07.ac01"));
    }

    void optionalArgumentsAreFoundOnlyWhenTyped()
    {
        OneCommand command("standby <group:0-255> track <interface:IFNAME> [<decrement:1-255>]");
        CommandArguments args = command.run("standby 1 track fa0/0");
        QVERIFY(args.find<int>("decrement") == std::nullopt);
        QVERIFY(!args.has("decrement"));
        QVERIFY(args.find<std::string>("interface") == "FastEthernet0/0");
        const QString absent = logicError([&] { args.get<int>("decrement"); });
        QVERIFY2(absent.contains("\"decrement\"") && absent.contains("find()"), qPrintable(absent));

        args = command.run("standby 1 track fa0/0 20");
        QVERIFY(args.find<int>("decrement") == 20);
        QCOMPARE(args.get<int>("decrement"), 20);
    }

    void twoSameKeywordsAreToldApartByTheirNames()
    {
        OneCommand command("standby <group:1-255> timers [msec$helloMsec] <hello:1-999> "
                           "[msec$holdMsec] <hold:1-3000>");
        CommandArguments args = command.run("standby 1 timers 3 msec 250");
        QVERIFY(!args.has("helloMsec"));
        QVERIFY(args.has("holdMsec"));
        QCOMPARE(args.get<int>("hello"), 3);
        QCOMPARE(args.get<int>("hold"), 250);

        args = command.run("standby 1 timers msec 300 10");
        QVERIFY(args.has("helloMsec"));
        QVERIFY(!args.has("holdMsec"));
        QCOMPARE(args.get<std::string>("helloMsec"), std::string("msec"));
    }

    void oneNameMayStandInSeveralAlternatives()
    {
        OneCommand command("standby <group:0-255> timers (<hello:1-254>|msec$helloMsec "
                           "<hello:15-999>) (<hold:2-255>|msec$holdMsec <hold:50-3000>)");
        const CommandArguments args = command.run("standby 1 timers msec 200 3");
        QCOMPARE(args.get<int>("hello"), 200);
        QVERIFY(args.has("helloMsec"));
        QCOMPARE(args.get<int>("hold"), 3);
        QVERIFY(!args.has("holdMsec"));
    }

    void namedGroupReadsTheKeywordTyped()
    {
        OneCommand command("show (ip|ipv6)$family route [<prefix:A.B.C.D>]", "exec");
        QCOMPARE(command.run("sh ipv route").get<std::string>("family"), std::string("ipv6"));
        QCOMPARE(command.run("sh ip route").get<std::string>("family"), std::string("ip"));
        OneCommand optional("clear counters [in|out]$direction", "exec");
        QVERIFY(optional.run("clear counters").find<std::string>("direction") == std::nullopt);
        QCOMPARE(optional.run("clear counters o").get<std::string>("direction"),
                 std::string("out"));
    }

    void anExplicitNameTakesOverAKeywordsSpelling()
    {
        OneCommand command("standby <group:0-255> name [<name:WORD>]");
        QCOMPARE(command.run("standby 1 name VIP").get<std::string>("name"), std::string("VIP"));
        QVERIFY(!command.run("standby 1 name").has("name"));
    }

    void matchedTokensCarryTheirNames()
    {
        OneCommand command("[no] standby <group:1-255> ip <address:A.B.C.D> [secondary]");
        command.run("no standby 3 ip 10.0.0.1");
        QStringList names;
        for (const MatchedToken &token : command.context().tokens)
            names << QString::fromStdString(token.name);
        QCOMPARE(names, (QStringList{"", "", "group", "", "address"}));
    }

    void positionalAccessorsStillReadNamedCommands()
    {
        OneCommand command("[no] standby <group:1-255> ip <address:A.B.C.D> [secondary]");
        command.run("no standby 3 ip 10.0.0.1 secondary");
        const CommandContext &context = command.context();
        QVERIFY(context.negated());
        QVERIFY(context.has("secondary"));
        QVERIFY(!context.has("priority")); // not declared: the old accessor just says no
        QCOMPARE(context.number(), std::int64_t(3));
        QCOMPARE(context.ipv4(), Ipv4Address(0x0a000001));
        QCOMPARE(context.countOf(TokenKind::Keyword), 4);
    }

    void askingForAnUndeclaredNameThrowsNamingItAndTheSyntax()
    {
        OneCommand command("standby <group:1-255> ip <address:A.B.C.D> [secondary]");
        const CommandArguments args = command.run("standby 1 ip 10.0.0.1");
        for (const auto &read : std::vector<std::function<void()>>{
                 [&] { args.get<int>("grp"); },
                 [&] { args.find<int>("grp"); },
                 [&] { args.has("grp"); },
             }) {
            const QString message = logicError(read);
            QVERIFY2(message.contains("\"grp\"") &&
                         message.contains("standby <group:1-255> ip <address:A.B.C.D> [secondary]"),
                     qPrintable(message));
        }
    }

    void askingForTheWrongTypeThrows()
    {
        OneCommand command("standby <group:1-255> name <name:WORD> <address:A.B.C.D>");
        const CommandArguments args = command.run("standby 200 name VIP 10.0.0.1");
        const QString asAddress = logicError([&] { args.get<Ipv4Address>("group"); });
        QVERIFY2(asAddress.contains("\"group\"") && asAddress.contains("standby <group:1-255>"),
                 qPrintable(asAddress));
        QVERIFY(!logicError([&] { args.get<std::string>("group"); }).isEmpty());
        QVERIFY(!logicError([&] { args.get<int>("name"); }).isEmpty());
        QVERIFY(!logicError([&] { args.get<MacAddress>("address"); }).isEmpty());
        QVERIFY(!logicError([&] { args.find<int>("standby"); }).isEmpty());
        // 200 is in the declared range, but not in what the handler asked to hold it in.
        QVERIFY(!logicError([&] { args.get<std::int8_t>("group"); }).isEmpty());
    }

    void contextWithoutASignatureHasNoArguments()
    {
        CommandContext context;
        context.tokens = {{TokenKind::Range, "1", "group"}};
        QVERIFY(!logicError([&] { context.arguments(); }).isEmpty());
    }

    void badNamesAreRejectedAtInstall_data()
    {
        QTest::addColumn<QString>("syntax");
        QTest::newRow("same name twice") << "ip address <address:A.B.C.D> <address:A.B.C.D>";
        QTest::newRow("keyword and typed token") << "standby <group:1-255> group$group";
        QTest::newRow("two named keywords") << "timers msec$unit <1-5> msec$unit <1-5>";
        QTest::newRow("one name, two kinds") << "track (<object:1-500>|<object:WORD>)";
        QTest::newRow("dollar on a typed token") << "standby A.B.C.D$address";
        QTest::newRow("dollar alone") << "standby $group";
        QTest::newRow("group name after a blank") << "show (ip|ipv6) $family";
        QTest::newRow("named group of typed tokens") << "track (A.B.C.D|WORD)$target";
        QTest::newRow("named group of phrases") << "show (ip route|arp)$what";
        QTest::newRow("unknown type") << "standby <group:number>";
        QTest::newRow("empty type") << "standby <group:>";
        QTest::newRow("name not a name") << "standby <1group:1-255>";
        QTest::newRow("empty name") << "standby <:1-255>";
        QTest::newRow("bad range") << "standby <group:9-1>";
    }

    void badNamesAreRejectedAtInstall()
    {
        QFETCH(QString, syntax);
        const QString message = installError(syntax.toStdString());
        QVERIFY2(message.contains(syntax), qPrintable("\"" + message + "\""));
    }

    void repeatedKeywordsNeedNoNames()
    {
        // Unnamed, as HSRP installs `timers` today: both msec answer to "msec".
        OneCommand command("standby <0-255> timers [msec] <1-999> [msec] <1-3000>");
        QVERIFY(command.run("standby 1 timers msec 300 msec 900").has("msec"));
        QVERIFY(!command.run("standby 1 timers 3 10").has("msec"));
    }

    void helpAndCompletionNeverShowNames()
    {
        const std::vector<std::pair<std::string, std::string>> forms = {
            {"standby <0-255> ip A.B.C.D [secondary]",
             "standby <group:0-255> ip <address:A.B.C.D> [secondary]"},
            {"standby <0-255> timers [msec] <1-254> [msec] <1-255>",
             "standby <group:0-255> timers [msec$helloMsec] <hello:1-254> [msec$holdMsec] "
             "<hold:1-255>"},
            {"standby <0-255> track IFNAME [<1-255>]",
             "standby <group:0-255> track <interface:IFNAME> [<decrement:1-255>]"},
            {"standby <0-255> name WORD", "standby <group:0-255> name <name:WORD>"},
            {"mac-address H.H.H", "mac-address <mac:H.H.H>"},
            {"description LINE", "description <text:LINE>"},
            {"show (ip|ipv6) route", "show (ip|ipv6)$family route"},
        };
        CommandTree plain;
        CommandTree named;
        for (const auto &[unnamedSyntax, namedSyntax] : forms) {
            plain.install("config-if", unnamedSyntax, helpFor(unnamedSyntax), [](auto &) {});
            named.install("config-if", namedSyntax, helpFor(namedSyntax), [](auto &) {});
        }
        for (const char *line : {"", "standby ", "standby 1 ", "standby 1 ip ", "standby 1 ip 1",
                                 "standby 1 ip 10.0.0.1 ", "standby 1 timers ",
                                 "standby 1 timers m", "standby 1 timers msec 100 ",
                                 "standby 1 track ", "standby 1 track fa0/0 ", "standby 1 name ",
                                 "mac-address ", "description ", "description a b ", "show ",
                                 "show i", "standby 1 t", "stand 256 "}) {
            QCOMPARE(help(named, line), help(plain, line));
            QCOMPARE(named.complete("config-if", line, 15).line,
                     plain.complete("config-if", line, 15).line);
        }
        QCOMPARE(help(named, "standby 1 timers "),
                 QString("  <1-254>  help\n  msec     help\n"));
    }

    void namedAndUnnamedCommandsShareAPrefixWhileHandlersAreConverted()
    {
        // Half-way through converting HSRP: one command named, its sibling not yet.
        CommandTree tree;
        QStringList ran;
        tree.install("config-if", "standby <group:0-255> priority <priority:0-255>",
                     helpFor("standby <0-255> priority <0-255>"), [&ran](CommandContext &context) {
                         ran << QString::number(context.arguments().get<int>("priority"));
                     });
        tree.install("config-if", "standby <0-255> preempt", helpFor("standby <0-255> preempt"),
                     [&ran](CommandContext &context) {
                         ran << "preempt " + QString::number(context.number());
                     });
        for (const char *line : {"standby 1 pri 100", "standby 2 pre"}) {
            const MatchResult result = tree.match("config-if", line, 15);
            QCOMPARE(result.outcome, Outcome::Ok);
            CommandContext context;
            context.tokens = result.tokens;
            context.signature = result.signature;
            (*result.handler)(context);
        }
        QCOMPARE(ran, (QStringList{"100", "preempt 2"}));
        QCOMPARE(help(tree, "standby 1 p"), QString("preempt  priority  \n"));
        QCOMPARE(tree.match("config-if", "standby 1 p", 15).outcome, Outcome::Ambiguous);
    }
};

QTEST_APPLESS_MAIN(CommandArgumentsTest)
#include "command_arguments_test.moc"
