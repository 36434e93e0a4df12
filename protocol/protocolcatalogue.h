// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "effect.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

// Raised whenever a message is added or removed, or its fields change meaning.
inline constexpr int protocolVersion = 6;

enum class Direction { ToServer, ToClient };

// Who hears a message the server sends.
enum class Audience {
    Sender,      // the connection it answers
    Everyone,    // every open WebSocket
    NamedUser,   // the user in recipientField
    GamePlayers, // the players of the game in gameId, and those who watch it
};

// How a message may travel.
enum class Channel { HttpAndWebSocket, WebSocketOnly, HttpOnly };

// One message of the protocol: a domain effect or a socket-only message, and how it travels.
struct MessageSpec
{
    QMetaType type;
    Direction direction = Direction::ToServer;
    Channel channel = Channel::HttpAndWebSocket;
    QString name;       // HTTP spelling: "PlaceMark"
    QString socketName; // WebSocket spelling: "PLACE_MARK"
    // To the server: the field that must name the authenticated user; empty when nobody acts yet.
    QByteArray actorField;
    // Queries: the answer's type, and the pushed event that makes any earlier answer stale.
    QMetaType answerType;
    QMetaType supersededBy;
    // To clients: who hears it.
    Audience audience = Audience::Sender;
    QByteArray recipientField;

    EffectKind kind() const { return effectKindOf(type.metaObject()); }
};

// The protocol, defined once (docs/protocol.md): every message either side may send. The server
// accepts and routes by it, the client decodes and dispatches by it, GET /protocol publishes it.
class ProtocolCatalogue
{
public:
    static const ProtocolCatalogue &instance();

    const QList<MessageSpec> &messages() const { return m_messages; }
    // What a client may send, by its HTTP name or its WebSocket name.
    const MessageSpec *toServerOverHttp(const QString &name) const;
    const MessageSpec *toServerOverWebSocket(const QString &socketName) const;
    const MessageSpec *toServer(QMetaType type) const;
    // What the server sends.
    const MessageSpec *toClient(const QString &socketName) const;
    const MessageSpec *toClient(QMetaType type) const;
    // The query a given answer type answers.
    const MessageSpec *queryAnsweredBy(QMetaType answerType) const;

    // The catalogue as GET /protocol publishes it: the version, then every message with its
    // direction, channels, audience and fields with their JSON types.
    QJsonObject toJson() const;

private:
    ProtocolCatalogue();
    void add(MessageSpec spec);

    QList<MessageSpec> m_messages;
    QHash<QString, qsizetype> m_toServerByName;
    QHash<QString, qsizetype> m_toServerBySocketName;
    QHash<QMetaType, qsizetype> m_toServerByType;
    QHash<QString, qsizetype> m_toClientBySocketName;
    QHash<QMetaType, qsizetype> m_toClientByType;
    QHash<QMetaType, qsizetype> m_queryByAnswerType;
};

// The id in a QUuid field of a message (the actor, a recipient, a game).
QUuid idField(const Effect &message, const QByteArray &field);
