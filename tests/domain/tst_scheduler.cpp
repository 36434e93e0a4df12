// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "domainmodule.h"
#include "domaintestkit.h"
#include "effectbus.h"
#include "frameworkeffects.h"
#include "manualclock.h"
#include "scheduler.h"

#include <QTest>

// An event that exists only in this test: the scheduler publishes it, nobody else makes it.
struct Alarm
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QString name MEMBER name REQUIRED)
public:
    QString name;
    friend bool operator==(const Alarm &, const Alarm &) = default;
};

struct AlarmHeard
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QString name MEMBER name REQUIRED)
public:
    QString name;
    friend bool operator==(const AlarmHeard &, const AlarmHeard &) = default;
};

namespace {

// Hears every Alarm, to show that a scheduled event is published on the bus like any other.
class ListenerModule : public DomainModule
{
public:
    void registerHandlers(EffectBus &bus) override
    {
        bus.subscribe<Alarm>([](const Alarm &alarm) { return QList<Effect>{AlarmHeard{alarm.name}}; });
    }
};

ModuleFactory noModules()
{
    return [](const Clock &) { return DomainModules(); };
}

ModuleFactory listenerModule()
{
    return [](const Clock &) {
        DomainModules modules;
        modules.push_back(std::make_unique<ListenerModule>());
        return modules;
    };
}

Effect schedule(const QString &name, qint64 whenMs, const QString &key)
{
    return ScheduleEvent{Alarm{name}, whenMs, key};
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerFrameworkJsonConverters(); }

    void eventIsPublishedExactlyWhenDue();
    void delayCountsFromTheTimeOfScheduling();
    void publishedEventReachesItsSubscribers();
    void dueEventsFireEarliestFirstTiesInSchedulingOrder();
    void cancelDropsEveryPendingEventWithTheKeyAndNoOther();
    void cancelWithUnknownKeyChangesNothing();
    void msUntilNextDueFollowsTheEarliestPendingEvent();
    void msUntilNextDueIsZeroWhenOverdue();
};

void TestScheduler::eventIsPublishedExactlyWhenDue()
{
    DomainTestKit kit(noModules());
    QVERIFY(kit.send(schedule("ring", 1000, "k")));
    QCOMPARE(describeEffects(kit.takeHandled()), describeEffects({schedule("ring", 1000, "k")}));

    kit.advanceClock(999);
    QCOMPARE(describeEffects(kit.takeHandled()), QStringList());
    QCOMPARE(kit.scheduler().pendingCount(), 1);

    kit.advanceClock(1);
    QCOMPARE(describeEffects(kit.takeHandled()), describeEffects({Alarm{"ring"}}));
    QCOMPARE(kit.scheduler().pendingCount(), 0);

    // Published once only.
    kit.advanceClock(100000);
    QCOMPARE(describeEffects(kit.takeHandled()), QStringList());
}

void TestScheduler::delayCountsFromTheTimeOfScheduling()
{
    DomainTestKit kit(noModules());
    kit.advanceClock(5000);
    QVERIFY(kit.send(schedule("later", 300, "k")));
    kit.takeHandled();

    kit.advanceClock(299);
    QCOMPARE(describeEffects(kit.takeHandled()), QStringList());
    kit.advanceClock(1);
    QCOMPARE(describeEffects(kit.takeHandled()), describeEffects({Alarm{"later"}}));
}

void TestScheduler::publishedEventReachesItsSubscribers()
{
    DomainTestKit kit(listenerModule());
    QVERIFY(kit.send(schedule("ring", 10, "k")));
    kit.takeHandled();

    kit.advanceClock(10);

    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({Alarm{"ring"}, AlarmHeard{"ring"}}));
}

void TestScheduler::dueEventsFireEarliestFirstTiesInSchedulingOrder()
{
    DomainTestKit kit(noModules());
    QVERIFY(kit.send(schedule("c", 300, "k1")));
    QVERIFY(kit.send(schedule("a", 100, "k2")));
    QVERIFY(kit.send(schedule("b1", 200, "k3")));
    QVERIFY(kit.send(schedule("b2", 200, "k1")));
    QVERIFY(kit.send(schedule("b3", 200, "k2")));
    kit.takeHandled();

    kit.advanceClock(200);
    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({Alarm{"a"}, Alarm{"b1"}, Alarm{"b2"}, Alarm{"b3"}}));

    kit.advanceClock(100);
    QCOMPARE(describeEffects(kit.takeHandled()), describeEffects({Alarm{"c"}}));
}

void TestScheduler::cancelDropsEveryPendingEventWithTheKeyAndNoOther()
{
    DomainTestKit kit(noModules());
    QVERIFY(kit.send(schedule("first of game 1", 100, "game:1")));
    QVERIFY(kit.send(schedule("game 2", 150, "game:2")));
    QVERIFY(kit.send(schedule("second of game 1", 200, "game:1")));
    QVERIFY(kit.send(schedule("game 10", 250, "game:10")));
    kit.takeHandled();

    QVERIFY(kit.send(CancelScheduledEvents{"game:1"}));
    QCOMPARE(describeEffects(kit.takeHandled()), describeEffects({CancelScheduledEvents{"game:1"}}));
    QCOMPARE(kit.scheduler().pendingCount(), 2);

    kit.advanceClock(1000);
    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({Alarm{"game 2"}, Alarm{"game 10"}}));
}

void TestScheduler::cancelWithUnknownKeyChangesNothing()
{
    DomainTestKit kit(noModules());
    QVERIFY(kit.send(schedule("ring", 100, "k")));
    QVERIFY(kit.send(CancelScheduledEvents{"another key"}));
    kit.takeHandled();

    QCOMPARE(kit.scheduler().pendingCount(), 1);
    kit.advanceClock(100);
    QCOMPARE(describeEffects(kit.takeHandled()), describeEffects({Alarm{"ring"}}));
}

void TestScheduler::msUntilNextDueFollowsTheEarliestPendingEvent()
{
    DomainTestKit kit(noModules());
    QCOMPARE(kit.scheduler().msUntilNextDue(), std::nullopt);

    QVERIFY(kit.send(schedule("late", 500, "late")));
    QCOMPARE(kit.scheduler().msUntilNextDue(), std::optional<qint64>(500));

    QVERIFY(kit.send(schedule("early", 200, "early")));
    QCOMPARE(kit.scheduler().msUntilNextDue(), std::optional<qint64>(200));

    kit.advanceClock(150);
    QCOMPARE(kit.scheduler().msUntilNextDue(), std::optional<qint64>(50));

    QVERIFY(kit.send(CancelScheduledEvents{"early"}));
    QCOMPARE(kit.scheduler().msUntilNextDue(), std::optional<qint64>(350));

    kit.advanceClock(350);
    QCOMPARE(kit.scheduler().msUntilNextDue(), std::nullopt);
}

void TestScheduler::msUntilNextDueIsZeroWhenOverdue()
{
    // Without the kit nobody takes the due events, so the pending one becomes overdue.
    ManualClock clock;
    EffectBus bus;
    Scheduler scheduler(clock);
    scheduler.registerHandlers(bus);
    bus.enqueue(schedule("ring", 100, "k"));
    bus.drain();

    clock.advance(250);

    QCOMPARE(scheduler.msUntilNextDue(), std::optional<qint64>(0));
    QCOMPARE(describeEffects(scheduler.takeDueEvents()), describeEffects({Alarm{"ring"}}));
    QCOMPARE(scheduler.msUntilNextDue(), std::nullopt);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
