#pragma once

#include "effect.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>

// Who hears a published event.
enum class Audience {
    Everyone,
    NamedUser,   // the user in the event's userField
    GamePlayers, // the players of the event's gameId
};

// An effect clients may send, and the field that names the acting user (empty: nobody acts yet).
struct AcceptedEffect
{
    QMetaType type;
    QByteArray actorField;
};

// An event the server relays to clients, and to whom.
struct Publication
{
    QMetaType type;
    Audience audience;
    QByteArray userField;
};

// The server's table of contents: what clients may send and what they hear. Names on HTTP are the
// effect names ("PlaceMark"); on the WebSocket the same in UPPER_SNAKE ("PLACE_MARK").
class WireCatalog
{
public:
    WireCatalog();

    const AcceptedEffect *acceptedByName(const QString &typeName) const;
    const AcceptedEffect *acceptedBySocketName(const QString &upperSnakeName) const;
    const Publication *publicationOf(QMetaType type) const;

    static QByteArray socketMessage(const QString &upperSnakeType, const QJsonObject &payload);
    static QByteArray socketMessage(const Effect &event);
    // The id in a QUuid field of an effect (for actor checks and routing).
    static QUuid idField(const Effect &effect, const QByteArray &field);

private:
    QList<AcceptedEffect> m_accepted;
    QList<Publication> m_publications;
};
