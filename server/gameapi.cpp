// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "gameapi.h"

#include "clientconnection.h"
#include "domainapplication.h"
#include "gadgetjson.h"
#include "onlineusers/onlineusereffects.h"
#include "protocolcatalogue.h"
#include "rejectionreasons.h"
#include "socketmessages.h"
#include "users/usereffects.h"
#include "wireformat.h"

#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcApi, "tictactoe.server.api", QtInfoMsg)

namespace {

// The sockets a message to everyone is written to in one turn of the loop: about 2 ms of this
// thread on loopback (see relay).
constexpr qsizetype broadcastSlice = 64;

std::optional<EffectKind> kindAcceptedAt(const QString &path)
{
    for (const EffectKind kind : {EffectKind::Command, EffectKind::Event, EffectKind::Query}) {
        if (WireFormat::httpPath(kind) == path)
            return kind;
    }
    return std::nullopt;
}

QString bearerCredential(const QByteArray &authorization)
{
    static const QByteArray scheme = "bearer ";
    if (!authorization.toLower().startsWith(scheme))
        return {};
    return QString::fromLatin1(authorization.mid(scheme.size()).trimmed());
}

HttpReply okReply(QJsonObject extra = {})
{
    extra.insert(QStringLiteral("message"), QStringLiteral("OK"));
    return {200, extra};
}

// Beyond this many addresses, those that created no user lately are forgotten.
constexpr qsizetype maxRememberedAddresses = 1024;

int httpStatusOf(const QString &reason)
{
    if (reason == RejectionReason::unauthenticated)
        return 401;
    if (reason == RejectionReason::forbidden)
        return 403;
    if (reason == RejectionReason::notFound)
        return 404;
    if (reason == RejectionReason::alreadyExists)
        return 409;
    if (reason == RejectionReason::rateLimited)
        return 429;
    if (reason == RejectionReason::busy)
        return 503;
    return 400;
}

} // namespace

GameApi::GameApi(DomainApplication &domain, const ServerSettings &settings, QObject *parent)
    : QObject(parent)
    , m_domain(domain)
    , m_settings(settings)
    , m_pings(settings.pingIntervalMs)
{
    connect(&m_domain, &DomainApplication::effectsHandled, this, &GameApi::relayAll,
            Qt::QueuedConnection);
}

GameApi::~GameApi()
{
    // Clients tell "the host stopped" from "the host is not answering" by this close.
    for (ClientConnection *connection : std::as_const(m_connections))
        connection->closeGoingAway(QStringLiteral("the host stopped"));
    qDeleteAll(m_connections);
}

Outcome<> GameApi::loadCredentials()
{
    const Outcome<QVariant> answer = m_domain.ask(GetCredentialHashes{});
    if (!answer)
        return std::unexpected(answer.error());
    for (const UserCredentialHash &stored : answer->value<CredentialHashes>().entries)
        m_credentials.remember(stored.userId, stored.hash);
    return {};
}

HttpReply GameApi::failure(const Refusal &refusal)
{
    const int status = httpStatusOf(refusal.reason);
    return {status, HttpTransport::errorBody(status, refusal.message)};
}

Outcome<> GameApi::checkActor(const Effect &message, const QUuid &actingUser) const
{
    const QByteArray &field = ProtocolCatalogue::instance().toServer(message.type())->actorField;
    if (field.isEmpty())
        return {};
    if (actingUser.isNull())
        return refuse(RejectionReason::unauthenticated,
                      QStringLiteral("%1 acts as a user: authenticate first").arg(message.typeName()));
    if (idField(message, field) != actingUser)
        return refuse(RejectionReason::forbidden,
                      QStringLiteral("%1.%2 must be your own user id")
                              .arg(message.typeName(), QString::fromLatin1(field)));
    return {};
}

Outcome<> GameApi::admit(const Effect &message, const QUuid &actingUser)
{
    if (const Outcome<> allowed = checkActor(message, actingUser); !allowed)
        return allowed;
    // Both reach another user, who would otherwise hear them without end.
    if (!message.is<UserInvited>() && !message.is<InvitationDeclined>())
        return {};
    auto bucket = m_invitationsOfUser.find(actingUser);
    if (bucket == m_invitationsOfUser.end()) {
        bucket = m_invitationsOfUser.insert(
                actingUser, TokenBucket(m_settings.invitationsPerMinute, m_settings.invitationsPerMinute / 60));
    }
    if (!bucket->take())
        return refuse(RejectionReason::rateLimited,
                      QStringLiteral("too many invitations and declines: at most %1 a minute").arg(m_settings.invitationsPerMinute));
    return {};
}

Outcome<> GameApi::submit(const Effect &effect)
{
    const Outcome<> queued = m_domain.submit(effect);
    if (queued)
        return queued;
    // A full queue is the flood's problem, told to the sender; anything else is the host's.
    if (queued.error().reason == QStringLiteral("DOMAIN_BUSY"))
        return refuse(RejectionReason::busy, queued.error().message);
    qCWarning(lcApi) << "the domain refused an accepted effect:" << queued.error().message;
    return queued;
}

Outcome<QString> GameApi::createUser(const CreateUser &command, const QHostAddress &from)
{
    auto bucket = m_userCreationsOfAddress.find(from);
    if (bucket == m_userCreationsOfAddress.end()) {
        // Addresses come and go: forget those whose allowance has refilled.
        if (m_userCreationsOfAddress.size() >= maxRememberedAddresses)
            m_userCreationsOfAddress.removeIf([](auto entry) { return entry.value().isFull(); });
        bucket = m_userCreationsOfAddress.insert(
                from, TokenBucket(m_settings.userCreationsPerMinute, m_settings.userCreationsPerMinute / 60));
    }
    if (!bucket->take())
        return refuse(RejectionReason::rateLimited,
                      QStringLiteral("too many new users from your address: at most %1 a minute")
                              .arg(m_settings.userCreationsPerMinute));
    CreateUser trimmed = command;
    trimmed.alias = command.alias.trimmed();
    if (!User::isValidAlias(trimmed.alias))
        return refuse(RejectionReason::invalidPayload,
                      QStringLiteral("CreateUser.alias: %1").arg(User::aliasRule()));
    if (m_credentials.hasUser(command.id))
        return refuse(RejectionReason::alreadyExists,
                      QStringLiteral("a user with this id already exists"));
    const CredentialStore::Issued issued = CredentialStore::issue();
    // Stored before the client hears of it: a crash right after the reply loses nothing.
    const Outcome<> stored =
            m_domain.submitAndWait({StoreCredentialHash{command.id, issued.hash}, trimmed});
    if (!stored) {
        qCWarning(lcApi) << "the domain refused a new user:" << stored.error().message;
        return std::unexpected(stored.error());
    }
    m_credentials.remember(command.id, issued.hash);
    return issued.credential;
}

HttpReply GameApi::handleHttp(const HttpRequest &request)
{
    const std::optional<EffectKind> kind = kindAcceptedAt(request.path);
    Q_ASSERT(kind);
    // A browser sends a cross-site form post without asking first, but never as JSON.
    if (*kind != EffectKind::Query
        && request.contentType.split(';').constFirst().trimmed().toLower() != "application/json") {
        return {415, HttpTransport::errorBody(
                             415, QStringLiteral("send commands and events as Content-Type: application/json"))};
    }
    const Outcome<Effect> message = WireFormat::readFromClientOverHttp(*kind, request.body);
    if (!message)
        return failure(message.error());
    if (*kind == EffectKind::Query)
        return answerQuery(*message);
    if (message->is<CreateUser>()) {
        const Outcome<QString> credential = createUser(message->as<CreateUser>(), request.peerAddress);
        if (!credential)
            return failure(credential.error());
        return okReply({{QStringLiteral("credential"), *credential}});
    }
    const QString credential = bearerCredential(request.authorization);
    const QUuid actingUser = credential.isEmpty() ? QUuid() : m_credentials.userOf(credential);
    if (const Outcome<> allowed = admit(*message, actingUser); !allowed)
        return failure(allowed.error());
    const Outcome<> submitted = submit(*message);
    return submitted ? okReply() : failure(submitted.error());
}

HttpReply GameApi::answerQuery(const Effect &query)
{
    const Outcome<QVariant> result = m_domain.ask(query);
    if (!result) {
        qCWarning(lcApi) << query.typeName() << "failed:" << result.error().message;
        return {500, HttpTransport::errorBody(500, QStringLiteral("%1 failed").arg(query.typeName()))};
    }
    if (!result->isValid())
        return {404, HttpTransport::errorBody(404, QStringLiteral("%1 found nothing").arg(query.typeName()))};
    return {200, GadgetJson::valueToJson(*result).toObject()};
}

void GameApi::addConnection(QWebSocket *socket)
{
    auto *connection = new ClientConnection(socket, m_settings, *this, this);
    m_connections.append(connection);
    m_pings.add(connection);
}

void GameApi::rateLimited(ClientConnection *connection, const QString &text)
{
    connection->send(WireFormat::toClient(CommandRejected{
            WireFormat::operationIdOf(text.toUtf8()), RejectionReason::rateLimited,
            QStringLiteral("too many messages: at most %1 a second").arg(m_settings.messagesPerSecond)}));
}

void GameApi::messageReceived(ClientConnection *connection, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const Outcome<Effect> message = WireFormat::readFromClient(utf8);
    const Outcome<> handled = message ? handleSocketEffect(connection, *message)
                                      : std::unexpected(message.error());
    if (handled)
        return;
    qCDebug(lcApi) << "rejected" << handled.error().reason << handled.error().message;
    connection->send(WireFormat::toClient(CommandRejected{
            WireFormat::operationIdOf(utf8), handled.error().reason, handled.error().message}));
}

Outcome<> GameApi::handleSocketEffect(ClientConnection *connection, const Effect &message)
{
    if (message.is<ClientHello>())
        return greet(connection, message.as<ClientHello>());
    if ((message.is<AssociateCredential>() || message.is<CreateUser>())
        && connection->protocolVersion() != protocolVersion) {
        // A client from before the handshake: it authenticates without saying what it speaks.
        turnAway(connection, QStringLiteral("this host speaks protocol %1 and your app an older one: "
                                            "use the same version of tictactoe as the host")
                                     .arg(protocolVersion));
        return {};
    }
    if (message.is<AssociateCredential>())
        return associate(connection, message.as<AssociateCredential>());
    if (message.is<CreateUser>()) {
        if (!connection->userId().isNull())
            return refuse(RejectionReason::forbidden,
                          QStringLiteral("this connection already acts as a user"));
        const CreateUser &command = message.as<CreateUser>();
        const Outcome<QString> credential = createUser(command, connection->peerAddress());
        if (!credential)
            return std::unexpected(credential.error());
        // Bound before anything is sent: a send may drop a slow reader, and its removal must then
        // find the binding to undo (issue 8, item 1).
        bind(connection, command.id, WireFormat::toClient(CredentialIssued{command.id, *credential}));
        return {};
    }
    if (const Outcome<> allowed = admit(message, connection->userId()); !allowed)
        return allowed;
    return submit(message);
}

void GameApi::turnAway(ClientConnection *connection, const QString &words)
{
    qCInfo(lcApi) << "refusing a client:" << words;
    // The refusal goes out first; the close follows it on the same socket.
    connection->send(WireFormat::toClient(CommandRejected{{}, RejectionReason::incompatibleProtocol, words}));
    connection->closeForViolation(words);
}

Outcome<> GameApi::greet(ClientConnection *connection, const ClientHello &hello)
{
    if (hello.protocolVersion != protocolVersion) {
        turnAway(connection, QStringLiteral("this host speaks protocol %1 and your app speaks protocol %2: "
                                            "use the same version of tictactoe as the host")
                                     .arg(protocolVersion)
                                     .arg(hello.protocolVersion));
        return {};
    }
    connection->setProtocolVersion(hello.protocolVersion);
    connection->send(WireFormat::toClient(ServerHello{protocolVersion}));
    return {};
}

Outcome<> GameApi::associate(ClientConnection *connection, const AssociateCredential &request)
{
    if (request.userId.isNull() || request.credential.isEmpty())
        return refuse(RejectionReason::invalidPayload,
                      QStringLiteral("ASSOCIATE_USER_TO_SESSION needs userId and credential"));
    if (!m_credentials.verify(request.userId, request.credential))
        return refuse(RejectionReason::unauthenticated, QStringLiteral("wrong credential for this user"));
    if (!connection->userId().isNull() && connection->userId() != request.userId)
        return refuse(RejectionReason::forbidden,
                      QStringLiteral("this connection already acts as another user"));
    bind(connection, request.userId);
    return {};
}

void GameApi::bind(ClientConnection *connection, const QUuid &userId, const QByteArray &firstMessage)
{
    if (connection->userId() != userId) {
        connection->setUserId(userId);
        m_connectionsOfUser[userId].append(connection);
        submit(AssociateUserToSession{userId, connection->sessionId()});
    }
    if (!firstMessage.isEmpty())
        connection->send(firstMessage);
    connection->send(WireFormat::toClient(SessionAssociated{userId}));
}

void GameApi::closed(ClientConnection *connection)
{
    m_connections.removeOne(connection);
    m_pings.remove(connection);
    const QUuid userId = connection->userId();
    if (!userId.isNull()) {
        QList<ClientConnection *> &ofUser = m_connectionsOfUser[userId];
        ofUser.removeOne(connection);
        if (ofUser.isEmpty())
            m_connectionsOfUser.remove(userId);
        submit(SessionDisconnected{connection->sessionId()});
    }
    connection->deleteLater();
}

void GameApi::relayAll(const QList<Effect> &effects)
{
    for (const Effect &effect : effects)
        relay(effect);
    // One write per connection for all the messages of this unit of work (a move makes three or
    // four for each player), instead of one per message or a write notifier's round trip.
    for (ClientConnection *connection : std::exchange(m_written, {}))
        connection->flush();
}

void GameApi::sendDeferredSlice()
{
    m_deferredSliceScheduled = false;
    const qsizetype now = std::min(m_deferred.size(), broadcastSlice);
    for (qsizetype index = 0; index < now; ++index) {
        if (ClientConnection *connection = m_deferred.at(index)) {
            connection->sendDeferred();
            connection->flush();
        }
    }
    m_deferred.remove(0, now);
    scheduleDeferredSlice();
}

void GameApi::scheduleDeferredSlice()
{
    if (m_deferred.isEmpty() || m_deferredSliceScheduled)
        return;
    m_deferredSliceScheduled = true;
    QMetaObject::invokeMethod(this, &GameApi::sendDeferredSlice, Qt::QueuedConnection);
}

void GameApi::sendTo(ClientConnection *connection, const QString &message)
{
    if (!connection->hasPendingFlush()) {
        connection->setPendingFlush(true);
        m_written.append(connection);
    }
    connection->send(message);
}

void GameApi::relay(const Effect &effect)
{
    m_router.observe(effect);
    if (effect.is<UserCameOnline>())
        Q_EMIT playersOnlineChanged(effect.as<UserCameOnline>().usersOnline);
    else if (effect.is<UserWentOffline>())
        Q_EMIT playersOnlineChanged(effect.as<UserWentOffline>().usersOnline);
    const MessageSpec *publication = ProtocolCatalogue::instance().toClient(effect.type());
    if (!publication || publication->audience == Audience::Sender)
        return;
    const QString message = QString::fromUtf8(WireFormat::toClient(effect));
    const EventRouter::Recipients recipients = m_router.recipientsOf(effect, *publication);
    if (recipients.everyone) {
        // Everyone means every player: a socket that has not authenticated hears nothing. A copy:
        // a send may drop a slow connection, which leaves m_connections.
        // On loopback a write runs the receiver's TCP input too, so a message to 2 000 sockets held
        // this thread for 45 to 80 ms while the moves that came meanwhile waited (the paced run's
        // p99.9). Beyond the first slice it waits in each connection and goes out a slice per turn
        // of the loop, which reads what came in between; a connection sends what waits in it
        // before anything newer, so each socket keeps its order.
        const QList<ClientConnection *> connections = m_connections;
        qsizetype sent = 0;
        for (ClientConnection *connection : connections) {
            if (connection->userId().isNull())
                continue;
            if (sent++ < broadcastSlice) {
                sendTo(connection, message);
            } else {
                if (!connection->hasDeferred())
                    m_deferred.append(connection);
                connection->defer(message);
            }
        }
        scheduleDeferredSlice();
        return;
    }
    for (const QUuid &user : recipients.users) {
        for (ClientConnection *connection : m_connectionsOfUser.value(user))
            sendTo(connection, message);
    }
}
