#include "gameclient.h"

#include "clientlogging.h"
#include "gadgetjson.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>
#include <QWebSocket>

GameClient::GameClient(QObject *parent)
    : QObject(parent)
    , m_nextReconnectDelayMs(m_settings.initialReconnectDelayMs)
{
    // A game on the LAN never goes through a proxy, whatever the environment says.
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        m_lastSocketError = tr("timed out");
        m_socket->abort();
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &GameClient::openSocket);
}

GameClient::~GameClient()
{
    closeSocket();
}

void GameClient::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_nextReconnectDelayMs = settings.initialReconnectDelayMs;
}

void GameClient::setIdentity(const QUuid &userId, const QString &credential)
{
    m_userId = userId;
    m_credential = credential;
}

void GameClient::setAlias(const QString &alias)
{
    m_alias = alias;
}

void GameClient::connectToServer(const QString &host, quint16 port)
{
    closeSocket();
    m_reconnectTimer.stop();
    m_host = host;
    m_port = port;
    m_wasOnline = false;
    m_nextReconnectDelayMs = m_settings.initialReconnectDelayMs;
    setState(State::Connecting);
    openSocket();
}

void GameClient::disconnectFromServer()
{
    m_reconnectTimer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
    }
    closeSocket();
    m_wasOnline = false;
    setState(State::Offline);
}

QUuid GameClient::createGame(const QUuid &gameId)
{
    const CreateGame command{QUuid::createUuid(), gameId, m_userId};
    return send(command) ? command.operationId : QUuid();
}

QUuid GameClient::joinGame(const QUuid &gameId)
{
    const JoinGame command{QUuid::createUuid(), gameId, m_userId};
    return send(command) ? command.operationId : QUuid();
}

QUuid GameClient::placeMark(const QUuid &gameId, int x, int y)
{
    const PlaceMark command{QUuid::createUuid(), gameId, m_userId, x, y};
    return send(command) ? command.operationId : QUuid();
}

QUuid GameClient::inviteUser(const QUuid &invited, const QUuid &gameId)
{
    const UserInvited event{m_userId, invited, gameId, QUuid::createUuid()};
    return send(event) ? event.operationId : QUuid();
}

QUuid GameClient::declineInvitation(const QUuid &host, const QUuid &gameId)
{
    const InvitationDeclined event{host, m_userId, gameId, QUuid::createUuid()};
    return send(event) ? event.operationId : QUuid();
}

QUuid GameClient::requestUser(const QUuid &userId)
{
    const GetUser query{QUuid::createUuid(), userId};
    const bool posted = postQuery(
            query, QMetaType::fromType<UserFound>(),
            [this](const Effect &answer) { Q_EMIT userFound(answer.as<UserFound>().user); },
            [this, userId] { Q_EMIT userNotFound(userId); });
    return posted ? query.operationId : QUuid();
}

QUuid GameClient::requestUsersOnline()
{
    const GetUsersOnline query{QUuid::createUuid()};
    const quint64 pushesBefore = m_usersOnlinePushes;
    const bool posted = postQuery(
            query, QMetaType::fromType<UsersOnline>(),
            [this, pushesBefore](const Effect &answer) {
                // A push that overtook this answer is newer, and it carries the whole list.
                if (m_usersOnlinePushes == pushesBefore)
                    Q_EMIT usersOnlineReceived(answer.as<UsersOnline>());
            },
            {});
    return posted ? query.operationId : QUuid();
}

QUuid GameClient::requestTopThreePlayers()
{
    const GetTopThreePlayers query{QUuid::createUuid()};
    const quint64 pushesBefore = m_topThreePushes;
    const bool posted = postQuery(
            query, QMetaType::fromType<TopThreePlayers>(),
            [this, pushesBefore](const Effect &answer) {
                if (m_topThreePushes == pushesBefore)
                    Q_EMIT topThreePlayersReceived(answer.as<TopThreePlayers>());
            },
            {});
    return posted ? query.operationId : QUuid();
}

QUuid GameClient::requestGame(const QUuid &gameId)
{
    const GetGame query{QUuid::createUuid(), gameId};
    const bool posted = postQuery(
            query, QMetaType::fromType<GameSnapshot>(),
            [this](const Effect &answer) { Q_EMIT gameSnapshotReceived(answer.as<GameSnapshot>()); },
            [this, gameId] { Q_EMIT gameNotFound(gameId); });
    return posted ? query.operationId : QUuid();
}

void GameClient::openSocket()
{
    closeSocket();
    m_lastSocketError.clear();
    m_authentication = Authentication::None;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QWebSocket::connected, this, &GameClient::handleConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &GameClient::handleDisconnected);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &GameClient::handleSocketError);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &GameClient::handleMessage);
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QStringLiteral("/ws"));
    qCDebug(lcClient) << "connecting to" << url;
    m_connectTimer.start(m_settings.connectTimeoutMs);
    m_socket->open(url);
}

void GameClient::closeSocket()
{
    m_connectTimer.stop();
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void GameClient::handleConnected()
{
    m_connectTimer.stop();
    if (!m_userId.isNull() && !m_credential.isEmpty()) {
        m_authentication = Authentication::Associating;
        const AssociateCredential associate{m_userId, m_credential};
        m_socket->sendTextMessage(QString::fromUtf8(ServerMessageCodec::encode(
                QStringLiteral("ASSOCIATE_USER_TO_SESSION"),
                GadgetJson::toJson(&AssociateCredential::staticMetaObject, &associate))));
        return;
    }
    m_authentication = Authentication::Creating;
    const CreateUser command{QUuid::createUuid(), m_alias, {}, QUuid::createUuid()};
    m_socket->sendTextMessage(QString::fromUtf8(ServerMessageCodec::encode(command)));
}

void GameClient::handleSocketError(QAbstractSocket::SocketError error)
{
    m_lastSocketError = describeSocketError(error);
    qCDebug(lcClient) << "socket error" << error << m_lastSocketError;
    // Some failures (a refused handshake) leave the socket closed without a disconnected signal.
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        handleDisconnected();
}

void GameClient::handleDisconnected()
{
    // A refused connection reports disconnected before (or without) its error signal.
    if (m_lastSocketError.isEmpty() && m_socket
        && m_socket->error() != QAbstractSocket::UnknownSocketError) {
        m_lastSocketError = describeSocketError(m_socket->error());
    }
    const QString reason = m_lastSocketError.isEmpty() ? tr("the connection closed")
                                                       : m_lastSocketError;
    closeSocket();
    m_authentication = Authentication::None;
    if (m_state == State::Offline)
        return;
    if (m_wasOnline) {
        qCInfo(lcClient) << "connection to" << serverLabel() << "lost:" << reason;
        setState(State::Reconnecting);
        scheduleReconnect();
        return;
    }
    fail(tr("Could not reach %1: %2").arg(serverLabel(), reason));
}

void GameClient::handleMessage(const QString &text)
{
    QString error;
    const Effect message = m_codec.decode(text.toUtf8(), &error);
    if (!message.isValid()) {
        qCWarning(lcClient) << "ignoring a server message:" << error;
        return;
    }
    dispatch(message);
}

void GameClient::dispatch(const Effect &message)
{
    if (message.is<CredentialIssued>()) {
        const CredentialIssued &issued = message.as<CredentialIssued>();
        m_userId = issued.userId;
        m_credential = issued.credential;
        Q_EMIT credentialIssued(issued.userId, issued.credential);
        authenticated();
    } else if (message.is<SessionAssociated>()) {
        Q_EMIT sessionAssociated(message.as<SessionAssociated>().userId);
        authenticated();
    } else if (message.is<CommandRejected>()) {
        handleRejection(message.as<CommandRejected>());
    } else if (message.is<UsersOnlineUpdated>()) {
        ++m_usersOnlinePushes;
        Q_EMIT usersOnlineUpdated(message.as<UsersOnlineUpdated>());
    } else if (message.is<TopThreeListUpdated>()) {
        ++m_topThreePushes;
        Q_EMIT topThreeListUpdated(message.as<TopThreeListUpdated>());
    } else if (message.is<UserInvited>()) {
        Q_EMIT userInvited(message.as<UserInvited>());
    } else if (message.is<InvitationDeclined>()) {
        Q_EMIT invitationDeclined(message.as<InvitationDeclined>());
    } else if (message.is<GameCreated>()) {
        Q_EMIT gameCreated(message.as<GameCreated>());
    } else if (message.is<PlayerJoinedAGame>()) {
        Q_EMIT playerJoinedAGame(message.as<PlayerJoinedAGame>());
    } else if (message.is<GameStarted>()) {
        Q_EMIT gameStarted(message.as<GameStarted>());
    } else if (message.is<WaitingForPlayerPlay>()) {
        Q_EMIT waitingForPlayerPlay(message.as<WaitingForPlayerPlay>());
    } else if (message.is<MarkPlaced>()) {
        Q_EMIT markPlaced(message.as<MarkPlaced>());
    } else if (message.is<BoardUpdated>()) {
        Q_EMIT boardUpdated(message.as<BoardUpdated>());
    } else if (message.is<GameEnded>()) {
        Q_EMIT gameEnded(message.as<GameEnded>());
    } else if (message.is<TurnTimeout>()) {
        Q_EMIT turnTimeout(message.as<TurnTimeout>());
    } else if (message.is<GameErrorOccurred>()) {
        Q_EMIT gameErrorOccurred(message.as<GameErrorOccurred>());
    }
}

void GameClient::handleRejection(const CommandRejected &rejection)
{
    switch (m_authentication) {
    case Authentication::Associating:
        // This server does not know the identity (another server at the same address, or its data
        // is gone): become a new user rather than stay locked out.
        qCInfo(lcClient) << serverLabel() << "refused the stored identity:" << rejection.reason
                         << rejection.message;
        m_userId = {};
        m_credential.clear();
        handleConnected();
        return;
    case Authentication::Creating:
        fail(tr("%1 refused the alias \"%2\": %3").arg(serverLabel(), m_alias, rejection.message));
        return;
    case Authentication::None:
    case Authentication::Done:
        qCWarning(lcClient) << "command rejected:" << rejection.reason << rejection.message;
        Q_EMIT commandRejected(rejection);
        return;
    }
}

void GameClient::authenticated()
{
    m_authentication = Authentication::Done;
    m_wasOnline = true;
    m_nextReconnectDelayMs = m_settings.initialReconnectDelayMs;
    send(UserConnected{m_userId, QUuid::createUuid()});
    setState(State::Online);
}

void GameClient::scheduleReconnect()
{
    const int delay = m_nextReconnectDelayMs;
    m_nextReconnectDelayMs = std::min(delay * 2, m_settings.maximumReconnectDelayMs);
    m_reconnectTimer.start(delay);
    Q_EMIT reconnectScheduled(delay);
}

void GameClient::fail(const QString &message)
{
    qCWarning(lcClient) << message;
    closeSocket();
    m_reconnectTimer.stop();
    m_authentication = Authentication::None;
    m_wasOnline = false;
    setState(State::Offline);
    Q_EMIT errorOccurred(message);
}

void GameClient::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString GameClient::serverLabel() const
{
    const bool isIpv6 = m_host.contains(u':');
    return (isIpv6 ? u'[' + m_host + u']' : m_host) + u':' + QString::number(m_port);
}

QString GameClient::describeSocketError(QAbstractSocket::SocketError error) const
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("connection refused");
    case QAbstractSocket::RemoteHostClosedError:
        return tr("the server closed the connection");
    case QAbstractSocket::HostNotFoundError:
        return tr("no such host");
    case QAbstractSocket::SocketTimeoutError:
        return tr("timed out");
    case QAbstractSocket::NetworkError:
        return tr("the network is unreachable");
    default:
        return m_socket ? m_socket->errorString() : tr("network error");
    }
}

bool GameClient::send(const Effect &effect)
{
    if (!m_socket || m_authentication != Authentication::Done) {
        qCWarning(lcClient) << "not online: dropping" << effect.typeName();
        return false;
    }
    m_socket->sendTextMessage(QString::fromUtf8(ServerMessageCodec::encode(effect)));
    return true;
}

bool GameClient::postQuery(const Effect &query, QMetaType answerType,
                            std::function<void(const Effect &answer)> onAnswer,
                            std::function<void()> onNotFound)
{
    if (m_host.isEmpty())
        return false;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QStringLiteral("/queries"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_settings.queryTimeoutMs);
    const QJsonObject body{
            {QStringLiteral("query"),
             QJsonObject{{QStringLiteral("type"), query.typeName()},
                         {QStringLiteral("payload"),
                          GadgetJson::toJson(query.metaObject(), query.data())}}}};
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const QString typeName = query.typeName();
    connect(reply, &QNetworkReply::finished, this,
            [reply, answerType, typeName, onAnswer = std::move(onAnswer),
             onNotFound = std::move(onNotFound)] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 404 && onNotFound) {
                    onNotFound();
                    return;
                }
                if (reply->error() != QNetworkReply::NoError) {
                    qCWarning(lcClient) << typeName << "failed:" << reply->errorString();
                    return;
                }
                QString error;
                const Effect answer = ServerMessageCodec::decodePayload(
                        answerType, QJsonDocument::fromJson(reply->readAll()).object(), &error);
                if (!answer.isValid()) {
                    qCWarning(lcClient) << typeName << "answered something unexpected:" << error;
                    return;
                }
                onAnswer(answer);
            });
    return true;
}
