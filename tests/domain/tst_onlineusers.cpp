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
    void closingTheOnlySessionTakesTheUserOffline();
    void userWithTwoSessionsStaysOnlineUntilBothClose();
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

    QCOMPARE(describeEffects(lobby.kit.takeHandled()),
             describeEffects({
                     bob,
                     UsersOnlineUpdated{{lobby.bob}, bob.operationId},
                     alice,
                     UsersOnlineUpdated{{lobby.bob, lobby.alice}, alice.operationId},
             }));
}

void TestOnlineUsers::connectingTwiceDoesNotDuplicate()
{
    Lobby lobby;
    QVERIFY(!lobby.connect(lobby.alice).isNull());
    QVERIFY(!lobby.connect(lobby.bob).isNull());
    const UserConnected again{lobby.alice, QUuid::createUuid()};

    QVERIFY(lobby.kit.send(again));

    // alice keeps her place: the list is ordered by first connection.
    QCOMPARE(describeEffects(lobby.kit.takeHandled()),
             describeEffects({again, UsersOnlineUpdated{{lobby.alice, lobby.bob}, again.operationId}}));
}

void TestOnlineUsers::closingTheOnlySessionTakesTheUserOffline()
{
    Lobby lobby;
    const QUuid aliceSession = lobby.connect(lobby.alice);
    QVERIFY(!lobby.connect(lobby.bob).isNull());
    QVERIFY(!lobby.connect(lobby.carol).isNull());

    QVERIFY(lobby.kit.send(SessionDisconnected{aliceSession}));

    QCOMPARE(describeEffects(lobby.kit.takeHandled()),
             describeEffects({SessionDisconnected{aliceSession},
                              UsersOnlineUpdated{{lobby.bob, lobby.carol}, {}}}));
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
             describeEffects({SessionDisconnected{secondTab}, UsersOnlineUpdated{{}, {}}}));
    QCOMPARE(lobby.online(), QList<QUuid>());
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
