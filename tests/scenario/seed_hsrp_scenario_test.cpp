// The seed lab's HSRP story (topologies/seed-hsrp/scenario.txt) played in virtual time: the
// reviewed transcript in golden/seed-hsrp.txt, and the behaviour the seed document shows in
// each phase, asserted on its own so a golden refresh cannot hide a regression.
#include <QtTest>

#include "support/lab_fixture.h"

#include <regex>

using namespace routerlab;
using namespace routerlab::testing;

namespace {

const std::string &transcript()
{
    static const std::string played = playShippedScenario("seed-hsrp", 1);
    return played;
}

// The part of the transcript from the n-th occurrence of `from` up to the next `to`.
std::string section(const std::string &from, int occurrence, const std::string &to)
{
    std::size_t start = std::string::npos;
    std::size_t searchFrom = 0;
    for (int i = 0; i <= occurrence; ++i) {
        start = transcript().find(from, searchFrom);
        if (start == std::string::npos)
            return {};
        searchFrom = start + 1;
    }
    const std::size_t end = transcript().find(to, start + from.size());
    return transcript().substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// The ping marks of the first `ping ... repeat 10` after `from`: lines made only of ! and .
// (other consoles' output interleaves with a ping that runs while the user types elsewhere).
std::string pingMarks(const std::string &text)
{
    std::string marks;
    std::istringstream lines(text.substr(text.find("timeout is 2 seconds:")));
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind("Success rate", 0) == 0)
            break;
        if (!line.empty() && line.find_first_not_of("!.") == std::string::npos)
            marks += line;
    }
    return marks;
}

bool contains(const std::string &text, const std::string &what)
{
    return text.find(what) != std::string::npos;
}

} // namespace

class SeedHsrpScenarioTest : public QObject {
    Q_OBJECT
private slots:
    void transcriptMatchesTheReviewedGolden()
    {
        const std::string mismatch = compareWithGolden(transcript(), "seed-hsrp.txt");
        QVERIFY2(mismatch.empty(), mismatch.c_str());
    }

    void steadyStateHas7204Vxr1ActiveAnd7204Vxr2Standby()
    {
        const std::string steady = section("7204VXR-1#show standby", 0, "debug standby events");
        QVERIFY(contains(steady, "State is Active"));
        QVERIFY(contains(steady, "Standby router is 172.16.172.54, priority 100"));
        QVERIFY(contains(steady, "Priority 200 (configured 200)"));
        QVERIFY(contains(steady, "Track interface FastEthernet0/1 state Up decrement 150"));
        QVERIFY(contains(steady, "IP redundancy name is \"VPNHA\" (cfgd)"));
        QVERIFY(contains(steady, "Track 1 (via HSRP)"));
        QVERIFY(contains(steady, "HSRP FastEthernet0/0 1"));
        QVERIFY(contains(steady, "State is Standby"));
        QVERIFY(contains(steady, "Active router is 172.16.172.52, priority 200"));
        QVERIFY(contains(steady, "Internet  172.16.172.53            0  0000.0c07.ac01"));
    }

    void shutdownMovesTheVirtualRouterWhenTheActiveTimerExpires()
    {
        const std::string failover = section("7204VXR-1(config-if)#shutdown", 0, "no shutdown");
        for (const char *line : {"HSRP: Fa0/0 Interface down", "Grp 1 Active: b/HSRP disabled",
                                 "Grp 1 Active router is unknown, was local",
                                 "Grp 1 Standby router is unknown, was 172.16.172.54", "Grp 1 Active -> Init",
                                 "%HSRP-6-STATECHANGE: FastEthernet0/0 Grp 1 state Active -> Init",
                                 "Grp 1 Redundancy \"VPNHA\" state Active -> Init", "State is Init (interface down)",
                                 "Active virtual MAC address is unknown",
                                 "Grp 1 Standby: c/Active timer expired (172.16.172.52)",
                                 "Grp 1 Active router is local, was 172.16.172.52",
                                 "Grp 1 Standby router is unknown, was local",
                                 "%HSRP-6-STATECHANGE: FastEthernet0/0 Grp 1 state Standby -> Active",
                                 "Grp 1 Redundancy \"VPNHA\" state Standby -> Active"})
            QVERIFY2(contains(failover, line), line);
        // The Active timer runs out ten seconds after 7204VXR-1's last hello, not before.
        QVERIFY(contains(failover, "00:01:08.000: HSRP: Fa0/0 Grp 1 Standby: c/Active timer expired"));
    }

    void pingToTheVirtualIpFailsOnlyWhileTheActiveTimerRuns()
    {
        const std::string marks = pingMarks(section("transit#ping 172.16.172.53 repeat 10", 0, "Success rate"));
        QVERIFY2(std::regex_match(marks, std::regex("!*\\.{1,5}!+")), marks.c_str());
        QCOMPARE(marks.size(), std::size_t(10));
    }

    void recoveryPreemptsThroughTheSeedsSequence()
    {
        const std::string recovery = section("7204VXR-1(config-if)#no shutdown", 0, "transit#ping");
        for (const char *line : {"API 172.16.172.52 is not an HSRP address", "API MAC address update",
                                 "API Software interface coming up", "HSRP: Fa0/0 Interface up",
                                 "Starting minimum interface delay (1 secs)", "Interface min delay expired",
                                 "Grp 1 Init: a/HSRP enabled", "Grp 1 Init -> Listen",
                                 "Redundancy \"VPNHA\" state Init -> Backup",
                                 "Grp 1 Listen: c/Active timer expired (unknown)",
                                 "Redundancy \"VPNHA\" state Backup -> Speak",
                                 "Grp 1 Speak: d/Standby timer expired (unknown)", "Grp 1 Speak -> Standby",
                                 "Grp 1 Standby -> Active",
                                 "Grp 1 Active: g/Hello rcvd from higher pri Active router (200/172.16.172.52)",
                                 "Grp 1 Active -> Speak", "Grp 1 Active: i/Resign rcvd (100/172.16.172.54)",
                                 "Grp 1 Redundancy group VPNHA state Active -> Active",
                                 "Grp 1 Standby router is 172.16.172.54"})
            QVERIFY2(contains(recovery, line), line);
    }

    void trackingFailsOverAndPreemptsBack()
    {
        const std::string tracking = section("7204VXR-1(config-if)#shutdown", 1, "undebug all");
        for (const char *line : {"Grp 1 Track 1 object changed, state Up -> Down", "Grp 1 Priority 200 -> 50",
                                 "Grp 1 Standby: h/Hello rcvd from lower pri Active router (50/172.16.172.52)",
                                 "Grp 1 Active: j/Coup rcvd from higher pri router (100/172.16.172.54)",
                                 "Priority 50 (configured 200)",
                                 "Track interface FastEthernet0/1 state Down decrement 150",
                                 "Line protocol is Down", "Grp 1 Priority 50 -> 200",
                                 "Grp 1 Standby: h/Hello rcvd from lower pri Active router (100/172.16.172.54)",
                                 "Grp 1 Active: j/Coup rcvd from higher pri router (200/172.16.172.52)"})
            QVERIFY2(contains(tracking, line), line);
        const std::string end = section("7204VXR-1#show standby brief", 1, "transit#");
        QVERIFY(contains(end, "Fa0/0       1   200  P Active   local           172.16.172.54   172.16.172.53"));
        QVERIFY(contains(end, "Fa0/0       1   100  P Standby  172.16.172.52   local           172.16.172.53"));
    }

    void sameSeedPrintsTheSameTranscript() { QCOMPARE(playShippedScenario("seed-hsrp", 1), transcript()); }
};

QTEST_GUILESS_MAIN(SeedHsrpScenarioTest)
#include "seed_hsrp_scenario_test.moc"
