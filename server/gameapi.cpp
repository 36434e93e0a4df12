#include "gameapi.h"

#include "clientconnection.h"
#include "domainapplication.h"
#include "gadgetjson.h"
#include "naming.h"
#include "onlineusers/onlineusereffects.h"
#include "users/usereffects.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcApi, "tictactoe.server.api")

namespace {

const QString malformedMessage = QStringLiteral("MALFORMED_MESSAGE");
const QString unknownType = QStringLiteral("UNKNOWN_TYPE");
const QString invalidPayload = QStringLiteral("INVALID_PAYLOAD");
const QString unauthenticated = QStringLiteral("UNAUTHENTICATED");
const QString forbidden = QStringLiteral("FORBIDDEN");
const QString alreadyExists = QStringLiteral("ALREADY_EXISTS");
const QString notFound = QStringLiteral("NOT_FOUND");

const QString socketTypePrefix = QStringLiteral("server/");
const QString associateMessage = QStringLiteral("ASSOCIATE_USER_TO_SESSION");

struct Envelope
{
    QString key;
    EffectKind kind;
};

std::optional<Envelope> envelopeOf(const QString &path)
{
    if (path == u"/commands")
        return Envelope{QStringLiteral("command"), EffectKind::Command};
    if (path == u"/events")
        return Envelope{QStringLiteral("event"), EffectKind::Event};
    if (path == u"/queries")
        return Envelope{QStringLiteral("query"), EffectKind::Query};
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

QJsonValue operationIdOf(const QJsonValue &payload)
{
    const QJsonValue operationId = payload.toObject().value(u"operationId");
    return operationId.isObject() ? operationId : QJsonValue();
}

} // namespace

GameApi::GameApi(DomainApplication &domain, const ServerSettings &settings, QObject *parent)
    : QObject(parent)
    , m_domain(domain)
    , m_settings(settings)
{
    connect(&m_domain, &DomainApplication::effectHandled, this, &GameApi::relay,
            Qt::QueuedConnection);
}

GameApi::~GameApi()
{
    qDeleteAll(m_connections);
}

int GameApi::httpStatusOf(const QString &reason)
{
    if (reason == unauthenticated)
        return 401;
    if (reason == forbidden)
        return 403;
    if (reason == notFound)
        return 404;
    if (reason == alreadyExists)
        return 409;
    return 400;
}

GameApi::Decoded GameApi::decode(const AcceptedEffect *accepted, const QString &typeName,
                                 const QJsonValue &payload) const
{
    if (!accepted)
        return {{}, nullptr, Rejection{unknownType, QStringLiteral("unknown type '%1'").arg(typeName)}};
    if (!payload.isObject()) {
        return {{}, accepted,
                Rejection{invalidPayload, QStringLiteral("%1: the payload must be an object").arg(typeName)}};
    }
    GadgetJson::DecodeError error;
    const QVariant value = GadgetJson::fromJson(accepted->type, payload.toObject(), error);
    if (!value.isValid()) {
        return {{}, accepted,
                Rejection{invalidPayload, QStringLiteral("%1.%2").arg(typeName, error.toString())}};
    }
    return {Effect::fromVariant(value), accepted, std::nullopt};
}

std::optional<GameApi::Rejection> GameApi::checkActor(const Decoded &decoded,
                                                      const QUuid &actingUser) const
{
    const QByteArray &field = decoded.accepted->actorField;
    if (field.isEmpty())
        return std::nullopt;
    if (actingUser.isNull()) {
        return Rejection{unauthenticated,
                         QStringLiteral("%1 acts as a user: authenticate first")
                                 .arg(decoded.effect.typeName())};
    }
    if (WireCatalog::idField(decoded.effect, field) != actingUser) {
        return Rejection{forbidden, QStringLiteral("%1.%2 must be your own user id")
                                            .arg(decoded.effect.typeName(),
                                                 QString::fromLatin1(field))};
    }
    return std::nullopt;
}

std::optional<GameApi::Rejection> GameApi::submit(const Effect &effect)
{
    const QString refusal = m_domain.submit(effect);
    if (refusal.isEmpty())
        return std::nullopt;
    qCWarning(lcApi) << "the domain refused an accepted effect:" << refusal;
    return Rejection{unknownType, refusal};
}

std::optional<GameApi::Rejection> GameApi::createUser(const CreateUser &command, QString *credential)
{
    CreateUser trimmed = command;
    trimmed.alias = command.alias.trimmed();
    if (!User::isValidAlias(trimmed.alias)) {
        return Rejection{invalidPayload,
                         QStringLiteral("CreateUser.alias: 1 to %1 characters, no control characters")
                                 .arg(User::maxAliasLength)};
    }
    if (m_credentials.hasUser(command.id))
        return Rejection{alreadyExists, QStringLiteral("a user with this id already exists")};
    *credential = m_credentials.issue(command.id);
    return submit(trimmed);
}

HttpReply GameApi::handleHttp(const HttpRequest &request)
{
    const std::optional<Envelope> envelope = envelopeOf(request.path);
    Q_ASSERT(envelope);
    const auto fail = [](const Rejection &rejection) {
        const int status = httpStatusOf(rejection.reason);
        return HttpReply{status, HttpTransport::errorBody(status, rejection.message)};
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail({malformedMessage, QStringLiteral("malformed JSON: %1").arg(parseError.errorString())});
    const QJsonObject effectJson = document.object().value(envelope->key).toObject();
    const QJsonValue typeJson = effectJson.value(u"type");
    if (!document.isObject() || effectJson.isEmpty() || !typeJson.isString()) {
        return fail({malformedMessage, QStringLiteral("expected {\"%1\": {\"type\": …, \"payload\": {…}}}")
                                               .arg(envelope->key)});
    }
    const QString typeName = typeJson.toString();
    const AcceptedEffect *accepted = m_catalog.acceptedByName(typeName);
    if (accepted && effectKindOf(accepted->type.metaObject()) != envelope->kind) {
        return fail({unknownType, QStringLiteral("%1 is not a %2: send it to /%3s")
                                          .arg(typeName, envelope->key,
                                               effectKindName(effectKindOf(accepted->type.metaObject())))});
    }
    const Decoded decoded = decode(accepted, typeName, effectJson.value(u"payload"));
    if (decoded.rejection)
        return fail(*decoded.rejection);
    if (envelope->kind == EffectKind::Query)
        return answerQuery(decoded.effect);
    if (decoded.effect.is<CreateUser>()) {
        QString credential;
        if (const auto rejection = createUser(decoded.effect.as<CreateUser>(), &credential))
            return fail(*rejection);
        return okReply({{QStringLiteral("credential"), credential}});
    }
    const QString credential = bearerCredential(request.authorization);
    const QUuid actingUser = credential.isEmpty() ? QUuid() : m_credentials.userOf(credential);
    if (const auto rejection = checkActor(decoded, actingUser))
        return fail(*rejection);
    if (const auto rejection = submit(decoded.effect))
        return fail(*rejection);
    return okReply();
}

HttpReply GameApi::answerQuery(const Effect &query)
{
    QString error;
    const QVariant result = m_domain.ask(query, &error);
    if (!error.isEmpty()) {
        qCWarning(lcApi) << query.typeName() << "failed:" << error;
        return {500, HttpTransport::errorBody(500, QStringLiteral("%1 failed").arg(query.typeName()))};
    }
    if (!result.isValid()) {
        return {404, HttpTransport::errorBody(404, QStringLiteral("%1 found nothing").arg(query.typeName()))};
    }
    return {200, GadgetJson::valueToJson(result).toObject()};
}

void GameApi::addConnection(QWebSocket *socket)
{
    auto *connection = new ClientConnection(socket, m_settings.maxBodyBytes,
                                            m_settings.pingIntervalMs,
                                            m_settings.maxPendingSendBytes, this);
    m_connections.append(connection);
    connect(connection, &ClientConnection::messageReceived, this, &GameApi::handleSocketMessage);
    connect(connection, &ClientConnection::closed, this, &GameApi::removeConnection);
}

void GameApi::handleSocketMessage(ClientConnection *connection, const QString &message)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8(), &parseError);
    const QJsonObject object = document.object();
    const QString type = object.value(u"type").toString();
    const QJsonValue data = object.value(u"data");
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !type.startsWith(socketTypePrefix)) {
        reject(connection, data,
               {malformedMessage,
                QStringLiteral("expected {\"type\": \"server/EFFECT_NAME\", \"data\": {…}}")});
        return;
    }
    const QString name = type.mid(socketTypePrefix.size());
    if (name == associateMessage) {
        associate(connection, data.toObject());
        return;
    }
    const Decoded decoded = decode(m_catalog.acceptedBySocketName(name), name, data);
    if (decoded.rejection) {
        reject(connection, data, *decoded.rejection);
        return;
    }
    if (decoded.effect.is<CreateUser>()) {
        if (!connection->userId().isNull()) {
            reject(connection, data, {forbidden, QStringLiteral("this connection already acts as a user")});
            return;
        }
        QString credential;
        if (const auto rejection = createUser(decoded.effect.as<CreateUser>(), &credential)) {
            reject(connection, data, *rejection);
            return;
        }
        const QUuid userId = decoded.effect.as<CreateUser>().id;
        connection->send(WireCatalog::socketMessage(
                QStringLiteral("CREDENTIAL_ISSUED"),
                {{QStringLiteral("userId"), GadgetJson::valueToJson(userId)},
                 {QStringLiteral("credential"), credential}}));
        bind(connection, userId);
        return;
    }
    auto rejection = checkActor(decoded, connection->userId());
    if (!rejection)
        rejection = submit(decoded.effect);
    if (rejection)
        reject(connection, data, *rejection);
}

void GameApi::associate(ClientConnection *connection, const QJsonObject &data)
{
    GadgetJson::DecodeError error;
    const QUuid userId = GadgetJson::valueFromJson(QMetaType::fromType<QUuid>(),
                                                   data.value(u"userId"), error).toUuid();
    const QString credential = data.value(u"credential").toString();
    if (userId.isNull() || credential.isEmpty()) {
        reject(connection, data,
               {invalidPayload, QStringLiteral("ASSOCIATE_USER_TO_SESSION needs userId and credential")});
        return;
    }
    if (!m_credentials.verify(userId, credential)) {
        reject(connection, data, {unauthenticated, QStringLiteral("wrong credential for this user")});
        return;
    }
    if (!connection->userId().isNull() && connection->userId() != userId) {
        reject(connection, data, {forbidden, QStringLiteral("this connection already acts as another user")});
        return;
    }
    bind(connection, userId);
}

void GameApi::bind(ClientConnection *connection, const QUuid &userId)
{
    if (connection->userId() != userId) {
        connection->setUserId(userId);
        m_connectionsOfUser[userId].append(connection);
        submit(AssociateUserToSession{userId, connection->sessionId()});
    }
    connection->send(WireCatalog::socketMessage(
            QStringLiteral("SESSION_ASSOCIATED"),
            {{QStringLiteral("userId"), GadgetJson::valueToJson(userId)}}));
}

void GameApi::reject(ClientConnection *connection, const QJsonValue &payload,
                     const Rejection &rejection)
{
    qCDebug(lcApi) << "rejected" << rejection.reason << rejection.message;
    connection->send(WireCatalog::socketMessage(
            QStringLiteral("COMMAND_REJECTED"),
            {{QStringLiteral("operationId"), operationIdOf(payload)},
             {QStringLiteral("reason"), rejection.reason},
             {QStringLiteral("message"), rejection.message}}));
}

void GameApi::removeConnection(ClientConnection *connection)
{
    m_connections.removeOne(connection);
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

void GameApi::relay(const Effect &effect)
{
    m_router.observe(effect);
    if (effect.is<UsersOnlineUpdated>())
        Q_EMIT playersOnlineChanged(int(effect.as<UsersOnlineUpdated>().onlineUsers.size()));
    const Publication *publication = m_catalog.publicationOf(effect.type());
    if (!publication)
        return;
    const QByteArray message = WireCatalog::socketMessage(effect);
    const EventRouter::Recipients recipients = m_router.recipientsOf(effect, *publication);
    if (recipients.everyone) {
        // A copy: a send may drop a slow connection, which leaves m_connections.
        const QList<ClientConnection *> connections = m_connections;
        for (ClientConnection *connection : connections)
            connection->send(message);
        return;
    }
    for (const QUuid &user : recipients.users) {
        for (ClientConnection *connection : m_connectionsOfUser.value(user))
            connection->send(message);
    }
}
