#pragma once

#include "effect.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

// The WebSocket's wire form on the client's side. Server messages {"type": "GAME_STARTED",
// "payload": {…}} decode into the domain's effect types (and the few socket-only messages of
// clientmessages.h); client messages are {"type": "server/PLACE_MARK", "data": {…}}.
class ServerMessageCodec
{
public:
    ServerMessageCodec();

    // An invalid Effect when the text is not a server message this client understands; error then
    // says why (for the log: a newer server may send types this client does not know).
    Effect decode(const QByteArray &text, QString *error) const;
    // Decodes one payload as the given type, e.g. a query's answer.
    static Effect decodePayload(QMetaType type, const QJsonObject &payload, QString *error);

    // The command or event, named by its type (PlaceMark → server/PLACE_MARK).
    static QByteArray encode(const Effect &effect);
    static QByteArray encode(const QString &upperSnakeType, const QJsonObject &data);

private:
    QHash<QString, QMetaType> m_serverTypes;
};
