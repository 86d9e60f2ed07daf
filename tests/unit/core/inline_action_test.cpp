#include "core/inline_action.h"

#include <QtTest>

#include <array>
#include <functional>
#include <memory>

using namespace routerlab;

namespace {

// Counts its live copies, so a test sees every capture destroyed exactly once.
struct Counted {
    explicit Counted(int &alive) : alive(&alive) { ++alive; }
    Counted(const Counted &other) : alive(other.alive) { ++*alive; }
    Counted(Counted &&other) noexcept : alive(other.alive) { ++*alive; }
    ~Counted() { --*alive; }
    int *alive;
};

} // namespace

class InlineActionTest : public QObject {
    Q_OBJECT
private slots:
    void segmentDeliverySizedCaptureStaysInline()
    {
        struct Delivery {
            void *segment;
            std::weak_ptr<int> guard;
            int side;
            std::uint64_t epoch;
            std::uint64_t sequence;
            std::shared_ptr<const int> frame;
            void operator()() {}
        };
        QVERIFY(InlineAction::storesInline<Delivery>);
        QVERIFY(InlineAction::storesInline<std::function<void()>>);
        struct Big {
            std::array<char, 65> bytes;
            void operator()() {}
        };
        QVERIFY(!InlineAction::storesInline<Big>);
    }

    void inlineAndBoxedCapturesRunAndDieOnce()
    {
        int alive = 0;
        int ran = 0;
        {
            InlineAction small([&ran, counted = Counted(alive)] { ++ran; });
            std::array<char, 100> padding{};
            InlineAction big([&ran, counted = Counted(alive), padding] { ran += 10 + padding[0]; });
            QCOMPARE(alive, 2);
            small();
            big();
            QCOMPARE(ran, 11);
        }
        QCOMPARE(alive, 0);
    }

    void movingHandsTheCaptureOver()
    {
        int alive = 0;
        int ran = 0;
        InlineAction first([&ran, counted = Counted(alive)] { ++ran; });
        InlineAction second(std::move(first));
        QVERIFY(!first);
        QVERIFY(second);
        QCOMPARE(alive, 1);
        InlineAction third;
        third = std::move(second);
        third();
        QCOMPARE(ran, 1);
        third.reset();
        QCOMPARE(alive, 0);
    }

    void emplacingAnActionTakesItOverRatherThanWrappingIt()
    {
        int ran = 0;
        InlineAction inner([&ran] { ++ran; });
        InlineAction outer;
        outer.emplace(std::move(inner));
        QVERIFY(!inner);
        outer();
        QCOMPARE(ran, 1);
    }
};

QTEST_APPLESS_MAIN(InlineActionTest)
#include "inline_action_test.moc"
