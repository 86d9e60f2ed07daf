// QtTest first: moc cannot parse <compare> (reached through net/) ahead of every Qt header.
#include <QtTest>

#include "cli/command_tree.h"

using namespace routerlab::cli;
using Outcome = HelpResult::Outcome;

namespace {

void nothing(CommandContext &) {}

// A small exec and config tree with IOS's own help texts.
CommandTree smallTree()
{
    CommandTree tree;
    const std::string show = "Show running system information";
    tree.install("exec", "show ip interface brief",
                 {show, "IP information", "IP interface status and configuration",
                  "Brief summary of IP status and configuration"},
                 nothing);
    tree.install("exec", "show ip route [A.B.C.D]",
                 {"A different help that loses to the first one", "Another one", "IP routing table",
                  "Network to display information about or hostname"},
                 nothing);
    tree.install("exec", "show version", {show, "System hardware and software status"}, nothing);
    tree.install("exec", "show clock [detail]",
                 {show, "Display the system clock", "Display detailed information"}, nothing);
    tree.install("exec", "show running-config",
                 {show, "Current operating configuration"}, nothing, {15, false});
    tree.install("exec", "show tech-support", {show, "Show system information for Tech-Support"},
                 nothing, {1, true});
    tree.install("exec", "ssh WORD", {"Open a secure shell client connection", "Hostname"},
                 nothing);
    tree.install("exec", "setup", {"Run the SETUP command facility"}, nothing);
    tree.install("config", "interface IFNAME",
                 {"Select an interface to configure", "Interface name"}, nothing);
    tree.install("config", "router ospf <1-65535>",
                 {"Enable a routing process", "Open Shortest Path First (OSPF)", "Process ID"},
                 nothing);
    tree.install("config", "hostname WORD",
                 {"Set system's network name", "This system's network name"}, nothing);
    tree.install("config-if", "description LINE",
                 {"Interface specific description",
                  "Up to 240 characters describing this interface"},
                 nothing);
    return tree;
}

QString rendered(const CommandTree &tree, std::string_view mode, std::string_view line,
                 int privilege = 15)
{
    return QString::fromStdString(tree.help(mode, line, privilege).render());
}

QString completed(const CommandTree &tree, std::string_view mode, std::string_view line,
                  int privilege = 15)
{
    return QString::fromStdString(tree.complete(mode, line, privilege).line);
}

} // namespace

class CommandHelpTest : public QObject {
    Q_OBJECT
private slots:
    void questionMarkAfterSpaceListsNextTokensWithHelp()
    {
        const CommandTree tree = smallTree();
        QCOMPARE(rendered(tree, "exec", "show "),
                 QString("  clock           Display the system clock\n"
                         "  ip              IP information\n"
                         "  running-config  Current operating configuration\n"
                         "  version         System hardware and software status\n"));
    }

    void typedTokensComeFirstAndCrLast()
    {
        const CommandTree tree = smallTree();
        QCOMPARE(rendered(tree, "exec", "sh ip route "),
                 QString("  A.B.C.D  Network to display information about or hostname\n"
                         "  <cr>\n"));
        QCOMPARE(rendered(tree, "exec", "show clock "),
                 QString("  detail  Display detailed information\n"
                         "  <cr>\n"));
        QCOMPARE(rendered(tree, "config", "router ospf "), QString("  <1-65535>  Process ID\n"));
        QCOMPARE(rendered(tree, "config", "router ospf 1 "), QString("  <cr>\n"));
    }

    void emptyLineListsTheWholeMode()
    {
        const CommandTree tree = smallTree();
        QCOMPARE(rendered(tree, "exec", ""),
                 QString("  setup  Run the SETUP command facility\n"
                         "  show   Show running system information\n"
                         "  ssh    Open a secure shell client connection\n"));
    }

    void sharedKeywordKeepsTheFirstHelp()
    {
        const CommandTree tree = smallTree();
        const HelpResult result = tree.help("exec", "show ", 15);
        QCOMPARE(result.outcome, Outcome::Ok);
        QCOMPARE(result.entries[1], (HelpEntry{"ip", "IP information"}));
        QCOMPARE(rendered(tree, "exec", "show ip "),
                 QString("  interface  IP interface status and configuration\n"
                         "  route      IP routing table\n"));
    }

    void interfacePositionListsTheInterfaceTypes()
    {
        const CommandTree tree = smallTree();
        QCOMPARE(rendered(tree, "config", "interface "),
                 QString("  ATM              ATM interface\n"
                         "  Ethernet         IEEE 802.3\n"
                         "  FastEthernet     FastEthernet IEEE 802.3\n"
                         "  GigabitEthernet  GigabitEthernet IEEE 802.3z\n"
                         "  Loopback         Loopback interface\n"
                         "  Null             Null interface\n"
                         "  Port-channel     Ethernet Channel of interfaces\n"
                         "  Serial           Serial\n"
                         "  Tunnel           Tunnel interface\n"
                         "  Vlan             Catalyst Vlans\n"));
        QCOMPARE(rendered(tree, "config", "int fa "),
                 QString("  <0-6>  FastEthernet interface number\n"));
        QCOMPARE(rendered(tree, "config", "int fa0/0 "), QString("  <cr>\n"));
        QCOMPARE(rendered(tree, "config", "interface F"), QString("FastEthernet  \n"));
    }

    void lineKeepsOfferingLine()
    {
        const CommandTree tree = smallTree();
        QCOMPARE(rendered(tree, "config-if", "description to R2 "),
                 QString("  LINE  Up to 240 characters describing this interface\n"
                         "  <cr>\n"));
    }

    void partialWordListsCompletingKeywordsOnOneLine()
    {
        const CommandTree tree = smallTree();
        QCOMPARE(rendered(tree, "exec", "sh"), QString("show  \n"));
        QCOMPARE(rendered(tree, "exec", "s"), QString("setup  show  ssh  \n"));
        QCOMPARE(rendered(tree, "exec", "show r"), QString("running-config  \n"));
        QCOMPARE(rendered(tree, "config", "router ospf 1"), QString("<1-65535>  \n"));
        const HelpResult result = tree.help("exec", "sh ip i", 15);
        QVERIFY(result.partialWord);
        QCOMPARE(result.entries.size(), std::size_t(1));
        QCOMPARE(result.entries[0].token, std::string("interface"));
    }

    void unknownWordBeforeQuestionMarkIsUnrecognized()
    {
        const CommandTree tree = smallTree();
        const HelpResult result = tree.help("exec", "show xyz", 15);
        QCOMPARE(result.outcome, Outcome::Unrecognized);
        QCOMPARE(result.errorOffset, std::size_t(5));
        QCOMPARE(QString::fromStdString(result.render()), QString("% Unrecognized command\n"));
    }

    void invalidWordEarlierInTheLineGetsTheMarker()
    {
        const CommandTree tree = smallTree();
        const HelpResult result = tree.help("exec", "show xyz ", 15);
        QCOMPARE(result.outcome, Outcome::Invalid);
        QCOMPARE(result.errorOffset, std::size_t(5));
        QCOMPARE(QString::fromStdString(result.render()),
                 QString("% Invalid input detected at '^' marker.\n"));
        QCOMPARE(tree.help("exec", "show version extra ", 15).errorOffset, std::size_t(13));
    }

    void ambiguousWordBeforeQuestionMarkIsReported()
    {
        const CommandTree tree = smallTree();
        const HelpResult result = tree.help("exec", "s ", 15);
        QCOMPARE(result.outcome, Outcome::Ambiguous);
        QCOMPARE(QString::fromStdString(result.render()), QString("% Ambiguous command:  \"s\"\n"));
    }

    void helpHidesWhatThePrivilegeOrHiddenFlagHides()
    {
        const CommandTree tree = smallTree();
        QCOMPARE(rendered(tree, "exec", "show ", 1),
                 QString("  clock    Display the system clock\n"
                         "  ip       IP information\n"
                         "  version  System hardware and software status\n"));
        QCOMPARE(tree.help("exec", "show r", 1).outcome, Outcome::Unrecognized);
        QCOMPARE(tree.help("exec", "show t", 15).outcome, Outcome::Unrecognized);
        QCOMPARE(rendered(tree, "exec", "show tech-support "), QString("  <cr>\n"));
    }

    void tabCompletesAUniqueKeywordPrefix()
    {
        const CommandTree tree = smallTree();
        QCOMPARE(completed(tree, "exec", "sh"), QString("show "));
        QCOMPARE(completed(tree, "exec", "sh ip int"), QString("sh ip interface "));
        QCOMPARE(completed(tree, "exec", "show"), QString("show "));
        QCOMPARE(completed(tree, "exec", "SH"), QString("show "));
        QVERIFY(tree.complete("exec", "sh", 15).completed);
    }

    void tabLeavesAmbiguousOrUnknownWordsAlone()
    {
        const CommandTree tree = smallTree();
        const CompletionResult ambiguous = tree.complete("exec", "s", 15);
        QVERIFY(!ambiguous.completed);
        QCOMPARE(QString::fromStdString(ambiguous.line), QString("s"));
        QCOMPARE(ambiguous.candidates, (std::vector<std::string>{"setup", "show", "ssh"}));
        QCOMPARE(completed(tree, "exec", "show "), QString("show "));
        QCOMPARE(completed(tree, "exec", "xyz"), QString("xyz"));
        QCOMPARE(completed(tree, "exec", "xyz ver"), QString("xyz ver"));
        QCOMPARE(completed(tree, "exec", "show r", 1), QString("show r"));
        QCOMPARE(completed(tree, "exec", "show t"), QString("show t"));
        QCOMPARE(completed(tree, "exec", ""), QString(""));
    }

    void tabSpellsInterfacesOut()
    {
        const CommandTree tree = smallTree();
        QCOMPARE(completed(tree, "config", "int fa0/0"), QString("int FastEthernet0/0 "));
        QCOMPARE(completed(tree, "config", "int lo"), QString("int Loopback"));
        QCOMPARE(completed(tree, "config", "int fa9"), QString("int fa9"));
    }
};

QTEST_APPLESS_MAIN(CommandHelpTest)
#include "command_help_test.moc"
