// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "gameclient.h"

#include "rejectionreasons.h"

#include "clientlogging.h"
#include "endpointlabel.h"
#include "onlineusers/onlineusereffects.h"
#include "protocolcatalogue.h"
#include "rejectionreasons.h"
#include "socketmessages.h"
#include "users/usereffects.h"
#include "wireformat.h"

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
    setState(Connecting);
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
    setState(Offline);
}

QString GameClient::serverLabel() const
{
    return endpointLabel(m_host, m_port);
}

bool GameClient::send(const Effect &message)
{
    if (!m_socket || m_authentication != Authentication::Done) {
        qCWarning(lcClient) << "not online: dropping" << message.typeName();
        return false;
    }
    m_socket->sendTextMessage(QString::fromUtf8(WireFormat::toServer(message)));
    return true;
}

bool GameClient::ask(const Effect &query)
{
    if (m_host.isEmpty())
        return false;
    const MessageSpec *spec = ProtocolCatalogue::instance().toServer(query.type());
    Q_ASSERT_X(spec && spec->answerType.isValid(), "GameClient::ask", qPrintable(query.typeName()));
    QNetworkRequest request(urlOf(QStringLiteral("http"), WireFormat::httpPath(EffectKind::Query)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_settings.queryTimeoutMs);
    QNetworkReply *reply = m_network.post(request, WireFormat::toServerOverHttp(query));
    // A push that overtakes this answer is newer, and carries the same facts.
    const QMetaType supersededBy = spec->supersededBy;
    const quint64 pushesBefore = m_received.value(supersededBy);
    const QMetaType answerType = spec->answerType;
    connect(reply, &QNetworkReply::finished, this, [this, reply, query, answerType, supersededBy, pushesBefore] {
        reply->deleteLater();
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 404) {
            Q_EMIT nothingFound(query);
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            qCWarning(lcClient) << query.typeName() << "failed:" << reply->errorString();
            return;
        }
        const Outcome<Effect> answer = WireFormat::readPayload(
                answerType, QJsonDocument::fromJson(reply->readAll()).object());
        if (!answer) {
            qCWarning(lcClient) << query.typeName() << "answered something unexpected:"
                                << answer.error().message;
            return;
        }
        if (m_received.value(supersededBy) == pushesBefore)
            dispatch(*answer);
    });
    return true;
}

void GameClient::addHandler(QMetaType type, QObject *context, Handler handler)
{
    Q_ASSERT_X(ProtocolCatalogue::instance().toClient(type)
                       || ProtocolCatalogue::instance().queryAnsweredBy(type),
               "GameClient::onMessage", "not a message the server sends");
    m_subscriptions[type].append({context, std::move(handler)});
}

void GameClient::dispatch(const Effect &message)
{
    ++m_received[message.type()];
    // A copy: a handler may subscribe, or end in a reconnection.
    const QList<Subscription> subscriptions = m_subscriptions.value(message.type());
    for (const Subscription &subscription : subscriptions) {
        if (subscription.context)
            subscription.handler(message);
    }
    Q_EMIT messageReceived(message);
}

void GameClient::openSocket()
{
    closeSocket();
    m_lastSocketError.clear();
    m_authentication = Authentication::None;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    connect(m_socket, &QWebSocket::connected, this, &GameClient::authenticate);
    connect(m_socket, &QWebSocket::disconnected, this, &GameClient::handleDisconnected);
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &GameClient::handleSocketError);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &GameClient::handleText);
    const QUrl url = urlOf(QStringLiteral("ws"), QStringLiteral("/ws"));
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

void GameClient::authenticate()
{
    m_connectTimer.stop();
    // The version first: a host that speaks another one says so instead of failing later.
    m_socket->sendTextMessage(QString::fromUtf8(WireFormat::toServer(ClientHello{protocolVersion})));
    if (!m_userId.isNull() && !m_credential.isEmpty()) {
        m_authentication = Authentication::Associating;
        m_socket->sendTextMessage(
                QString::fromUtf8(WireFormat::toServer(AssociateCredential{m_userId, m_credential})));
        return;
    }
    m_authentication = Authentication::Creating;
    const CreateUser command{QUuid::createUuid(), m_alias, {}, QUuid::createUuid()};
    m_socket->sendTextMessage(QString::fromUtf8(WireFormat::toServer(command)));
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
    const bool serverIsStopping =
            m_socket && m_socket->closeCode() == QWebSocketProtocol::CloseCodeGoingAway;
    closeSocket();
    m_authentication = Authentication::None;
    if (m_state == Offline)
        return;
    if (m_wasOnline) {
        qCInfo(lcClient) << "connection to" << serverLabel() << "lost:" << reason;
        if (serverIsStopping)
            Q_EMIT serverStopped();
        setState(Reconnecting);
        scheduleReconnect();
        return;
    }
    fail(tr("Could not reach %1: %2").arg(serverLabel(), reason));
}

void GameClient::handleText(const QString &text)
{
    const Outcome<Effect> message = WireFormat::readFromServer(text.toUtf8());
    if (!message) {
        // A newer server may send types this client does not know yet.
        qCWarning(lcClient) << "ignoring a server message:" << message.error().message;
        return;
    }
    if (message->is<CommandRejected>() && m_authentication != Authentication::Done) {
        handleRejection(*message);
        return;
    }
    if (message->is<CommandRejected>()) {
        const CommandRejected &rejection = message->as<CommandRejected>();
        qCWarning(lcClient) << "command rejected:" << rejection.reason << rejection.message;
    }
    // Subscribers hear of a new identity before the client reports itself online with it.
    dispatch(*message);
    if (message->is<CredentialIssued>()) {
        m_credential = message->as<CredentialIssued>().credential;
        authenticated(message->as<CredentialIssued>().userId);
    } else if (message->is<SessionAssociated>()) {
        authenticated(message->as<SessionAssociated>().userId);
    }
}

void GameClient::handleRejection(const Effect &message)
{
    const CommandRejected &rejection = message.as<CommandRejected>();
    if (rejection.reason == RejectionReason::incompatibleProtocol) {
        fail(tr("%1 cannot be joined: %2").arg(serverLabel(), rejection.message));
        return;
    }
    if (m_authentication == Authentication::Associating) {
        qCInfo(lcClient) << serverLabel() << "refused the stored identity:" << rejection.reason
                         << rejection.message;
        closeSocket();
        m_reconnectTimer.stop();
        m_authentication = Authentication::None;
        m_wasOnline = false;
        setState(Offline);
        Q_EMIT identityRefused(rejection.message);
        return;
    }
    if (m_authentication == Authentication::Creating) {
        fail(tr("%1 refused the alias \"%2\": %3").arg(serverLabel(), m_alias, rejection.message));
        return;
    }
    dispatch(message);
}

void GameClient::authenticated(const QUuid &userId)
{
    m_userId = userId;
    m_authentication = Authentication::Done;
    m_wasOnline = true;
    m_nextReconnectDelayMs = m_settings.initialReconnectDelayMs;
    send(UserConnected{m_userId, QUuid::createUuid()});
    setState(Online);
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
    setState(Offline);
    Q_EMIT errorOccurred(message);
}

void GameClient::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
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

QUrl GameClient::urlOf(const QString &scheme, const QString &path) const
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(path);
    return url;
}
