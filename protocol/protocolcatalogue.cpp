// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "protocolcatalogue.h"

#include "computer/computereffects.h"

#include "games/gameeffects.h"
#include "games/gamehistory.h"
#include "naming.h"
#include "onlineusers/onlineusereffects.h"
#include "protocoldescription.h"
#include "scoring/scoringeffects.h"
#include "socketmessages.h"
#include "spectators/spectatoreffects.h"
#include "tictactoedomain.h"
#include "users/usereffects.h"

#include <QJsonArray>
#include <QMetaProperty>

namespace {

template<EffectValue T>
MessageSpec message(Direction direction, Channel channel = Channel::HttpAndWebSocket)
{
    MessageSpec spec;
    spec.type = QMetaType::fromType<T>();
    spec.direction = direction;
    spec.channel = channel;
    spec.name = QString::fromLatin1(T::staticMetaObject.className());
    spec.socketName = upperSnakeCase(spec.name);
    return spec;
}

// A command or event a client sends, acting as the user in actorField (none: nobody acts yet).
template<EffectValue T>
MessageSpec accept(QByteArray actorField = {})
{
    MessageSpec spec = message<T>(Direction::ToServer);
    spec.actorField = std::move(actorField);
    return spec;
}

// A question over HTTP, its answer, and the push that makes an older answer stale.
template<EffectValue Query, EffectValue Answer>
MessageSpec ask(QMetaType supersededBy = {})
{
    MessageSpec spec = message<Query>(Direction::ToServer, Channel::HttpOnly);
    spec.answerType = QMetaType::fromType<Answer>();
    spec.supersededBy = supersededBy;
    return spec;
}

// An event the server pushes over the WebSocket.
template<EffectValue T>
MessageSpec publish(Audience audience, QByteArray recipientField = {})
{
    MessageSpec spec = message<T>(Direction::ToClient, Channel::WebSocketOnly);
    spec.audience = audience;
    spec.recipientField = std::move(recipientField);
    return spec;
}

} // namespace

const ProtocolCatalogue &ProtocolCatalogue::instance()
{
    static const ProtocolCatalogue catalogue;
    return catalogue;
}

ProtocolCatalogue::ProtocolCatalogue()
{
    registerTicTacToeJsonConverters();

    // The handshake: a socket states the protocol version it speaks before it authenticates.
    add(message<ClientHello>(Direction::ToServer, Channel::WebSocketOnly));
    add(publish<ServerHello>(Audience::Sender));

    // Authentication: over the socket, CreateUser answers CREDENTIAL_ISSUED (over HTTP, the body
    // carries the credential); an existing user proves who it is with its credential.
    add(accept<CreateUser>());
    MessageSpec associate = message<AssociateCredential>(Direction::ToServer, Channel::WebSocketOnly);
    associate.name = QStringLiteral("AssociateUserToSession");
    associate.socketName = upperSnakeCase(associate.name);
    add(associate);
    add(publish<CredentialIssued>(Audience::Sender));
    add(publish<SessionAssociated>(Audience::Sender));
    add(publish<CommandRejected>(Audience::Sender));

    // Presence, invitations and the hall of fame. Presence follows a WebSocket that authenticated:
    // over HTTP a user could be put online with no connection to take them offline again.
    MessageSpec connected = accept<UserConnected>("id");
    connected.channel = Channel::WebSocketOnly;
    add(connected);
    add(accept<UserInvited>("host"));
    add(accept<InvitationDeclined>("invited"));
    add(ask<GetUser, UserFound>());
    add(ask<GetUsersOnline, UsersOnline>(QMetaType::fromType<UsersOnlineUpdated>()));
    add(ask<GetTopThreePlayers, TopThreePlayers>(QMetaType::fromType<TopThreeListUpdated>()));
    // Who is online: the whole list to the user who connected, each change to everyone, so that a
    // change costs every socket a few bytes rather than the whole list (issue 9).
    add(publish<UsersOnlineUpdated>(Audience::NamedUser, "userId"));
    add(publish<UserCameOnline>(Audience::Everyone));
    add(publish<UserWentOffline>(Audience::Everyone));
    add(publish<TopThreeListUpdated>(Audience::Everyone));
    add(publish<UserInvited>(Audience::NamedUser, "invited"));
    add(publish<InvitationDeclined>(Audience::NamedUser, "host"));

    // Games.
    add(accept<CreateGame>("creator"));
    add(accept<JoinGame>("playerId"));
    add(accept<PlaceMark>("player"));
    add(ask<GetGame, GameSnapshot>());
    // The computer's players, to invite like anyone (issue 11): who they are, and at which level.
    add(ask<GetComputerOpponents, ComputerOpponents>());
    // Spectators: the games in progress, and watching one. A watcher hears the game's events as its
    // players do (GamePlayers includes them) and resyncs with GetGame like a player.
    add(accept<WatchGame>("watcher"));
    add(accept<StopWatching>("watcher"));
    add(ask<GetLiveGames, LiveGames>());
    // The history: the games that ended last, and any of them move by move, from storage.
    add(ask<GetRecentGames, RecentGames>());
    add(ask<GetGameHistory, GameHistory>());
    add(publish<WatcherJoined>(Audience::GamePlayers));
    add(publish<WatcherLeft>(Audience::GamePlayers));
    add(publish<GameCreated>(Audience::NamedUser, "creator"));
    add(publish<GameErrorOccurred>(Audience::NamedUser, "player"));
    add(publish<PlayerJoinedAGame>(Audience::GamePlayers));
    add(publish<GameStarted>(Audience::GamePlayers));
    add(publish<WaitingForPlayerPlay>(Audience::GamePlayers));
    add(publish<MarkPlaced>(Audience::GamePlayers));
    add(publish<BoardUpdated>(Audience::GamePlayers));
    add(publish<GameEnded>(Audience::GamePlayers));
    add(publish<TurnTimeout>(Audience::GamePlayers));
}

void ProtocolCatalogue::add(MessageSpec spec)
{
    const qsizetype index = m_messages.size();
    if (spec.direction == Direction::ToServer) {
        if (spec.channel != Channel::WebSocketOnly)
            m_toServerByName.insert(spec.name, index);
        if (spec.channel != Channel::HttpOnly)
            m_toServerBySocketName.insert(spec.socketName, index);
        m_toServerByType.insert(spec.type, index);
        if (spec.answerType.isValid())
            m_queryByAnswerType.insert(spec.answerType, index);
    } else {
        m_toClientBySocketName.insert(spec.socketName, index);
        m_toClientByType.insert(spec.type, index);
    }
    m_messages.append(std::move(spec));
}

namespace {

template<typename Key>
const MessageSpec *lookUp(const QHash<Key, qsizetype> &index, const Key &key,
                          const QList<MessageSpec> &messages)
{
    const auto found = index.constFind(key);
    return found == index.cend() ? nullptr : &messages.at(found.value());
}

} // namespace

const MessageSpec *ProtocolCatalogue::toServerOverHttp(const QString &name) const
{
    return lookUp(m_toServerByName, name, m_messages);
}

const MessageSpec *ProtocolCatalogue::toServerOverWebSocket(const QString &socketName) const
{
    return lookUp(m_toServerBySocketName, socketName, m_messages);
}

const MessageSpec *ProtocolCatalogue::toServer(QMetaType type) const
{
    return lookUp(m_toServerByType, type, m_messages);
}

const MessageSpec *ProtocolCatalogue::toClient(const QString &socketName) const
{
    return lookUp(m_toClientBySocketName, socketName, m_messages);
}

const MessageSpec *ProtocolCatalogue::toClient(QMetaType type) const
{
    return lookUp(m_toClientByType, type, m_messages);
}

const MessageSpec *ProtocolCatalogue::queryAnsweredBy(QMetaType answerType) const
{
    return lookUp(m_queryByAnswerType, answerType, m_messages);
}

QJsonObject ProtocolCatalogue::toJson() const
{
    QJsonArray messages;
    for (const MessageSpec &spec : m_messages)
        messages.append(ProtocolDescription::describe(spec));
    return {{QStringLiteral("protocolVersion"), protocolVersion},
            {QStringLiteral("messages"), messages}};
}

QUuid idField(const Effect &message, const QByteArray &field)
{
    const QMetaObject *metaObject = message.metaObject();
    const int index = metaObject->indexOfProperty(field.constData());
    Q_ASSERT_X(index >= 0, "idField", field.constData());
    return metaObject->property(index).readOnGadget(message.data()).toUuid();
}
