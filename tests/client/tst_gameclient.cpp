// GameClient against a real GameServer on 127.0.0.1: identity, presence, invitations, a whole game,
// and reconnection after a dropped connection.
#include "gameclient.h"
#include "gameserver.h"
#include "tcprelay.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

namespace {

ConnectionSettings fastSettings()
{
    ConnectionSettings settings;
    settings.initialReconnectDelayMs = 10;
    settings.maximumReconnectDelayMs = 40;
    settings.connectTimeoutMs = 3000;
    settings.queryTimeoutMs = 3000;
    return settings;
}

quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestGameClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsItsUserAndGoesOnline();
    void reportsAnUnreachableServer();
    void refusedAliasIsAnError();
    void unknownIdentityBecomesANewUser();
    void answersQueries();
    void twoPlayersInviteDeclineAndPlayToAWin();
    void reconnectsAfterADropKeepingItsIdentity();
    void backsOffExponentiallyWhileTheServerIsAway();

private:
    std::unique_ptr<GameClient> connectedClient(const QString &alias, quint16 port);

    std::unique_ptr<GameServer> m_server;
};

void TestGameClient::init()
{
    ServerSettings settings;
    settings.host = QHostAddress::LocalHost;
    settings.port = 0;
    m_server = std::make_unique<GameServer>(settings);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestGameClient::cleanup()
{
    m_server.reset();
}

std::unique_ptr<GameClient> TestGameClient::connectedClient(const QString &alias, quint16 port)
{
    auto client = std::make_unique<GameClient>();
    client->setSettings(fastSettings());
    client->setAlias(alias);
    client->connectToServer(QStringLiteral("127.0.0.1"), port);
    [&] { QTRY_COMPARE(client->state(), GameClient::State::Online); }();
    return client;
}

void TestGameClient::createsItsUserAndGoesOnline()
{
    GameClient client;
    client.setSettings(fastSettings());
    client.setAlias(QStringLiteral("Alice"));
    QSignalSpy states(&client, &GameClient::stateChanged);
    QSignalSpy issued(&client, &GameClient::credentialIssued);
    QSignalSpy online(&client, &GameClient::usersOnlineUpdated);
    client.connectToServer(QStringLiteral("127.0.0.1"), m_server->port());
    QCOMPARE(client.state(), GameClient::State::Connecting);

    QVERIFY(issued.wait());
    const QUuid userId = issued.at(0).at(0).toUuid();
    QVERIFY(!userId.isNull());
    QVERIFY(!issued.at(0).at(1).toString().isEmpty());
    QCOMPARE(client.userId(), userId);
    QCOMPARE(client.credential(), issued.at(0).at(1).toString());
    QCOMPARE(client.state(), GameClient::State::Online);
    QCOMPARE(states.size(), 2);

    // USER_CONNECTED went out: the server lists us.
    QTRY_VERIFY(!online.isEmpty()
                && online.last().at(0).value<UsersOnlineUpdated>().onlineUsers.contains(userId));

    client.disconnectFromServer();
    QCOMPARE(client.state(), GameClient::State::Offline);
}

void TestGameClient::reportsAnUnreachableServer()
{
    const quint16 port = unusedPort();
    GameClient client;
    client.setSettings(fastSettings());
    client.setAlias(QStringLiteral("Alice"));
    QSignalSpy errors(&client, &GameClient::errorOccurred);
    QSignalSpy reconnects(&client, &GameClient::reconnectScheduled);
    client.connectToServer(QStringLiteral("127.0.0.1"), port);
    QVERIFY(errors.wait());
    QCOMPARE(errors.at(0).at(0).toString(),
             QStringLiteral("Could not reach 127.0.0.1:%1: connection refused").arg(port));
    QCOMPARE(client.state(), GameClient::State::Offline);
    QCOMPARE(reconnects.size(), 0); // a first contact that fails is reported, not retried
}

void TestGameClient::refusedAliasIsAnError()
{
    GameClient client;
    client.setSettings(fastSettings());
    client.setAlias(QString(40, u'x'));
    QSignalSpy errors(&client, &GameClient::errorOccurred);
    client.connectToServer(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(errors.wait());
    QVERIFY2(errors.at(0).at(0).toString().startsWith(
                     QStringLiteral("127.0.0.1:%1 refused the alias").arg(m_server->port())),
             qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(client.state(), GameClient::State::Offline);
}

void TestGameClient::unknownIdentityBecomesANewUser()
{
    GameClient client;
    client.setSettings(fastSettings());
    client.setAlias(QStringLiteral("Alice"));
    const QUuid stranger = QUuid::createUuid();
    client.setIdentity(stranger, QStringLiteral("not-a-credential"));
    QSignalSpy issued(&client, &GameClient::credentialIssued);
    client.connectToServer(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(issued.wait());
    QVERIFY(issued.at(0).at(0).toUuid() != stranger);
    QTRY_COMPARE(client.state(), GameClient::State::Online);
}

void TestGameClient::answersQueries()
{
    auto alice = connectedClient(QStringLiteral("Alice"), m_server->port());

    QSignalSpy found(alice.get(), &GameClient::userFound);
    QVERIFY(!alice->requestUser(alice->userId()).isNull());
    QVERIFY(found.wait());
    const User user = found.at(0).at(0).value<User>();
    QCOMPARE(user.id, alice->userId());
    QCOMPARE(user.alias, QStringLiteral("Alice"));

    QSignalSpy notFound(alice.get(), &GameClient::userNotFound);
    const QUuid stranger = QUuid::createUuid();
    alice->requestUser(stranger);
    QVERIFY(notFound.wait());
    QCOMPARE(notFound.at(0).at(0).toUuid(), stranger);

    QSignalSpy online(alice.get(), &GameClient::usersOnlineReceived);
    alice->requestUsersOnline();
    QVERIFY(online.wait());
    QCOMPARE(online.at(0).at(0).value<UsersOnline>().onlineUsers, QList<QUuid>{alice->userId()});

    QSignalSpy topThree(alice.get(), &GameClient::topThreePlayersReceived);
    alice->requestTopThreePlayers();
    QVERIFY(topThree.wait());

    QSignalSpy noGame(alice.get(), &GameClient::gameNotFound);
    const QUuid unknownGame = QUuid::createUuid();
    alice->requestGame(unknownGame);
    QVERIFY(noGame.wait());
    QCOMPARE(noGame.at(0).at(0).toUuid(), unknownGame);
}

void TestGameClient::twoPlayersInviteDeclineAndPlayToAWin()
{
    auto alice = connectedClient(QStringLiteral("Alice"), m_server->port());
    QSignalSpy aliceSeesOnline(alice.get(), &GameClient::usersOnlineUpdated);
    auto bob = connectedClient(QStringLiteral("Bob"), m_server->port());
    QTRY_VERIFY(!aliceSeesOnline.isEmpty()
                && aliceSeesOnline.last().at(0).value<UsersOnlineUpdated>().onlineUsers
                        == (QList<QUuid>{alice->userId(), bob->userId()}));

    // Alice invites, Bob declines: the server relays the refusal to Alice only.
    QSignalSpy bobInvited(bob.get(), &GameClient::userInvited);
    QSignalSpy aliceDeclined(alice.get(), &GameClient::invitationDeclined);
    QSignalSpy bobDeclined(bob.get(), &GameClient::invitationDeclined);
    QSignalSpy created(alice.get(), &GameClient::gameCreated);
    const QUuid firstGame = QUuid::createUuid();
    QVERIFY(!alice->createGame(firstGame).isNull());
    QVERIFY(!alice->inviteUser(bob->userId(), firstGame).isNull());
    QVERIFY(!alice->joinGame(firstGame).isNull());
    QVERIFY(bobInvited.wait());
    const UserInvited invitation = bobInvited.at(0).at(0).value<UserInvited>();
    QCOMPARE(invitation.host, alice->userId());
    QCOMPARE(invitation.invited, bob->userId());
    QCOMPARE(invitation.game, firstGame);
    QCOMPARE(created.size(), 1);
    QVERIFY(!bob->declineInvitation(invitation.host, invitation.game).isNull());
    QVERIFY(aliceDeclined.wait());
    const InvitationDeclined declined = aliceDeclined.at(0).at(0).value<InvitationDeclined>();
    QCOMPARE(declined.invited, bob->userId());
    QCOMPARE(declined.game, firstGame);
    QCOMPARE(bobDeclined.size(), 0);

    // A second invitation, accepted: the host joined first, so the host plays first.
    QSignalSpy aliceStarted(alice.get(), &GameClient::gameStarted);
    QSignalSpy bobStarted(bob.get(), &GameClient::gameStarted);
    QSignalSpy aliceWaiting(alice.get(), &GameClient::waitingForPlayerPlay);
    QSignalSpy bobErrors(bob.get(), &GameClient::gameErrorOccurred);
    QSignalSpy aliceEnded(alice.get(), &GameClient::gameEnded);
    QSignalSpy bobEnded(bob.get(), &GameClient::gameEnded);
    QSignalSpy topThree(bob.get(), &GameClient::topThreeListUpdated);
    const QUuid gameId = QUuid::createUuid();
    alice->createGame(gameId);
    alice->inviteUser(bob->userId(), gameId);
    alice->joinGame(gameId);
    QVERIFY(bobInvited.wait());
    bob->joinGame(gameId);
    QVERIFY(bobStarted.wait());
    QTRY_COMPARE(aliceStarted.size(), 1);
    QCOMPARE(bobStarted.at(0).at(0).value<GameStarted>().players,
             (QList<QUuid>{alice->userId(), bob->userId()}));
    QTRY_COMPARE(aliceWaiting.size(), 1);
    QCOMPARE(aliceWaiting.last().at(0).value<WaitingForPlayerPlay>().playerId, alice->userId());
    QCOMPARE(aliceWaiting.last().at(0).value<WaitingForPlayerPlay>().timeout, 20000);

    QSignalSpy snapshots(bob.get(), &GameClient::gameSnapshotReceived);
    bob->requestGame(gameId);
    QVERIFY(snapshots.wait());
    const GameSnapshot snapshot = snapshots.at(0).at(0).value<GameSnapshot>();
    QCOMPARE(snapshot.stage, Games::Stage::InProgress);
    QCOMPARE(snapshot.players, (QList<QUuid>{alice->userId(), bob->userId()}));
    QCOMPARE(snapshot.currentPlayer, alice->userId());

    bob->placeMark(gameId, 1, 1); // not Bob's turn
    QVERIFY(bobErrors.wait());
    QCOMPARE(bobErrors.at(0).at(0).value<GameErrorOccurred>().reason,
             Games::ErrorReason::PlayerCanNotPlay);

    const QList<std::pair<GameClient *, QPoint>> moves{
            {alice.get(), {0, 0}}, {bob.get(), {0, 1}}, {alice.get(), {1, 0}},
            {bob.get(), {1, 1}}, {alice.get(), {2, 0}}};
    for (qsizetype turn = 0; turn < moves.size(); ++turn) {
        const auto &[player, cell] = moves.at(turn);
        QTRY_COMPARE(aliceWaiting.size(), turn + 1);
        QCOMPARE(aliceWaiting.last().at(0).value<WaitingForPlayerPlay>().playerId, player->userId());
        QVERIFY(!player->placeMark(gameId, cell.x(), cell.y()).isNull());
        if (turn + 1 < moves.size())
            QTRY_COMPARE(aliceWaiting.size(), turn + 2);
    }
    QTRY_COMPARE(aliceEnded.size(), 1);
    QTRY_COMPARE(bobEnded.size(), 1);
    const GameEnded ended = bobEnded.at(0).at(0).value<GameEnded>();
    QCOMPARE(ended.gameId, gameId);
    QCOMPARE(ended.result, Games::Result::PlayerWon);
    QCOMPARE(ended.winner, alice->userId());
    QTRY_VERIFY(!topThree.isEmpty());
    const QList<ScoreEntry> best = topThree.last().at(0).value<TopThreeListUpdated>().current.topThree;
    QVERIFY(!best.isEmpty());
    QCOMPARE(best.first().id, alice->userId());
    QCOMPARE(best.first().score, 100);
}

void TestGameClient::reconnectsAfterADropKeepingItsIdentity()
{
    TcpRelay relay(m_server->port());
    QVERIFY(relay.listen());
    auto alice = connectedClient(QStringLiteral("Alice"), m_server->port());
    auto bob = connectedClient(QStringLiteral("Bob"), relay.port());
    const QUuid bobId = bob->userId();
    const QString bobCredential = bob->credential();
    QSignalSpy states(bob.get(), &GameClient::stateChanged);
    QSignalSpy reconnects(bob.get(), &GameClient::reconnectScheduled);
    QSignalSpy issued(bob.get(), &GameClient::credentialIssued);
    QSignalSpy associated(bob.get(), &GameClient::sessionAssociated);
    QSignalSpy aliceSeesOnline(alice.get(), &GameClient::usersOnlineUpdated);

    relay.dropConnections();
    QVERIFY(associated.wait());
    QCOMPARE(bob->state(), GameClient::State::Online);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).at(0).value<GameClient::State>(), GameClient::State::Reconnecting);
    QCOMPARE(states.at(1).at(0).value<GameClient::State>(), GameClient::State::Online);
    QCOMPARE(reconnects.at(0).at(0).toInt(), 10);
    QCOMPARE(associated.size(), 1);
    QCOMPARE(associated.at(0).at(0).toUuid(), bobId);
    QCOMPARE(issued.size(), 0);
    QCOMPARE(bob->userId(), bobId);
    QCOMPARE(bob->credential(), bobCredential);

    // The server saw Bob leave and come back as the same user.
    QTRY_VERIFY(!aliceSeesOnline.isEmpty()
                && aliceSeesOnline.last().at(0).value<UsersOnlineUpdated>().onlineUsers.contains(bobId));

    // Bob still acts as himself: an invitation from him reaches Alice with his id.
    QSignalSpy aliceInvited(alice.get(), &GameClient::userInvited);
    const QUuid gameId = QUuid::createUuid();
    bob->createGame(gameId);
    bob->inviteUser(alice->userId(), gameId);
    QVERIFY(aliceInvited.wait());
    QCOMPARE(aliceInvited.at(0).at(0).value<UserInvited>().host, bobId);
}

void TestGameClient::backsOffExponentiallyWhileTheServerIsAway()
{
    TcpRelay relay(m_server->port());
    QVERIFY(relay.listen());
    auto bob = connectedClient(QStringLiteral("Bob"), relay.port());
    QSignalSpy reconnects(bob.get(), &GameClient::reconnectScheduled);

    QVERIFY(relay.setAccepting(false));
    relay.dropConnections();
    QTRY_VERIFY(reconnects.size() >= 5);
    QCOMPARE(bob->state(), GameClient::State::Reconnecting);
    QList<int> delays;
    for (const QList<QVariant> &arguments : std::as_const(reconnects))
        delays.append(arguments.at(0).toInt());
    QCOMPARE(delays.mid(0, 5), (QList<int>{10, 20, 40, 40, 40}));

    QVERIFY(relay.setAccepting(true));
    QTRY_COMPARE(bob->state(), GameClient::State::Online);

    // Back online, the next drop starts the backoff again from the beginning.
    reconnects.clear();
    QSignalSpy associated(bob.get(), &GameClient::sessionAssociated);
    relay.dropConnections();
    QVERIFY(associated.wait());
    QCOMPARE(bob->state(), GameClient::State::Online);
    QCOMPARE(reconnects.size(), 1);
    QCOMPARE(reconnects.at(0).at(0).toInt(), 10);
}

QTEST_GUILESS_MAIN(TestGameClient)

#include "tst_gameclient.moc"
