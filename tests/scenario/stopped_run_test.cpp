// A virtual run stopped from outside (SIGINT, SIGTERM: the scheduler's stop request) ends
// where the lab was, with everything typed and printed so far in the transcript and nothing
// of the script after it run.
#include <QtTest>

#include "support/lab_fixture.h"
#include "topology/scenario_script.h"

using namespace routerlab;
using namespace routerlab::testing;
using namespace std::chrono_literals;

class StoppedRunTest : public QObject {
    Q_OBJECT
private slots:
    void aStopRequestEndsTheScriptWithTheTranscriptSoFar()
    {
        auto booted = bootThreeRouters();
        Lab &lab = *booted.lab;
        const SimTime stopAt = lab.scheduler().now() + 2s;
        lab.scheduler().scheduleAt(stopAt, [&lab] { lab.scheduler().requestStop(); });
        const auto steps = parseScenarioScript("R1: enable\n"
                                               "R1: ping 192.168.1.2 repeat 2147483647\n"
                                               "wait 10m\n"
                                               "R1: show clock\n",
                                               "long-ping.txt");
        booted.runner->run(steps, "long-ping.txt");
        QCOMPARE(lab.scheduler().now(), stopAt);
        const std::string transcript = booted.runner->transcript().text();
        QVERIFY(transcript.find("Sending 2147483647, 100-byte ICMP Echos to 192.168.1.2") != std::string::npos);
        QVERIFY(transcript.find("!!!!!!!!!!") != std::string::npos);
        QVERIFY(transcript.find("show clock") == std::string::npos);
    }

    void theSchedulerRunsAgainOnceTheRequestIsCleared()
    {
        Scheduler scheduler;
        int ran = 0;
        scheduler.schedule(1s, [&] {
            ++ran;
            scheduler.requestStop();
        });
        scheduler.schedule(2s, [&] { ++ran; });
        scheduler.runUntil(SimTime(10s));
        QCOMPARE(ran, 1);
        QCOMPARE(scheduler.now(), SimTime(1s));
        QVERIFY(!scheduler.runUntilIdle(SimTime(10s)));
        scheduler.clearStopRequest();
        QVERIFY(scheduler.runUntilIdle(SimTime(10s)));
        QCOMPARE(ran, 2);
    }
};

QTEST_GUILESS_MAIN(StoppedRunTest)
#include "stopped_run_test.moc"
