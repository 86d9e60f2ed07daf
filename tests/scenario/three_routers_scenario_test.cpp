// The shipped three-routers scenario, played in virtual time, must print exactly the reviewed
// transcript in golden/. Regenerate with ROUTERLAB_UPDATE_GOLDEN=1 and read the diff before
// committing it.
#include <QtTest>

#include "support/lab_fixture.h"

using namespace routerlab;
using namespace routerlab::testing;

namespace {
std::string playScenario(std::uint64_t seed) { return playShippedScenario("three-routers", seed); }
} // namespace

class ThreeRoutersScenarioTest : public QObject {
    Q_OBJECT
private slots:
    void transcriptMatchesTheReviewedGolden()
    {
        const std::string mismatch = compareWithGolden(playScenario(1), "three-routers.txt");
        QVERIFY2(mismatch.empty(), mismatch.c_str());
    }

    void transcriptShowsTheStaticRouteLeavingAndReturning()
    {
        const std::string transcript = playScenario(1);
        // Before the shutdown R3 routes 1.1.1.1 via R2; after it the route is gone and R1's ping
        // from its loopback fails; after no shutdown both come back.
        const auto shutdown = transcript.find("R3(config-if)#shutdown");
        const auto reenable = transcript.find("R3(config-if)#no shutdown");
        QVERIFY(shutdown != std::string::npos && reenable != std::string::npos);
        const std::string during = transcript.substr(shutdown, reenable - shutdown);
        QVERIFY(during.find("S       1.1.1.1 [1/0] via 10.23.0.2") == std::string::npos);
        QVERIFY(during.find("Success rate is 0 percent (0/5)") != std::string::npos);
        const std::string after = transcript.substr(reenable);
        QVERIFY(after.find("S       1.1.1.1 [1/0] via 10.23.0.2") != std::string::npos);
        QVERIFY(after.find("Success rate is 100 percent (5/5)") != std::string::npos);
        QVERIFY(transcript.find("%LINEPROTO-5-UPDOWN: Line protocol on Interface FastEthernet0/1, changed state to down") != std::string::npos);
    }

    void sameSeedPrintsTheSameTranscript()
    {
        QCOMPARE(playScenario(7), playScenario(7));
        QVERIFY(playScenario(7) != playScenario(8)); // MACs (show ip arp) come from the seed
    }
};

QTEST_GUILESS_MAIN(ThreeRoutersScenarioTest)
#include "three_routers_scenario_test.moc"
