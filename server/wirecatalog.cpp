#include "wirecatalog.h"

#include "gadgetjson.h"
#include "games/gameeffects.h"
#include "naming.h"
#include "onlineusers/onlineusereffects.h"
#include "scoring/scoringeffects.h"
#include "users/usereffects.h"

#include <QJsonDocument>
#include <QMetaProperty>

namespace {

template<EffectValue T>
AcceptedEffect accept(QByteArray actorField = {})
{
    return {QMetaType::fromType<T>(), std::move(actorField)};
}

template<EffectValue T>
Publication publish(Audience audience, QByteArray userField = {})
{
    return {QMetaType::fromType<T>(), audience, std::move(userField)};
}

QString nameOf(QMetaType type)
{
    return QString::fromLatin1(type.metaObject()->className());
}

} // namespace

WireCatalog::WireCatalog()
    : m_accepted{
            accept<CreateUser>(),
            accept<CreateGame>("creator"),
            accept<JoinGame>("playerId"),
            accept<PlaceMark>("player"),
            accept<UserConnected>("id"),
            accept<UserInvited>("host"),
            accept<InvitationDeclined>("invited"),
            accept<GetUser>(),
            accept<GetUsersOnline>(),
            accept<GetTopThreePlayers>(),
            accept<GetGame>(),
    }
    , m_publications{
            publish<UsersOnlineUpdated>(Audience::Everyone),
            publish<TopThreeListUpdated>(Audience::Everyone),
            publish<UserInvited>(Audience::NamedUser, "invited"),
            publish<InvitationDeclined>(Audience::NamedUser, "host"),
            publish<GameCreated>(Audience::NamedUser, "creator"),
            publish<GameErrorOccurred>(Audience::NamedUser, "player"),
            publish<PlayerJoinedAGame>(Audience::GamePlayers),
            publish<GameStarted>(Audience::GamePlayers),
            publish<WaitingForPlayerPlay>(Audience::GamePlayers),
            publish<MarkPlaced>(Audience::GamePlayers),
            publish<BoardUpdated>(Audience::GamePlayers),
            publish<GameEnded>(Audience::GamePlayers),
            publish<TurnTimeout>(Audience::GamePlayers),
    }
{
}

const AcceptedEffect *WireCatalog::acceptedByName(const QString &typeName) const
{
    for (const AcceptedEffect &accepted : m_accepted) {
        if (nameOf(accepted.type) == typeName)
            return &accepted;
    }
    return nullptr;
}

const AcceptedEffect *WireCatalog::acceptedBySocketName(const QString &upperSnakeName) const
{
    for (const AcceptedEffect &accepted : m_accepted) {
        if (effectKindOf(accepted.type.metaObject()) != EffectKind::Query
            && upperSnakeCase(nameOf(accepted.type)) == upperSnakeName) {
            return &accepted;
        }
    }
    return nullptr;
}

const Publication *WireCatalog::publicationOf(QMetaType type) const
{
    for (const Publication &publication : m_publications) {
        if (publication.type == type)
            return &publication;
    }
    return nullptr;
}

QByteArray WireCatalog::socketMessage(const QString &upperSnakeType, const QJsonObject &payload)
{
    const QJsonObject message{{QStringLiteral("type"), upperSnakeType},
                              {QStringLiteral("payload"), payload}};
    return QJsonDocument(message).toJson(QJsonDocument::Compact);
}

QByteArray WireCatalog::socketMessage(const Effect &event)
{
    return socketMessage(upperSnakeCase(event.typeName()),
                         GadgetJson::toJson(event.metaObject(), event.data()));
}

QUuid WireCatalog::idField(const Effect &effect, const QByteArray &field)
{
    const QMetaObject *metaObject = effect.metaObject();
    const int index = metaObject->indexOfProperty(field.constData());
    Q_ASSERT_X(index >= 0, "WireCatalog::idField", field.constData());
    return metaObject->property(index).readOnGadget(effect.data()).toUuid();
}
