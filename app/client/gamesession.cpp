// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "gamesession.h"

#include "clientlogging.h"
#include "endpointlabel.h"
#include "gameerrortext.h"
#include "lanbrowser.h"
#include "socketmessages.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace {

// Where the identity on this computer's own hosted game is kept, whatever port it got.
const QString embeddedServerKey = QStringLiteral("this-computer");

} // namespace

GameSession::GameSession(QObject *parent)
    : GameSession(SessionSettings::defaults(), parent)
{
}

GameSession::GameSession(const SessionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_player(settings.settingsFile)
    , m_connection(&m_client)
    , m_lobby(&m_client)
    , m_game(m_lobby.aliases())
    , m_replay(m_lobby.aliases())
    , m_invitations(&m_client, m_lobby.aliases(), &m_game)
{
    m_client.setSettings(settings.connection);
    m_game.setTickInterval(settings.countdownTickMs);
    m_stage = homeStage();
    subscribe();
    // Installing a translation tells the application alone; the texts made in C++ follow it.
    QCoreApplication::instance()->installEventFilter(this);
    // After the constructor, so that nothing binds a port while the object is still being set up.
    QTimer::singleShot(0, this, &GameSession::startBrowsing);
}

GameSession::~GameSession()
{
    m_client.disconnectFromServer();
}

bool GameSession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
        m_connection.retranslate();
        m_hosts.retranslate();
        m_lobby.retranslate();
        m_game.retranslate();
        m_replay.retranslate();
    }
    return QObject::eventFilter(watched, event);
}

QString GameSession::userId() const
{
    return m_userId.isNull() ? QString() : m_userId.toString(QUuid::WithoutBraces);
}

void GameSession::chooseAlias(const QString &alias)
{
    if (const Outcome<> chosen = m_player.setAlias(alias); !chosen) {
        setError(chosen.error().message);
        return;
    }
    clearError();
    if (m_stage == Stage::ChoosingAlias)
        setStage(Stage::Home);
}

void GameSession::hostGame()
{
    startHosting(LocalGameHost::Reach::Network);
}

void GameSession::playAgainstComputer()
{
    startHosting(LocalGameHost::Reach::ThisComputer);
}

// The same server either way, with the same data: a player keeps one identity and one hall of
// fame on this computer, whoever they play.
void GameSession::startHosting(LocalGameHost::Reach reach)
{
    if (m_stage != Stage::Home || !m_settings.hostFactory) {
        qCWarning(lcClient) << "hosting ignored: not at home, or this session cannot host";
        return;
    }
    std::unique_ptr<LocalGameHost> host = m_settings.hostFactory();
    const Outcome<LocalGameHost::Endpoint> started = host->start(m_player.alias(), reach);
    if (!started) {
        setError(tr("Could not start the game server: %1").arg(started.error().message));
        return;
    }
    clearError();
    // A host that keeps nothing knows nobody: an identity from its last run means nothing there.
    if (!started->keepsData)
        m_player.rememberIdentity(embeddedServerKey, {});
    m_host = std::move(host);
    m_hostReach = reach;
    // The header names one address; the lobby lists them all.
    const QString shownAddress = started->lanAddresses.isEmpty() ? started->loopbackAddress
                                                                 : started->lanAddresses.first().toString();
    m_connection.setHosting(shownAddress, started->port, reach);
    // Nobody else joins a game for this computer alone: it has no links to give.
    if (reach == LocalGameHost::Reach::Network)
        m_joinLinks.setLinks(started->lanAddresses, QHostAddress(started->loopbackAddress), started->port);
    m_connection.setHostAlias(m_player.alias());
    connectTo(started->loopbackAddress, started->port, embeddedServerKey);
}

void GameSession::joinHost(const QString &address, int port)
{
    const QString host = address.trimmed();
    if (host.isEmpty() || port < 1 || port > 65535) {
        setError(tr("Enter the host's address and a port between 1 and 65535."));
        return;
    }
    if (m_stage == Stage::ChoosingAlias) {
        setError(tr("Choose an alias first."));
        return;
    }
    if (m_stage != Stage::Home)
        leave();
    clearError();
    const auto discovered = m_hosts.find(host, static_cast<quint16>(port));
    m_connection.setHostAlias(discovered ? discovered->alias : QString());
    connectTo(host, static_cast<quint16>(port), endpointLabel(host, static_cast<quint16>(port)));
}

void GameSession::playAgain()
{
    const QUuid opponent = m_game.opponentId();
    backToLobby();
    if (!opponent.isNull())
        m_invitations.invite(opponent.toString(QUuid::WithoutBraces));
}

void GameSession::watchGame(const QString &gameId)
{
    const QUuid id(gameId);
    if (m_stage != Stage::Lobby || id.isNull() || m_userId.isNull())
        return;
    clearError();
    m_game.watch(id);
    m_client.send(WatchGame{QUuid::createUuid(), id, m_userId});
    setStage(Stage::Playing);
}

void GameSession::refreshGameLists()
{
    if (m_client.state() == GameClient::Online)
        m_lobby.refreshGameLists();
}

void GameSession::openReplay(const QString &gameId)
{
    const QUuid id(gameId);
    if (m_stage != Stage::Lobby || id.isNull() || m_client.state() != GameClient::Online)
        return;
    clearError();
    m_replayAskedFor = id;
    m_client.ask(GetGameHistory{QUuid::createUuid(), id});
}

void GameSession::backToLobby()
{
    if (m_stage == Stage::Replaying) {
        m_replay.clear();
        setStage(Stage::Lobby);
        refreshGameLists();
        return;
    }
    // An ended game has nothing more to send: only a running one is left in words.
    if (m_game.isWatching() && m_game.result() == CurrentGame::None)
        m_client.send(StopWatching{QUuid::createUuid(), m_game.gameId(), m_userId});
    m_game.reset();
    if (m_stage == Stage::Playing) {
        setStage(Stage::Lobby);
        // Games started and ended meanwhile: nothing told us.
        refreshGameLists();
    }
}

void GameSession::leave()
{
    m_client.disconnectFromServer();
    m_host.reset();
    m_connection.clearHosting();
    m_joinLinks.clear();
    m_connection.setHostAlias({});
    forgetServer();
    setStage(homeStage());
}

void GameSession::clearError()
{
    setError({});
}

void GameSession::askAboutIdentity(const QString &reason)
{
    qCInfo(lcClient) << endpointLabel(m_server.address, m_server.port) << "refused our identity:" << reason;
    m_refusingServer = m_server;
    const QString host = endpointLabel(m_server.address, m_server.port);
    const QString hostAlias = m_connection.hostAlias();
    m_identityQuestion = tr("%1 does not know you any more: its data may have been reset. Join it as a "
                            "new player? Your name there stays %2, your old score does not come back.")
                                 .arg(hostAlias.isEmpty() ? host : tr("%1's game at %2").arg(hostAlias, host),
                                      m_player.alias());
    Q_EMIT identityQuestionChanged();
}

void GameSession::joinAsNewPlayer()
{
    if (m_identityQuestion.isEmpty())
        return;
    const Server server = m_refusingServer;
    keepIdentity();
    m_player.rememberIdentity(server.key, {});
    if (m_stage != Stage::Home)
        leave();
    if (server.key == embeddedServerKey)
        startHosting(m_hostReach);
    else
        connectTo(server.address, server.port, server.key);
}

void GameSession::keepIdentity()
{
    m_identityQuestion.clear();
    Q_EMIT identityQuestionChanged();
}

// The table of contents of the client: which server message goes to which part.
void GameSession::subscribe()
{
    connect(&m_client, &GameClient::stateChanged, this, &GameSession::handleClientState);
    connect(&m_client, &GameClient::errorOccurred, this, &GameSession::setError);
    connect(&m_client, &GameClient::identityRefused, this, &GameSession::askAboutIdentity);
    connect(&m_client, &GameClient::stateChanged, &m_game, [this](GameClient::State state) {
        m_game.setServerReachable(state != GameClient::Reconnecting);
    });
    connect(&m_client, &GameClient::nothingFound, this, [this](const Effect &query) {
        if (query.is<GetGame>())
            m_game.handleGameLost(query.as<GetGame>().gameId);
        if (query.is<GetGameHistory>() && query.as<GetGameHistory>().gameId == m_replayAskedFor) {
            m_replayAskedFor = {};
            setError(tr("That game is no longer kept by the host."));
            refreshGameLists();
        }
    });
    m_client.onMessage(this, &GameSession::handleGameHistory);
    m_client.onMessage(this, &GameSession::handleCredentialIssued);
    m_client.onMessage<SessionAssociated>(this, [this](const SessionAssociated &associated) {
        setUserId(associated.userId);
    });
    m_client.onMessage<CommandRejected>(this, [this](const CommandRejected &rejection) {
        setError(tr("The server refused a request: %1").arg(rejection.message));
    });

    connect(&m_lobby, &Lobby::usersOnlineChanged, &m_invitations, &Invitations::handleUsersOnline);
    connect(&m_lobby, &Lobby::usersOnlineChanged, &m_game, &CurrentGame::handleUsersOnline);
    connect(&m_lobby, &Lobby::computerPlayersChanged, &m_game, &CurrentGame::setComputerPlayers);

    m_client.onMessage(this, &GameSession::handleGameStarted);
    m_client.onMessage(&m_game, &CurrentGame::handleWaitingForPlayerPlay);
    m_client.onMessage(&m_game, &CurrentGame::handleMarkPlaced);
    m_client.onMessage(&m_game, &CurrentGame::handleBoardUpdated);
    m_client.onMessage(&m_game, &CurrentGame::handleTurnTimeout);
    m_client.onMessage(&m_game, &CurrentGame::handleGameEnded);
    m_client.onMessage(&m_game, &CurrentGame::handleWatcherJoined);
    m_client.onMessage(&m_game, &CurrentGame::handleWatcherLeft);
    // Exactly what was missed, in order, as if it had come live; the snapshot when too far behind.
    m_client.onMessage<GameSnapshot>(this, [this](const GameSnapshot &snapshot) {
        if (snapshot.events.isEmpty())
            m_game.handleGameSnapshot(snapshot);
        for (const Effect &event : snapshot.events)
            m_client.dispatch(event);
    });
    connect(&m_game, &CurrentGame::resyncNeeded, this, [this](const QUuid &gameId, int version) {
        m_client.ask(GetGame{QUuid::createUuid(), gameId, version});
    });
    m_client.onMessage(this, &GameSession::handleGameError);
    connect(&m_game, &CurrentGame::moveRequested, this, [this](const QUuid &gameId, int x, int y) {
        m_client.send(PlaceMark{QUuid::createUuid(), gameId, m_userId, x, y});
    });
}

void GameSession::startBrowsing()
{
    if (m_browser || !m_settings.discovery.enabled)
        return;
    m_browser = std::make_unique<LanBrowser>(m_settings.discovery);
    // Joining by address works without it; only the list of hosts stays empty.
    if (const Outcome<> browsing = m_browser->start(); !browsing)
        qCWarning(lcClient) << "not browsing the LAN for games:" << browsing.error().message;
    m_hosts.follow(m_browser.get());
}

void GameSession::connectTo(const QString &address, quint16 port, const QString &serverKey)
{
    forgetServer();
    m_server = {address, port, serverKey};
    const PlayerProfile::Identity identity = m_player.identityOn(serverKey);
    m_client.setIdentity(identity.userId, identity.credential);
    m_client.setAlias(m_player.alias());
    setStage(Stage::Connecting);
    m_client.connectToServer(address, port);
}

// What belongs to the server just left: none of it is true on the next one.
void GameSession::forgetServer()
{
    m_invitations.clear();
    m_game.reset();
    m_replay.clear();
    m_replayAskedFor = {};
    m_lobby.clear();
    setUserId({});
    m_server = {};
}

void GameSession::handleClientState(GameClient::State state)
{
    switch (state) {
    case GameClient::Offline:
        // The client gives up only when it never got in, or the server refused us: back home.
        if (m_stage != Stage::Home && m_stage != Stage::ChoosingAlias) {
            m_host.reset();
            m_connection.clearHosting();
            m_joinLinks.clear();
            setStage(homeStage());
        }
        break;
    case GameClient::Online:
        if (m_stage == Stage::Connecting)
            setStage(Stage::Lobby);
        // What we may have missed while away: the lists, the aliases, and the running game.
        m_lobby.refresh();
        // A watcher was counted out with its last socket: watching again resyncs (WATCHER_JOINED).
        if (m_game.isWatching() && m_game.result() == CurrentGame::None)
            m_client.send(WatchGame{QUuid::createUuid(), m_game.gameId(), m_userId});
        else if (!m_game.gameId().isNull())
            m_client.ask(GetGame{QUuid::createUuid(), m_game.gameId(), m_game.version()});
        break;
    case GameClient::Connecting:
    case GameClient::Reconnecting:
        break;
    }
}

void GameSession::handleCredentialIssued(const CredentialIssued &issued)
{
    m_player.rememberIdentity(m_server.key, {issued.userId, issued.credential});
    m_lobby.aliases()->insert(issued.userId, m_player.alias());
    setUserId(issued.userId);
}

void GameSession::handleGameStarted(const GameStarted &event)
{
    m_game.handleGameStarted(event);
    if (m_game.gameId() != event.gameId)
        return;
    m_invitations.handleGameStarted(event.gameId);
    setStage(Stage::Playing);
}

void GameSession::handleGameError(const GameErrorOccurred &event)
{
    m_game.handleGameErrorOccurred(event);
    setError(gameErrorText(event.reason));
    if (!m_game.isWatching() || event.gameId != m_game.gameId())
        return;
    if (m_game.version() == 0) {
        // Watching refused (the game ended meanwhile, or it is ours): nothing to show but the lobby.
        m_game.reset();
        setStage(Stage::Lobby);
        refreshGameLists();
    } else {
        // Watching again after a reconnection, refused: the game ended while we were away.
        m_client.ask(GetGame{QUuid::createUuid(), m_game.gameId(), m_game.version()});
    }
}

void GameSession::handleGameHistory(const GameHistory &history)
{
    // Asked for from the lobby: a late answer, after the player went on to something else, is dropped.
    if (history.game.gameId != m_replayAskedFor || m_stage != Stage::Lobby)
        return;
    m_replayAskedFor = {};
    m_replay.load(history);
    setStage(Stage::Replaying);
}

void GameSession::setUserId(const QUuid &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    m_lobby.setMyUserId(userId);
    m_game.setMyUserId(userId);
    Q_EMIT userIdChanged();
}

void GameSession::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
}

void GameSession::setError(const QString &message)
{
    if (message == m_errorMessage)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

GameSession::Stage GameSession::homeStage() const
{
    return m_player.hasAlias() ? Stage::Home : Stage::ChoosingAlias;
}
