// The link-end dots come from the emulator's events alone: attached to a lab that is already
// running they start from its state, then follow shut/no shut as the user types them; links the
// running lab does not have, and a detached lab, show no dots.
#include <QtTest>

#include "gui/running_lab.h"
#include "runtime/link_states.h"

using namespace routerlab;
using namespace routerlab::gui;
using routerlab::testing::RunningLab;
using EndState = LinkItem::EndState;

namespace {

const LabLinkSpec *linkAt(const Lab &lab, const std::string &node, const std::string &port)
{
    for (const LabLinkSpec &link : lab.spec().links) {
        if ((link.a.node == node && link.a.port == port) || (link.b.node == node && link.b.port == port))
            return &link;
    }
    return nullptr;
}

EndState endAt(const LinkStates &states, const Lab &lab, const std::string &node, const std::string &port)
{
    const LabLinkSpec *link = linkAt(lab, node, port);
    if (!link)
        return EndState::None;
    return states.endState(*link, link->a.node == node && link->a.port == port ? 0 : 1);
}

} // namespace

class LinkStatesTest : public QObject {
    Q_OBJECT
private slots:
    void aWatcherAttachedToARunningLabStartsFromItsState()
    {
        RunningLab running("three-routers");
        running.start();
        running.configure("R2", {"interface FastEthernet0/1", "shutdown"});
        running.lab.runFor(std::chrono::seconds(5));

        LinkStates states;
        states.attach(running.lab);
        QCOMPARE(endAt(states, running.lab, "R1", "FastEthernet0/0"), EndState::Up);
        QCOMPARE(endAt(states, running.lab, "SW1", "1"), EndState::Up);
        QCOMPARE(endAt(states, running.lab, "R2", "FastEthernet0/1"), EndState::AdminDown);
    }

    void dotsFollowShutAndNoShut()
    {
        RunningLab running("three-routers");
        LinkStates states;
        QSignalSpy changed(&states, &LinkStates::changed);
        states.attach(running.lab);
        running.start();
        running.lab.runFor(std::chrono::seconds(5));
        QCOMPARE(endAt(states, running.lab, "R1", "FastEthernet0/0"), EndState::Up);

        changed.clear();
        running.configure("R1", {"interface FastEthernet0/0", "shutdown"});
        running.lab.runFor(std::chrono::seconds(2));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(endAt(states, running.lab, "R1", "FastEthernet0/0"), EndState::AdminDown);
        QCOMPARE(endAt(states, running.lab, "SW1", "1"), EndState::Down);

        running.configure("R1", {"interface FastEthernet0/0", "no shutdown"});
        running.lab.runFor(std::chrono::seconds(5));
        QCOMPARE(endAt(states, running.lab, "R1", "FastEthernet0/0"), EndState::Up);
        QCOMPARE(endAt(states, running.lab, "SW1", "1"), EndState::Up);
    }

    void linksTheLabDoesNotRunAndADetachedLabShowNoDots()
    {
        RunningLab running("three-routers");
        running.start();
        running.lab.runFor(std::chrono::seconds(5));
        LinkStates states;
        states.attach(running.lab);
        // Drawn on the canvas after the lab started: the running lab has no such cable.
        LabLinkSpec drawnLater;
        drawnLater.a = {"R1", "FastEthernet0/1"};
        drawnLater.b = {"R3", "FastEthernet0/1"};
        QCOMPARE(states.endState(drawnLater, 0), EndState::None);
        QCOMPARE(states.endState(drawnLater, 1), EndState::None);

        const LabLinkSpec &running0 = *linkAt(running.lab, "R1", "FastEthernet0/0");
        QCOMPARE(states.endState(running0, 0), EndState::Up);
        states.detach();
        QCOMPARE(states.endState(running0, 0), EndState::None);
        // Detached, the lab's later events reach nobody.
        running.configure("R1", {"interface FastEthernet0/0", "shutdown"});
        running.lab.runFor(std::chrono::seconds(2));
        QCOMPARE(states.endState(running0, 0), EndState::None);
    }
};

QTEST_MAIN(LinkStatesTest)
#include "link_states_test.moc"
