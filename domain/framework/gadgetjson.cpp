// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "gadgetjson.h"

#include "naming.h"

#include <QDateTime>
#include <QHash>
#include <QMetaEnum>
#include <QMetaProperty>
#include <QReadWriteLock>
#include <QUuid>

#include <charconv>
#include <chrono>
#include <cmath>
#include <memory>
#include <limits>

namespace GadgetJson {

namespace {

struct Converter
{
    ToJson toJson;
    FromJson fromJson;
    WriteJson writeJson;
};

struct ConverterRegistry
{
    QReadWriteLock lock;
    // Shared, so that a converter found stays valid while another thread registers more.
    QHash<int, std::shared_ptr<const Converter>> converters;
    QHash<int, QMetaType> listElements;
};

ConverterRegistry &registry()
{
    static ConverterRegistry instance;
    return instance;
}

std::shared_ptr<const Converter> findConverter(QMetaType type)
{
    ConverterRegistry &instance = registry();
    QReadLocker locker(&instance.lock);
    return instance.converters.value(type.id());
}

void writeString(QStringView text, QByteArray &out)
{
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    qsizetype plainFrom = 0;
    for (qsizetype index = 0; index < utf8.size(); ++index) {
        const uchar character = uchar(utf8.at(index));
        if (character >= 0x20 && character != '"' && character != '\\')
            continue;
        out.append(utf8.constData() + plainFrom, index - plainFrom);
        plainFrom = index + 1;
        switch (character) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            static constexpr char hexDigits[] = "0123456789abcdef";
            const char escaped[] = {'\\', 'u', '0', '0', hexDigits[character >> 4], hexDigits[character & 0xf]};
            out.append(escaped, sizeof escaped);
        }
        }
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    out.append('"');
}

QJsonValue enumToJson(const QMetaEnum &metaEnum, int value)
{
    const char *key = metaEnum.valueToKey(value);
    return key ? QJsonValue(upperSnakeCase(QString::fromLatin1(key))) : QJsonValue();
}

QVariant enumFromJson(const QMetaEnum &metaEnum, QMetaType type, const QJsonValue &json,
                      DecodeError &error)
{
    const QString wireKey = json.toString();
    for (int i = 0; json.isString() && i < metaEnum.keyCount(); ++i) {
        if (upperSnakeCase(QString::fromLatin1(metaEnum.key(i))) == wireKey) {
            const int value = metaEnum.value(i);
            return QVariant(type, &value);
        }
    }
    QStringList allowed;
    for (int i = 0; i < metaEnum.keyCount(); ++i)
        allowed.append(upperSnakeCase(QString::fromLatin1(metaEnum.key(i))));
    error.message = QStringLiteral("expected one of %1").arg(allowed.join(u", "));
    return {};
}

QMetaEnum metaEnumOf(QMetaType type)
{
    const QMetaObject *scope = type.metaObject();
    if (!scope)
        return {};
    QByteArray name = type.name();
    const qsizetype separator = name.lastIndexOf("::");
    if (separator >= 0)
        name = name.mid(separator + 2);
    const int index = scope->indexOfEnumerator(name.constData());
    return index >= 0 ? scope->enumerator(index) : QMetaEnum();
}

// The wire key of each value of each enum, computed once: upperSnakeCase builds strings.
QByteArray enumKeyJson(QMetaType type, int value)
{
    static QReadWriteLock lock;
    static QHash<std::pair<int, int>, QByteArray> keys;
    const std::pair<int, int> key{type.id(), value};
    {
        QReadLocker locker(&lock);
        if (const auto found = keys.constFind(key); found != keys.cend())
            return *found;
    }
    QByteArray json;
    const QMetaEnum metaEnum = metaEnumOf(type);
    if (const char *name = metaEnum.valueToKey(value))
        writeJsonValue(upperSnakeCase(QString::fromLatin1(name)), json);
    else
        json = "null";
    QWriteLocker locker(&lock);
    keys.insert(key, json);
    return json;
}


QVariant integerFromJson(QMetaType type, const QJsonValue &json, DecodeError &error)
{
    const double number = json.toDouble();
    const bool isInt = type.id() == QMetaType::Int;
    const double lowest = isInt ? std::numeric_limits<int>::min() : -9007199254740992.0;
    const double highest = isInt ? std::numeric_limits<int>::max() : 9007199254740992.0;
    if (!json.isDouble() || std::trunc(number) != number || number < lowest || number > highest) {
        error.message = QStringLiteral("expected an integer");
        return {};
    }
    if (isInt)
        return QVariant(static_cast<int>(number));
    return QVariant(static_cast<qint64>(number));
}

QVariant uuidFromJson(const QJsonValue &json, DecodeError &error)
{
    const QJsonValue id = json.toObject().value(u"id");
    const QUuid uuid = QUuid::fromString(id.toString());
    if (!json.isObject() || !id.isString() || uuid.isNull()) {
        error.message = QStringLiteral("expected an id object {\"id\": \"<uuid>\"}");
        return {};
    }
    return QVariant::fromValue(uuid);
}

QVariant dateTimeFromJson(const QJsonValue &json, DecodeError &error)
{
    const QDateTime dateTime = QDateTime::fromString(json.toString(), Qt::ISODateWithMs);
    if (!json.isString() || !dateTime.isValid()) {
        error.message = QStringLiteral("expected an ISO 8601 date and time");
        return {};
    }
    return QVariant(dateTime);
}

} // namespace

QString DecodeError::toString() const
{
    return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
}

void registerConverter(QMetaType type, ToJson toJson, FromJson fromJson, WriteJson writeJson)
{
    ConverterRegistry &instance = registry();
    QWriteLocker locker(&instance.lock);
    instance.converters.insert(type.id(), std::make_shared<const Converter>(Converter{
                                                  std::move(toJson), std::move(fromJson), std::move(writeJson)}));
}

void registerListElement(QMetaType listType, QMetaType elementType)
{
    ConverterRegistry &instance = registry();
    QWriteLocker locker(&instance.lock);
    instance.listElements.insert(listType.id(), elementType);
}

QMetaType listElementType(QMetaType listType)
{
    ConverterRegistry &instance = registry();
    QReadLocker locker(&instance.lock);
    return instance.listElements.value(listType.id());
}

QJsonObject toJson(const QMetaObject *metaObject, const void *gadget)
{
    QJsonObject object;
    for (int i = metaObject->propertyOffset(); i < metaObject->propertyCount(); ++i) {
        const QMetaProperty property = metaObject->property(i);
        object.insert(QLatin1StringView(property.name()),
                      valueToJson(property.readOnGadget(gadget)));
    }
    return object;
}

QJsonValue valueToJson(const QVariant &value)
{
    const QMetaType type = value.metaType();
    if (!value.isValid())
        return QJsonValue::Null;
    if (const auto converter = findConverter(type))
        return converter->toJson(value);
    switch (type.id()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
        return value.toLongLong();
    case QMetaType::QString:
        return value.toString();
    case QMetaType::QDateTime: {
        const QDateTime dateTime = value.toDateTime();
        return dateTime.isValid() ? QJsonValue(dateTime.toUTC().toString(Qt::ISODateWithMs))
                                  : QJsonValue();
    }
    case QMetaType::QUuid: {
        const QUuid uuid = value.toUuid();
        if (uuid.isNull())
            return QJsonValue::Null;
        return QJsonObject{{QStringLiteral("id"), uuid.toString(QUuid::WithoutBraces)}};
    }
    default:
        break;
    }
    if (type.flags().testFlag(QMetaType::IsEnumeration)) {
        const QMetaEnum metaEnum = metaEnumOf(type);
        return enumToJson(metaEnum, *static_cast<const int *>(value.constData()));
    }
    if (type.flags().testFlag(QMetaType::IsGadget))
        return toJson(type.metaObject(), value.constData());
    qWarning("GadgetJson: no JSON form for type %s", type.name());
    return QJsonValue::Null;
}

QVariant fromJson(QMetaType type, const QJsonObject &object, DecodeError &error)
{
    const QMetaObject *metaObject = type.metaObject();
    Q_ASSERT(metaObject && type.flags().testFlag(QMetaType::IsGadget));
    QVariant gadget(type);
    for (int i = metaObject->propertyOffset(); i < metaObject->propertyCount(); ++i) {
        const QMetaProperty property = metaObject->property(i);
        const QString name = QLatin1StringView(property.name());
        const QJsonValue json = object.value(name);
        if (json.isUndefined() || json.isNull()) {
            if (property.isRequired()) {
                error = {name, QStringLiteral("is required")};
                return {};
            }
            continue;
        }
        const QVariant value = valueFromJson(property.metaType(), json, error);
        if (!value.isValid()) {
            error.path = error.path.isEmpty() || error.path.startsWith(u'[')
                    ? name + error.path
                    : name + u'.' + error.path;
            return {};
        }
        property.writeOnGadget(gadget.data(), value);
    }
    return gadget;
}

QVariant valueFromJson(QMetaType type, const QJsonValue &json, DecodeError &error)
{
    if (const auto converter = findConverter(type))
        return converter->fromJson(json, error);
    switch (type.id()) {
    case QMetaType::Bool:
        if (json.isBool())
            return json.toBool();
        error.message = QStringLiteral("expected true or false");
        return {};
    case QMetaType::Int:
    case QMetaType::LongLong:
        return integerFromJson(type, json, error);
    case QMetaType::QString:
        if (json.isString())
            return json.toString();
        error.message = QStringLiteral("expected a string");
        return {};
    case QMetaType::QDateTime:
        return dateTimeFromJson(json, error);
    case QMetaType::QUuid:
        return uuidFromJson(json, error);
    default:
        break;
    }
    if (type.flags().testFlag(QMetaType::IsEnumeration))
        return enumFromJson(metaEnumOf(type), type, json, error);
    if (type.flags().testFlag(QMetaType::IsGadget)) {
        if (json.isObject())
            return fromJson(type, json.toObject(), error);
        error.message = QStringLiteral("expected an object");
        return {};
    }
    error.message = QStringLiteral("has a type the wire cannot carry");
    return {};
}

void writeJson(const QMetaObject *metaObject, const void *gadget, QByteArray &out)
{
    out.append('{');
    for (int i = metaObject->propertyOffset(); i < metaObject->propertyCount(); ++i) {
        const QMetaProperty property = metaObject->property(i);
        if (i != metaObject->propertyOffset())
            out.append(',');
        out.append('"').append(property.name()).append("\":");
        writeValueJson(property.readOnGadget(gadget), out);
    }
    out.append('}');
}

void writeValueJson(const QVariant &value, QByteArray &out)
{
    const QMetaType type = value.metaType();
    if (!value.isValid()) {
        out.append("null");
        return;
    }
    // Built-in types first: converters are only for the others, and finding one takes a lock.
    switch (type.id()) {
    case QMetaType::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case QMetaType::Int:
    case QMetaType::LongLong: {
        char digits[24];
        const auto written = std::to_chars(std::begin(digits), std::end(digits), value.toLongLong());
        out.append(digits, written.ptr - digits);
        return;
    }
    case QMetaType::QString:
        writeString(*static_cast<const QString *>(value.constData()), out);
        return;
    case QMetaType::QDateTime: {
        const QDateTime dateTime = value.toDateTime();
        if (dateTime.isValid())
            out.append('"').append(isoUtcText(dateTime)).append('"');
        else
            out.append("null");
        return;
    }
    case QMetaType::QUuid:
        writeIdJson(*static_cast<const QUuid *>(value.constData()), out);
        return;
    default:
        break;
    }
    if (const auto converter = findConverter(type)) {
        if (converter->writeJson)
            converter->writeJson(value, out);
        else
            writeJsonValue(converter->toJson(value), out);
        return;
    }
    if (type.flags().testFlag(QMetaType::IsEnumeration)) {
        out.append(enumKeyJson(type, *static_cast<const int *>(value.constData())));
        return;
    }
    if (type.flags().testFlag(QMetaType::IsGadget)) {
        writeJson(type.metaObject(), value.constData(), out);
        return;
    }
    qWarning("GadgetJson: no JSON form for type %s", type.name());
    out.append("null");
}

QByteArray isoUtcText(const QDateTime &at)
{
    using namespace std::chrono;
    const sys_time<milliseconds> time{milliseconds(at.toMSecsSinceEpoch())};
    const sys_days day = floor<days>(time);
    const year_month_day date{day};
    if (int(date.year()) < 0 || int(date.year()) > 9999)
        return at.toUTC().toString(Qt::ISODateWithMs).toLatin1();
    const hh_mm_ss clock{time - day};
    QByteArray text(24, '0');
    const auto put = [&text](qsizetype end, long long value) {
        for (char *digit = text.data() + end; value > 0; value /= 10)
            *--digit = char('0' + value % 10);
    };
    put(4, int(date.year()));
    text[4] = '-';
    put(7, unsigned(date.month()));
    text[7] = '-';
    put(10, unsigned(date.day()));
    text[10] = 'T';
    put(13, clock.hours().count());
    text[13] = ':';
    put(16, clock.minutes().count());
    text[16] = ':';
    put(19, clock.seconds().count());
    text[19] = '.';
    put(23, clock.subseconds().count());
    text[23] = 'Z';
    return text;
}

void writeIdJson(const QUuid &id, QByteArray &out)
{
    if (id.isNull()) {
        out.append("null");
        return;
    }
    // 8-4-4-4-12 lowercase hex digits, as QUuid::WithoutBraces writes them, without its QByteArray.
    static constexpr char hexDigits[] = "0123456789abcdef";
    char text[] = "{\"id\":\"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\"}";
    char *digit = text + 7;
    const auto put = [&digit](quint64 value, int count) {
        for (int shift = (count - 1) * 4; shift >= 0; shift -= 4)
            *digit++ = hexDigits[(value >> shift) & 0xf];
    };
    put(id.data1, 8);
    ++digit;
    put(id.data2, 4);
    ++digit;
    put(id.data3, 4);
    ++digit;
    put(quint64(id.data4[0]) << 8 | id.data4[1], 4);
    ++digit;
    for (int byte = 2; byte < 8; ++byte)
        put(id.data4[byte], 2);
    out.append(text, sizeof text - 1);
}

void writeJsonValue(const QJsonValue &json, QByteArray &out)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        return;
    case QJsonValue::Bool:
        out.append(json.toBool() ? "true" : "false");
        return;
    case QJsonValue::Double: {
        const double number = json.toDouble();
        // Integers as integers, as QJsonDocument writes them.
        if (std::trunc(number) == number && std::abs(number) < 9007199254740992.0)
            out.append(QByteArray::number(qint64(number)));
        else
            out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
        return;
    }
    case QJsonValue::String:
        writeString(json.toString(), out);
        return;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = json.toArray();
        for (qsizetype index = 0; index < array.size(); ++index) {
            if (index > 0)
                out.append(',');
            writeJsonValue(array.at(index), out);
        }
        out.append(']');
        return;
    }
    case QJsonValue::Object: {
        out.append('{');
        const QJsonObject object = json.toObject();
        bool first = true;
        for (auto member = object.constBegin(); member != object.constEnd(); ++member) {
            if (!first)
                out.append(',');
            first = false;
            writeString(member.key(), out);
            out.append(':');
            writeJsonValue(member.value(), out);
        }
        out.append('}');
        return;
    }
    }
}

} // namespace GadgetJson
