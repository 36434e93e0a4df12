// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "wireformat.h"

#include "gadgetjson.h"
#include "naming.h"
#include "protocolcatalogue.h"
#include "rejectionreasons.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace WireFormat {

namespace {

const QString toServerPrefix = QStringLiteral("server/");

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject payloadOf(const Effect &message)
{
    return GadgetJson::toJson(message.metaObject(), message.data());
}

const MessageSpec &specOf(const MessageSpec *spec, const Effect &message)
{
    Q_ASSERT_X(spec, "WireFormat",
               qPrintable(message.typeName() + QStringLiteral(" is not in the catalogue")));
    return *spec;
}

Outcome<Effect> decode(const MessageSpec &spec, const QJsonValue &payload)
{
    if (!payload.isObject())
        return refuse(RejectionReason::invalidPayload,
                      QStringLiteral("%1: the payload must be an object").arg(spec.name));
    GadgetJson::DecodeError error;
    const QVariant value = GadgetJson::fromJson(spec.type, payload.toObject(), error);
    if (!value.isValid())
        return refuse(RejectionReason::invalidPayload,
                      QStringLiteral("%1.%2").arg(spec.name, error.toString()));
    return Effect::fromVariant(value);
}

// A message known to the catalogue under this WebSocket spelling that travels over HTTP only.
const MessageSpec *httpOnlyMessageNamed(const QString &socketName)
{
    for (const MessageSpec &spec : ProtocolCatalogue::instance().messages()) {
        if (spec.direction == Direction::ToServer && spec.channel == Channel::HttpOnly
            && spec.socketName == socketName) {
            return &spec;
        }
    }
    return nullptr;
}

} // namespace

QByteArray toClient(const Effect &message)
{
    const MessageSpec &spec = specOf(ProtocolCatalogue::instance().toClient(message.type()), message);
    QByteArray text;
    text.reserve(256);
    text.append("{\"type\":\"").append(spec.socketName.toLatin1()).append("\",\"payload\":");
    message.appendPayloadJson(text);
    text.append('}');
    return text;
}

QByteArray toServer(const Effect &message)
{
    const MessageSpec &spec = specOf(ProtocolCatalogue::instance().toServer(message.type()), message);
    return compact({{QStringLiteral("type"), toServerPrefix + spec.socketName},
                    {QStringLiteral("data"), payloadOf(message)}});
}

QByteArray toServerOverHttp(const Effect &message)
{
    const MessageSpec &spec = specOf(ProtocolCatalogue::instance().toServer(message.type()), message);
    return compact({{httpEnvelopeKey(spec.kind()),
                     QJsonObject{{QStringLiteral("type"), spec.name},
                                 {QStringLiteral("payload"), payloadOf(message)}}}});
}

Outcome<Effect> readFromClient(QByteArrayView text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    const QString type = document.object().value(u"type").toString();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !type.startsWith(toServerPrefix)) {
        return refuse(RejectionReason::malformedMessage,
                      QStringLiteral("expected {\"type\": \"server/EFFECT_NAME\", \"data\": {…}}"));
    }
    const QString name = type.mid(toServerPrefix.size());
    const MessageSpec *spec = ProtocolCatalogue::instance().toServerOverWebSocket(name);
    const MessageSpec *overHttp = spec ? nullptr : httpOnlyMessageNamed(name);
    if (overHttp)
        return refuse(RejectionReason::unknownType,
                      QStringLiteral("%1 is asked over HTTP only (POST /queries)").arg(overHttp->name));
    if (!spec)
        return refuse(RejectionReason::unknownType, QStringLiteral("unknown type '%1'").arg(name));
    return decode(*spec, document.object().value(u"data"));
}

Outcome<Effect> readFromClientOverHttp(EffectKind kind, QByteArrayView body)
{
    const QString key = httpEnvelopeKey(kind);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(RejectionReason::malformedMessage,
                      QStringLiteral("malformed JSON: %1").arg(parseError.errorString()));
    const QJsonObject envelope = document.object().value(key).toObject();
    const QJsonValue type = envelope.value(u"type");
    if (!document.isObject() || envelope.isEmpty() || !type.isString()) {
        return refuse(RejectionReason::malformedMessage,
                      QStringLiteral("expected {\"%1\": {\"type\": …, \"payload\": {…}}}").arg(key));
    }
    const QString name = type.toString();
    const MessageSpec *spec = ProtocolCatalogue::instance().toServerOverHttp(name);
    if (!spec && ProtocolCatalogue::instance().toServerOverWebSocket(upperSnakeCase(name)))
        return refuse(RejectionReason::unknownType,
                      QStringLiteral("%1 travels over the WebSocket only (/ws)").arg(name));
    if (!spec)
        return refuse(RejectionReason::unknownType, QStringLiteral("unknown type '%1'").arg(name));
    if (spec->kind() != kind) {
        return refuse(RejectionReason::unknownType,
                      QStringLiteral("%1 is not a %2: send it to %3").arg(name, key, httpPath(spec->kind())));
    }
    return decode(*spec, envelope.value(u"payload"));
}

Outcome<Effect> readFromServer(QByteArrayView text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (!document.isObject())
        return refuse(RejectionReason::malformedMessage,
                      QStringLiteral("not a JSON object (%1)").arg(parseError.errorString()));
    const QString type = document.object().value(u"type").toString();
    const MessageSpec *spec = ProtocolCatalogue::instance().toClient(type);
    if (!spec)
        return refuse(RejectionReason::unknownType, QStringLiteral("unknown message type \"%1\"").arg(type));
    return decode(*spec, document.object().value(u"payload"));
}

Outcome<Effect> readPayload(QMetaType type, const QJsonValue &payload)
{
    MessageSpec spec;
    spec.type = type;
    spec.name = QString::fromLatin1(type.metaObject()->className());
    return decode(spec, payload);
}

QUuid operationIdOf(QByteArrayView text)
{
    const QJsonValue operationId = QJsonDocument::fromJson(text.toByteArray())
                                           .object()
                                           .value(u"data")
                                           .toObject()
                                           .value(u"operationId");
    GadgetJson::DecodeError ignored;
    return GadgetJson::valueFromJson(QMetaType::fromType<QUuid>(), operationId, ignored).toUuid();
}

QString httpEnvelopeKey(EffectKind kind)
{
    return effectKindName(kind);
}

QString httpPath(EffectKind kind)
{
    switch (kind) {
    case EffectKind::Command:
        return QStringLiteral("/commands");
    case EffectKind::Event:
        return QStringLiteral("/events");
    case EffectKind::Query:
        return QStringLiteral("/queries");
    }
    return {};
}

} // namespace WireFormat
