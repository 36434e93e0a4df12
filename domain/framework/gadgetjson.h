// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QUuid>
#include <QVariant>

#include <functional>

// Converts Q_GADGET values to and from JSON through their Q_PROPERTYs, so that no effect needs a
// hand-written converter. Built in: bool, int, qint64, QString, QDateTime (ISO 8601), QUuid (the
// wire's id object {"id": "<uuid>"}, null when empty), enums (UPPER_SNAKE keys) and nested gadgets.
// Other property types (lists, the board) register a converter once.
// A REQUIRED property must be present and not null; others default when absent.
namespace GadgetJson {

struct DecodeError
{
    QString path;
    QString message;
    QString toString() const;
};

using ToJson = std::function<QJsonValue(const QVariant &)>;
// Returns an invalid QVariant and fills error.message on failure.
using FromJson = std::function<QVariant(const QJsonValue &, DecodeError &)>;

// Appends the compact text of what toJson gives, without building it (see writeJson below).
using WriteJson = std::function<void(const QVariant &, QByteArray &)>;

void registerConverter(QMetaType type, ToJson toJson, FromJson fromJson, WriteJson writeJson = {});

template<typename Element>
void registerListConverter();
// The element type of a list type registered by registerListConverter(); invalid for other types.
QMetaType listElementType(QMetaType listType);
void registerListElement(QMetaType listType, QMetaType elementType);

QJsonObject toJson(const QMetaObject *metaObject, const void *gadget);
QJsonValue valueToJson(const QVariant &value);

// Append the compact JSON text of the same JSON as toJson() and valueToJson(), keys in the order
// the properties are declared, without building a QJsonValue on the way: every event the domain
// handles is written this way for the wire and for storage, and QJsonObject's inserts and
// QJsonDocument's writer were most of the server's time per move.
void writeJson(const QMetaObject *metaObject, const void *gadget, QByteArray &out);
void writeValueJson(const QVariant &value, QByteArray &out);
// The text of QDateTime::toString(Qt::ISODateWithMs) in UTC ("2026-01-01T12:00:01.500Z"), the
// form of every time on the wire and in storage. Written by hand for years 0 to 9999: Qt's own
// formatting was a tenth of a move's instructions when every event's row had its time.
QByteArray isoUtcText(const QDateTime &at);
// Appends the wire's id object {"id": "<uuid>"}, or null for the null id.
void writeIdJson(const QUuid &id, QByteArray &out);
// Appends a JSON value built by a converter.
void writeJsonValue(const QJsonValue &json, QByteArray &out);


// Returns an invalid QVariant and fills error on failure.
QVariant fromJson(QMetaType type, const QJsonObject &object, DecodeError &error);
QVariant valueFromJson(QMetaType type, const QJsonValue &json, DecodeError &error);

template<typename Element>
void registerListConverter()
{
    const QMetaType elementType = QMetaType::fromType<Element>();
    registerListElement(QMetaType::fromType<QList<Element>>(), elementType);
    registerConverter(
            QMetaType::fromType<QList<Element>>(),
            [](const QVariant &value) {
                QJsonArray array;
                for (const Element &element : value.value<QList<Element>>())
                    array.append(valueToJson(QVariant::fromValue(element)));
                return QJsonValue(array);
            },
            [elementType](const QJsonValue &json, DecodeError &error) -> QVariant {
                if (!json.isArray()) {
                    error.message = QStringLiteral("expected an array");
                    return {};
                }
                QList<Element> list;
                const QJsonArray array = json.toArray();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    const QVariant element = valueFromJson(elementType, array.at(i), error);
                    if (!element.isValid()) {
                        const bool fieldFollows = !error.path.isEmpty() && !error.path.startsWith(u'[');
                        error.path = QStringLiteral("[%1]").arg(i)
                                + (fieldFollows ? u'.' + error.path : error.path);
                        return {};
                    }
                    list.append(element.value<Element>());
                }
                return QVariant::fromValue(list);
            },
            [](const QVariant &value, QByteArray &out) {
                out.append('[');
                bool first = true;
                for (const Element &element : value.value<QList<Element>>()) {
                    if (!first)
                        out.append(',');
                    first = false;
                    writeValueJson(QVariant::fromValue(element), out);
                }
                out.append(']');
            });
}

} // namespace GadgetJson
