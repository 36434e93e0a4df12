// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "effect.h"
#include "outcome.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QUuid>

// The envelopes around a message, written and read in this one place by both sides:
//   WebSocket, client → server: {"type": "server/PLACE_MARK", "data": {…}}
//   WebSocket, server → client: {"type": "MARK_PLACED", "payload": {…}}
//   HTTP body, client → server: {"command" | "event" | "query": {"type": "PlaceMark", "payload": {…}}}
// Names come from the protocol catalogue; payloads are GadgetJson's form of the message. A read
// refuses with a RejectionReason: MALFORMED_MESSAGE, UNKNOWN_TYPE or INVALID_PAYLOAD.
namespace WireFormat {

QByteArray toClient(const Effect &message);
QByteArray toServer(const Effect &message);
QByteArray toServerOverHttp(const Effect &message);

Outcome<Effect> readFromClient(QByteArrayView text);
// kind: what the request's path accepts (/commands, /events or /queries).
Outcome<Effect> readFromClientOverHttp(EffectKind kind, QByteArrayView body);
Outcome<Effect> readFromServer(QByteArrayView text);
// One payload as the given message type, e.g. a query's answer.
Outcome<Effect> readPayload(QMetaType type, const QJsonValue &payload);

// The operationId a client put in a WebSocket message, if any, to refuse it by.
QUuid operationIdOf(QByteArrayView text);
// The key of the HTTP envelope for this kind: "command", "event" or "query".
QString httpEnvelopeKey(EffectKind kind);
// The path that accepts this kind over HTTP: "/commands", "/events" or "/queries".
QString httpPath(EffectKind kind);

} // namespace WireFormat
