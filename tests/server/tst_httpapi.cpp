// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "gameserver.h"
#include "loopbackserver.h"
#include "protocolcatalogue.h"
#include "webclientfiles.h"
#include "testclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QJsonArray emptyBoard()
{
    const QJsonArray row{QJsonValue(), QJsonValue(), QJsonValue()};
    return {row, row, row};
}

} // namespace

// The HTTP half of docs/protocol.md against a real server: answers, error bodies, identity, and that
// nothing a refused request carries reaches the domain.
class TestHttpApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void createUserAnswersWithCredential();
    void createUserAcceptsAliasOfMaximumLength();
    void getUserAnswersCamelCaseUserWithIsoDate();
    void getUserAnswersGivenCreationDateInUtc();
    void newServerHasNoScores();
    void userConnectedOverHttpIsRefused();
    void getGameFollowsTheGame();
    void actingWithOwnCredentialIsAccepted();
    void bodyAtTheLimitIsServed();
    void protocolIsPublished();
    void webClientIsServed();
    void changesMustBeSentAsJson();
    void refusedRequests_data();
    void refusedRequests();

private:
    // What the domain holds that a refused request could change, as the queries show it.
    QJsonObject observableState();
    QByteArray substitute(QByteArray text) const;
    QByteArray authorizationOf(const QByteArray &who) const;

    std::unique_ptr<GameServer> m_server;
    std::unique_ptr<TestClient> m_client;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;
    QUuid m_gameId;
    // Ids the refused requests use for things that must not come to exist.
    QUuid m_unusedUserId;
    QUuid m_unusedGameId;
};

void TestHttpApi::init()
{
    m_server = startLoopbackServer();
    QVERIFY(m_server);
    QVERIFY(m_server->port() != 0);

    m_client = std::make_unique<TestClient>(m_server->port());
    m_alice = std::make_unique<TestClient>(m_server->port());
    m_bob = std::make_unique<TestClient>(m_server->port());
    QVERIFY(m_alice->createUserOverHttp(u"Alice"_s));
    QVERIFY(m_bob->createUserOverHttp(u"Bob"_s));
    // Alice is online: her WebSocket authenticated and announced her.
    QVERIFY(m_alice->openSocket() && m_alice->associate() && m_alice->announce());
    m_gameId = QUuid::createUuid();
    QCOMPARE(m_alice->command(u"CreateGame"_s,
                              {{u"operationId"_s, TestClient::newIdObject()},
                               {u"gameId"_s, TestClient::idObject(m_gameId)},
                               {u"creator"_s, TestClient::idObject(m_alice->userId())}},
                              m_alice->credential())
                     .status,
             200);
    m_unusedUserId = QUuid::createUuid();
    m_unusedGameId = QUuid::createUuid();
}

void TestHttpApi::cleanup()
{
    m_client.reset();
    m_alice.reset();
    m_bob.reset();
    m_server.reset();
}

QJsonObject TestHttpApi::observableState()
{
    const auto without = [](QJsonObject object, const QString &key) {
        object.remove(key);
        return object;
    };
    const TestClient::HttpAnswer online = m_client->query(u"GetUsersOnline"_s);
    const TestClient::HttpAnswer top = m_client->query(u"GetTopThreePlayers"_s);
    const TestClient::HttpAnswer game =
            m_client->query(u"GetGame"_s, {{u"gameId"_s, TestClient::idObject(m_gameId)}});
    const TestClient::HttpAnswer alice =
            m_client->query(u"GetUser"_s, {{u"id"_s, TestClient::idObject(m_alice->userId())}});
    const TestClient::HttpAnswer unusedUser =
            m_client->query(u"GetUser"_s, {{u"id"_s, TestClient::idObject(m_unusedUserId)}});
    const TestClient::HttpAnswer unusedGame =
            m_client->query(u"GetGame"_s, {{u"gameId"_s, TestClient::idObject(m_unusedGameId)}});
    return {
            {u"online"_s, online.status == 200 ? online.body.value(u"onlineUsers") : QJsonValue()},
            {u"top"_s, top.status == 200 ? top.body.value(u"list") : QJsonValue()},
            {u"game"_s, game.status == 200 ? without(game.body, u"parentOperationId"_s) : QJsonValue()},
            {u"alice"_s, alice.status == 200 ? alice.body.value(u"user") : QJsonValue()},
            {u"unusedUserStatus"_s, unusedUser.status},
            {u"unusedGameStatus"_s, unusedGame.status},
    };
}

// The data rows are written before the server exists: they name its ids by placeholders.
QByteArray TestHttpApi::substitute(QByteArray text) const
{
    const auto uuid = [](const QUuid &id) { return id.toByteArray(QUuid::WithoutBraces); };
    // The longer placeholder first: "$ALICE" is a prefix of it.
    return text.replace("$ALICE_CREDENTIAL", m_alice->credential())
            .replace("$ALICE", uuid(m_alice->userId()))
            .replace("$BOB", uuid(m_bob->userId()))
            .replace("$GAME", uuid(m_gameId))
            .replace("$UNUSED_USER", uuid(m_unusedUserId))
            .replace("$UNUSED_GAME", uuid(m_unusedGameId))
            .replace("$OPERATION", uuid(QUuid::createUuid()))
            .replace("$SESSION", uuid(QUuid::createUuid()));
}

QByteArray TestHttpApi::authorizationOf(const QByteArray &who) const
{
    if (who == "alice")
        return "Bearer " + m_alice->credential();
    if (who == "bob")
        return "Bearer " + m_bob->credential();
    return substitute(who);
}

void TestHttpApi::createUserAnswersWithCredential()
{
    const QUuid id = QUuid::createUuid();
    const TestClient::HttpAnswer answer =
            m_client->command(u"CreateUser"_s, {{u"id"_s, TestClient::idObject(id)},
                                                {u"alias"_s, u"Carol"_s},
                                                {u"operationId"_s, TestClient::newIdObject()}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.contentType, "application/json"_ba);
    QCOMPARE(answer.body.keys(), QStringList({u"credential"_s, u"message"_s}));
    QCOMPARE(answer.body.value(u"message"), u"OK"_s);
    const QString credential = answer.body.value(u"credential").toString();
    QVERIFY(credential.size() >= 32);
    QVERIFY(credential != QString::fromUtf8(m_alice->credential()));

    // The credential is the user's proof of identity from now on.
    const QUuid gameId = QUuid::createUuid();
    QCOMPARE(m_client->command(u"CreateGame"_s,
                               {{u"operationId"_s, TestClient::newIdObject()},
                                {u"gameId"_s, TestClient::idObject(gameId)},
                                {u"creator"_s, TestClient::idObject(id)}},
                               credential.toUtf8())
                     .status,
             200);
    QCOMPARE(m_client->query(u"GetGame"_s, {{u"gameId"_s, TestClient::idObject(gameId)}}).status, 200);
}

void TestHttpApi::createUserAcceptsAliasOfMaximumLength()
{
    const QString alias = QString(31, u'é') + u'!';
    QCOMPARE(alias.size(), 32);
    const QUuid id = QUuid::createUuid();
    QCOMPARE(m_client->command(u"CreateUser"_s, {{u"id"_s, TestClient::idObject(id)},
                                                 {u"alias"_s, alias},
                                                 {u"operationId"_s, TestClient::newIdObject()}})
                     .status,
             200);
    const TestClient::HttpAnswer user =
            m_client->query(u"GetUser"_s, {{u"id"_s, TestClient::idObject(id)}});
    QCOMPARE(user.status, 200);
    QCOMPARE(user.body.value(u"user").toObject().value(u"alias").toString(), alias);
}

void TestHttpApi::getUserAnswersCamelCaseUserWithIsoDate()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QJsonObject operationId = TestClient::newIdObject();
    const TestClient::HttpAnswer answer = m_client->query(
            u"GetUser"_s, {{u"operationId"_s, operationId},
                           {u"id"_s, TestClient::idObject(m_bob->userId())}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.contentType, "application/json"_ba);
    QCOMPARE(answer.body.keys(), QStringList({u"parentOperationId"_s, u"user"_s}));
    QCOMPARE(answer.body.value(u"parentOperationId"), operationId);
    const QJsonObject user = answer.body.value(u"user").toObject();
    QCOMPARE(user.keys(), QStringList({u"alias"_s, u"createdAt"_s, u"id"_s}));
    QCOMPARE(user.value(u"id"), TestClient::idObject(m_bob->userId()));
    QCOMPARE(user.value(u"alias"), u"Bob"_s);
    const QString createdAt = user.value(u"createdAt").toString();
    static const QRegularExpression isoUtcWithMilliseconds(
            u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"_s);
    QVERIFY2(isoUtcWithMilliseconds.match(createdAt).hasMatch(), qPrintable(createdAt));
    const QDateTime created = QDateTime::fromString(createdAt, Qt::ISODateWithMs);
    // Bob was created in init(), a moment ago.
    QVERIFY(created.secsTo(before) < 60);
    QVERIFY(created <= QDateTime::currentDateTimeUtc());

    const TestClient::HttpAnswer unknown =
            m_client->query(u"GetUser"_s, {{u"id"_s, TestClient::idObject(QUuid::createUuid())}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.body.value(u"application_error").toObject().value(u"status_code").toInt(), 404);
}

void TestHttpApi::getUserAnswersGivenCreationDateInUtc()
{
    const QUuid id = QUuid::createUuid();
    QCOMPARE(m_client->command(u"CreateUser"_s, {{u"id"_s, TestClient::idObject(id)},
                                                 {u"alias"_s, u"Dan"_s},
                                                 {u"createdAt"_s, u"2026-11-24T13:00:00.250+01:00"_s},
                                                 {u"operationId"_s, TestClient::newIdObject()}})
                     .status,
             200);
    const TestClient::HttpAnswer answer =
            m_client->query(u"GetUser"_s, {{u"id"_s, TestClient::idObject(id)}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.value(u"user").toObject().value(u"createdAt"),
             u"2026-11-24T12:00:00.250Z"_s);
}

void TestHttpApi::newServerHasNoScores()
{
    const QJsonObject operationId = TestClient::newIdObject();
    const TestClient::HttpAnswer answer =
            m_client->query(u"GetTopThreePlayers"_s, {{u"operationId"_s, operationId}});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QJsonObject({{u"list"_s, QJsonArray()}, {u"parentOperationId"_s, operationId}}));
}

// Presence follows authenticated WebSocket connections only (issue 8): over HTTP, a user could be
// put online with nothing to take them offline again.
void TestHttpApi::userConnectedOverHttpIsRefused()
{
    const TestClient::HttpAnswer connected =
            m_bob->event(u"UserConnected"_s,
                         {{u"id"_s, TestClient::idObject(m_bob->userId())},
                          {u"operationId"_s, TestClient::newIdObject()}},
                         m_bob->credential());
    QCOMPARE(connected.status, 400);
    QCOMPARE(connected.body.value(u"application_error").toObject().value(u"message").toString(),
             u"UserConnected travels over the WebSocket only (/ws)"_s);

    const QJsonObject operationId = TestClient::newIdObject();
    const TestClient::HttpAnswer online =
            m_client->query(u"GetUsersOnline"_s, {{u"operationId"_s, operationId}});
    QCOMPARE(online.status, 200);
    QCOMPARE(online.body, QJsonObject({{u"onlineUsers"_s, QJsonArray{TestClient::idObject(m_alice->userId())}},
                                       {u"parentOperationId"_s, operationId}}));
}

void TestHttpApi::getGameFollowsTheGame()
{
    const QJsonObject gameId = TestClient::idObject(m_gameId);
    const QJsonObject alice = TestClient::idObject(m_alice->userId());
    const QJsonObject bob = TestClient::idObject(m_bob->userId());
    const QJsonObject operationId = TestClient::newIdObject();
    const TestClient::HttpAnswer waiting =
            m_client->query(u"GetGame"_s, {{u"operationId"_s, operationId}, {u"gameId"_s, gameId}});
    QCOMPARE(waiting.status, 200);
    QCOMPARE(waiting.body, QJsonObject({{u"gameId"_s, gameId},
                                        {u"stage"_s, u"WAITING_FOR_PLAYERS"_s},
                                        {u"players"_s, QJsonArray()},
                                        {u"board"_s, emptyBoard()},
                                        {u"currentPlayer"_s, QJsonValue()},
                                        {u"parentOperationId"_s, operationId},
                                        {u"version"_s, 1},
                                        {u"events"_s, QJsonArray()}}));

    for (TestClient *player : {m_alice.get(), m_bob.get()}) {
        QCOMPARE(player->command(u"JoinGame"_s,
                                 {{u"operationId"_s, TestClient::newIdObject()},
                                  {u"gameId"_s, gameId},
                                  {u"playerId"_s, TestClient::idObject(player->userId())}},
                                 player->credential())
                         .status,
                 200);
    }
    QCOMPARE(m_alice->command(u"PlaceMark"_s,
                              {{u"operationId"_s, TestClient::newIdObject()},
                               {u"gameId"_s, gameId},
                               {u"player"_s, alice},
                               {u"x"_s, 2},
                               {u"y"_s, 0}},
                              m_alice->credential())
                     .status,
             200);
    const TestClient::HttpAnswer playing = m_client->query(u"GetGame"_s, {{u"gameId"_s, gameId}});
    QCOMPARE(playing.status, 200);
    QJsonArray board = emptyBoard();
    QJsonArray firstRow = board.at(0).toArray();
    firstRow.replace(2, alice);
    board.replace(0, firstRow);
    QCOMPARE(playing.body.value(u"stage"), u"IN_PROGRESS"_s);
    QCOMPARE(playing.body.value(u"players"), QJsonArray({alice, bob}));
    QCOMPARE(playing.body.value(u"board"), board);
    QCOMPARE(playing.body.value(u"currentPlayer"), bob);

    const TestClient::HttpAnswer unknown =
            m_client->query(u"GetGame"_s, {{u"gameId"_s, TestClient::idObject(QUuid::createUuid())}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.contentType, "application/json"_ba);
    QCOMPARE(unknown.body.value(u"application_error").toObject().value(u"status_code").toInt(), 404);
}

void TestHttpApi::actingWithOwnCredentialIsAccepted()
{
    const QUuid gameId = QUuid::createUuid();
    const QJsonObject payload{{u"operationId"_s, TestClient::newIdObject()},
                              {u"gameId"_s, TestClient::idObject(gameId)},
                              {u"creator"_s, TestClient::idObject(m_bob->userId())}};
    // The scheme is case-insensitive (RFC 7235).
    const TestClient::HttpAnswer answer = m_client->sendRequest(
            "POST", u"/commands"_s,
            QJsonDocument(TestClient::envelope(u"command"_s, u"CreateGame"_s, payload)).toJson(),
            "bearer " + m_bob->credential());
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.contentType, "application/json"_ba);
    QCOMPARE(answer.body, QJsonObject({{u"message"_s, u"OK"_s}}));
    const TestClient::HttpAnswer game =
            m_client->query(u"GetGame"_s, {{u"gameId"_s, TestClient::idObject(gameId)}});
    QCOMPARE(game.status, 200);
    QCOMPARE(game.body.value(u"stage"), u"WAITING_FOR_PLAYERS"_s);
}

void TestHttpApi::bodyAtTheLimitIsServed()
{
    QByteArray body = QJsonDocument(TestClient::envelope(
                                            u"query"_s, u"GetUsersOnline"_s,
                                            {{u"operationId"_s, TestClient::newIdObject()}}))
                              .toJson(QJsonDocument::Compact);
    body.append(64 * 1024 - body.size(), ' ');
    const TestClient::HttpAnswer answer = m_client->post(u"/queries"_s, body);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.value(u"onlineUsers"), QJsonArray({TestClient::idObject(m_alice->userId())}));
}

void TestHttpApi::protocolIsPublished()
{
    const TestClient::HttpAnswer answer = m_client->sendRequest("GET"_ba, u"/protocol"_s);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.contentType, "application/json"_ba);
    QCOMPARE(answer.body, ProtocolCatalogue::instance().toJson());
    QCOMPARE(answer.body.value(u"protocolVersion").toInt(), protocolVersion);

    // What a browser client needs to speak it: names, directions and the actor of each message.
    const QJsonArray messages = answer.body.value(u"messages").toArray();
    const auto find = [&](const QString &name, const QString &direction) {
        for (const QJsonValue &message : messages) {
            if (message[u"name"] == name && message[u"direction"] == direction)
                return message.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject placeMark = find(u"PlaceMark"_s, u"toServer"_s);
    QCOMPARE(placeMark.value(u"socketName").toString(), u"PLACE_MARK"_s);
    QCOMPARE(placeMark.value(u"actorField").toString(), u"player"_s);
    QCOMPARE(find(u"MarkPlaced"_s, u"toClient"_s).value(u"audience").toString(), u"gamePlayers"_s);
    QCOMPARE(find(u"GetUser"_s, u"toServer"_s).value(u"answer").toObject().value(u"name").toString(),
             u"UserFound"_s);
}

// The web client comes whole from this host: every file it names is served here, with the headers
// that keep it to this host.
void TestHttpApi::webClientIsServed()
{
    const QList<WebClientFiles::File> files = WebClientFiles::all();
    QVERIFY(files.size() >= 6);
    QStringList served;
    for (const WebClientFiles::File &file : files) {
        const TestClient::HttpAnswer answer = m_client->sendRequest("GET"_ba, file.path);
        QVERIFY2(answer.status == 200, qPrintable(file.path));
        QCOMPARE(answer.contentType, file.contentType);
        QVERIFY(answer.headers.value("content-security-policy").startsWith("default-src 'self'; connect-src 'self'"));
        QCOMPARE(answer.headers.value("x-content-type-options"), "nosniff"_ba);
        QCOMPARE(answer.rawBody, file.content);
        served.append(file.path);
    }
    QVERIFY(served.contains(u"/"_s));
    QVERIFY(m_client->sendRequest("GET"_ba, u"/"_s).contentType.startsWith("text/html"));

    // What the page and its modules load, all from here: no address of another host.
    static const QRegularExpression reference(uR"re((?:src|href)="([^"]+)"|from '\./([^']+)')re"_s);
    for (const WebClientFiles::File &file : files) {
        for (const QRegularExpressionMatch &match : reference.globalMatch(QString::fromUtf8(file.content))) {
            const QString target = match.captured(1) + match.captured(2);
            QVERIFY2(served.contains(u'/' + target),
                     qPrintable(file.path + u" names "_s + target + u", which this host does not serve"_s));
        }
    }

    QCOMPARE(m_client->sendRequest("POST"_ba, u"/"_s, "{}").status, 405);
    QCOMPARE(m_client->sendRequest("GET"_ba, u"/missing.js"_s).status, 404);
}

// A page of another site can make a browser post a form here without asking; never as JSON.
void TestHttpApi::changesMustBeSentAsJson()
{
    const QUuid formy = QUuid::createUuid();
    const QByteArray body = QJsonDocument(TestClient::envelope(
                                                  u"command"_s, u"CreateUser"_s,
                                                  {{u"id"_s, TestClient::idObject(formy)},
                                                   {u"alias"_s, u"Formy"_s},
                                                   {u"operationId"_s, TestClient::newIdObject()}}))
                                    .toJson(QJsonDocument::Compact);
    const TestClient::HttpAnswer refused =
            m_client->sendRequest("POST"_ba, u"/commands"_s, body, {}, "text/plain"_ba);
    QCOMPARE(refused.status, 415);
    QCOMPARE(refused.body.value(u"application_error").toObject().value(u"message").toString(),
             u"send commands and events as Content-Type: application/json"_s);
    QCOMPARE(m_client->query(u"GetUser"_s, {{u"id"_s, TestClient::idObject(formy)}}).status, 404);

    // Queries change nothing: they may come as anything.
    const QByteArray query = QJsonDocument(TestClient::envelope(u"query"_s, u"GetUsersOnline"_s,
                                                                {{u"operationId"_s, TestClient::newIdObject()}}))
                                     .toJson(QJsonDocument::Compact);
    QCOMPARE(m_client->sendRequest("POST"_ba, u"/queries"_s, query, {}, "text/plain"_ba).status, 200);
    // The same command as JSON is served.
    QCOMPARE(m_client->post(u"/commands"_s, body).status, 200);
}

void TestHttpApi::refusedRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    // "alice", "bob" (their bearer credentials), or a raw Authorization value.
    QTest::addColumn<QByteArray>("authorization");
    // Trailing spaces pad the body to this many bytes (0: no padding).
    QTest::addColumn<int>("paddedSize");
    QTest::addColumn<int>("status");

    const QByteArray createGame =
            R"({"command": {"type": "CreateGame", "payload": {"operationId": {"id": "$OPERATION"},
            "gameId": {"id": "$UNUSED_GAME"}, "creator": {"id": "$ALICE"}}}})";
    const auto placeMark = [](const QByteArray &x) {
        return R"({"command": {"type": "PlaceMark", "payload": {"operationId": {"id": "$OPERATION"},
               "gameId": {"id": "$GAME"}, "player": {"id": "$ALICE"}, "x": )"
                + x + R"(, "y": 0}}})";
    };
    const auto createUser = [](const QByteArray &alias) {
        return R"({"command": {"type": "CreateUser", "payload": {"id": {"id": "$UNUSED_USER"},
               "alias": )" + alias + R"(, "operationId": {"id": "$OPERATION"}}}})";
    };
    const auto createGameWithCreator = [](const QByteArray &creator) {
        return R"({"command": {"type": "CreateGame", "payload": {"operationId": {"id": "$OPERATION"},
               "gameId": {"id": "$UNUSED_GAME"}, "creator": )" + creator + "}}}";
    };

    // Bodies that are not what the envelope requires.
    QTest::newRow("malformed JSON") << "POST"_ba << u"/commands"_s
                                    << R"({"command": {"type": "CreateGame",)"_ba << "alice"_ba << 0 << 400;
    QTest::newRow("deeply nested JSON") << "POST"_ba << u"/queries"_s
                                        << QByteArray(30000, '[') + QByteArray(30000, ']') << QByteArray()
                                        << 0 << 400;
    QTest::newRow("empty body") << "POST"_ba << u"/commands"_s << QByteArray() << "alice"_ba << 0 << 400;
    QTest::newRow("JSON array") << "POST"_ba << u"/commands"_s << "[" + createGame + "]" << "alice"_ba << 0
                                << 400;
    QTest::newRow("JSON number") << "POST"_ba << u"/queries"_s << "42"_ba << QByteArray() << 0 << 400;
    QTest::newRow("JSON string") << "POST"_ba << u"/events"_s << R"("UserConnected")"_ba << QByteArray()
                                 << 0 << 400;
    QTest::newRow("empty object") << "POST"_ba << u"/commands"_s << "{}"_ba << "alice"_ba << 0 << 400;
    QTest::newRow("query envelope on /commands")
            << "POST"_ba << u"/commands"_s
            << R"({"query": {"type": "GetUsersOnline", "payload": {"operationId": {"id": "$OPERATION"}}}})"_ba
            << QByteArray() << 0 << 400;
    QTest::newRow("envelope not an object") << "POST"_ba << u"/commands"_s
                                            << R"({"command": "CreateGame"})"_ba << "alice"_ba << 0 << 400;
    QTest::newRow("type missing")
            << "POST"_ba << u"/queries"_s
            << R"({"query": {"payload": {"operationId": {"id": "$OPERATION"}}}})"_ba << QByteArray() << 0
            << 400;
    QTest::newRow("type not a string")
            << "POST"_ba << u"/queries"_s
            << R"({"query": {"type": 7, "payload": {"operationId": {"id": "$OPERATION"}}}})"_ba
            << QByteArray() << 0 << 400;
    QTest::newRow("unknown type")
            << "POST"_ba << u"/commands"_s
            << R"({"command": {"type": "LaunchRocket", "payload": {"operationId": {"id": "$OPERATION"}}}})"_ba
            << "alice"_ba << 0 << 400;
    QTest::newRow("socket spelling over HTTP")
            << "POST"_ba << u"/commands"_s << QByteArray(createGame).replace("CreateGame", "CREATE_GAME")
            << "alice"_ba << 0 << 400;
    QTest::newRow("command sent to /events")
            << "POST"_ba << u"/events"_s << QByteArray(createGame).replace("\"command\"", "\"event\"")
            << "alice"_ba << 0 << 400;
    QTest::newRow("command sent to /queries")
            << "POST"_ba << u"/queries"_s << QByteArray(createGame).replace("\"command\"", "\"query\"")
            << "alice"_ba << 0 << 400;
    QTest::newRow("event sent to /commands")
            << "POST"_ba << u"/commands"_s
            << R"({"command": {"type": "UserConnected", "payload": {"id": {"id": "$BOB"},
               "operationId": {"id": "$OPERATION"}}}})"_ba
            << "bob"_ba << 0 << 400;
    QTest::newRow("query sent to /commands")
            << "POST"_ba << u"/commands"_s
            << R"({"command": {"type": "GetUsersOnline", "payload": {"operationId": {"id": "$OPERATION"}}}})"_ba
            << QByteArray() << 0 << 400;
    QTest::newRow("SessionDisconnected from outside")
            << "POST"_ba << u"/events"_s
            << R"({"event": {"type": "SessionDisconnected", "payload": {"sessionId": {"id": "$SESSION"}}}})"_ba
            << "alice"_ba << 0 << 400;
    QTest::newRow("AssociateUserToSession over HTTP")
            << "POST"_ba << u"/commands"_s
            << R"({"command": {"type": "AssociateUserToSession", "payload": {"userId": {"id": "$ALICE"},
               "credential": "$ALICE_CREDENTIAL", "sessionId": {"id": "$SESSION"}}}})"_ba
            << "alice"_ba << 0 << 400;

    // Payloads that do not decode.
    QTest::newRow("payload missing") << "POST"_ba << u"/commands"_s
                                     << R"({"command": {"type": "CreateGame"}})"_ba << "alice"_ba << 0
                                     << 400;
    QTest::newRow("payload not an object")
            << "POST"_ba << u"/commands"_s << R"({"command": {"type": "CreateGame", "payload": [1]}})"_ba
            << "alice"_ba << 0 << 400;
    QTest::newRow("field missing")
            << "POST"_ba << u"/commands"_s
            << R"({"command": {"type": "CreateGame", "payload": {"operationId": {"id": "$OPERATION"},
               "creator": {"id": "$ALICE"}}}})"_ba
            << "alice"_ba << 0 << 400;
    QTest::newRow("required field null") << "POST"_ba << u"/commands"_s << createGameWithCreator("null")
                                         << "alice"_ba << 0 << 400;
    QTest::newRow("x as string") << "POST"_ba << u"/commands"_s << placeMark(R"("1")") << "alice"_ba << 0
                                 << 400;
    QTest::newRow("x fractional") << "POST"_ba << u"/commands"_s << placeMark("1.5") << "alice"_ba << 0
                                  << 400;
    QTest::newRow("x beyond int") << "POST"_ba << u"/commands"_s << placeMark("4294967296") << "alice"_ba
                                  << 0 << 400;
    QTest::newRow("x as bool") << "POST"_ba << u"/commands"_s << placeMark("true") << "alice"_ba << 0
                               << 400;
    QTest::newRow("id as plain string") << "POST"_ba << u"/commands"_s
                                        << createGameWithCreator(R"("$ALICE")") << "alice"_ba << 0 << 400;
    QTest::newRow("invalid UUID") << "POST"_ba << u"/commands"_s
                                  << createGameWithCreator(R"({"id": "not-a-uuid"})") << "alice"_ba << 0
                                  << 400;
    QTest::newRow("nil UUID") << "POST"_ba << u"/commands"_s
                              << createGameWithCreator(R"({"id": "00000000-0000-0000-0000-000000000000"})")
                              << "alice"_ba << 0 << 400;
    QTest::newRow("id object with a number") << "POST"_ba << u"/commands"_s
                                             << createGameWithCreator(R"({"id": 12})") << "alice"_ba << 0
                                             << 400;
    QTest::newRow("createdAt not a date")
            << "POST"_ba << u"/commands"_s
            << R"({"command": {"type": "CreateUser", "payload": {"id": {"id": "$UNUSED_USER"},
               "alias": "Eve", "createdAt": "yesterday", "operationId": {"id": "$OPERATION"}}}})"_ba
            << QByteArray() << 0 << 400;
    QTest::newRow("empty alias") << "POST"_ba << u"/commands"_s << createUser(R"("")") << QByteArray() << 0
                                 << 400;
    QTest::newRow("blank alias") << "POST"_ba << u"/commands"_s << createUser(R"("   ")") << QByteArray()
                                 << 0 << 400;
    QTest::newRow("33-character alias") << "POST"_ba << u"/commands"_s
                                        << createUser('"' + QByteArray(33, 'a') + '"') << QByteArray() << 0
                                        << 400;
    QTest::newRow("alias with a control character")
            << "POST"_ba << u"/commands"_s << createUser(R"("Ev\u0007e")") << QByteArray() << 0 << 400;
    QTest::newRow("alias not a string") << "POST"_ba << u"/commands"_s << createUser("5") << QByteArray()
                                        << 0 << 400;

    // Identity.
    QTest::newRow("existing user id") << "POST"_ba << u"/commands"_s
                                      << QByteArray(createUser(R"("Alice again")")).replace("$UNUSED_USER", "$ALICE")
                                      << QByteArray() << 0 << 409;
    QTest::newRow("no credential") << "POST"_ba << u"/commands"_s << createGame << QByteArray() << 0 << 401;
    QTest::newRow("unknown credential") << "POST"_ba << u"/commands"_s << createGame
                                        << "Bearer not-a-credential"_ba << 0 << 401;
    QTest::newRow("empty bearer") << "POST"_ba << u"/commands"_s << createGame << "Bearer "_ba << 0 << 401;
    QTest::newRow("credential in another scheme") << "POST"_ba << u"/commands"_s << createGame
                                                  << "Basic $ALICE_CREDENTIAL"_ba << 0 << 401;
    QTest::newRow("user id as credential") << "POST"_ba << u"/commands"_s << createGame
                                           << "Bearer $ALICE"_ba << 0 << 401;
    QTest::newRow("CreateGame as someone else") << "POST"_ba << u"/commands"_s << createGame << "bob"_ba << 0
                                                << 403;
    QTest::newRow("JoinGame as someone else")
            << "POST"_ba << u"/commands"_s
            << R"({"command": {"type": "JoinGame", "payload": {"operationId": {"id": "$OPERATION"},
               "gameId": {"id": "$GAME"}, "playerId": {"id": "$ALICE"}}}})"_ba
            << "bob"_ba << 0 << 403;
    QTest::newRow("PlaceMark as someone else") << "POST"_ba << u"/commands"_s << placeMark("0") << "bob"_ba
                                               << 0 << 403;
    QTest::newRow("UserConnected over HTTP")
            << "POST"_ba << u"/events"_s
            << R"({"event": {"type": "UserConnected", "payload": {"id": {"id": "$BOB"},
               "operationId": {"id": "$OPERATION"}}}})"_ba
            << "bob"_ba << 0 << 400;
    QTest::newRow("UserInvited as someone else")
            << "POST"_ba << u"/events"_s
            << R"({"event": {"type": "UserInvited", "payload": {"host": {"id": "$ALICE"},
               "invited": {"id": "$BOB"}, "game": {"id": "$GAME"}, "operationId": {"id": "$OPERATION"}}}})"_ba
            << "bob"_ba << 0 << 403;
    QTest::newRow("InvitationDeclined as someone else")
            << "POST"_ba << u"/events"_s
            << R"({"event": {"type": "InvitationDeclined", "payload": {"host": {"id": "$BOB"},
               "invited": {"id": "$ALICE"}, "game": {"id": "$GAME"}, "operationId": {"id": "$OPERATION"}}}})"_ba
            << "bob"_ba << 0 << 403;

    // Queries that find nothing.
    QTest::newRow("GetUser of an unknown user")
            << "POST"_ba << u"/queries"_s
            << R"({"query": {"type": "GetUser", "payload": {"operationId": {"id": "$OPERATION"},
               "id": {"id": "$UNUSED_USER"}}}})"_ba
            << QByteArray() << 0 << 404;
    QTest::newRow("GetGame of an unknown game")
            << "POST"_ba << u"/queries"_s
            << R"({"query": {"type": "GetGame", "payload": {"operationId": {"id": "$OPERATION"},
               "gameId": {"id": "$UNUSED_GAME"}}}})"_ba
            << QByteArray() << 0 << 404;

    // Routes, methods and sizes.
    QTest::newRow("unknown path") << "POST"_ba << u"/nothing"_s << createGame << "alice"_ba << 0 << 404;
    QTest::newRow("path below an API path") << "POST"_ba << u"/commands/CreateGame"_s << createGame
                                            << "alice"_ba << 0 << 404;
    QTest::newRow("POST on the web client's page") << "POST"_ba << u"/"_s << createGame << "alice"_ba << 0 << 405;
    QTest::newRow("GET on an unknown path") << "GET"_ba << u"/admin.html"_s << QByteArray() << QByteArray()
                                            << 0 << 404;
    QTest::newRow("GET on /commands") << "GET"_ba << u"/commands"_s << QByteArray() << QByteArray() << 0
                                      << 405;
    QTest::newRow("GET on /queries") << "GET"_ba << u"/queries"_s << QByteArray() << QByteArray() << 0
                                     << 405;
    QTest::newRow("PUT on /commands") << "PUT"_ba << u"/commands"_s << createGame << "alice"_ba << 0
                                      << 405;
    QTest::newRow("DELETE on /events") << "DELETE"_ba << u"/events"_s << QByteArray() << "alice"_ba << 0
                                       << 405;
    QTest::newRow("POST on /protocol") << "POST"_ba << u"/protocol"_s << createGame << "alice"_ba << 0
                                       << 405;
    QTest::newRow("plain GET on the WebSocket path") << "GET"_ba << u"/ws"_s << QByteArray() << QByteArray()
                                                     << 0 << 426;
    QTest::newRow("body one byte over 64 KiB")
            << "POST"_ba << u"/commands"_s << createGame << "alice"_ba << 64 * 1024 + 1 << 413;
    QTest::newRow("body of 1 MiB") << "POST"_ba << u"/commands"_s << createGame << "alice"_ba
                                   << 1024 * 1024 << 413;
}

void TestHttpApi::refusedRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, authorization);
    QFETCH(int, paddedSize);
    QFETCH(int, status);

    const QJsonObject before = observableState();
    QCOMPARE(before.value(u"unusedUserStatus").toInt(), 404);
    QCOMPARE(before.value(u"unusedGameStatus").toInt(), 404);

    QByteArray sentBody = substitute(body);
    if (paddedSize > 0) {
        QVERIFY(sentBody.size() < paddedSize);
        sentBody.append(paddedSize - sentBody.size(), ' ');
    }
    const TestClient::HttpAnswer answer =
            m_client->sendRequest(method, path, sentBody, authorizationOf(authorization));
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.contentType, "application/json"_ba);
    QVERIFY(answer.bodyIsObject);
    QCOMPARE(answer.body.keys(), QStringList({u"application_error"_s}));
    const QJsonObject error = answer.body.value(u"application_error").toObject();
    QCOMPARE(error.keys(), QStringList({u"message"_s, u"status_code"_s}));
    QVERIFY(error.value(u"status_code").isDouble());
    QCOMPARE(error.value(u"status_code").toInt(), status);
    QVERIFY(!error.value(u"message").toString().isEmpty());
    if (status == 405)
        QCOMPARE(answer.allow, path == u"/protocol" || path == u"/" ? "GET"_ba : "POST"_ba);

    QCOMPARE(observableState(), before);
    // And the server still does its normal work.
    const TestClient::HttpAnswer normal =
            m_client->query(u"GetUser"_s, {{u"id"_s, TestClient::idObject(m_bob->userId())}});
    QCOMPARE(normal.status, 200);
    QCOMPARE(normal.body.value(u"user").toObject().value(u"alias"), u"Bob"_s);
}

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_httpapi.moc"
