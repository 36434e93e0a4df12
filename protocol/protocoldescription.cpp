// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "protocoldescription.h"

#include "gadgetjson.h"
#include "games/board.h"
#include "naming.h"
#include "protocolcatalogue.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMetaEnum>
#include <QMetaProperty>
#include <QUuid>

namespace ProtocolDescription {

namespace {

QJsonArray fieldsOf(const QMetaObject *metaObject);

QJsonObject typeOf(QMetaType type, const QMetaProperty *property = nullptr)
{
    const auto named = [](const char *name) { return QJsonObject{{QStringLiteral("type"), QLatin1StringView(name)}}; };
    if (property && property->isEnumType()) {
        const QMetaEnum metaEnum = property->enumerator();
        QJsonArray values;
        for (int i = 0; i < metaEnum.keyCount(); ++i)
            values.append(upperSnakeCase(QString::fromLatin1(metaEnum.key(i))));
        return {{QStringLiteral("type"), QStringLiteral("enum")}, {QStringLiteral("values"), values}};
    }
    switch (type.id()) {
    case QMetaType::Bool:
        return named("boolean");
    case QMetaType::Int:
    case QMetaType::LongLong:
        return named("integer");
    case QMetaType::QString:
        return named("string");
    case QMetaType::QDateTime:
        return named("date-time");
    case QMetaType::QUuid:
        return named("id");
    default:
        break;
    }
    if (type == QMetaType::fromType<Board>())
        return named("board");
    // Its fields depend on the event it holds: {"type": the event's name, "payload": its fields}.
    if (type == QMetaType::fromType<Effect>())
        return named("event");
    if (const QMetaType element = GadgetJson::listElementType(type); element.isValid()) {
        return {{QStringLiteral("type"), QStringLiteral("array")},
                {QStringLiteral("items"), typeOf(element)}};
    }
    if (type.metaObject() && type.flags().testFlag(QMetaType::IsGadget))
        return {{QStringLiteral("type"), QStringLiteral("object")},
                {QStringLiteral("fields"), fieldsOf(type.metaObject())}};
    Q_ASSERT_X(false, "ProtocolDescription", type.name());
    return named("unknown");
}

QJsonArray fieldsOf(const QMetaObject *metaObject)
{
    QJsonArray fields;
    for (int i = metaObject->propertyOffset(); i < metaObject->propertyCount(); ++i) {
        const QMetaProperty property = metaObject->property(i);
        QJsonObject field = typeOf(property.metaType(), &property);
        field.insert(QStringLiteral("name"), QString::fromLatin1(property.name()));
        field.insert(QStringLiteral("required"), property.isRequired());
        fields.append(field);
    }
    return fields;
}

QString directionName(Direction direction)
{
    return direction == Direction::ToServer ? QStringLiteral("toServer") : QStringLiteral("toClient");
}

QJsonArray channelNames(Channel channel)
{
    switch (channel) {
    case Channel::HttpAndWebSocket:
        return {QStringLiteral("http"), QStringLiteral("websocket")};
    case Channel::WebSocketOnly:
        return {QStringLiteral("websocket")};
    case Channel::HttpOnly:
        return {QStringLiteral("http")};
    }
    return {};
}

QString audienceName(Audience audience)
{
    switch (audience) {
    case Audience::Sender:
        return QStringLiteral("sender");
    case Audience::Everyone:
        return QStringLiteral("everyone");
    case Audience::NamedUser:
        return QStringLiteral("namedUser");
    case Audience::GamePlayers:
        return QStringLiteral("gamePlayers");
    }
    return {};
}

} // namespace

QJsonObject describe(const MessageSpec &spec)
{
    QJsonObject description{
            {QStringLiteral("name"), spec.name},
            {QStringLiteral("socketName"), spec.socketName},
            {QStringLiteral("kind"), effectKindName(spec.kind())},
            {QStringLiteral("direction"), directionName(spec.direction)},
            {QStringLiteral("channels"), channelNames(spec.channel)},
            {QStringLiteral("fields"), fieldsOf(spec.type.metaObject())},
    };
    if (spec.direction == Direction::ToServer) {
        description.insert(QStringLiteral("actorField"),
                           spec.actorField.isEmpty() ? QJsonValue() : QString::fromLatin1(spec.actorField));
    } else {
        description.insert(QStringLiteral("audience"), audienceName(spec.audience));
        if (!spec.recipientField.isEmpty())
            description.insert(QStringLiteral("recipientField"), QString::fromLatin1(spec.recipientField));
    }
    if (spec.answerType.isValid()) {
        description.insert(QStringLiteral("answer"),
                           QJsonObject{{QStringLiteral("name"),
                                        QString::fromLatin1(spec.answerType.metaObject()->className())},
                                       {QStringLiteral("fields"), fieldsOf(spec.answerType.metaObject())}});
    }
    if (spec.supersededBy.isValid()) {
        description.insert(QStringLiteral("supersededBy"),
                           upperSnakeCase(QString::fromLatin1(spec.supersededBy.metaObject()->className())));
    }
    return description;
}

} // namespace ProtocolDescription
