// --More-- on its own: where it stops, what each key shows next, and what it throws away.
#include <QtTest>

#include "console/pager.h"

using namespace routerlab;

namespace {
std::string lines(int from, int to)
{
    std::string out;
    for (int i = from; i <= to; ++i)
        out += "line " + std::to_string(i) + "\r\n";
    return out;
}
} // namespace

class PagerTest : public QObject {
    Q_OBJECT
private slots:
    void stopsAfterLengthLessOneLines()
    {
        Pager pager;
        pager.begin(5);
        QCOMPARE(pager.write(lines(1, 10)), lines(1, 4) + std::string(Pager::kMore));
        QVERIFY(pager.paused());
    }

    void outputThatFitsNeverShowsMore()
    {
        Pager pager;
        pager.begin(5);
        QCOMPARE(pager.write(lines(1, 4)), lines(1, 4));
        QVERIFY(!pager.paused());
    }

    void spaceShowsAPageAndReturnALine()
    {
        Pager pager;
        pager.begin(5);
        pager.write(lines(1, 10));
        const std::string erase(Pager::kEraseMore);
        const std::string more(Pager::kMore);
        QCOMPARE(pager.resume(Pager::Key::NextLine), erase + lines(5, 5) + more);
        QCOMPARE(pager.resume(Pager::Key::NextPage), erase + lines(6, 9) + more);
        QCOMPARE(pager.resume(Pager::Key::NextPage), erase + lines(10, 10));
        QVERIFY(!pager.paused());
    }

    void outputArrivingWhilePausedWaitsItsTurn()
    {
        Pager pager;
        pager.begin(3);
        pager.write(lines(1, 3));
        QVERIFY(pager.paused());
        QCOMPARE(pager.write(lines(4, 4)), std::string());
        QCOMPARE(pager.resume(Pager::Key::NextPage),
                 std::string(Pager::kEraseMore) + lines(3, 4));
    }

    void quitDropsTheRestOfTheCommand()
    {
        Pager pager;
        pager.begin(3);
        pager.write(lines(1, 10));
        QCOMPARE(pager.resume(Pager::Key::Quit), std::string(Pager::kEraseMore));
        QCOMPARE(pager.write(lines(11, 12)), std::string());
        pager.begin(3);
        QCOMPARE(pager.write(lines(1, 1)), lines(1, 1));
    }

    void lengthZeroNeverPauses()
    {
        Pager pager;
        pager.begin(0);
        QCOMPARE(pager.write(lines(1, 100)), lines(1, 100));
        QVERIFY(!pager.paused());
    }
};

QTEST_APPLESS_MAIN(PagerTest)
#include "pager_test.moc"
