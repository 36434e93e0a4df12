// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// GameClient against a real GameServer on 127.0.0.1: identity, presence, invitations, a whole game,
// and reconnection after a dropped connection.
#include "gameclient.h"
#include "gameserver.h"
#include "games/gameeffects.h"
#include "onlineusers/onlineusereffects.h"
#include "protocolcatalogue.h"
#include "scoring/scoringeffects.h"
#include "socketmessages.h"
#include "tcprelay.h"
#include "users/usereffects.h"
#include "wireformat.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

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

// Every message of type T a client receives, recorded through the client's own subscriptions.
template<EffectValue T>
class Received
{
public:
    explicit Received(GameClient *client)
    {
        client->onMessage<T>(&m_context, [this](const T &message) { m_messages.append(message); });
    }

    qsizetype size() const { return m_messages.size(); }
    bool isEmpty() const { return m_messages.isEmpty(); }
    const T &at(qsizetype index) const { return m_messages.at(index); }
    const T &last() const { return m_messages.last(); }
    // Waits for one more message than there is now.
    bool wait(int timeoutMs = 5000)
    {
        const qsizetype before = size();
        return QTest::qWaitFor([&] { return size() > before; }, timeoutMs);
    }

private:
    QObject m_context;
    QList<T> m_messages;
};

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
    void refusedIdentityIsNeverReplacedSilently();
    void aHostOfAnotherProtocolIsAnErrorNotARetry();
    void serverThatStopsSaysSo();
    void answersQueries();
    void twoPlayersInviteDeclineAndPlayToAWin();
    void reconnectsAfterADropKeepingItsIdentity();
    void backsOffExponentiallyWhileTheServerIsAway();
    void dispatchesByTypeToLiveSubscribers();

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
    const Outcome<> started = m_server->start();
    QVERIFY2(started, started ? "" : qPrintable(started.error().message));
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
    Received<UsersOnlineUpdated> lists(client.get());
    client->connectToServer(QStringLiteral("127.0.0.1"), port);
    // Until the server's answer to USER_CONNECTED: what a test subscribes to afterwards is newer.
    [&] {
        QTRY_VERIFY(!lists.isEmpty());
        QCOMPARE(client->state(), GameClient::State::Online);
    }();
    return client;
}

void TestGameClient::createsItsUserAndGoesOnline()
{
    GameClient client;
    client.setSettings(fastSettings());
    client.setAlias(QStringLiteral("Alice"));
    QSignalSpy states(&client, &GameClient::stateChanged);
    Received<CredentialIssued> issued(&client);
    Received<UsersOnlineUpdated> online(&client);
    client.connectToServer(QStringLiteral("127.0.0.1"), m_server->port());
    QCOMPARE(client.state(), GameClient::State::Connecting);

    QVERIFY(issued.wait());
    const QUuid userId = issued.at(0).userId;
    QVERIFY(!userId.isNull());
    QVERIFY(!issued.at(0).credential.isEmpty());
    QCOMPARE(client.userId(), userId);
    QCOMPARE(client.credential(), issued.at(0).credential);
    QCOMPARE(client.state(), GameClient::State::Online);
    QCOMPARE(states.size(), 2);

    // USER_CONNECTED went out: the server lists us, in the list it sends us.
    QTRY_VERIFY(!online.isEmpty());
    QCOMPARE(online.last().userId, userId);
    QCOMPARE(online.last().onlineUsers, QList<QUuid>{userId});

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

void TestGameClient::aHostOfAnotherProtocolIsAnErrorNotARetry()
{
    // A stand-in for a newer host: the real server's side of the handshake is in tst_websocketapi.
    QWebSocketServer newerHost(QStringLiteral("newer"), QWebSocketServer::NonSecureMode);
    QVERIFY(newerHost.listen(QHostAddress::LocalHost, 0));
    const QString words = QStringLiteral("this host speaks protocol 99 and your app speaks protocol %1: "
                                         "use the same version of tictactoe as the host")
                                  .arg(protocolVersion);
    QStringList heard;
    connect(&newerHost, &QWebSocketServer::newConnection, this, [&] {
        QWebSocket *socket = newerHost.nextPendingConnection();
        socket->setParent(&newerHost); // the caller owns it: deleted with the stand-in host
        connect(socket, &QWebSocket::textMessageReceived, socket, [&, socket](const QString &text) {
            heard.append(text);
            if (heard.size() > 1)
                return;
            socket->sendTextMessage(QString::fromUtf8(WireFormat::toClient(
                    CommandRejected{{}, QStringLiteral("INCOMPATIBLE_PROTOCOL"), words})));
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, words);
        });
    });
    GameClient client;
    client.setSettings(fastSettings());
    client.setAlias(QStringLiteral("Alice"));
    QSignalSpy errors(&client, &GameClient::errorOccurred);
    QSignalSpy reconnects(&client, &GameClient::reconnectScheduled);

    client.connectToServer(QStringLiteral("127.0.0.1"), newerHost.serverPort());

    QVERIFY(errors.wait());
    QCOMPARE(errors.at(0).at(0).toString(),
             QStringLiteral("127.0.0.1:%1 cannot be joined: %2").arg(newerHost.serverPort()).arg(words));
    QCOMPARE(client.state(), GameClient::Offline);
    QCOMPARE(reconnects.size(), 0);
    QVERIFY(!heard.isEmpty());
    QCOMPARE(heard.constFirst(),
             QStringLiteral(R"({"data":{"protocolVersion":%1},"type":"server/CLIENT_HELLO"})").arg(protocolVersion));
}

void TestGameClient::refusedIdentityIsNeverReplacedSilently()
{
    GameClient client;
    client.setSettings(fastSettings());
    client.setAlias(QStringLiteral("Alice"));
    const QUuid stranger = QUuid::createUuid();
    client.setIdentity(stranger, QStringLiteral("not-a-credential"));
    Received<CredentialIssued> issued(&client);
    QSignalSpy refused(&client, &GameClient::identityRefused);
    QSignalSpy reconnects(&client, &GameClient::reconnectScheduled);
    client.connectToServer(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(refused.wait());
    QCOMPARE(refused.at(0).at(0).toString(), QStringLiteral("wrong credential for this user"));
    QCOMPARE(client.state(), GameClient::Offline);
    QCOMPARE(client.userId(), stranger);
    QCOMPARE(reconnects.size(), 0);
    QCOMPARE(issued.size(), 0);

    // Told, the person may choose to start over as a new player.
    client.setIdentity({}, {});
    client.connectToServer(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(issued.wait());
    QVERIFY(issued.at(0).userId != stranger);
    QTRY_COMPARE(client.state(), GameClient::State::Online);
}

void TestGameClient::serverThatStopsSaysSo()
{
    ServerSettings settings;
    settings.host = QHostAddress::LocalHost;
    settings.port = 0;
    auto server = std::make_unique<GameServer>(settings);
    QVERIFY(server->start());
    auto alice = connectedClient(QStringLiteral("Alice"), server->port());
    QSignalSpy stopped(alice.get(), &GameClient::serverStopped);
    QSignalSpy errors(alice.get(), &GameClient::errorOccurred);

    server.reset();

    QVERIFY(stopped.wait());
    QCOMPARE(alice->state(), GameClient::Reconnecting);
    QCOMPARE(errors.size(), 0);
}

void TestGameClient::answersQueries()
{
    auto alice = connectedClient(QStringLiteral("Alice"), m_server->port());

    Received<UserFound> found(alice.get());
    QVERIFY(alice->ask(GetUser{QUuid::createUuid(), alice->userId()}));
    QVERIFY(found.wait());
    const User user = found.at(0).user;
    QCOMPARE(user.id, alice->userId());
    QCOMPARE(user.alias, QStringLiteral("Alice"));

    QSignalSpy notFound(alice.get(), &GameClient::nothingFound);
    const GetUser askForAStranger{QUuid::createUuid(), QUuid::createUuid()};
    alice->ask(askForAStranger);
    QVERIFY(notFound.wait());
    QCOMPARE(notFound.at(0).at(0).value<Effect>(), Effect(askForAStranger));

    Received<UsersOnline> online(alice.get());
    alice->ask(GetUsersOnline{QUuid::createUuid()});
    QVERIFY(online.wait());
    QCOMPARE(online.at(0).onlineUsers, QList<QUuid>{alice->userId()});

    Received<TopThreePlayers> topThree(alice.get());
    alice->ask(GetTopThreePlayers{QUuid::createUuid()});
    QVERIFY(topThree.wait());

    QSignalSpy noGame(alice.get(), &GameClient::nothingFound);
    const GetGame askForAnUnknownGame{QUuid::createUuid(), QUuid::createUuid()};
    alice->ask(askForAnUnknownGame);
    QVERIFY(noGame.wait());
    QCOMPARE(noGame.at(0).at(0).value<Effect>(), Effect(askForAnUnknownGame));
}

void TestGameClient::twoPlayersInviteDeclineAndPlayToAWin()
{
    auto alice = connectedClient(QStringLiteral("Alice"), m_server->port());
    Received<UserCameOnline> aliceSeesArrivals(alice.get());
    auto bob = connectedClient(QStringLiteral("Bob"), m_server->port());
    // Alice hears of Bob's arrival; the list is Bob's alone.
    QTRY_COMPARE(aliceSeesArrivals.size(), 1);
    QCOMPARE(aliceSeesArrivals.at(0).userId, bob->userId());
    QCOMPARE(aliceSeesArrivals.at(0).usersOnline, 2);

    // Alice invites, Bob declines: the server relays the refusal to Alice only.
    Received<UserInvited> bobInvited(bob.get());
    Received<InvitationDeclined> aliceDeclined(alice.get());
    Received<InvitationDeclined> bobDeclined(bob.get());
    Received<GameCreated> created(alice.get());
    const QUuid firstGame = QUuid::createUuid();
    QVERIFY(alice->send(CreateGame{QUuid::createUuid(), firstGame, alice->userId()}));
    QVERIFY(alice->send(UserInvited{alice->userId(), bob->userId(), firstGame, QUuid::createUuid()}));
    QVERIFY(alice->send(JoinGame{QUuid::createUuid(), firstGame, alice->userId()}));
    QVERIFY(bobInvited.wait());
    const UserInvited invitation = bobInvited.at(0);
    QCOMPARE(invitation.host, alice->userId());
    QCOMPARE(invitation.invited, bob->userId());
    QCOMPARE(invitation.game, firstGame);
    QCOMPARE(created.size(), 1);
    QVERIFY(bob->send(InvitationDeclined{invitation.host, bob->userId(), invitation.game, QUuid::createUuid()}));
    QVERIFY(aliceDeclined.wait());
    const InvitationDeclined declined = aliceDeclined.at(0);
    QCOMPARE(declined.invited, bob->userId());
    QCOMPARE(declined.game, firstGame);
    QCOMPARE(bobDeclined.size(), 0);

    // A second invitation, accepted: the host joined first, so the host plays first.
    Received<GameStarted> aliceStarted(alice.get());
    Received<GameStarted> bobStarted(bob.get());
    Received<WaitingForPlayerPlay> aliceWaiting(alice.get());
    Received<GameErrorOccurred> bobErrors(bob.get());
    Received<GameEnded> aliceEnded(alice.get());
    Received<GameEnded> bobEnded(bob.get());
    Received<TopThreeListUpdated> topThree(bob.get());
    const QUuid gameId = QUuid::createUuid();
    alice->send(CreateGame{QUuid::createUuid(), gameId, alice->userId()});
    alice->send(UserInvited{alice->userId(), bob->userId(), gameId, QUuid::createUuid()});
    alice->send(JoinGame{QUuid::createUuid(), gameId, alice->userId()});
    QVERIFY(bobInvited.wait());
    bob->send(JoinGame{QUuid::createUuid(), gameId, bob->userId()});
    QVERIFY(bobStarted.wait());
    QTRY_COMPARE(aliceStarted.size(), 1);
    QCOMPARE(bobStarted.at(0).players,
             (QList<QUuid>{alice->userId(), bob->userId()}));
    QTRY_COMPARE(aliceWaiting.size(), 1);
    QCOMPARE(aliceWaiting.last().playerId, alice->userId());
    QCOMPARE(aliceWaiting.last().timeout, 20000);

    Received<GameSnapshot> snapshots(bob.get());
    bob->ask(GetGame{QUuid::createUuid(), gameId});
    QVERIFY(snapshots.wait());
    const GameSnapshot snapshot = snapshots.at(0);
    QCOMPARE(snapshot.stage, Games::Stage::InProgress);
    QCOMPARE(snapshot.players, (QList<QUuid>{alice->userId(), bob->userId()}));
    QCOMPARE(snapshot.currentPlayer, alice->userId());

    bob->send(PlaceMark{QUuid::createUuid(), gameId, bob->userId(), 1, 1}); // not Bob's turn
    QVERIFY(bobErrors.wait());
    QCOMPARE(bobErrors.at(0).reason,
             Games::ErrorReason::PlayerCanNotPlay);

    const QList<std::pair<GameClient *, QPoint>> moves{
            {alice.get(), {0, 0}}, {bob.get(), {0, 1}}, {alice.get(), {1, 0}},
            {bob.get(), {1, 1}}, {alice.get(), {2, 0}}};
    for (qsizetype turn = 0; turn < moves.size(); ++turn) {
        const auto &[player, cell] = moves.at(turn);
        QTRY_COMPARE(aliceWaiting.size(), turn + 1);
        QCOMPARE(aliceWaiting.last().playerId, player->userId());
        QVERIFY(player->send(PlaceMark{QUuid::createUuid(), gameId, player->userId(), cell.x(), cell.y()}));
        if (turn + 1 < moves.size())
            QTRY_COMPARE(aliceWaiting.size(), turn + 2);
    }
    QTRY_COMPARE(aliceEnded.size(), 1);
    QTRY_COMPARE(bobEnded.size(), 1);
    const GameEnded ended = bobEnded.at(0);
    QCOMPARE(ended.gameId, gameId);
    QCOMPARE(ended.result, Games::Result::PlayerWon);
    QCOMPARE(ended.winner, alice->userId());
    QTRY_VERIFY(!topThree.isEmpty());
    const QList<ScoreEntry> best = topThree.last().current.topThree;
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
    Received<CredentialIssued> issued(bob.get());
    Received<SessionAssociated> associated(bob.get());
    Received<UsersOnlineUpdated> bobSeesOnline(bob.get());

    relay.dropConnections();
    QVERIFY(associated.wait());
    QCOMPARE(bob->state(), GameClient::State::Online);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).at(0).value<GameClient::State>(), GameClient::State::Reconnecting);
    QCOMPARE(states.at(1).at(0).value<GameClient::State>(), GameClient::State::Online);
    QCOMPARE(reconnects.at(0).at(0).toInt(), 10);
    QCOMPARE(associated.size(), 1);
    QCOMPARE(associated.at(0).userId, bobId);
    QCOMPARE(issued.size(), 0);
    QCOMPARE(bob->userId(), bobId);
    QCOMPARE(bob->credential(), bobCredential);

    // The server lists Bob again as the same user. (Whether Alice hears him leave and come back
    // depends on which the server sees first: the old connection's end or the new one's arrival.)
    QTRY_VERIFY(!bobSeesOnline.isEmpty());
    QCOMPARE(bobSeesOnline.last().userId, bobId);
    QCOMPARE(bobSeesOnline.last().onlineUsers, (QList<QUuid>{alice->userId(), bobId}));

    // Bob still acts as himself: an invitation from him reaches Alice with his id.
    Received<UserInvited> aliceInvited(alice.get());
    const QUuid gameId = QUuid::createUuid();
    bob->send(CreateGame{QUuid::createUuid(), gameId, bob->userId()});
    bob->send(UserInvited{bob->userId(), alice->userId(), gameId, QUuid::createUuid()});
    QVERIFY(aliceInvited.wait());
    QCOMPARE(aliceInvited.at(0).host, bobId);
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
    Received<SessionAssociated> associated(bob.get());
    relay.dropConnections();
    QVERIFY(associated.wait());
    QCOMPARE(bob->state(), GameClient::State::Online);
    QCOMPARE(reconnects.size(), 1);
    QCOMPARE(reconnects.at(0).at(0).toInt(), 10);
}

void TestGameClient::dispatchesByTypeToLiveSubscribers()
{
    GameClient client;
    QList<QUuid> boardsSeen;
    auto context = std::make_unique<QObject>();
    client.onMessage<BoardUpdated>(context.get(), [&](const BoardUpdated &event) {
        boardsSeen.append(event.gameId);
    });
    Received<MarkPlaced> marks(&client);
    QSignalSpy everything(&client, &GameClient::messageReceived);

    const QUuid game = QUuid::createUuid();
    client.dispatch(BoardUpdated{game, Board()});
    client.dispatch(MarkPlaced{game, QUuid::createUuid(), 1, 1, QUuid::createUuid()});
    QCOMPARE(boardsSeen, QList<QUuid>{game});
    QCOMPARE(marks.size(), 1);
    QCOMPARE(everything.size(), 2);

    // A subscriber whose context is gone hears nothing more.
    context.reset();
    client.dispatch(BoardUpdated{game, Board()});
    QCOMPARE(boardsSeen, QList<QUuid>{game});
    QCOMPARE(everything.size(), 3);
}

QTEST_GUILESS_MAIN(TestGameClient)

#include "tst_gameclient.moc"
