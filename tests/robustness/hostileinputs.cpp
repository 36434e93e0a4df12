// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "hostileinputs.h"

#include "jsonpaths.h"
#include "testclient.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// Stands for a value QJsonDocument cannot write (a number past a double, a nesting past its
// parser, bytes that are not UTF-8): written as a string, then swapped for the raw text.
const QByteArray placeholder = "@@hostile@@";

// The objects of a message, the message itself first, by their paths.
void collectObjects(const QJsonObject &object, const JsonPath &prefix, QList<JsonPath> *objects)
{
    objects->append(prefix);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject())
            collectObjects(it.value().toObject(), prefix + JsonPath{it.key()}, objects);
    }
}

QJsonValue valueAt(const QJsonObject &object, const JsonPath &path)
{
    QJsonValue value = object;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject socketMessage(const QString &type, const QJsonObject &data)
{
    return {{u"type"_s, u"server/"_s + type}, {u"data"_s, data}};
}

const QString malformed = u"MALFORMED_MESSAGE"_s;
const QString unknownType = u"UNKNOWN_TYPE"_s;
const QString invalidPayload = u"INVALID_PAYLOAD"_s;
const QString forbidden = u"FORBIDDEN"_s;

} // namespace

HostileInputs::HostileInputs(quint32 seed, const Targets &targets, qint64 maxMessageBytes)
    : m_random(seed)
    , m_maxMessageBytes(maxMessageBytes)
    , m_hostileCredential(targets.hostileCredential)
{
    const QJsonObject operation = TestClient::idObject(QUuid::createUuid());
    const QJsonObject alice = TestClient::idObject(targets.alice);
    const QJsonObject bob = TestClient::idObject(targets.bob);
    const QJsonObject waitingGame = TestClient::idObject(targets.waitingGame);
    const QJsonObject endedGame = TestClient::idObject(targets.endedGame);
    const QJsonObject createUser{{u"id"_s, alice}, {u"alias"_s, u"Zed"_s}, {u"operationId"_s, operation}};
    const QJsonObject createGame{{u"operationId"_s, operation},
                                 {u"gameId"_s, TestClient::idObject(QUuid::createUuid())},
                                 {u"creator"_s, alice}};
    const QJsonObject joinGame{{u"operationId"_s, operation}, {u"gameId"_s, waitingGame}, {u"playerId"_s, bob}};
    const QJsonObject placeMark{{u"operationId"_s, operation},
                                {u"gameId"_s, endedGame},
                                {u"player"_s, alice},
                                {u"x"_s, 1},
                                {u"y"_s, 1}};
    const QJsonObject userConnected{{u"id"_s, alice}, {u"operationId"_s, operation}};
    const QJsonObject userInvited{
            {u"host"_s, alice}, {u"invited"_s, bob}, {u"game"_s, waitingGame}, {u"operationId"_s, operation}};
    const QJsonObject invitationDeclined{
            {u"host"_s, bob}, {u"invited"_s, alice}, {u"game"_s, waitingGame}, {u"operationId"_s, operation}};
    const QJsonObject getUser{{u"operationId"_s, operation}, {u"id"_s, TestClient::idObject(targets.unknownUser)}};
    const QJsonObject getGame{
            {u"operationId"_s, operation}, {u"gameId"_s, TestClient::idObject(targets.unknownGame)}, {u"sinceVersion"_s, 1}};

    // Over HTTP with the hostile user's credential: each acts as someone else, creates a user who
    // exists, is WebSocket-only or internal, or asks for what does not exist.
    const QString commands = u"/commands"_s;
    const QString events = u"/events"_s;
    const QString queries = u"/queries"_s;
    m_httpTemplates = {
            {commands, TestClient::envelope(u"command"_s, u"CreateUser"_s, createUser), 409, {}, false},
            {commands, TestClient::envelope(u"command"_s, u"CreateGame"_s, createGame), 403, {}, true},
            {commands, TestClient::envelope(u"command"_s, u"JoinGame"_s, joinGame), 403, {}, true},
            {commands, TestClient::envelope(u"command"_s, u"PlaceMark"_s, placeMark), 403, {}, true},
            {events, TestClient::envelope(u"event"_s, u"UserConnected"_s, userConnected), 400, {}, false},
            {events, TestClient::envelope(u"event"_s, u"UserInvited"_s, userInvited), 403, {}, true},
            {events, TestClient::envelope(u"event"_s, u"InvitationDeclined"_s, invitationDeclined), 403, {}, true},
            {events, TestClient::envelope(u"event"_s, u"SessionDisconnected"_s, {{u"sessionId"_s, operation}}), 400, {}, false},
            {queries, TestClient::envelope(u"query"_s, u"GetUser"_s, getUser), 404, {}, false},
            {queries, TestClient::envelope(u"query"_s, u"GetGame"_s, getGame), 404, {}, false},
    };
    // Over a socket that authenticated as the hostile user.
    m_socketTemplates = {
            {{}, socketMessage(u"CREATE_USER"_s, createUser), 0, forbidden, false},
            {{},
             socketMessage(u"ASSOCIATE_USER_TO_SESSION"_s,
                           {{u"userId"_s, alice}, {u"credential"_s, QString::fromUtf8(targets.hostileCredential)}}),
             0, u"UNAUTHENTICATED"_s, false},
            {{}, socketMessage(u"CREATE_GAME"_s, createGame), 0, forbidden, true},
            {{}, socketMessage(u"JOIN_GAME"_s, joinGame), 0, forbidden, true},
            {{}, socketMessage(u"PLACE_MARK"_s, placeMark), 0, forbidden, true},
            {{}, socketMessage(u"USER_CONNECTED"_s, userConnected), 0, forbidden, true},
            {{}, socketMessage(u"USER_INVITED"_s, userInvited), 0, forbidden, true},
            {{}, socketMessage(u"INVITATION_DECLINED"_s, invitationDeclined), 0, forbidden, true},
            {{}, socketMessage(u"SESSION_DISCONNECTED"_s, {{u"sessionId"_s, operation}}), 0, unknownType, false},
            {{}, socketMessage(u"GET_USER"_s, getUser), 0, unknownType, false},
    };
}

QByteArray HostileInputs::randomBytes(int maxSize)
{
    QByteArray bytes(m_random.bounded(maxSize + 1), Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(m_random.bounded(256));
    return bytes;
}

QByteArray HostileInputs::hugeNumber()
{
    static const QByteArray numbers[] = {
            "1e400", "-1e400", "-0", "18446744073709551616", "-9223372036854775809", "2147483648",
            "1e-400", "123456789012345678901234567890", "0.1e99999", "9007199254740993", "-0.0"};
    return numbers[m_random.bounded(int(std::size(numbers)))];
}

QByteArray HostileInputs::someSocketMessage()
{
    return compact(m_socketTemplates.at(m_random.bounded(int(m_socketTemplates.size()))).message);
}

QByteArray HostileInputs::mutated(const Template &base, Mutation mutation, QString *description)
{
    const QList<JsonPath> paths = pathsOf(base.message);
    const JsonPath target = paths.at(m_random.bounded(int(paths.size())));
    const QString where = target.join(u'.');
    switch (mutation) {
    case Mutation::AsItIs:
        *description = u"as it is"_s;
        return compact(base.message);
    case Mutation::RandomBytes:
        *description = u"random bytes"_s;
        return randomBytes(300);
    case Mutation::Truncated: {
        const QByteArray whole = compact(base.message);
        *description = u"truncated"_s;
        return whole.left(m_random.bounded(int(whole.size())));
    }
    case Mutation::WrongValue: {
        // No field of the protocol takes any of these.
        const QJsonValue values[] = {true, false, 1.5, QJsonArray(), QJsonArray{1, u"x"_s},
                                     QJsonObject{{u"x"_s, 1}}, QJsonObject{{u"id"_s, 5}},
                                     QJsonObject{{u"id"_s, QJsonObject{{u"id"_s, u"nope"_s}}}},
                                     QJsonObject{{u"id"_s, u"not-a-uuid"_s}}, u""_s};
        const QJsonValue value = values[m_random.bounded(int(std::size(values)))];
        const QJsonValue current = valueAt(base.message, target);
        // A string where a string belongs could be valid: only the empty one is sure not to be,
        // and an empty alias or type is refused; elsewhere a value of another type is.
        if (value.isString() && !current.isString())
            return mutated(base, mutation, description);
        *description = u"wrong value at "_s + where;
        return compact(edited(base.message, target, value));
    }
    case Mutation::Missing:
        *description = u"without "_s + where;
        return compact(edited(base.message, target, QJsonValue::Undefined));
    case Mutation::UnknownField: {
        QList<JsonPath> objects;
        collectObjects(base.message, {}, &objects);
        const JsonPath object = objects.at(m_random.bounded(int(objects.size())));
        const QString key = u"unknown%1"_s.arg(m_random.bounded(1000));
        *description = u"unknown field in "_s + object.join(u'.');
        return compact(edited(base.message, object + JsonPath{key}, QJsonValue(m_random.bounded(100))));
    }
    case Mutation::UnknownType: {
        QString type = u"server/"_s;
        for (int length = 1 + m_random.bounded(20); length > 0; --length)
            type += u"ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"_s.at(m_random.bounded(53));
        const JsonPath typePath = base.message.contains(u"type") ? JsonPath{u"type"_s}
                                                                   : JsonPath{base.message.begin().key(), u"type"_s};
        *description = u"unknown type "_s + type;
        return compact(edited(base.message, typePath,
                              base.path.isEmpty() ? type : type.mid(7) + u"Thing"_s));
    }
    case Mutation::HugeNumber: {
        const QByteArray number = hugeNumber();
        *description = u"number %1 at %2"_s.arg(QString::fromLatin1(number), where);
        return compact(edited(base.message, target, QString::fromLatin1(placeholder)))
                .replace('"' + placeholder + '"', number);
    }
    case Mutation::DeepNesting: {
        // Past any parser's nesting limit, yet under the size limit so that the parser sees it.
        static const int depths[] = {100, 1000, 10000, 100000};
        int depth = depths[m_random.bounded(int(std::size(depths)))];
        depth = int(qMin<qint64>(depth, (m_maxMessageBytes - 1024) / 2));
        const QByteArray nested = QByteArray(depth, '[') + QByteArray(depth, ']');
        if (m_random.bounded(2) == 0) {
            *description = u"%1 nested arrays"_s.arg(depth);
            return nested;
        }
        *description = u"%1 nested arrays at %2"_s.arg(depth).arg(where);
        return compact(edited(base.message, target, QString::fromLatin1(placeholder)))
                .replace('"' + placeholder + '"', nested);
    }
    case Mutation::InvalidUtf8: {
        // An overlong encoding, a lone continuation byte, a surrogate, a byte no UTF-8 has.
        static const QByteArray invalid[] = {"\xC0\xAF", "\x80", "\xED\xA0\x80", "\xFF", "\xC3("};
        const QByteArray bytes = invalid[m_random.bounded(int(std::size(invalid)))];
        *description = u"invalid UTF-8 at "_s + where;
        return compact(edited(base.message, target, QString::fromLatin1(placeholder)))
                .replace(placeholder, "Zed" + bytes);
    }
    case Mutation::Count:
        break;
    }
    Q_UNREACHABLE();
    return {};
}

HostileInputs::HttpInput HostileInputs::nextHttp()
{
    const Template &base = m_httpTemplates.at(m_random.bounded(int(m_httpTemplates.size())));
    HttpInput input;
    input.path = base.path;
    input.authorization = "Bearer " + m_hostileCredential;
    QString description;
    // Mutations of the body, then of the request around it.
    const int choice = m_random.bounded(int(Mutation::Count) + 6);
    if (choice < int(Mutation::Count)) {
        const auto mutation = Mutation(choice);
        input.body = mutated(base, mutation, &description);
        switch (mutation) {
        case Mutation::AsItIs:
            input.statuses = {base.status};
            break;
        case Mutation::Missing:
        case Mutation::UnknownField:
        case Mutation::HugeNumber:
            input.statuses = {400, base.status};
            break;
        default:
            input.statuses = {400};
            break;
        }
    } else {
        input.body = compact(base.message);
        switch (choice - int(Mutation::Count)) {
        case 0: {
            static const QString paths[] = {u"/commands"_s, u"/events"_s, u"/queries"_s};
            do
                input.path = paths[m_random.bounded(3)];
            while (input.path == base.path);
            description = u"sent to "_s + input.path;
            input.statuses = {400};
            break;
        }
        case 1:
            input.path = u"/"_s + QString::fromLatin1(randomBytes(12).toHex()) + u"x"_s;
            description = u"unknown path"_s;
            input.statuses = {404};
            break;
        case 2: {
            static const QByteArray methods[] = {"GET", "PUT", "DELETE", "PATCH", "HEAD"};
            input.method = methods[m_random.bounded(int(std::size(methods)))];
            if (input.method == "GET" || input.method == "HEAD")
                input.body.clear();
            description = u"method "_s + QString::fromLatin1(input.method);
            input.statuses = {405};
            break;
        }
        case 3: {
            static const QByteArray types[] = {"text/plain", "application/x-www-form-urlencoded",
                                               "multipart/form-data; boundary=x", "application/jsonx"};
            input.contentType = types[m_random.bounded(int(std::size(types)))];
            description = u"as "_s + QString::fromLatin1(input.contentType);
            input.statuses = {base.path == u"/queries" ? base.status : 415};
            break;
        }
        case 4:
            input.authorization.clear();
            description = u"without a credential"_s;
            input.statuses = {base.actsAsUser ? 401 : base.status};
            break;
        default:
            input.authorization = "Bearer " + randomBytes(40).toBase64();
            description = u"with a made-up credential"_s;
            input.statuses = {base.actsAsUser ? 401 : base.status};
            break;
        }
    }
    input.description = u"%1 %2 %3 %4: %5"_s.arg(QString::fromLatin1(input.method), input.path,
                                                 base.message.begin()->toObject().value(u"type").toString(),
                                                 description,
                                                 QString::fromLatin1(input.body.left(100).toPercentEncoding()));
    return input;
}

HostileInputs::SocketInput HostileInputs::nextSocketMessage()
{
    const Template &base = m_socketTemplates.at(m_random.bounded(int(m_socketTemplates.size())));
    // Not InvalidUtf8: a socket's text message is UTF-8 by definition (those go on raw sockets).
    static const Mutation mutations[] = {Mutation::AsItIs,     Mutation::RandomBytes, Mutation::Truncated,
                                         Mutation::WrongValue, Mutation::Missing,     Mutation::UnknownField,
                                         Mutation::UnknownType, Mutation::HugeNumber, Mutation::DeepNesting};
    const Mutation mutation = mutations[m_random.bounded(int(std::size(mutations)))];
    SocketInput input;
    QString description;
    input.text = QString::fromUtf8(mutated(base, mutation, &description)).toUtf8();
    switch (mutation) {
    case Mutation::AsItIs:
        input.reasons = {base.reason};
        break;
    case Mutation::RandomBytes:
    case Mutation::Truncated:
        input.reasons = {malformed};
        break;
    default:
        input.reasons = {malformed, unknownType, invalidPayload, base.reason};
        break;
    }
    input.description = u"%1 %2: %3"_s.arg(base.message.value(u"type").toString(), description,
                                           QString::fromUtf8(input.text.left(100)));
    return input;
}
