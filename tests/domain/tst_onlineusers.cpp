// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "domaintestkit.h"
#include "onlineusers/onlineusereffects.h"
#include "tictactoedomain.h"

#include <QTest>

namespace {

// The whole domain and three users who may connect.
class Lobby
{
public:
    Lobby()
        : kit(ticTacToeModules({}))
    {
    }

    // Binds a new session to the user and announces the user; forgets what that handled.
    QUuid connect(const QUuid &user)
    {
        const QUuid session = QUuid::createUuid();
        const bool accepted = kit.send(AssociateUserToSession{user, session}).has_value()
                && kit.send(UserConnected{user, QUuid::createUuid()}).has_value();
        kit.takeHandled();
        return accepted ? session : QUuid();
    }
    QList<QUuid> online() const
    {
        return kit.ask(GetUsersOnline{QUuid::createUuid()})->value<UsersOnline>().onlineUsers;
    }

    DomainTestKit kit;
    const QUuid alice = QUuid::createUuid();
    const QUuid bob = QUuid::createUuid();
    const QUuid carol = QUuid::createUuid();
};

} // namespace

class TestOnlineUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerTicTacToeJsonConverters(); }

    void connectedUsersAreListedInFirstConnectionOrder();
    void connectingTwiceDoesNotDuplicate();
    void secondSessionGetsTheListWithoutAnArrival();
    void closingTheOnlySessionTakesTheUserOffline();
    void userWithTwoSessionsStaysOnlineUntilBothClose();
    void countsFollowArrivalsAndDepartures();
    void unknownSessionIsIgnored();
    void sessionOfAUserWhoNeverAnnouncedThemselvesChangesNothing();
    void getUsersOnlineAnswersTheList();
};

void TestOnlineUsers::connectedUsersAreListedInFirstConnectionOrder()
{
    Lobby lobby;
    const UserConnected bob{lobby.bob, QUuid::createUuid()};
    const UserConnected alice{lobby.alice, QUuid::createUuid()};

    QVERIFY(lobby.kit.send(bob));
    QVERIFY(lobby.kit.send(alice));

    // Everyone hears of the arrival; the list goes to the one who arrived.
    QCOMPARE(describeEffects(lobby.kit.takeHandled()),
             describeEffects({
                     bob,
                     UserCameOnline{lobby.bob, 1},
                     UsersOnlineUpdated{{lobby.bob}, bob.operationId, lobby.bob},
                     alice,
                     UserCameOnline{lobby.alice, 2},
                     UsersOnlineUpdated{{lobby.bob, lobby.alice}, alice.operationId, lobby.alice},
             }));
}

void TestOnlineUsers::connectingTwiceDoesNotDuplicate()
{
    Lobby lobby;
    QVERIFY(!lobby.connect(lobby.alice).isNull());
    QVERIFY(!lobby.connect(lobby.bob).isNull());
    const UserConnected again{lobby.alice, QUuid::createUuid()};

    QVERIFY(lobby.kit.send(again));

    // alice keeps her place: the list is ordered by first connection. Nobody arrived: no change
    // for the others, only the list for alice.
    QCOMPARE(describeEffects(lobby.kit.takeHandled()),
             describeEffects({again, UsersOnlineUpdated{{lobby.alice, lobby.bob}, again.operationId,
                                                        lobby.alice}}));
}

void TestOnlineUsers::secondSessionGetsTheListWithoutAnArrival()
{
    Lobby lobby;
    QVERIFY(!lobby.connect(lobby.bob).isNull());
    QVERIFY(!lobby.connect(lobby.alice).isNull());
    const QUuid secondTab = QUuid::createUuid();
    const UserConnected fromTheSecondTab{lobby.alice, QUuid::createUuid()};

    QVERIFY(lobby.kit.send(AssociateUserToSession{lobby.alice, secondTab}));
    QVERIFY(lobby.kit.send(fromTheSecondTab));

    // The new tab needs the list; the others already count alice.
    QCOMPARE(describeEffects(lobby.kit.takeHandled()),
             describeEffects({AssociateUserToSession{lobby.alice, secondTab}, fromTheSecondTab,
                              UsersOnlineUpdated{{lobby.bob, lobby.alice}, fromTheSecondTab.operationId,
                                                 lobby.alice}}));
}

void TestOnlineUsers::closingTheOnlySessionTakesTheUserOffline()
{
    Lobby lobby;
    const QUuid aliceSession = lobby.connect(lobby.alice);
    QVERIFY(!lobby.connect(lobby.bob).isNull());
    QVERIFY(!lobby.connect(lobby.carol).isNull());

    QVERIFY(lobby.kit.send(SessionDisconnected{aliceSession}));

    QCOMPARE(describeEffects(lobby.kit.takeHandled()),
             describeEffects({SessionDisconnected{aliceSession}, UserWentOffline{lobby.alice, 2}}));
    QCOMPARE(lobby.online(), QList<QUuid>({lobby.bob, lobby.carol}));
}

void TestOnlineUsers::userWithTwoSessionsStaysOnlineUntilBothClose()
{
    Lobby lobby;
    const QUuid firstTab = lobby.connect(lobby.alice);
    const QUuid secondTab = lobby.connect(lobby.alice);
    QVERIFY(!firstTab.isNull() && !secondTab.isNull());

    QVERIFY(lobby.kit.send(SessionDisconnected{firstTab}));
    QCOMPARE(describeEffects(lobby.kit.takeHandled()), describeEffects({SessionDisconnected{firstTab}}));
    QCOMPARE(lobby.online(), QList<QUuid>({lobby.alice}));

    QVERIFY(lobby.kit.send(SessionDisconnected{secondTab}));
    QCOMPARE(describeEffects(lobby.kit.takeHandled()),
             describeEffects({SessionDisconnected{secondTab}, UserWentOffline{lobby.alice, 0}}));
    QCOMPARE(lobby.online(), QList<QUuid>());
}

void TestOnlineUsers::countsFollowArrivalsAndDepartures()
{
    Lobby lobby;
    const QUuid aliceSession = lobby.connect(lobby.alice);
    const QUuid bobSession = lobby.connect(lobby.bob);
    QVERIFY(!aliceSession.isNull() && !bobSession.isNull());

    QVERIFY(lobby.kit.send(UserConnected{lobby.carol, QUuid::createUuid()}));
    QVERIFY(lobby.kit.send(SessionDisconnected{bobSession}));
    QVERIFY(lobby.kit.send(SessionDisconnected{aliceSession}));
    QVERIFY(lobby.kit.send(UserConnected{lobby.bob, QUuid::createUuid()}));

    QStringList changes;
    for (const Effect &effect : lobby.kit.takeHandled()) {
        if (effect.is<UserCameOnline>() || effect.is<UserWentOffline>())
            changes.append(describeEffect(effect));
    }
    QCOMPARE(changes, describeEffects({UserCameOnline{lobby.carol, 3}, UserWentOffline{lobby.bob, 2},
                                       UserWentOffline{lobby.alice, 1}, UserCameOnline{lobby.bob, 2}}));
    QCOMPARE(lobby.online(), QList<QUuid>({lobby.carol, lobby.bob}));
}

void TestOnlineUsers::unknownSessionIsIgnored()
{
    Lobby lobby;
    QVERIFY(!lobby.connect(lobby.alice).isNull());
    const QUuid unknown = QUuid::createUuid();

    QVERIFY(lobby.kit.send(SessionDisconnected{unknown}));

    QCOMPARE(describeEffects(lobby.kit.takeHandled()), describeEffects({SessionDisconnected{unknown}}));
    QCOMPARE(lobby.online(), QList<QUuid>({lobby.alice}));
}

void TestOnlineUsers::sessionOfAUserWhoNeverAnnouncedThemselvesChangesNothing()
{
    Lobby lobby;
    QVERIFY(!lobby.connect(lobby.alice).isNull());
    const QUuid silentSession = QUuid::createUuid();
    QVERIFY(lobby.kit.send(AssociateUserToSession{lobby.bob, silentSession}));
    lobby.kit.takeHandled();

    QVERIFY(lobby.kit.send(SessionDisconnected{silentSession}));

    QCOMPARE(describeEffects(lobby.kit.takeHandled()), describeEffects({SessionDisconnected{silentSession}}));
    QCOMPARE(lobby.online(), QList<QUuid>({lobby.alice}));
}

void TestOnlineUsers::getUsersOnlineAnswersTheList()
{
    Lobby lobby;
    const QUuid operation = QUuid::createUuid();
    QCOMPARE(describeEffect(lobby.kit.ask(GetUsersOnline{operation})->value<UsersOnline>()),
             describeEffect(UsersOnline{{}, operation}));

    QVERIFY(!lobby.connect(lobby.carol).isNull());
    QVERIFY(!lobby.connect(lobby.alice).isNull());

    const QVariant answer = lobby.kit.ask(GetUsersOnline{operation}).value();
    QCOMPARE(answer.metaType(), QMetaType::fromType<UsersOnline>());
    QCOMPARE(describeEffect(answer.value<UsersOnline>()),
             describeEffect(UsersOnline{{lobby.carol, lobby.alice}, operation}));
}

QTEST_GUILESS_MAIN(TestOnlineUsers)
#include "tst_onlineusers.moc"
