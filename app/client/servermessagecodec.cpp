#include "servermessagecodec.h"

#include "clientmessages.h"
#include "gadgetjson.h"
#include "games/gameeffects.h"
#include "naming.h"
#include "onlineusers/onlineusereffects.h"
#include "scoring/scoringeffects.h"
#include "tictactoedomain.h"
#include "users/usereffects.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

template<typename... Types>
QHash<QString, QMetaType> wireNames()
{
    QHash<QString, QMetaType> names;
    (names.insert(upperSnakeCase(QString::fromLatin1(Types::staticMetaObject.className())),
                  QMetaType::fromType<Types>()),
     ...);
    return names;
}

} // namespace

ServerMessageCodec::ServerMessageCodec()
    : m_serverTypes(wireNames<CredentialIssued, SessionAssociated, CommandRejected,
                              UsersOnlineUpdated, TopThreeListUpdated, UserInvited,
                              InvitationDeclined, GameCreated, PlayerJoinedAGame, GameStarted,
                              WaitingForPlayerPlay, MarkPlaced, BoardUpdated, GameEnded, TurnTimeout,
                              GameErrorOccurred>())
{
    registerTicTacToeJsonConverters();
}

Effect ServerMessageCodec::decode(const QByteArray &text, QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("not a JSON object (%1)").arg(parseError.errorString());
        return {};
    }
    const QJsonObject message = document.object();
    const QString type = message.value(u"type").toString();
    const auto found = m_serverTypes.constFind(type);
    if (found == m_serverTypes.cend()) {
        *error = QStringLiteral("unknown message type \"%1\"").arg(type);
        return {};
    }
    const QJsonValue payload = message.value(u"payload");
    if (!payload.isObject()) {
        *error = QStringLiteral("%1 without a payload object").arg(type);
        return {};
    }
    return decodePayload(found.value(), payload.toObject(), error);
}

Effect ServerMessageCodec::decodePayload(QMetaType type, const QJsonObject &payload, QString *error)
{
    GadgetJson::DecodeError decodeError;
    const QVariant value = GadgetJson::fromJson(type, payload, decodeError);
    if (!value.isValid()) {
        *error = QStringLiteral("%1: %2").arg(QString::fromLatin1(type.name()),
                                              decodeError.toString());
        return {};
    }
    return Effect::fromVariant(value);
}

QByteArray ServerMessageCodec::encode(const Effect &effect)
{
    return encode(upperSnakeCase(effect.typeName()),
                  GadgetJson::toJson(effect.metaObject(), effect.data()));
}

QByteArray ServerMessageCodec::encode(const QString &upperSnakeType, const QJsonObject &data)
{
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("server/") + upperSnakeType},
                              {QStringLiteral("data"), data}};
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}
