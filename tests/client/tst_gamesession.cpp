// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// GameSession as the pages use it, two players on one machine: one hosts (a real GameServer on
// 127.0.0.1 and a LAN beacon to 127.0.0.1), the other finds the host and joins. And one player
// alone against the host's computer player.
#include "computer/perfectplay.h"
#include "embeddedgamehost.h"
#include "gamesession.h"
#include "lanbrowser.h"
#include "language.h"
#include "tcprelay.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>
#include <optional>

namespace {

QStringList aliasesOf(const OnlinePlayersModel &model)
{
    QStringList aliases;
    for (int row = 0; row < model.rowCount(); ++row)
        aliases.append(model.index(row).data(OnlinePlayersModel::AliasRole).toString());
    return aliases;
}

QString meOf(const OnlinePlayersModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row).data(OnlinePlayersModel::IsMeRole).toBool())
            return model.index(row).data(OnlinePlayersModel::AliasRole).toString();
    }
    return {};
}

quint16 unusedTcpPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

quint16 unusedUdpPort()
{
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    return probe.localPort();
}

} // namespace

class TestGameSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void choosesAndRemembersAnAlias();
    void hostsJoinsInvitesAndPlaysARound();
    void reconnectsMidGameAsTheSamePlayer();
    void catchesUpOnTheMovesItMissed();
    void reportsAnUnreachableHost();
    void hostsOnAFreePortWhenTheDefaultIsBusy();
    void tellsWhenTheOpponentIsDisconnected();
    void saysWhenTheHostStopped();
    void saysWhenTheHostIsNotAnswering();
    void asksBeforeTakingANewIdentity();
    void resumesTheIdentityItHadOnAServer();
    void playsTheComputerOnLoopbackOnlyUnannounced();
    void drawsAgainstPerfectThenPlaysItAgain();
    void replaysAnEndedGameButNotAnUnknownOne();
    void watchesAGameInProgress();
    void watchesAgainAfterAReconnection();

private:
    // A session of its own for each player; hosting binds 127.0.0.1 on serverPort (0: any free port).
    SessionSettings settingsFor(const QString &player, quint16 serverPort = 0) const;
    std::unique_ptr<GameSession> newSession(const QString &alias);
    // Alice hosts; Bob joins through the address he heard on the LAN (or through joinPort).
    bool startHostAndGuest(quint16 joinPort = 0);
    // Alice hosts; Bob joins by address through a relay the test can cut; null when that failed.
    std::unique_ptr<TcpRelay> startHostAndGuestThroughRelay();
    bool playUntilAliceWins();

    std::unique_ptr<QTemporaryDir> m_directory;
    quint16 m_discoveryPort = 0;
    std::unique_ptr<GameSession> m_alice;
    std::unique_ptr<GameSession> m_bob;
    std::unique_ptr<GameSession> m_carol;
};

void TestGameSession::initTestCase()
{
    // The English texts, whose plural forms come from a translation.
    Language::install(Language::Choice::English);
}

void TestGameSession::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
    m_discoveryPort = unusedUdpPort();
}

void TestGameSession::cleanup()
{
    m_carol.reset();
    m_bob.reset();
    m_alice.reset();
    m_directory.reset();
}

SessionSettings TestGameSession::settingsFor(const QString &player, quint16 serverPort) const
{
    SessionSettings settings;
    settings.discovery.target = QHostAddress::LocalHost;
    settings.discovery.port = m_discoveryPort;
    settings.discovery.announceIntervalMs = 50;
    settings.connection.initialReconnectDelayMs = 10;
    settings.connection.maximumReconnectDelayMs = 80;
    settings.connection.connectTimeoutMs = 3000;
    settings.connection.queryTimeoutMs = 3000;
    settings.countdownTickMs = 20;
    settings.settingsFile = m_directory->filePath(player + QStringLiteral(".ini"));
    ServerSettings server;
    server.host = QHostAddress::LocalHost;
    server.port = serverPort;
    server.computerRules.thinkDelayMs = 0;
    settings.hostFactory = EmbeddedGameHost::factory(server, settings.discovery);
    return settings;
}

std::unique_ptr<GameSession> TestGameSession::newSession(const QString &alias)
{
    auto session = std::make_unique<GameSession>(settingsFor(alias));
    session->chooseAlias(alias);
    return session;
}

bool TestGameSession::startHostAndGuest(quint16 joinPort)
{
    bool ok = false;
    [&] {
        m_alice = newSession(QStringLiteral("Alice"));
        // Bob's browser binds the shared discovery port last, so the kernel hands him the
        // beacons sent to 127.0.0.1 (a broadcast on a real LAN reaches every browser).
        m_bob = newSession(QStringLiteral("Bob"));
        m_alice->hostGame();
        QVERIFY(m_alice->connection()->isHosting());
        QTRY_COMPARE(m_alice->stage(), GameSession::Stage::Lobby);
        QTRY_COMPARE(m_bob->hosts()->rowCount(), 1);
        const QModelIndex host = m_bob->hosts()->index(0);
        QCOMPARE(host.data(HostListModel::AliasRole).toString(), QStringLiteral("Alice"));
        QCOMPARE(host.data(HostListModel::PortRole).toInt(), m_alice->connection()->hostedPort());
        const int port = joinPort ? joinPort : host.data(HostListModel::PortRole).toInt();
        m_bob->joinHost(host.data(HostListModel::AddressRole).toString(), port);
        QCOMPARE(m_bob->stage(), GameSession::Stage::Connecting);
        QTRY_COMPARE(m_bob->stage(), GameSession::Stage::Lobby);
        QTRY_COMPARE(aliasesOf(*m_alice->onlinePlayers()),
                     (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob")}));
        QTRY_COMPARE(aliasesOf(*m_bob->onlinePlayers()),
                     (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob")}));
        ok = true;
    }();
    return ok;
}

std::unique_ptr<TcpRelay> TestGameSession::startHostAndGuestThroughRelay()
{
    std::unique_ptr<TcpRelay> relay;
    [&] {
        m_alice = newSession(QStringLiteral("Alice"));
        m_alice->hostGame();
        QTRY_COMPARE(m_alice->stage(), GameSession::Stage::Lobby);
        auto listening = std::make_unique<TcpRelay>(m_alice->connection()->hostedPort());
        QVERIFY(listening->listen());
        m_bob = newSession(QStringLiteral("Bob"));
        m_bob->joinHost(QStringLiteral("127.0.0.1"), listening->port());
        QTRY_COMPARE(m_bob->stage(), GameSession::Stage::Lobby);
        QTRY_VERIFY(m_alice->onlinePlayers()->contains(QUuid::fromString(m_bob->userId())));
        relay = std::move(listening);
    }();
    return relay;
}

bool TestGameSession::playUntilAliceWins()
{
    bool ok = false;
    [&] {
        CurrentGame *aliceBoard = m_alice->game();
        CurrentGame *bobBoard = m_bob->game();
        // Alice (X) takes the top row while Bob (O) plays the middle-left and the center.
        const QList<std::pair<CurrentGame *, int>> moves{
                {aliceBoard, 0}, {bobBoard, 3}, {aliceBoard, 1}, {bobBoard, 4}, {aliceBoard, 2}};
        for (const auto &[board, index] : moves) {
            QTRY_VERIFY(board->isMyTurn());
            QVERIFY(board->index(index).data(CurrentGame::PlayableRole).toBool());
            board->play(index);
            QTRY_VERIFY(!board->index(index).data(CurrentGame::MarkRole).toString().isEmpty());
        }
        QTRY_COMPARE(aliceBoard->result(), CurrentGame::Won);
        QTRY_COMPARE(bobBoard->result(), CurrentGame::Lost);
        ok = true;
    }();
    return ok;
}

void TestGameSession::choosesAndRemembersAnAlias()
{
    auto session = std::make_unique<GameSession>(settingsFor(QStringLiteral("Alice")));
    QCOMPARE(session->stage(), GameSession::Stage::ChoosingAlias);
    QCOMPARE(session->player()->alias(), QString());
    QCOMPARE(session->connection()->state(), GameClient::Offline);

    session->chooseAlias(QStringLiteral("   "));
    QVERIFY(!session->errorMessage().isEmpty());
    QCOMPARE(session->stage(), GameSession::Stage::ChoosingAlias);
    session->chooseAlias(QString(33, u'a'));
    QCOMPARE(session->errorMessage(), QStringLiteral("An alias has at most 32 characters."));
    session->clearError();
    QCOMPARE(session->errorMessage(), QString());

    QSignalSpy aliasChanges(session->player(), &PlayerProfile::aliasChanged);
    session->chooseAlias(QStringLiteral("  Alice  "));
    QCOMPARE(session->player()->alias(), QStringLiteral("Alice"));
    QCOMPARE(session->stage(), GameSession::Stage::Home);
    QCOMPARE(aliasChanges.size(), 1);
    QCOMPARE(QSettings(settingsFor(QStringLiteral("Alice")).settingsFile, QSettings::IniFormat)
                     .value(QStringLiteral("player/alias"))
                     .toString(),
             QStringLiteral("Alice"));

    session.reset();
    GameSession again(settingsFor(QStringLiteral("Alice")));
    QCOMPARE(again.player()->alias(), QStringLiteral("Alice"));
    QCOMPARE(again.stage(), GameSession::Stage::Home);
}

void TestGameSession::hostsJoinsInvitesAndPlaysARound()
{
    QVERIFY(startHostAndGuest());
    QAbstractItemModelTester aliceTester(m_alice->onlinePlayers(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester boardTester(m_bob->game(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester fameTester(m_bob->hallOfFame(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString port = QString::number(m_alice->connection()->hostedPort());
    QCOMPARE(m_alice->connection()->hostAddress(), QStringLiteral("127.0.0.1:") + port);
    QCOMPARE(m_alice->connection()->message(), QStringLiteral("Hosting a game at 127.0.0.1:") + port);
    QCOMPARE(m_bob->connection()->message(), QStringLiteral("Connected to Alice's game at 127.0.0.1:") + port);
    QCOMPARE(m_bob->connection()->state(), GameClient::Online);
    QVERIFY(!m_bob->connection()->isHosting());
    QCOMPARE(meOf(*m_alice->onlinePlayers()), QStringLiteral("Alice"));
    QCOMPARE(meOf(*m_bob->onlinePlayers()), QStringLiteral("Bob"));
    QVERIFY(!m_bob->userId().isEmpty());
    QCOMPARE(m_alice->onlinePlayers()->index(1).data(OnlinePlayersModel::UserIdRole).toString(),
             m_bob->userId());
    // Beacons to 127.0.0.1 reach one of the two browsers sharing the port: Bob's heard Alice.
    QTRY_COMPARE(m_bob->hosts()->index(0).data(HostListModel::PlayersRole).toInt(), 2);

    // Alice invites Bob, Bob says no.
    QSignalSpy declined(m_alice->invitations(), &Invitations::declined);
    m_alice->invitations()->invite(m_bob->userId());
    QTRY_VERIFY(m_bob->invitations()->isPending());
    QCOMPARE(m_bob->invitations()->fromAlias(), QStringLiteral("Alice"));
    m_bob->invitations()->decline();
    QVERIFY(!m_bob->invitations()->isPending());
    QVERIFY(declined.wait());
    QCOMPARE(declined.at(0).at(0).toString(), QStringLiteral("Bob"));
    QCOMPARE(m_alice->stage(), GameSession::Stage::Lobby);

    // Asked again, Bob accepts: the host joined first and plays X.
    m_alice->invitations()->invite(m_bob->userId());
    QTRY_VERIFY(m_bob->invitations()->isPending());
    m_bob->invitations()->accept();
    QTRY_COMPARE(m_bob->stage(), GameSession::Stage::Playing);
    QTRY_COMPARE(m_alice->stage(), GameSession::Stage::Playing);
    QCOMPARE(m_alice->game()->myMark(), QStringLiteral("X"));
    QCOMPARE(m_bob->game()->myMark(), QStringLiteral("O"));
    QTRY_COMPARE(m_alice->game()->opponentAlias(), QStringLiteral("Bob"));
    QTRY_COMPARE(m_bob->game()->opponentAlias(), QStringLiteral("Alice"));
    QTRY_VERIFY(m_alice->game()->isMyTurn());
    QCOMPARE(m_bob->game()->turnAlias(), QStringLiteral("Alice"));
    QVERIFY(m_bob->game()->secondsLeft() > 15 && m_bob->game()->secondsLeft() <= 20);

    // A click out of turn asks for nothing; a move the server refuses becomes a sentence.
    QSignalSpy bobMoves(m_bob->game(), &CurrentGame::moveRequested);
    m_bob->game()->play(8);
    QCOMPARE(bobMoves.size(), 0);
    m_bob->client().send(PlaceMark{QUuid::createUuid(), m_bob->game()->gameId(), m_bob->client().userId(), 2, 2});
    QTRY_COMPARE(m_bob->errorMessage(), QStringLiteral("It is not your turn."));
    QCOMPARE(m_bob->game()->index(8).data(CurrentGame::MarkRole).toString(), QString());
    m_bob->clearError();

    QVERIFY(playUntilAliceWins());
    QCOMPARE(m_alice->game()->resultText(), QStringLiteral("You won!"));
    QCOMPARE(m_bob->game()->resultText(), QStringLiteral("Alice won"));
    for (CurrentGame *board : {m_alice->game(), m_bob->game()}) {
        QCOMPARE(board->index(0).data(CurrentGame::WinningRole).toBool(), true);
        QCOMPARE(board->index(2).data(CurrentGame::WinningRole).toBool(), true);
        QCOMPARE(board->index(3).data(CurrentGame::WinningRole).toBool(), false);
        QCOMPARE(board->moves()->rowCount(), 5);
    }
    QCOMPARE(m_bob->game()->moves()->index(1).data(MoveLogModel::TextRole).toString(),
             QStringLiteral("Bob (O) played the middle-left square"));
    QTRY_COMPARE(m_bob->hallOfFame()->count(), 1);
    QCOMPARE(m_bob->hallOfFame()->index(0).data(HallOfFameModel::AliasRole).toString(),
             QStringLiteral("Alice"));
    QCOMPARE(m_bob->hallOfFame()->index(0).data(HallOfFameModel::ScoreRole).toInt(), 100);
    QTRY_COMPARE(m_alice->hallOfFame()->count(), 1);

    // Bob wants a rematch: Alice is invited by Bob, and this time Bob moves first.
    m_bob->playAgain();
    QCOMPARE(m_bob->stage(), GameSession::Stage::Lobby);
    QTRY_VERIFY(m_alice->invitations()->isPending());
    QCOMPARE(m_alice->invitations()->fromAlias(), QStringLiteral("Bob"));
    m_alice->invitations()->accept();
    QTRY_COMPARE(m_bob->stage(), GameSession::Stage::Playing);
    QTRY_VERIFY(m_alice->game()->isActive());
    QCOMPARE(m_alice->game()->result(), CurrentGame::None);
    QCOMPARE(m_bob->game()->myMark(), QStringLiteral("X"));
    QCOMPARE(m_alice->game()->myMark(), QStringLiteral("O"));
    QTRY_VERIFY(m_bob->game()->isMyTurn());
    QCOMPARE(m_bob->game()->moves()->rowCount(), 0);

    m_alice->backToLobby();
    QCOMPARE(m_alice->stage(), GameSession::Stage::Lobby);
    QVERIFY(!m_alice->game()->isActive());
}

void TestGameSession::reconnectsMidGameAsTheSamePlayer()
{
    const auto relayed = startHostAndGuestThroughRelay();
    QVERIFY(relayed);
    TcpRelay &relay = *relayed;
    QCOMPARE(m_bob->connection()->message(),
             QStringLiteral("Connected to 127.0.0.1:%1").arg(relay.port()));

    m_alice->invitations()->invite(m_bob->userId());
    QTRY_VERIFY(m_bob->invitations()->isPending());
    m_bob->invitations()->accept();
    QTRY_VERIFY(m_alice->game()->isMyTurn());
    m_alice->game()->play(4);
    QTRY_VERIFY(m_bob->game()->isMyTurn());

    const QString bobId = m_bob->userId();
    QSignalSpy states(m_bob->connection(), &ConnectionStatus::stateChanged);
    QSignalSpy statuses(m_bob->connection(), &ConnectionStatus::messageChanged);
    QVERIFY(relay.setAccepting(false));
    relay.dropConnections();
    QTRY_COMPARE(m_bob->connection()->state(), GameClient::Reconnecting);
    QTRY_VERIFY(m_bob->connection()->message().startsWith(QStringLiteral("The host is not answering. Trying again in")));
    QCOMPARE(m_bob->stage(), GameSession::Stage::Playing);
    QVERIFY(relay.setAccepting(true));
    QTRY_COMPARE(m_bob->connection()->state(), GameClient::Online);
    QCOMPARE(m_bob->userId(), bobId);
    QCOMPARE(m_bob->stage(), GameSession::Stage::Playing);
    QTRY_COMPARE(aliasesOf(*m_bob->onlinePlayers()),
                 (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob")}));

    // The game goes on over the new connection.
    QVERIFY(m_bob->game()->isActive());
    QCOMPARE(m_bob->game()->index(4).data(CurrentGame::MarkRole).toString(), QStringLiteral("X"));
    QTRY_VERIFY(m_bob->game()->isMyTurn());
    m_bob->game()->play(0);
    QTRY_COMPARE(m_alice->game()->index(0).data(CurrentGame::MarkRole).toString(),
                 QStringLiteral("O"));
    QTRY_VERIFY(m_alice->game()->isMyTurn());
}

void TestGameSession::catchesUpOnTheMovesItMissed()
{
    const auto relayed = startHostAndGuestThroughRelay();
    QVERIFY(relayed);
    TcpRelay &relay = *relayed;
    m_alice->invitations()->invite(m_bob->userId());
    QTRY_VERIFY(m_bob->invitations()->isPending());
    m_bob->invitations()->accept();
    QTRY_VERIFY(m_alice->game()->isMyTurn());
    m_alice->game()->play(4);
    QTRY_VERIFY(m_bob->game()->isMyTurn());
    m_bob->game()->play(0);
    QTRY_VERIFY(m_alice->game()->isMyTurn());
    QTRY_COMPARE(m_bob->game()->moves()->rowCount(), 2);

    // Bob's connection drops; Alice moves while he is away.
    QVERIFY(relay.setAccepting(false));
    relay.dropConnections();
    QTRY_COMPARE(m_bob->connection()->state(), GameClient::Reconnecting);
    m_alice->game()->play(8);
    QTRY_COMPARE(m_alice->game()->index(8).data(CurrentGame::MarkRole).toString(), QStringLiteral("X"));
    QVERIFY(relay.setAccepting(true));

    // Back online, Bob gets exactly the events he missed: the move, in his log too, and his turn.
    QTRY_COMPARE(m_bob->connection()->state(), GameClient::Online);
    QTRY_COMPARE(m_bob->game()->index(8).data(CurrentGame::MarkRole).toString(), QStringLiteral("X"));
    QCOMPARE(m_bob->game()->moves()->rowCount(), 3);
    QCOMPARE(m_bob->game()->moves()->index(2).data(MoveLogModel::TextRole).toString(),
             QStringLiteral("Alice (X) played the bottom-right corner"));
    QTRY_VERIFY(m_bob->game()->isMyTurn());
    QCOMPARE(m_bob->game()->version(), m_alice->game()->version());
}

void TestGameSession::reportsAnUnreachableHost()
{
    m_bob = newSession(QStringLiteral("Bob"));
    const quint16 port = unusedTcpPort();
    m_bob->joinHost(QStringLiteral(" 127.0.0.1 "), port);
    QCOMPARE(m_bob->stage(), GameSession::Stage::Connecting);
    QCOMPARE(m_bob->connection()->message(), QStringLiteral("Connecting to 127.0.0.1:%1…").arg(port));
    QTRY_COMPARE(m_bob->stage(), GameSession::Stage::Home);
    QCOMPARE(m_bob->errorMessage(),
             QStringLiteral("Could not reach 127.0.0.1:%1: connection refused").arg(port));
    QCOMPARE(m_bob->connection()->state(), GameClient::Offline);

    m_bob->joinHost(QString(), 8080);
    QCOMPARE(m_bob->stage(), GameSession::Stage::Home);
    QCOMPARE(m_bob->errorMessage(),
             QStringLiteral("Enter the host's address and a port between 1 and 65535."));
}

void TestGameSession::hostsOnAFreePortWhenTheDefaultIsBusy()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    m_alice = std::make_unique<GameSession>(settingsFor(QStringLiteral("Alice"), squatter.serverPort()));
    m_alice->chooseAlias(QStringLiteral("Alice"));
    m_alice->hostGame();
    QVERIFY(m_alice->connection()->isHosting());
    QVERIFY(m_alice->connection()->hostedPort() != 0);
    QVERIFY(m_alice->connection()->hostedPort() != squatter.serverPort());
    QCOMPARE(m_alice->connection()->hostAddress(),
             QStringLiteral("127.0.0.1:%1").arg(m_alice->connection()->hostedPort()));
    // A server on loopback has no LAN address: only a browser on this computer can join.
    QCOMPARE(m_alice->joinLinks()->links(),
             QList<QUrl>({QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_alice->connection()->hostedPort()))}));
    QVERIFY(m_alice->joinLinks()->isThisComputerOnly());
    QCOMPARE(m_alice->errorMessage(), QString());
    QTRY_COMPARE(m_alice->stage(), GameSession::Stage::Lobby);

    QSignalSpy hosting(m_alice->connection(), &ConnectionStatus::hostingChanged);
    m_alice->leave();
    QVERIFY(!m_alice->connection()->isHosting());
    QCOMPARE(hosting.size(), 1);
    QCOMPARE(m_alice->connection()->hostAddress(), QString());
    QCOMPARE(m_alice->joinLinks()->count(), 0);
    QCOMPARE(m_alice->stage(), GameSession::Stage::Home);
    QCOMPARE(m_alice->connection()->state(), GameClient::Offline);
    QCOMPARE(m_alice->onlinePlayers()->rowCount(), 0);
}

void TestGameSession::tellsWhenTheOpponentIsDisconnected()
{
    QVERIFY(startHostAndGuest());
    const quint16 port = m_alice->connection()->hostedPort();
    m_alice->invitations()->invite(m_bob->userId());
    QTRY_VERIFY(m_bob->invitations()->isPending());
    m_bob->invitations()->accept();
    QTRY_VERIFY(m_alice->game()->isActive());
    QVERIFY(m_alice->game()->isOpponentConnected());

    m_bob->leave();
    QCOMPARE(m_bob->stage(), GameSession::Stage::Home);
    QTRY_VERIFY(!m_alice->game()->isOpponentConnected());
    QVERIFY(m_alice->game()->isActive());
    QTRY_COMPARE(aliasesOf(*m_alice->onlinePlayers()), QStringList{QStringLiteral("Alice")});

    // Bob comes back as himself: the game knows him connected again.
    m_bob->joinHost(QStringLiteral("127.0.0.1"), port);
    QTRY_VERIFY(m_alice->game()->isOpponentConnected());
}

void TestGameSession::saysWhenTheHostStopped()
{
    QVERIFY(startHostAndGuest());
    m_alice->invitations()->invite(m_bob->userId());
    QTRY_VERIFY(m_bob->invitations()->isPending());
    m_bob->invitations()->accept();
    QTRY_VERIFY(m_bob->game()->isActive());
    QVERIFY(m_bob->game()->isCountdownKnown());

    m_alice->leave();

    QTRY_COMPARE(m_bob->connection()->problem(), QStringLiteral("Alice stopped hosting"));
    QTRY_VERIFY(m_bob->connection()->message().startsWith(QStringLiteral("Alice stopped hosting. Trying again")));
    QCOMPARE(m_bob->stage(), GameSession::Stage::Playing);
    QVERIFY(!m_bob->game()->isCountdownKnown());
    QCOMPARE(m_bob->errorMessage(), QString());
}

void TestGameSession::saysWhenTheHostIsNotAnswering()
{
    const auto relayed = startHostAndGuestThroughRelay();
    QVERIFY(relayed);
    TcpRelay &relay = *relayed;
    QCOMPARE(m_bob->connection()->problem(), QString());

    QVERIFY(relay.setAccepting(false));
    relay.dropConnections();
    // Joined by address: the host's name is not known, only that it does not answer.
    QTRY_COMPARE(m_bob->connection()->problem(), QStringLiteral("The host is not answering"));
    QVERIFY(relay.setAccepting(true));
    QTRY_COMPARE(m_bob->connection()->state(), GameClient::Online);
    QCOMPARE(m_bob->connection()->problem(), QString());
}

void TestGameSession::asksBeforeTakingANewIdentity()
{
    QVERIFY(startHostAndGuest());
    const QString bobId = m_bob->userId();
    const quint16 port = m_alice->connection()->hostedPort();
    m_bob->leave();
    // As if the host had lost its data: the credential Bob keeps for it no longer works.
    const QString key = QStringLiteral("127.0.0.1:%1").arg(port);
    m_bob->player()->rememberIdentity(key, {QUuid::fromString(bobId), QStringLiteral("forgotten")});
    QSignalSpy questions(m_bob.get(), &GameSession::identityQuestionChanged);

    m_bob->joinHost(QStringLiteral("127.0.0.1"), port);
    QVERIFY(questions.wait());
    QVERIFY2(m_bob->identityQuestion().startsWith(QStringLiteral("Alice's game at ") + key
                                                  + QStringLiteral(" does not know you any more")),
             qPrintable(m_bob->identityQuestion()));
    QTRY_COMPARE(m_bob->stage(), GameSession::Stage::Home);
    QTRY_COMPARE(aliasesOf(*m_alice->onlinePlayers()), QStringList{QStringLiteral("Alice")});

    m_bob->joinAsNewPlayer();
    QCOMPARE(m_bob->identityQuestion(), QString());
    QTRY_COMPARE(m_bob->stage(), GameSession::Stage::Lobby);
    QVERIFY(m_bob->userId() != bobId);
    QTRY_COMPARE(aliasesOf(*m_alice->onlinePlayers()),
                 (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob")}));
}

void TestGameSession::resumesTheIdentityItHadOnAServer()
{
    QVERIFY(startHostAndGuest());
    const QString bobId = m_bob->userId();
    const quint16 port = m_alice->connection()->hostedPort();
    m_bob->leave();
    QCOMPARE(m_bob->userId(), QString());
    QTRY_COMPARE(m_alice->onlinePlayers()->rowCount(), 1);

    m_bob->joinHost(QStringLiteral("127.0.0.1"), port);
    QTRY_COMPARE(m_bob->stage(), GameSession::Stage::Lobby);
    QCOMPARE(m_bob->userId(), bobId);

    // A new session with the same settings file is still Bob on this server.
    m_bob.reset();
    QTRY_COMPARE(m_alice->onlinePlayers()->rowCount(), 1);
    m_bob = std::make_unique<GameSession>(settingsFor(QStringLiteral("Bob")));
    QCOMPARE(m_bob->stage(), GameSession::Stage::Home);
    m_bob->joinHost(QStringLiteral("127.0.0.1"), port);
    QTRY_COMPARE(m_bob->stage(), GameSession::Stage::Lobby);
    QCOMPARE(m_bob->userId(), bobId);
    QTRY_COMPARE(aliasesOf(*m_alice->onlinePlayers()),
                 (QStringList{QStringLiteral("Alice"), QStringLiteral("Bob")}));
}

void TestGameSession::playsTheComputerOnLoopbackOnlyUnannounced()
{
    // Set up to host for every address on a fixed port, as the app is: playing the computer ignores
    // both.
    SessionSettings settings = settingsFor(QStringLiteral("Alice"));
    settings.discovery.enabled = false; // the test's browser alone hears the port
    DiscoverySettings beacons = settings.discovery;
    beacons.enabled = true;
    ServerSettings server;
    server.host = QHostAddress::Any;
    server.port = unusedTcpPort();
    server.computerRules.thinkDelayMs = 0;
    settings.hostFactory = EmbeddedGameHost::factory(server, beacons);
    LanBrowser browser(beacons);
    QVERIFY(browser.start());
    QSignalSpy heard(&browser, &LanBrowser::hostAdded);

    m_alice = std::make_unique<GameSession>(settings);
    m_alice->chooseAlias(QStringLiteral("Alice"));
    m_alice->playAgainstComputer();
    QTRY_COMPARE(m_alice->stage(), GameSession::Stage::Lobby);
    const quint16 port = m_alice->connection()->hostedPort();
    QVERIFY(port != 0);
    QVERIFY(m_alice->connection()->isHosting());
    QVERIFY(m_alice->connection()->isComputerOnly());
    QCOMPARE(m_alice->connection()->message(),
             QStringLiteral("Playing against the computer on this computer"));
    QCOMPARE(m_alice->joinLinks()->rowCount(), 0);
    QTRY_COMPARE(m_alice->computerOpponents()->count(), 3);
    QCOMPARE(m_alice->computerOpponents()->index(2).data(ComputerOpponentsModel::AliasRole).toString(),
             QStringLiteral("Computer (perfect)"));

    // It listens on 127.0.0.1 alone: another loopback address of this machine is refused.
    QTcpSocket elsewhere;
    QSignalSpy refused(&elsewhere, &QAbstractSocket::errorOccurred);
    elsewhere.connectToHost(QHostAddress(QStringLiteral("127.0.0.2")), port);
    QVERIFY(refused.wait());
    QCOMPARE(elsewhere.error(), QAbstractSocket::ConnectionRefusedError);

    // A host for the network, started after it, is heard at once; this one never was.
    EmbeddedGameHost announced(server, beacons);
    const Outcome<LocalGameHost::Endpoint> control = announced.start(QStringLiteral("Bob"),
                                                                     LocalGameHost::Reach::Network);
    QVERIFY(control);
    QVERIFY(announced.isAnnounced());
    QTRY_COMPARE(heard.size(), 1);
    QCOMPARE(heard.at(0).at(0).value<DiscoveredHost>().port, control->port);
}

void TestGameSession::drawsAgainstPerfectThenPlaysItAgain()
{
    m_alice = newSession(QStringLiteral("Alice"));
    m_alice->playAgainstComputer();
    QTRY_COMPARE(m_alice->stage(), GameSession::Stage::Lobby);
    QTRY_COMPARE(m_alice->computerOpponents()->count(), 3);
    const QModelIndex perfectRow = m_alice->computerOpponents()->index(2);
    QCOMPARE(perfectRow.data(ComputerOpponentsModel::LevelRole).toString(), QStringLiteral("Perfect"));
    const QString perfect = perfectRow.data(ComputerOpponentsModel::UserIdRole).toString();
    // The computer is never online: only Alice is listed.
    QTRY_COMPARE(aliasesOf(*m_alice->onlinePlayers()), QStringList{QStringLiteral("Alice")});

    for (int round = 0; round < 2; ++round) {
        if (round == 0)
            m_alice->invitations()->invite(perfect);
        else
            m_alice->playAgain();
        QTRY_COMPARE(m_alice->stage(), GameSession::Stage::Playing);
        CurrentGame *board = m_alice->game();
        QTRY_COMPARE(board->opponentAlias(), QStringLiteral("Computer (perfect)"));
        QCOMPARE(board->opponentId(), QUuid::fromString(perfect));
        QCOMPARE(board->myMark(), QStringLiteral("X"));
        QVERIFY(board->isOpponentConnected());

        // Alice plays as well as the computer: a move that keeps the best outcome, each turn.
        while (board->result() == CurrentGame::None) {
            QTRY_VERIFY(board->isMyTurn() || board->result() != CurrentGame::None);
            if (board->result() != CurrentGame::None)
                break;
            PerfectPlay::Cells cells;
            for (int cell = 0; cell < 9; ++cell) {
                const QString mark = board->index(cell).data(CurrentGame::MarkRole).toString();
                cells[cell] = mark.isEmpty() ? PerfectPlay::Empty
                        : mark == board->myMark() ? PerfectPlay::Mine : PerfectPlay::Theirs;
            }
            const QList<int> best = PerfectPlay::bestMoves(cells);
            QVERIFY(!best.isEmpty());
            const int moves = board->moves()->rowCount();
            board->play(best.first());
            QTRY_VERIFY(board->moves()->rowCount() > moves);
            QVERIFY(board->isOpponentConnected());
        }
        QCOMPARE(board->result(), CurrentGame::Draw);
        QCOMPARE(board->moves()->rowCount(), 9);
    }

    // No score: the hall of fame, as the host answers it, is still empty.
    QObject listener;
    std::optional<QList<ScoreEntry>> topThree;
    m_alice->client().onMessage<TopThreePlayers>(&listener, [&](const TopThreePlayers &answer) {
        topThree = answer.list;
    });
    QVERIFY(m_alice->client().ask(GetTopThreePlayers{QUuid::createUuid()}));
    QTRY_VERIFY(topThree.has_value());
    QCOMPARE(topThree->size(), 0);
    QCOMPARE(m_alice->hallOfFame()->count(), 0);
}

void TestGameSession::replaysAnEndedGameButNotAnUnknownOne()
{
    m_alice = newSession(QStringLiteral("Alice"));
    m_alice->playAgainstComputer();
    QTRY_COMPARE(m_alice->stage(), GameSession::Stage::Lobby);
    QCOMPARE(m_alice->recentGames()->count(), 0);

    // Asked for a game the host does not keep, the lobby stays and says so.
    m_alice->openReplay(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QTRY_COMPARE(m_alice->errorMessage(), QStringLiteral("That game is no longer kept by the host."));
    QCOMPARE(m_alice->stage(), GameSession::Stage::Lobby);
    QCOMPARE(m_alice->replay()->moveCount(), 0);

    // Alice plays Easy to the end, each time the first free cell.
    QTRY_COMPARE(m_alice->computerOpponents()->count(), 3);
    m_alice->invitations()->invite(
            m_alice->computerOpponents()->index(0).data(ComputerOpponentsModel::UserIdRole).toString());
    QTRY_COMPARE(m_alice->stage(), GameSession::Stage::Playing);
    CurrentGame *board = m_alice->game();
    while (board->result() == CurrentGame::None) {
        QTRY_VERIFY(board->isMyTurn() || board->result() != CurrentGame::None);
        for (int cell = 0; cell < 9 && board->isMyTurn(); ++cell) {
            if (board->index(cell).data(CurrentGame::PlayableRole).toBool()) {
                const int movesBefore = board->moves()->rowCount();
                board->play(cell);
                QTRY_VERIFY(board->moves()->rowCount() > movesBefore);
            }
        }
    }
    QStringList finalMarks;
    for (int cell = 0; cell < 9; ++cell)
        finalMarks.append(board->index(cell).data(CurrentGame::MarkRole).toString());
    const int moveCount = board->moves()->rowCount();
    const QString gameId = board->gameId().toString(QUuid::WithoutBraces);
    m_alice->backToLobby();
    QTRY_COMPARE(m_alice->recentGames()->count(), 1);
    const QModelIndex ended = m_alice->recentGames()->index(0);
    QCOMPARE(ended.data(RecentGamesModel::GameIdRole).toString(), gameId);

    m_alice->clearError();
    m_alice->openReplay(gameId);
    QTRY_COMPARE(m_alice->stage(), GameSession::Stage::Replaying);
    QCOMPARE(m_alice->errorMessage(), QString());
    QCOMPARE(m_alice->replay()->gameId(), gameId);
    QCOMPARE(m_alice->replay()->moveCount(), moveCount);
    for (int cell = 0; cell < 9; ++cell)
        QCOMPARE(m_alice->replay()->index(cell).data(GameReplay::MarkRole).toString(), finalMarks.at(cell));
    QCOMPARE(m_alice->replay()->resultText(), ended.data(RecentGamesModel::OutcomeRole).toString() + u'.');

    m_alice->backToLobby();
    QCOMPARE(m_alice->stage(), GameSession::Stage::Lobby);
    QCOMPARE(m_alice->replay()->moveCount(), 0);
}

void TestGameSession::watchesAGameInProgress()
{
    QVERIFY(startHostAndGuest());
    m_carol = newSession(QStringLiteral("Carol"));
    QAbstractItemModelTester liveTester(m_carol->liveGames(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester boardTester(m_carol->game(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_carol->joinHost(QStringLiteral("127.0.0.1"), m_alice->connection()->hostedPort());
    QTRY_COMPARE(m_carol->stage(), GameSession::Stage::Lobby);
    QCOMPARE(m_carol->liveGames()->count(), 0);

    m_alice->invitations()->invite(m_bob->userId());
    QTRY_VERIFY(m_bob->invitations()->isPending());
    m_bob->invitations()->accept();
    QTRY_VERIFY(m_alice->game()->isMyTurn());
    m_alice->game()->play(4);
    QTRY_VERIFY(m_bob->game()->isMyTurn());

    // Nothing is pushed when a game starts: the lobby shows it once asked again.
    m_carol->refreshGameLists();
    QTRY_COMPARE(m_carol->liveGames()->count(), 1);
    const QModelIndex listed = m_carol->liveGames()->index(0);
    // The players' aliases may still be on their way.
    QTRY_COMPARE(listed.data(LiveGamesModel::PlayersRole).toString(), QStringLiteral("Alice (X) against Bob (O)"));
    QCOMPARE(listed.data(LiveGamesModel::DetailsRole).toString(), QStringLiteral("1 move"));
    // The players do not see their own game among those to watch.
    m_alice->refreshGameLists();
    QTRY_COMPARE(m_alice->liveGames()->count(), 0);

    m_carol->watchGame(listed.data(LiveGamesModel::GameIdRole).toString());
    QCOMPARE(m_carol->stage(), GameSession::Stage::Playing);
    CurrentGame *carolsBoard = m_carol->game();
    QVERIFY(carolsBoard->isWatching());
    // The snapshot once counted in: the move made before she came, and whose turn it is.
    QTRY_COMPARE(carolsBoard->index(4).data(CurrentGame::MarkRole).toString(), QStringLiteral("X"));
    QTRY_VERIFY(carolsBoard->isActive());
    QCOMPARE(carolsBoard->playersText(), QStringLiteral("Alice (X) against Bob (O)"));
    QCOMPARE(carolsBoard->turnAlias(), QStringLiteral("Bob"));
    QCOMPARE(carolsBoard->myMark(), QString());
    QCOMPARE(carolsBoard->opponentAlias(), QString());
    QTRY_COMPARE(m_alice->game()->watchers(), 1);
    QTRY_COMPARE(m_bob->game()->watchers(), 1);
    QCOMPARE(carolsBoard->watchers(), 1);

    // She follows every move, and can make none.
    QSignalSpy carolsMoves(carolsBoard, &CurrentGame::moveRequested);
    const QList<std::pair<CurrentGame *, int>> moves{{m_bob->game(), 0}, {m_alice->game(), 2}, {m_bob->game(), 6}};
    for (const auto &[board, index] : moves) {
        QTRY_VERIFY(board->isMyTurn());
        for (int cell = 0; cell < carolsBoard->rowCount(); ++cell)
            QVERIFY(!carolsBoard->index(cell).data(CurrentGame::PlayableRole).toBool());
        QVERIFY(!carolsBoard->isMyTurn());
        carolsBoard->play(index);
        QCOMPARE(carolsMoves.size(), 0);
        board->play(index);
        QTRY_COMPARE(carolsBoard->index(index).data(CurrentGame::MarkRole).toString(),
                     board->myMark());
    }
    QCOMPARE(carolsBoard->moves()->rowCount(), 3);
    QCOMPARE(carolsBoard->moves()->index(0).data(MoveLogModel::TextRole).toString(),
             QStringLiteral("Bob (O) played the top-left corner"));
    QTRY_COMPARE(carolsBoard->turnAlias(), QStringLiteral("Alice"));

    // Carol goes back to the lobby: the players see nobody watching any more.
    m_carol->backToLobby();
    QCOMPARE(m_carol->stage(), GameSession::Stage::Lobby);
    QVERIFY(!carolsBoard->isWatching());
    QTRY_COMPARE(m_alice->game()->watchers(), 0);
    QTRY_COMPARE(m_bob->game()->watchers(), 0);
    // Asked again on coming back: the game is still on.
    QTRY_COMPARE(m_carol->liveGames()->index(0).data(LiveGamesModel::DetailsRole).toString(),
                 QStringLiteral("4 moves"));

    // Watching again to the end: the result is the winner's, not Carol's.
    m_carol->watchGame(m_carol->liveGames()->index(0).data(LiveGamesModel::GameIdRole).toString());
    QTRY_VERIFY(carolsBoard->isActive());
    QTRY_COMPARE(m_alice->game()->watchers(), 1);
    QTRY_VERIFY(m_alice->game()->isMyTurn());
    // Alice (X) takes the right column: 2, 5, 8.
    m_alice->game()->play(8);
    QTRY_VERIFY(m_bob->game()->isMyTurn());
    m_bob->game()->play(1);
    QTRY_VERIFY(m_alice->game()->isMyTurn());
    m_alice->game()->play(5);
    QTRY_COMPARE(carolsBoard->result(), CurrentGame::SomeoneWon);
    QCOMPARE(carolsBoard->resultText(), QStringLiteral("Alice won"));
    QCOMPARE(carolsBoard->index(2).data(CurrentGame::WinningRole).toBool(), true);
    QCOMPARE(m_alice->game()->result(), CurrentGame::Won);
}

void TestGameSession::watchesAgainAfterAReconnection()
{
    QVERIFY(startHostAndGuest());
    TcpRelay relay(m_alice->connection()->hostedPort());
    QVERIFY(relay.listen());
    m_carol = newSession(QStringLiteral("Carol"));
    m_carol->joinHost(QStringLiteral("127.0.0.1"), relay.port());
    QTRY_COMPARE(m_carol->stage(), GameSession::Stage::Lobby);
    m_alice->invitations()->invite(m_bob->userId());
    QTRY_VERIFY(m_bob->invitations()->isPending());
    m_bob->invitations()->accept();
    QTRY_VERIFY(m_alice->game()->isMyTurn());
    m_alice->game()->play(4);
    QTRY_VERIFY(m_bob->game()->isMyTurn());
    m_carol->refreshGameLists();
    QTRY_COMPARE(m_carol->liveGames()->count(), 1);
    m_carol->watchGame(m_carol->liveGames()->index(0).data(LiveGamesModel::GameIdRole).toString());
    QTRY_VERIFY(m_carol->game()->isActive());
    QTRY_COMPARE(m_alice->game()->watchers(), 1);

    // Carol's connection drops: the host counts her out, and Bob plays meanwhile.
    QVERIFY(relay.setAccepting(false));
    relay.dropConnections();
    QTRY_COMPARE(m_carol->connection()->state(), GameClient::Reconnecting);
    QTRY_COMPARE(m_alice->game()->watchers(), 0);
    m_bob->game()->play(0);
    QTRY_VERIFY(m_alice->game()->isMyTurn());

    // Back online, she watches again and catches up.
    QVERIFY(relay.setAccepting(true));
    QTRY_COMPARE(m_carol->connection()->state(), GameClient::Online);
    QTRY_COMPARE(m_alice->game()->watchers(), 1);
    QTRY_COMPARE(m_carol->game()->index(0).data(CurrentGame::MarkRole).toString(), QStringLiteral("O"));
    QCOMPARE(m_carol->stage(), GameSession::Stage::Playing);
    QVERIFY(m_carol->game()->isWatching());
    QTRY_COMPARE(m_carol->game()->turnAlias(), QStringLiteral("Alice"));
    m_alice->game()->play(8);
    QTRY_COMPARE(m_carol->game()->index(8).data(CurrentGame::MarkRole).toString(), QStringLiteral("X"));
}

QTEST_GUILESS_MAIN(TestGameSession)
#include "tst_gamesession.moc"
