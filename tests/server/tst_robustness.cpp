// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "gameapi.h"
#include "gameserver.h"
#include "jsonpaths.h"
#include "loopbackserver.h"
#include "testclient.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Fixed, so that a failure replays exactly.
constexpr quint32 seed = 20261124;
constexpr int garbageCount = 200;
constexpr int rawGarbageCount = 20;
// Far more than the runs need; only a server that stops answering gets near it.
constexpr int budgetMs = 120000;

// Values that are wrong wherever they land in a request: no field of the protocol takes any of them.
QJsonValue wrongValue(QRandomGenerator &random)
{
    const QJsonValue values[] = {
            true,
            false,
            1.5,
            QJsonArray(),
            QJsonArray{1, u"x"_s},
            QJsonObject{{u"x"_s, 1}},
            QJsonObject{{u"id"_s, 5}},
            QJsonObject{{u"id"_s, QJsonObject{{u"id"_s, u"nope"_s}}}},
    };
    return values[random.bounded(int(std::size(values)))];
}

QByteArray randomBytes(QRandomGenerator &random, int maxSize)
{
    QByteArray bytes(random.bounded(maxSize + 1), Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

QString randomText(QRandomGenerator &random, int maxSize)
{
    QString text(random.bounded(maxSize + 1), Qt::Uninitialized);
    for (QChar &character : text) {
        // Mostly the characters JSON is made of, some of anything (lone surrogates included).
        static const QString jsonish = u"{}[]\":,0123456789 truefalsnl-./server_TYPE"_s;
        character = random.bounded(4) == 0 ? QChar(char16_t(random.bounded(0x10000)))
                                           : jsonish.at(random.bounded(int(jsonish.size())));
    }
    return text;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

// Bounded streams of seeded garbage: each piece gets its error answer and the server, its state
// and its other clients carry on as if nothing had come.
class TestRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void garbageHttpRequestsGetErrorAnswers();
    void garbageSocketMessagesGetRejections();
    void garbageBytesOnRawConnectionsAreDropped();

private:
    struct HttpTemplate
    {
        QString path;
        QJsonObject body;
    };

    QJsonObject observableState();
    QList<HttpTemplate> httpTemplates() const;
    QList<QJsonObject> socketTemplates() const;

    std::unique_ptr<GameServer> m_server;
    std::unique_ptr<TestClient> m_http;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;
    QUuid m_gameId;
    // What the templates would create, were they accepted.
    QUuid m_newUserId;
    QUuid m_newGameId;
};

void TestRobustness::init()
{
    // Hundreds of hostile messages in a row: the rate limit has a test of its own (tst_websocketapi).
    ServerSettings settings;
    settings.messagesPerSecond = 1e6;
    settings.messageBurst = 1e6;
    m_server = startLoopbackServer(settings);
    QVERIFY(m_server);
    m_http = std::make_unique<TestClient>(m_server->port());
    m_alice = std::make_unique<TestClient>(m_server->port());
    m_bob = std::make_unique<TestClient>(m_server->port());
    for (TestClient *client : {m_alice.get(), m_bob.get()}) {
        QVERIFY(client->openSocket());
        QVERIFY(client->createUserOverSocket(client == m_alice.get() ? u"Alice"_s : u"Bob"_s));
        QVERIFY(client->announce());
    }
    m_gameId = QUuid::createUuid();
    m_alice->send(u"CREATE_GAME"_s, {{u"operationId"_s, TestClient::newIdObject()},
                                     {u"gameId"_s, TestClient::idObject(m_gameId)},
                                     {u"creator"_s, TestClient::idObject(m_alice->userId())}});
    QVERIFY(m_alice->waitFor(u"GAME_CREATED"_s));
    m_newUserId = QUuid::createUuid();
    m_newGameId = QUuid::createUuid();
    QVERIFY(m_alice->syncWithServer());
    QVERIFY(m_bob->syncWithServer());
    m_alice->clearReceived();
    m_bob->clearReceived();
}

void TestRobustness::cleanup()
{
    m_alice.reset();
    m_bob.reset();
    m_http.reset();
    m_server.reset();
}

QJsonObject TestRobustness::observableState()
{
    const auto field = [](const TestClient::HttpAnswer &answer, const QString &key) {
        return answer.status == 200 ? answer.body.value(key) : QJsonValue(answer.status);
    };
    return {
            {u"online"_s, field(m_http->query(u"GetUsersOnline"_s), u"onlineUsers"_s)},
            {u"top"_s, field(m_http->query(u"GetTopThreePlayers"_s), u"list"_s)},
            {u"players"_s,
             field(m_http->query(u"GetGame"_s, {{u"gameId"_s, TestClient::idObject(m_gameId)}}),
                   u"players"_s)},
            {u"alice"_s,
             field(m_http->query(u"GetUser"_s, {{u"id"_s, TestClient::idObject(m_alice->userId())}}),
                   u"user"_s)},
            {u"newUser"_s,
             field(m_http->query(u"GetUser"_s, {{u"id"_s, TestClient::idObject(m_newUserId)}}), u"user"_s)},
            {u"newGame"_s,
             field(m_http->query(u"GetGame"_s, {{u"gameId"_s, TestClient::idObject(m_newGameId)}}),
                   u"gameId"_s)},
            {u"connections"_s, m_server->api().connectionCount()},
    };
}

QList<TestRobustness::HttpTemplate> TestRobustness::httpTemplates() const
{
    const QJsonObject alice = TestClient::idObject(m_alice->userId());
    const QJsonObject game = TestClient::idObject(m_gameId);
    const auto command = [](const QString &type, const QJsonObject &payload) {
        return TestClient::envelope(u"command"_s, type, payload);
    };
    const QJsonObject operation = TestClient::newIdObject();
    return {
            {u"/commands"_s, command(u"CreateUser"_s, {{u"id"_s, TestClient::idObject(m_newUserId)},
                                                       {u"alias"_s, u"Zed"_s},
                                                       {u"operationId"_s, operation}})},
            {u"/commands"_s, command(u"CreateGame"_s, {{u"operationId"_s, operation},
                                                       {u"gameId"_s, TestClient::idObject(m_newGameId)},
                                                       {u"creator"_s, alice}})},
            {u"/commands"_s,
             command(u"JoinGame"_s, {{u"operationId"_s, operation}, {u"gameId"_s, game}, {u"playerId"_s, alice}})},
            {u"/commands"_s, command(u"PlaceMark"_s, {{u"operationId"_s, operation},
                                                      {u"gameId"_s, game},
                                                      {u"player"_s, alice},
                                                      {u"x"_s, 1},
                                                      {u"y"_s, 2}})},
            {u"/events"_s, TestClient::envelope(u"event"_s, u"UserConnected"_s,
                                                {{u"id"_s, alice}, {u"operationId"_s, operation}})},
            {u"/events"_s, TestClient::envelope(u"event"_s, u"UserInvited"_s,
                                                {{u"host"_s, alice},
                                                 {u"invited"_s, TestClient::idObject(m_bob->userId())},
                                                 {u"game"_s, game},
                                                 {u"operationId"_s, operation}})},
            {u"/queries"_s,
             TestClient::envelope(u"query"_s, u"GetUser"_s, {{u"operationId"_s, operation}, {u"id"_s, alice}})},
            {u"/queries"_s, TestClient::envelope(u"query"_s, u"GetGame"_s,
                                                 {{u"operationId"_s, operation}, {u"gameId"_s, game}})},
            {u"/queries"_s,
             TestClient::envelope(u"query"_s, u"GetUsersOnline"_s, {{u"operationId"_s, operation}})},
    };
}

QList<QJsonObject> TestRobustness::socketTemplates() const
{
    const QJsonObject alice = TestClient::idObject(m_alice->userId());
    const QJsonObject game = TestClient::idObject(m_gameId);
    const QJsonObject operation = TestClient::newIdObject();
    const auto message = [](const QString &type, const QJsonObject &data) {
        return QJsonObject{{u"type"_s, u"server/"_s + type}, {u"data"_s, data}};
    };
    return {
            message(u"CREATE_USER"_s, {{u"id"_s, TestClient::idObject(m_newUserId)},
                                       {u"alias"_s, u"Zed"_s},
                                       {u"operationId"_s, operation}}),
            message(u"ASSOCIATE_USER_TO_SESSION"_s,
                    {{u"userId"_s, alice}, {u"credential"_s, QString::fromUtf8(m_alice->credential())}}),
            message(u"CREATE_GAME"_s, {{u"operationId"_s, operation},
                                       {u"gameId"_s, TestClient::idObject(m_newGameId)},
                                       {u"creator"_s, alice}}),
            message(u"JOIN_GAME"_s, {{u"operationId"_s, operation}, {u"gameId"_s, game}, {u"playerId"_s, alice}}),
            message(u"PLACE_MARK"_s, {{u"operationId"_s, operation},
                                      {u"gameId"_s, game},
                                      {u"player"_s, alice},
                                      {u"x"_s, 0},
                                      {u"y"_s, 1}}),
            message(u"USER_CONNECTED"_s, {{u"id"_s, alice}, {u"operationId"_s, operation}}),
            message(u"USER_INVITED"_s, {{u"host"_s, alice},
                                        {u"invited"_s, TestClient::idObject(m_bob->userId())},
                                        {u"game"_s, game},
                                        {u"operationId"_s, operation}}),
    };
}

void TestRobustness::garbageHttpRequestsGetErrorAnswers()
{
    QRandomGenerator random(seed);
    const QDeadlineTimer budget(budgetMs);
    const QJsonObject before = observableState();
    const QList<HttpTemplate> templates = httpTemplates();
    const QStringList apiPaths{u"/commands"_s, u"/queries"_s, u"/events"_s};

    for (int i = 0; i < garbageCount; ++i) {
        QVERIFY2(!budget.hasExpired(), "the server answers too slowly");
        const HttpTemplate &base = templates.at(random.bounded(int(templates.size())));
        QByteArray method = "POST";
        QString path = base.path;
        QByteArray body;
        int status = 400;
        QString kind;
        switch (random.bounded(8)) {
        case 0:
            kind = u"random bytes"_s;
            body = randomBytes(random, 200);
            break;
        case 1: {
            kind = u"truncated"_s;
            const QByteArray whole = compact(base.body);
            body = whole.left(random.bounded(int(whole.size())));
            break;
        }
        case 2: {
            const QList<JsonPath> paths = pathsOf(base.body);
            const JsonPath target = paths.at(random.bounded(int(paths.size())));
            kind = u"wrong value at "_s + target.join(u'.');
            body = compact(edited(base.body, target, wrongValue(random)));
            break;
        }
        case 3: {
            const QList<JsonPath> paths = pathsOf(base.body);
            const JsonPath target = paths.at(random.bounded(int(paths.size())));
            kind = u"missing "_s + target.join(u'.');
            body = compact(edited(base.body, target, QJsonValue::Undefined));
            break;
        }
        case 4: {
            kind = u"sent to another API path"_s;
            QStringList others = apiPaths;
            others.removeOne(base.path);
            path = others.at(random.bounded(int(others.size())));
            body = compact(base.body);
            break;
        }
        case 5: {
            kind = u"unknown path"_s;
            path = u"/"_s;
            for (int length = 1 + random.bounded(12); length > 0; --length)
                path += QChar(char16_t(u'a' + random.bounded(26)));
            if (apiPaths.contains(path) || path == u"/ws")
                path += u"x";
            body = compact(base.body);
            status = 404;
            break;
        }
        case 6: {
            kind = u"method other than POST"_s;
            const QByteArray methods[] = {"GET", "PUT", "DELETE", "PATCH"};
            method = methods[random.bounded(int(std::size(methods)))];
            body = method == "GET" ? QByteArray() : compact(base.body);
            status = 405;
            break;
        }
        default:
            kind = u"oversized"_s;
            body = compact(base.body);
            body.append(64 * 1024 + 1 + random.bounded(1000) - body.size(), ' ');
            status = 413;
            break;
        }

        const QString shownBody = QString::fromLatin1(body.left(120).toPercentEncoding());
        const QString description =
                u"#%1 %2 %3 %4: %5"_s.arg(i).arg(QString::fromLatin1(method), path, kind, shownBody);
        // Alice's credential: identity is never what refuses these.
        const TestClient::HttpAnswer answer =
                m_http->sendRequest(method, path, body, "Bearer " + m_alice->credential());
        QVERIFY2(answer.status == status,
                 qPrintable(description + u" answered %1"_s.arg(answer.status)));
        QVERIFY2(answer.contentType == "application/json", qPrintable(description));
        QVERIFY2(answer.body.value(u"application_error").toObject().value(u"status_code").toInt() == status,
                 qPrintable(description));
        if (i % 50 == 49)
            QCOMPARE(observableState(), before);
    }
    QCOMPARE(observableState(), before);
    QVERIFY(m_alice->syncWithServer());
    QVERIFY(m_bob->syncWithServer());
    QCOMPARE(m_alice->receivedTypes(), QStringList());
    QCOMPARE(m_bob->receivedTypes(), QStringList());
    QCOMPARE(m_http->query(u"GetUser"_s, {{u"id"_s, TestClient::idObject(m_bob->userId())}}).status, 200);
}

void TestRobustness::garbageSocketMessagesGetRejections()
{
    QRandomGenerator random(seed);
    const QDeadlineTimer budget(budgetMs);
    const QJsonObject before = observableState();
    const QList<QJsonObject> templates = socketTemplates();
    const QString malformed = u"MALFORMED_MESSAGE"_s;
    const QString unknownType = u"UNKNOWN_TYPE"_s;
    const QString invalidPayload = u"INVALID_PAYLOAD"_s;

    for (int i = 0; i < garbageCount; ++i) {
        QVERIFY2(!budget.hasExpired(), "the server answers too slowly");
        const QJsonObject &base = templates.at(random.bounded(int(templates.size())));
        QString text;
        QString reason;
        switch (random.bounded(6)) {
        case 0:
            text = randomText(random, 200);
            reason = malformed;
            break;
        case 1: {
            const QByteArray whole = compact(base);
            text = QString::fromUtf8(whole.left(random.bounded(int(whole.size()))));
            reason = malformed;
            break;
        }
        case 2: {
            const QList<JsonPath> paths = pathsOf(base);
            const JsonPath target = paths.at(random.bounded(int(paths.size())));
            text = QString::fromUtf8(compact(edited(base, target, wrongValue(random))));
            reason = target.constFirst() == u"type" ? malformed : invalidPayload;
            break;
        }
        case 3: {
            const QList<JsonPath> paths = pathsOf(base);
            const JsonPath target = paths.at(random.bounded(int(paths.size())));
            text = QString::fromUtf8(compact(edited(base, target, QJsonValue::Undefined)));
            reason = target.constFirst() == u"type" ? malformed : invalidPayload;
            break;
        }
        case 4: {
            QString type = u"server/"_s;
            for (int length = 1 + random.bounded(20); length > 0; --length)
                type += u"ABCDEFGHIJKLMNOPQRSTUVWXYZ_"_s.at(random.bounded(27));
            text = QString::fromUtf8(compact(edited(base, {u"type"_s}, type + u"_X"_s)));
            reason = unknownType;
            break;
        }
        default: {
            // The type without its "server/" prefix.
            const QString type = base.value(u"type").toString().mid(7);
            text = QString::fromUtf8(compact(edited(base, {u"type"_s}, type)));
            reason = malformed;
            break;
        }
        }

        const QString description = u"#%1: %2"_s.arg(i).arg(text.left(160));
        m_alice->sendText(text);
        const auto rejected = m_alice->waitFor(u"COMMAND_REJECTED"_s);
        QVERIFY2(rejected, qPrintable(description));
        QVERIFY2(rejected->value(u"reason").toString() == reason,
                 qPrintable(description + u" -> "_s + rejected->value(u"reason").toString()));
        QVERIFY2(m_alice->received().isEmpty(), qPrintable(description + m_alice->receivedTypes().join(u' ')));
        if (i % 50 == 49)
            QCOMPARE(observableState(), before);
    }
    QVERIFY(m_alice->syncWithServer());
    QVERIFY(m_bob->syncWithServer());
    QCOMPARE(m_alice->receivedTypes(), QStringList());
    QCOMPARE(m_bob->receivedTypes(), QStringList());
    QCOMPARE(observableState(), before);
    QCOMPARE(m_alice->socket().state(), QAbstractSocket::ConnectedState);
    // Alice's socket still acts as her.
    QVERIFY(m_alice->announce());
}

void TestRobustness::garbageBytesOnRawConnectionsAreDropped()
{
    QRandomGenerator random(seed);
    const QDeadlineTimer budget(budgetMs);
    const QJsonObject before = observableState();
    for (int i = 0; i < rawGarbageCount; ++i) {
        QVERIFY2(!budget.hasExpired(), "the server answers too slowly");
        // A control character first (not a line break, which a parser may skip): no request starts so.
        const QByteArray garbage = char(1 + random.bounded(8)) + randomBytes(random, 300) + "\r\n\r\n";
        bool closed = false;
        const QByteArray answer = m_http->exchangeRaw(garbage, &closed);
        QVERIFY2(closed, qPrintable(u"#%1 left open"_s.arg(i)));
        QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 4"), answer.left(80).constData());
    }
    QCOMPARE(observableState(), before);
    QVERIFY(m_alice->announce());
}

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
