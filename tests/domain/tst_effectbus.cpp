// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "domainmodule.h"
#include "domaintestkit.h"
#include "effectbus.h"
#include "frameworkeffects.h"

#include <QRegularExpression>
#include <QTest>

#include <stdexcept>

// Effects that exist only in this test, so that the bus is tested without any domain rule.

struct Knock
{
    Q_GADGET
    Q_CLASSINFO("kind", "command")
    Q_PROPERTY(int number MEMBER number REQUIRED)
public:
    int number = 0;
    friend bool operator==(const Knock &, const Knock &) = default;
};

struct Knocked
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(int number MEMBER number REQUIRED)
public:
    int number = 0;
    friend bool operator==(const Knocked &, const Knocked &) = default;
};

struct Noted
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QString text MEMBER text REQUIRED)
public:
    QString text;
    friend bool operator==(const Noted &, const Noted &) = default;
};

// A command no module handles.
struct Orphan
{
    Q_GADGET
    Q_CLASSINFO("kind", "command")
    Q_PROPERTY(int number MEMBER number REQUIRED)
public:
    int number = 0;
    friend bool operator==(const Orphan &, const Orphan &) = default;
};

struct Double
{
    Q_GADGET
    Q_CLASSINFO("kind", "query")
    Q_PROPERTY(int number MEMBER number REQUIRED)
public:
    int number = 0;
    friend bool operator==(const Double &, const Double &) = default;
};

// A query no module answers.
struct Unanswered
{
    Q_GADGET
    Q_CLASSINFO("kind", "query")
    Q_PROPERTY(int number MEMBER number REQUIRED)
public:
    int number = 0;
    friend bool operator==(const Unanswered &, const Unanswered &) = default;
};

namespace {

using Registration = std::function<void(EffectBus &)>;

// A module made of whatever handlers the test registers.
class TestModule : public DomainModule
{
public:
    explicit TestModule(Registration registration)
        : m_registration(std::move(registration))
    {
    }
    void registerHandlers(EffectBus &bus) override { m_registration(bus); }

private:
    Registration m_registration;
};

ModuleFactory modulesOf(const QList<Registration> &registrations)
{
    return [registrations](const Clock &) {
        DomainModules modules;
        for (const Registration &registration : registrations)
            modules.push_back(std::make_unique<TestModule>(registration));
        return modules;
    };
}

QList<Effect> nothing()
{
    return {};
}

QString note(int number)
{
    return QStringLiteral("after %1").arg(number);
}

// Knock{n} -> Knocked{n}; Knocked{n} -> Noted{"after n"}.
void registerKnockChain(EffectBus &bus)
{
    bus.handleCommand<Knock>([](const Knock &command) {
        return QList<Effect>{Knocked{command.number}};
    });
    bus.subscribe<Knocked>([](const Knocked &event) {
        return QList<Effect>{Noted{note(event.number)}};
    });
}

} // namespace

class TestEffectBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerFrameworkJsonConverters(); }

    void queuedEffectsAreHandledFirstInFirstOut();
    void producedEffectsJoinTheTailBreadthFirst();
    void secondCommandHandlerIsAnError();
    void secondCommandHandlerInAnotherModuleFailsAtStartUp();
    void secondQueryHandlerIsAnError();
    void commandWithoutHandlerIsRefusedSynchronously();
    void producedCommandWithoutHandlerBecomesAFailure();
    void queryIsRefusedFromTheQueue();
    void eventWithoutSubscriberIsObservedAndDropped();
    void eventHandlersRunInSubscriptionOrder();
    void throwingEventHandlerBecomesBusHandlerFailedAndOthersStillRun();
    void throwingCommandHandlerBecomesBusHandlerFailed();
    void throwingBusHandlerFailedHandlerDoesNotLoop();
    void queryIsAnsweredSynchronously();
    void unknownQueryGivesAnError();
    void throwingQueryHandlerGivesAnError();
};

void TestEffectBus::queuedEffectsAreHandledFirstInFirstOut()
{
    EffectBus bus;
    registerKnockChain(bus);
    QList<Effect> handled;
    bus.setObserver([&](const Effect &effect) { handled.append(effect); });

    bus.enqueue(Knock{1});
    bus.enqueue(Knock{2});
    bus.enqueue(Knock{3});
    QVERIFY(!bus.isIdle());
    bus.drain();

    QVERIFY(bus.isIdle());
    // What Knock{1} produced waits behind Knock{2} and Knock{3}, which were queued before it.
    QCOMPARE(describeEffects(handled),
             describeEffects({Knock{1}, Knock{2}, Knock{3}, Knocked{1}, Knocked{2}, Knocked{3},
                              Noted{note(1)}, Noted{note(2)}, Noted{note(3)}}));
}

void TestEffectBus::producedEffectsJoinTheTailBreadthFirst()
{
    DomainTestKit kit(modulesOf({[](EffectBus &bus) {
        bus.handleCommand<Knock>([](const Knock &command) {
            return QList<Effect>{Knocked{command.number * 10 + 1},
                                 Knocked{command.number * 10 + 2}};
        });
        bus.subscribe<Knocked>([](const Knocked &event) {
            return QList<Effect>{Noted{note(event.number)}};
        });
    }}));

    QVERIFY(kit.send(Knock{1}));

    // Depth-first would give Knocked{11}, Noted{11}, Knocked{12}, Noted{12}.
    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({Knock{1}, Knocked{11}, Knocked{12}, Noted{note(11)}, Noted{note(12)}}));
}

void TestEffectBus::secondCommandHandlerIsAnError()
{
    EffectBus bus;
    bus.handleCommand<Knock>([](const Knock &) { return QList<Effect>{Noted{"first"}}; });

    QVERIFY_THROWS_EXCEPTION(std::logic_error, bus.handleCommand<Knock>([](const Knock &) {
        return QList<Effect>{Noted{"second"}};
    }));

    // The refused registration left the first handler in place.
    QList<Effect> handled;
    bus.setObserver([&](const Effect &effect) { handled.append(effect); });
    bus.enqueue(Knock{1});
    bus.drain();
    QCOMPARE(describeEffects(handled), describeEffects({Knock{1}, Noted{"first"}}));
}

void TestEffectBus::secondCommandHandlerInAnotherModuleFailsAtStartUp()
{
    const ModuleFactory clashing = modulesOf({
            [](EffectBus &bus) { bus.handleCommand<Knock>([](const Knock &) { return nothing(); }); },
            [](EffectBus &bus) { bus.handleCommand<Knock>([](const Knock &) { return nothing(); }); },
    });
    QVERIFY_THROWS_EXCEPTION(std::logic_error, DomainTestKit kit(clashing));
}

void TestEffectBus::secondQueryHandlerIsAnError()
{
    EffectBus bus;
    bus.answerQuery<Double>([](const Double &query) { return query.number * 2; });

    QVERIFY_THROWS_EXCEPTION(std::logic_error,
                             bus.answerQuery<Double>([](const Double &query) { return query.number * 3; }));

    QCOMPARE(bus.ask(Double{21}), QVariant(42));
}

void TestEffectBus::commandWithoutHandlerIsRefusedSynchronously()
{
    DomainTestKit kit(modulesOf({registerKnockChain}));

    const Outcome<> refused = kit.send(Orphan{1});

    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("Orphan")),
             qPrintable(refused.error().message));
    QCOMPARE(describeEffects(kit.takeHandled()), QStringList());
}

void TestEffectBus::producedCommandWithoutHandlerBecomesAFailure()
{
    DomainTestKit kit(modulesOf({[](EffectBus &bus) {
        bus.handleCommand<Knock>([](const Knock &command) {
            return QList<Effect>{Orphan{command.number}};
        });
    }}));

    QVERIFY(kit.send(Knock{7}));

    // The handler that produced it is the one that failed: the orphan command is never handled.
    const QList<Effect> handled = kit.takeHandled();
    QCOMPARE(handled.size(), 2);
    QVERIFY(handled.at(1).is<BusHandlerFailed>());
    const BusHandlerFailed failure = handled.at(1).as<BusHandlerFailed>();
    QCOMPARE(describeEffect(failure.effect), describeEffect(Knock{7}));
    QVERIFY2(failure.error.contains(QLatin1String("Orphan")), qPrintable(failure.error));
}

void TestEffectBus::queryIsRefusedFromTheQueue()
{
    EffectBus bus;
    bus.answerQuery<Double>([](const Double &query) { return query.number * 2; });

    QVERIFY(!bus.checkQueueable(Double{1}));
    QVERIFY(!bus.checkQueueable(Effect()));
}

void TestEffectBus::eventWithoutSubscriberIsObservedAndDropped()
{
    DomainTestKit kit(modulesOf({registerKnockChain}));

    QVERIFY(kit.send(Noted{"nobody listens"}));

    // Observed, and nothing else: in particular no BusHandlerFailed.
    QCOMPARE(describeEffects(kit.takeHandled()), describeEffects({Noted{"nobody listens"}}));
}

void TestEffectBus::eventHandlersRunInSubscriptionOrder()
{
    QStringList calls;
    auto subscriber = [&calls](const QString &name) {
        return [&calls, name](EffectBus &bus) {
            bus.subscribe<Knocked>([&calls, name](const Knocked &) {
                calls.append(name);
                return QList<Effect>{Noted{name}};
            });
        };
    };
    // Two subscriptions in the first module, one in the second: module order, then registration order.
    DomainTestKit kit(modulesOf({
            [&](EffectBus &bus) {
                subscriber(QStringLiteral("first"))(bus);
                subscriber(QStringLiteral("second"))(bus);
            },
            subscriber(QStringLiteral("third")),
    }));

    QVERIFY(kit.send(Knocked{1}));

    QCOMPARE(calls, QStringList({"first", "second", "third"}));
    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({Knocked{1}, Noted{"first"}, Noted{"second"}, Noted{"third"}}));
}

void TestEffectBus::throwingEventHandlerBecomesBusHandlerFailedAndOthersStillRun()
{
    QStringList calls;
    DomainTestKit kit(modulesOf({[&](EffectBus &bus) {
        bus.subscribe<Knocked>([&](const Knocked &) {
            calls.append(QStringLiteral("before"));
            return QList<Effect>{Noted{"before"}};
        });
        bus.subscribe<Knocked>([&](const Knocked &) -> QList<Effect> {
            calls.append(QStringLiteral("thrower"));
            throw std::runtime_error("boom");
        });
        bus.subscribe<Knocked>([&](const Knocked &) {
            calls.append(QStringLiteral("after"));
            return QList<Effect>{Noted{"after"}};
        });
    }}));

    QVERIFY(kit.send(Knocked{3}));

    QCOMPARE(calls, QStringList({"before", "thrower", "after"}));
    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({Knocked{3}, Noted{"before"}, BusHandlerFailed{Knocked{3}, "boom"},
                              Noted{"after"}}));
}

void TestEffectBus::throwingCommandHandlerBecomesBusHandlerFailed()
{
    DomainTestKit kit(modulesOf({[](EffectBus &bus) {
        bus.handleCommand<Knock>([](const Knock &) -> QList<Effect> {
            throw std::invalid_argument("no such door");
        });
    }}));

    // The sender is not refused: the failure is an event, like in Scuti.
    QVERIFY(kit.send(Knock{4}));

    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({Knock{4}, BusHandlerFailed{Knock{4}, "no such door"}}));
}

void TestEffectBus::throwingBusHandlerFailedHandlerDoesNotLoop()
{
    int failureHandlerCalls = 0;
    DomainTestKit kit(modulesOf({[&](EffectBus &bus) {
        bus.handleCommand<Knock>([](const Knock &) -> QList<Effect> {
            throw std::runtime_error("boom");
        });
        bus.subscribe<BusHandlerFailed>([&](const BusHandlerFailed &) -> QList<Effect> {
            ++failureHandlerCalls;
            throw std::runtime_error("the error handler failed too");
        });
    }}));
    QTest::ignoreMessage(QtCriticalMsg,
                         QRegularExpression(QStringLiteral("BusHandlerFailed failed.*the error handler failed too")));

    QVERIFY(kit.send(Knock{5}));

    QCOMPARE(failureHandlerCalls, 1);
    QCOMPARE(describeEffects(kit.takeHandled()),
             describeEffects({Knock{5}, BusHandlerFailed{Knock{5}, "boom"}}));
}

void TestEffectBus::queryIsAnsweredSynchronously()
{
    DomainTestKit kit(modulesOf({[](EffectBus &bus) {
        bus.answerQuery<Double>([](const Double &query) { return query.number * 2; });
    }}));

    QCOMPARE(kit.ask(Double{21}), QVariant(42));
    // A query is answered, not queued: nothing was handled.
    QCOMPARE(describeEffects(kit.takeHandled()), QStringList());
}

void TestEffectBus::unknownQueryGivesAnError()
{
    DomainTestKit kit(modulesOf({[](EffectBus &bus) {
        bus.answerQuery<Double>([](const Double &query) { return query.number * 2; });
    }}));

    const Outcome<QVariant> answer = kit.ask(Unanswered{1});

    QVERIFY(!answer);
    QVERIFY2(answer.error().message.contains(QLatin1String("Unanswered")),
             qPrintable(answer.error().message));
}

void TestEffectBus::throwingQueryHandlerGivesAnError()
{
    DomainTestKit kit(modulesOf({[](EffectBus &bus) {
        bus.answerQuery<Double>([](const Double &) -> int { throw std::overflow_error("too big"); });
    }}));

    const Outcome<QVariant> answer = kit.ask(Double{1});

    QVERIFY(!answer);
    QCOMPARE(answer.error().message, QStringLiteral("too big"));
}

QTEST_GUILESS_MAIN(TestEffectBus)
#include "tst_effectbus.moc"
