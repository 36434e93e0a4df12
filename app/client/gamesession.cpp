#include "gamesession.h"

#include "clientlogging.h"
#include "gameserver.h"
#include "lanannouncer.h"
#include "lanbrowser.h"
#include "users/user.h"

#include <QNetworkInterface>
#include <QSettings>
#include <QSysInfo>
#include <QTimer>

namespace {

const QString aliasKey = QStringLiteral("player/alias");
const QString embeddedServerKey = QStringLiteral("this-computer");

SessionSettings &storedDefaults()
{
    static SessionSettings settings = [] {
        SessionSettings initial;
        const QString target = qEnvironmentVariable("TICTACTOE_DISCOVERY_TARGET");
        if (QHostAddress address(target); !target.isEmpty() && !address.isNull())
            initial.discovery.target = address;
        return initial;
    }();
    return settings;
}

QString identityGroup(const QString &serverKey)
{
    QString key = serverKey;
    key.replace(u':', u'_').replace(u'/', u'_').replace(u'\\', u'_');
    return QStringLiteral("servers/") + key;
}

QString hostLabel(const QString &address, quint16 port)
{
    const QString host = address.contains(u':') ? u'[' + address + u']' : address;
    return host + u':' + QString::number(port);
}

bool isWildcard(const QHostAddress &address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4
            || address == QHostAddress::AnyIPv6;
}

QString describeGameError(Games::ErrorReason reason)
{
    switch (reason) {
    case Games::ErrorReason::PlayerCanNotPlay:
        return GameSession::tr("It is not your turn.");
    case Games::ErrorReason::PositionOffLimits:
        return GameSession::tr("That square is not on the board.");
    case Games::ErrorReason::PositionAlreadyFilled:
        return GameSession::tr("That square is already taken.");
    case Games::ErrorReason::GameAlreadyEnded:
        return GameSession::tr("The game is already over.");
    case Games::ErrorReason::AllPlayersAlreadyJoined:
        return GameSession::tr("That game already has two players.");
    case Games::ErrorReason::GameNotFound:
        return GameSession::tr("That game no longer exists.");
    case Games::ErrorReason::GameNotStarted:
        return GameSession::tr("The game has not started yet.");
    case Games::ErrorReason::GameAlreadyExists:
        return GameSession::tr("That game already exists.");
    }
    return GameSession::tr("The server refused the move.");
}

} // namespace

GameSession::GameSession(QObject *parent)
    : GameSession(defaultSettings(), parent)
{
}

GameSession::GameSession(const SessionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_onlinePlayers(&m_aliases)
    , m_hallOfFame(&m_aliases)
    , m_game(&m_aliases)
{
    m_client.setSettings(settings.connection);
    m_game.setTickInterval(settings.countdownTickMs);
    m_alias = openSettings()->value(aliasKey).toString();
    m_stage = User::isValidAlias(m_alias) ? Stage::Home : Stage::ChoosingAlias;
    connectClient();
    updateStatus();
    // After the constructor, so that nothing binds a port while the object is still being set up.
    QTimer::singleShot(0, this, &GameSession::startBrowsing);
}

GameSession::~GameSession()
{
    m_client.disconnectFromServer();
    stopHosting();
}

SessionSettings GameSession::defaultSettings()
{
    return storedDefaults();
}

void GameSession::setDefaultSettings(const SessionSettings &settings)
{
    storedDefaults() = settings;
}

QString GameSession::userId() const
{
    return m_userId.isNull() ? QString() : m_userId.toString(QUuid::WithoutBraces);
}

QString GameSession::invitationFromAlias()
{
    return m_invitation ? m_aliases.aliasOf(m_invitation->host) : QString();
}

quint16 GameSession::hostedPort() const
{
    return m_server ? m_server->port() : 0;
}

void GameSession::chooseAlias(const QString &alias)
{
    const QString trimmed = alias.trimmed();
    if (!User::isValidAlias(trimmed)) {
        setError(trimmed.size() > User::maxAliasLength
                         ? tr("An alias has at most %1 characters.").arg(User::maxAliasLength)
                         : tr("Choose an alias of 1 to %1 characters.").arg(User::maxAliasLength));
        return;
    }
    clearError();
    if (trimmed != m_alias) {
        m_alias = trimmed;
        openSettings()->setValue(aliasKey, m_alias);
        if (m_announcer)
            m_announcer->setAlias(m_alias);
        Q_EMIT aliasChanged();
    }
    if (m_stage == Stage::ChoosingAlias)
        setStage(Stage::Home);
}

void GameSession::hostGame()
{
    if (m_stage != Stage::Home) {
        qCWarning(lcClient) << "hostGame() outside the home page ignored";
        return;
    }
    ServerSettings serverSettings = m_settings.server;
    auto server = std::make_unique<GameServer>(serverSettings);
    QString error;
    bool started = server->start(&error);
    if (!started && serverSettings.port != 0) {
        qCInfo(lcClient) << "port" << serverSettings.port << "is busy (" << error
                         << "), hosting on a free port";
        serverSettings.port = 0;
        server = std::make_unique<GameServer>(serverSettings);
        started = server->start(&error);
    }
    if (!started) {
        setError(tr("Could not start the game server: %1").arg(error));
        return;
    }
    clearError();
    m_server = std::move(server);
    const quint16 port = m_server->port();
    m_hostAddress = hostLabel(lanAddress(), port);
    m_announcer = std::make_unique<LanAnnouncer>(m_settings.discovery);
    m_announcer->setName(QSysInfo::machineHostName());
    m_announcer->setAlias(m_alias);
    m_announcer->setGamePort(port);
    m_announcer->start();
    Q_EMIT hostingChanged();
    const QHostAddress bound = m_settings.server.host;
    const QString loopback = bound.isLoopback() || isWildcard(bound)
            ? QStringLiteral("127.0.0.1")
            : bound.toString();
    m_hostAlias = m_alias;
    connectTo(loopback, port, embeddedServerKey);
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
    m_hostAlias = discovered ? discovered->alias : QString();
    connectTo(host, static_cast<quint16>(port), hostLabel(host, static_cast<quint16>(port)));
}

void GameSession::invite(const QString &userId)
{
    const QUuid invited = QUuid::fromString(userId);
    if (invited.isNull() || invited == m_userId || m_client.state() != GameClient::State::Online)
        return;
    const QUuid gameId = QUuid::createUuid();
    // One socket keeps the order: the game exists before the invitation reaches anyone, and the
    // host joins first, so the host plays X and moves first.
    m_client.createGame(gameId);
    m_client.inviteUser(invited, gameId);
    m_client.joinGame(gameId);
}

void GameSession::acceptInvitation()
{
    if (!m_invitation)
        return;
    m_client.joinGame(m_invitation->game);
    clearInvitation();
}

void GameSession::declineInvitation()
{
    if (!m_invitation)
        return;
    m_client.declineInvitation(m_invitation->host, m_invitation->game);
    clearInvitation();
}

void GameSession::playAgain()
{
    const QUuid opponent = m_game.opponentId();
    backToLobby();
    if (!opponent.isNull())
        invite(opponent.toString(QUuid::WithoutBraces));
}

void GameSession::backToLobby()
{
    m_game.reset();
    m_opponentWhoLeft = {};
    if (m_stage == Stage::Playing)
        setStage(Stage::Lobby);
}

void GameSession::leave()
{
    m_client.disconnectFromServer();
    stopHosting();
    clearInvitation();
    m_game.reset();
    m_onlinePlayers.clear();
    m_hallOfFame.clear();
    m_aliases.clear();
    setUserId({});
    m_serverKey.clear();
    m_serverLabel.clear();
    m_hostAlias.clear();
    setStage(User::isValidAlias(m_alias) ? Stage::Home : Stage::ChoosingAlias);
    updateStatus();
}

void GameSession::clearError()
{
    setError({});
}

void GameSession::connectClient()
{
    connect(&m_client, &GameClient::stateChanged, this, &GameSession::handleClientState);
    connect(&m_client, &GameClient::errorOccurred, this, &GameSession::setError);
    connect(&m_client, &GameClient::reconnectScheduled, this, [this](int delayMs) {
        m_reconnectDelayMs = delayMs;
        updateStatus();
    });
    connect(&m_client, &GameClient::credentialIssued, this, &GameSession::handleCredentialIssued);
    connect(&m_client, &GameClient::sessionAssociated, this, &GameSession::setUserId);
    connect(&m_client, &GameClient::commandRejected, this, [this](const CommandRejected &rejection) {
        setError(tr("The server refused a request: %1").arg(rejection.message));
    });

    connect(&m_client, &GameClient::usersOnlineUpdated, this,
            [this](const UsersOnlineUpdated &event) { handleUsersOnline(event.onlineUsers); });
    connect(&m_client, &GameClient::usersOnlineReceived, this,
            [this](const UsersOnline &answer) { handleUsersOnline(answer.onlineUsers); });
    connect(&m_client, &GameClient::topThreeListUpdated, this,
            [this](const TopThreeListUpdated &event) {
                m_hallOfFame.setEntries(event.current.topThree);
            });
    connect(&m_client, &GameClient::topThreePlayersReceived, this,
            [this](const TopThreePlayers &answer) { m_hallOfFame.setEntries(answer.list); });
    connect(&m_client, &GameClient::userFound, this,
            [this](const User &user) { m_aliases.insert(user.id, user.alias); });
    connect(&m_client, &GameClient::userNotFound, &m_aliases, &AliasDirectory::markUnknown);
    connect(&m_aliases, &AliasDirectory::lookupNeeded, this, [this](const QUuid &userId) {
        if (m_client.state() == GameClient::State::Online)
            m_client.requestUser(userId);
    });
    connect(&m_aliases, &AliasDirectory::aliasChanged, this, [this](const QUuid &userId) {
        if (m_invitation && m_invitation->host == userId)
            Q_EMIT invitationChanged();
    });

    connect(&m_client, &GameClient::userInvited, this, &GameSession::handleUserInvited);
    connect(&m_client, &GameClient::invitationDeclined, this,
            &GameSession::handleInvitationDeclined);
    connect(&m_client, &GameClient::gameStarted, this, &GameSession::handleGameStarted);
    connect(&m_client, &GameClient::waitingForPlayerPlay, &m_game,
            &GameBoard::handleWaitingForPlayerPlay);
    connect(&m_client, &GameClient::markPlaced, &m_game, &GameBoard::handleMarkPlaced);
    connect(&m_client, &GameClient::boardUpdated, &m_game, &GameBoard::handleBoardUpdated);
    connect(&m_client, &GameClient::turnTimeout, &m_game, &GameBoard::handleTurnTimeout);
    connect(&m_client, &GameClient::gameEnded, &m_game, &GameBoard::handleGameEnded);
    connect(&m_client, &GameClient::gameErrorOccurred, this, &GameSession::handleGameError);
    connect(&m_client, &GameClient::gameSnapshotReceived, &m_game, &GameBoard::handleGameSnapshot);
    connect(&m_client, &GameClient::gameNotFound, &m_game, &GameBoard::handleGameLost);
    connect(&m_game, &GameBoard::moveRequested, this,
            [this](const QUuid &gameId, int x, int y) { m_client.placeMark(gameId, x, y); });
}

void GameSession::startBrowsing()
{
    if (m_browser || !m_settings.discovery.enabled)
        return;
    m_browser = std::make_unique<LanBrowser>(m_settings.discovery);
    if (!m_browser->start()) {
        // Joining by address still works; only the list of hosts stays empty.
        qCWarning(lcClient) << "not browsing the LAN for games:" << m_browser->errorString();
    }
    m_hosts.follow(m_browser.get());
}

void GameSession::connectTo(const QString &address, quint16 port, const QString &serverKey)
{
    m_serverKey = serverKey;
    m_serverLabel = hostLabel(address, port);
    m_reconnectDelayMs = 0;
    clearInvitation();
    m_game.reset();
    m_onlinePlayers.clear();
    m_hallOfFame.clear();
    m_aliases.clear();
    setUserId({});
    const auto settings = openSettings();
    const QString group = identityGroup(serverKey);
    m_client.setIdentity(QUuid::fromString(settings->value(group + QStringLiteral("/userId")).toString()),
                         settings->value(group + QStringLiteral("/credential")).toString());
    m_client.setAlias(m_alias);
    setStage(Stage::Connecting);
    m_client.connectToServer(address, port);
    updateStatus();
}

void GameSession::stopHosting()
{
    if (!m_server)
        return;
    // The announcer says bye as it goes, so browsers drop this host at once.
    m_announcer.reset();
    m_server.reset();
    m_hostAddress.clear();
    Q_EMIT hostingChanged();
}

void GameSession::handleClientState(GameClient::State state)
{
    switch (state) {
    case GameClient::State::Offline:
        m_connectionState = ConnectionState::Offline;
        // The client gives up only when it never got in, or the server refused us: back home.
        if (m_stage != Stage::Home && m_stage != Stage::ChoosingAlias) {
            stopHosting();
            setStage(User::isValidAlias(m_alias) ? Stage::Home : Stage::ChoosingAlias);
        }
        break;
    case GameClient::State::Connecting:
        m_connectionState = ConnectionState::Connecting;
        break;
    case GameClient::State::Online:
        m_connectionState = ConnectionState::Online;
        m_reconnectDelayMs = 0;
        if (m_stage == Stage::Connecting)
            setStage(Stage::Lobby);
        // What we may have missed while away: the lists, the aliases, and the running game.
        m_client.requestUsersOnline();
        m_client.requestTopThreePlayers();
        m_aliases.retryPending();
        if (!m_game.gameId().isNull())
            m_client.requestGame(m_game.gameId());
        break;
    case GameClient::State::Reconnecting:
        m_connectionState = ConnectionState::Reconnecting;
        break;
    }
    Q_EMIT connectionStateChanged();
    updateStatus();
}

void GameSession::handleCredentialIssued(const QUuid &userId, const QString &credential)
{
    const auto settings = openSettings();
    const QString group = identityGroup(m_serverKey);
    settings->setValue(group + QStringLiteral("/userId"), userId.toString(QUuid::WithoutBraces));
    settings->setValue(group + QStringLiteral("/credential"), credential);
    m_aliases.insert(userId, m_alias);
    setUserId(userId);
}

void GameSession::handleUsersOnline(const QList<QUuid> &userIds)
{
    m_onlinePlayers.setOnlineUsers(userIds);
    if (m_announcer)
        m_announcer->setPlayersOnline(static_cast<int>(userIds.size()));
    if (m_invitation && !userIds.contains(m_invitation->host))
        clearInvitation();
    const QUuid opponent = m_game.opponentId();
    if (m_game.isActive() && !opponent.isNull() && !userIds.contains(opponent)
        && m_opponentWhoLeft != opponent) {
        m_opponentWhoLeft = opponent;
        Q_EMIT opponentLeft(m_aliases.aliasOf(opponent));
    }
}

void GameSession::handleUserInvited(const UserInvited &event)
{
    if (event.invited != m_userId)
        return;
    // Someone in a game cannot take another one; a newer invitation replaces an unanswered one.
    if (m_game.isActive()) {
        m_client.declineInvitation(event.host, event.game);
        return;
    }
    if (m_invitation)
        m_client.declineInvitation(m_invitation->host, m_invitation->game);
    m_invitation = Invitation{event.host, event.game};
    Q_EMIT invitationChanged();
}

void GameSession::handleInvitationDeclined(const InvitationDeclined &event)
{
    if (event.host != m_userId)
        return;
    Q_EMIT invitationDeclined(m_aliases.aliasOf(event.invited));
}

void GameSession::handleGameStarted(const GameStarted &event)
{
    m_game.handleGameStarted(event);
    if (m_game.gameId() != event.gameId)
        return;
    m_opponentWhoLeft = {};
    if (m_invitation && m_invitation->game == event.gameId)
        clearInvitation();
    setStage(Stage::Playing);
}

void GameSession::handleGameError(const GameErrorOccurred &event)
{
    m_game.handleGameErrorOccurred(event);
    setError(describeGameError(event.reason));
}

void GameSession::setUserId(const QUuid &userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    m_onlinePlayers.setMyUserId(userId);
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

void GameSession::setStatus(const QString &message)
{
    if (message == m_statusMessage)
        return;
    m_statusMessage = message;
    Q_EMIT statusMessageChanged();
}

void GameSession::updateStatus()
{
    switch (m_connectionState) {
    case ConnectionState::Offline:
        setStatus(tr("Not connected"));
        return;
    case ConnectionState::Connecting:
        setStatus(tr("Connecting to %1…").arg(m_serverLabel));
        return;
    case ConnectionState::Online:
        if (isHosting())
            setStatus(tr("Hosting a game at %1").arg(m_hostAddress));
        else if (!m_hostAlias.isEmpty())
            setStatus(tr("Connected to %1's game at %2").arg(m_hostAlias, m_serverLabel));
        else
            setStatus(tr("Connected to %1").arg(m_serverLabel));
        return;
    case ConnectionState::Reconnecting:
        if (m_reconnectDelayMs > 0) {
            setStatus(tr("Connection lost. Reconnecting in %1 s…")
                              .arg((m_reconnectDelayMs + 999) / 1000));
        } else {
            setStatus(tr("Connection lost. Reconnecting…"));
        }
        return;
    }
}

void GameSession::clearInvitation()
{
    if (!m_invitation)
        return;
    m_invitation.reset();
    Q_EMIT invitationChanged();
}

std::unique_ptr<QSettings> GameSession::openSettings() const
{
    if (m_settings.settingsFile.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_settings.settingsFile, QSettings::IniFormat);
}

QString GameSession::lanAddress() const
{
    const QHostAddress bound = m_settings.server.host;
    if (bound.isLoopback())
        return QStringLiteral("127.0.0.1");
    if (!isWildcard(bound))
        return bound.toString();
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack)) {
            continue;
        }
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress address = entry.ip();
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
                return address.toString();
        }
    }
    return QStringLiteral("127.0.0.1");
}
