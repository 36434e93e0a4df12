// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "gameserver.h"
#include "loopbackserver.h"
#include "testclient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 defaultTurnTimeoutMs = 20000;
constexpr qint64 defaultCleanupDelayMs = 10000;

QJsonObject message(const QString &type, const QJsonObject &payload)
{
    return {{u"type"_s, type}, {u"payload"_s, payload}};
}

QJsonObject id(const TestClient &client)
{
    return TestClient::idObject(client.userId());
}

QJsonArray emptyBoard()
{
    const QJsonArray row{QJsonValue(), QJsonValue(), QJsonValue()};
    return {row, row, row};
}

// The wire's board is rows by y: board[y][x].
void mark(QJsonArray &board, int x, int y, const QJsonObject &player)
{
    QJsonArray row = board.at(y).toArray();
    row.replace(x, player);
    board.replace(y, row);
}

QJsonArray topThree(const QList<std::pair<const TestClient *, int>> &entries)
{
    QJsonArray list;
    for (const auto &[client, score] : entries)
        list.append(QJsonObject{{u"id"_s, id(*client)}, {u"score"_s, score}});
    return list;
}

QString describe(const QList<QJsonObject> &messages)
{
    QStringList lines;
    for (const QJsonObject &object : messages)
        lines.append(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    return lines.join(u"\n    ");
}

} // namespace

// Whole games over the WebSocket against a real server: who hears what, in which order, the
// results, the errors, the timeouts and the hall of fame.
class TestGameplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void gameToAWin();
    void gameToADraw();
    void firstTurnTimesOut();
    void rejectedMoveKeepsTheTurnTimer();
    void gameErrorsReachOnlyTheOffender();
    void hallOfFameKeepsTheThreeBest();
    void lateSnapshotShowsBoardAndTurn();
    void invitationDeclinedReachesOnlyTheHost();
    void reconnectingPlayerResumesTheGame();
    void aWatcherHearsEveryMoveAndCannotPlay();

private:
    // A server with these rules and one online client per alias.
    bool startServer(const GameRules &rules, const QStringList &aliases);
    TestClient &player(int index) { return *m_players.at(size_t(index)); }
    // The domain is idle and every message it caused has reached this client.
    bool settle(TestClient &client);
    // Exactly these messages, in this order, and nothing else, reached the client since last time.
    bool expectMessages(TestClient &client, const QList<QJsonObject> &expected);
    bool checkAndStripVersions(TestClient &client, QList<QJsonObject> &messages);
    bool expectNothing(TestClient &client) { return expectMessages(client, {}); }

    QUuid createGame(TestClient &host);
    bool startGame(const QUuid &gameId, TestClient &first, TestClient &second);
    QJsonObject placeMark(TestClient &sender, const QUuid &gameId, int x, int y);
    QJsonObject join(TestClient &sender, const QUuid &gameId);
    // A move both players hear; then the next player's turn.
    bool playMove(const QUuid &gameId, TestClient &mover, TestClient &opponent, int x, int y,
                  QJsonArray &board);
    // first beats second on the top row; returns the closing messages both players heard.
    bool playToWin(TestClient &first, TestClient &second, QList<QJsonObject> *endingMessages);
    QJsonObject gameSnapshot(const QUuid &gameId);

    std::unique_ptr<GameServer> m_server;
    std::unique_ptr<TestClient> m_http;
    std::vector<std::unique_ptr<TestClient>> m_players;
    qint64 m_turnTimeoutMs = defaultTurnTimeoutMs;
    QHash<QString, int> m_lastVersionSeen; // by user and game
};

void TestGameplay::cleanup()
{
    m_lastVersionSeen.clear();
    m_players.clear();
    m_http.reset();
    m_server.reset();
}

bool TestGameplay::startServer(const GameRules &rules, const QStringList &aliases)
{
    m_turnTimeoutMs = rules.turnTimeoutMs;
    m_server = startLoopbackServer(rules);
    if (!m_server)
        return false;
    m_http = std::make_unique<TestClient>(m_server->port());
    for (const QString &alias : aliases) {
        auto client = std::make_unique<TestClient>(m_server->port());
        if (!client->openSocket() || !client->createUserOverSocket(alias) || !client->announce())
            return false;
        m_players.push_back(std::move(client));
    }
    // The last announcement reached everyone before its sender heard it: settling clears them all.
    for (const auto &client : m_players) {
        if (!settle(*client))
            return false;
        client->clearReceived();
    }
    return true;
}

bool TestGameplay::settle(TestClient &client)
{
    // A query runs on the domain thread after everything submitted before it has been handled.
    return m_http->query(u"GetUsersOnline"_s).status == 200 && client.syncWithServer();
}

// Each game event a client receives carries the game's version: within one batch, one more than
// the one before; across batches (a test may take some messages itself), more than the last one
// seen. The check takes the versions off, so that the expectations compare the rest.
bool TestGameplay::checkAndStripVersions(TestClient &client, QList<QJsonObject> &messages)
{
    bool contiguous = true;
    QSet<QString> seenInThisBatch;
    for (QJsonObject &message : messages) {
        QJsonObject payload = message.value(u"payload").toObject();
        if (!payload.contains(u"version"))
            continue;
        const int version = payload.take(u"version").toInt();
        const QString key = client.userId().toString() + TestClient::idOf(payload.value(u"gameId")).toString();
        const int previous = m_lastVersionSeen.value(key, 0);
        const bool follows = seenInThisBatch.contains(key) ? version == previous + 1 : version > previous;
        seenInThisBatch.insert(key);
        if (!follows) {
            qWarning().noquote() << "version" << version << "follows" << previous << "in" << message;
            contiguous = false;
        }
        m_lastVersionSeen.insert(key, version);
        message.insert(u"payload"_s, payload);
    }
    return contiguous;
}

bool TestGameplay::expectMessages(TestClient &client, const QList<QJsonObject> &expected)
{
    const bool arrived = client.waitForCount(expected.size());
    const bool settled = settle(client);
    QList<QJsonObject> received = client.received();
    client.clearReceived();
    const bool contiguous = checkAndStripVersions(client, received);
    if (arrived && settled && contiguous && received == expected)
        return true;
    qWarning().noquote() << "for user" << client.userId().toString(QUuid::WithoutBraces)
                         << "\n  expected:\n    " << describe(expected) << "\n  received:\n    "
                         << describe(received);
    return false;
}

QUuid TestGameplay::createGame(TestClient &host)
{
    const QUuid gameId = QUuid::createUuid();
    const QJsonObject operationId = TestClient::newIdObject();
    host.send(u"CREATE_GAME"_s, {{u"operationId"_s, operationId},
                                 {u"gameId"_s, TestClient::idObject(gameId)},
                                 {u"creator"_s, id(host)}});
    const bool created = expectMessages(host, {message(u"GAME_CREATED"_s,
                                                       {{u"gameId"_s, TestClient::idObject(gameId)},
                                                        {u"creator"_s, id(host)},
                                                        {u"stage"_s, u"WAITING_FOR_PLAYERS"_s},
                                                        {u"parentOperationId"_s, operationId}})});
    return created ? gameId : QUuid();
}

QJsonObject TestGameplay::join(TestClient &sender, const QUuid &gameId)
{
    const QJsonObject operationId = TestClient::newIdObject();
    sender.send(u"JOIN_GAME"_s, {{u"operationId"_s, operationId},
                                 {u"gameId"_s, TestClient::idObject(gameId)},
                                 {u"playerId"_s, id(sender)}});
    return operationId;
}

bool TestGameplay::startGame(const QUuid &gameId, TestClient &first, TestClient &second)
{
    const QJsonObject game = TestClient::idObject(gameId);
    const QJsonObject firstJoin = join(first, gameId);
    const QJsonObject firstJoined = message(
            u"PLAYER_JOINED_A_GAME"_s,
            {{u"gameId"_s, game}, {u"playerId"_s, id(first)}, {u"parentOperationId"_s, firstJoin}});
    if (!expectMessages(first, {firstJoined}) || !expectNothing(second))
        return false;
    const QJsonObject secondJoin = join(second, gameId);
    const QList<QJsonObject> start{
            message(u"PLAYER_JOINED_A_GAME"_s, {{u"gameId"_s, game},
                                                {u"playerId"_s, id(second)},
                                                {u"parentOperationId"_s, secondJoin}}),
            message(u"GAME_STARTED"_s, {{u"gameId"_s, game},
                                        {u"players"_s, QJsonArray{id(first), id(second)}},
                                        {u"board"_s, emptyBoard()}}),
            message(u"WAITING_FOR_PLAYER_PLAY"_s,
                    {{u"gameId"_s, game}, {u"playerId"_s, id(first)}, {u"timeout"_s, m_turnTimeoutMs}}),
    };
    return expectMessages(second, start) && expectMessages(first, start);
}

QJsonObject TestGameplay::placeMark(TestClient &sender, const QUuid &gameId, int x, int y)
{
    const QJsonObject operationId = TestClient::newIdObject();
    sender.send(u"PLACE_MARK"_s, {{u"operationId"_s, operationId},
                                  {u"gameId"_s, TestClient::idObject(gameId)},
                                  {u"player"_s, id(sender)},
                                  {u"x"_s, x},
                                  {u"y"_s, y}});
    return operationId;
}

bool TestGameplay::playMove(const QUuid &gameId, TestClient &mover, TestClient &opponent, int x,
                            int y, QJsonArray &board)
{
    const QJsonObject game = TestClient::idObject(gameId);
    const QJsonObject operationId = placeMark(mover, gameId, x, y);
    mark(board, x, y, id(mover));
    const QList<QJsonObject> expected{
            message(u"MARK_PLACED"_s, {{u"gameId"_s, game},
                                       {u"player"_s, id(mover)},
                                       {u"x"_s, x},
                                       {u"y"_s, y},
                                       {u"parentOperationId"_s, operationId}}),
            message(u"BOARD_UPDATED"_s, {{u"gameId"_s, game}, {u"board"_s, board}}),
            message(u"WAITING_FOR_PLAYER_PLAY"_s,
                    {{u"gameId"_s, game}, {u"playerId"_s, id(opponent)}, {u"timeout"_s, m_turnTimeoutMs}}),
    };
    return expectMessages(mover, expected) && expectMessages(opponent, expected);
}

bool TestGameplay::playToWin(TestClient &first, TestClient &second, QList<QJsonObject> *endingMessages)
{
    const QUuid gameId = createGame(first);
    if (gameId.isNull() || !startGame(gameId, first, second))
        return false;
    QJsonArray board = emptyBoard();
    if (!playMove(gameId, first, second, 0, 0, board) || !playMove(gameId, second, first, 0, 1, board)
        || !playMove(gameId, first, second, 1, 0, board) || !playMove(gameId, second, first, 1, 1, board)) {
        return false;
    }
    const QJsonObject operationId = placeMark(first, gameId, 2, 0);
    mark(board, 2, 0, id(first));
    const QJsonObject game = TestClient::idObject(gameId);
    *endingMessages = {
            message(u"MARK_PLACED"_s, {{u"gameId"_s, game},
                                       {u"player"_s, id(first)},
                                       {u"x"_s, 2},
                                       {u"y"_s, 0},
                                       {u"parentOperationId"_s, operationId}}),
            message(u"BOARD_UPDATED"_s, {{u"gameId"_s, game}, {u"board"_s, board}}),
            message(u"GAME_ENDED"_s,
                    {{u"gameId"_s, game}, {u"result"_s, u"PLAYER_WON"_s}, {u"winner"_s, id(first)}}),
    };
    return true;
}

QJsonObject TestGameplay::gameSnapshot(const QUuid &gameId)
{
    const TestClient::HttpAnswer answer =
            m_http->query(u"GetGame"_s, {{u"gameId"_s, TestClient::idObject(gameId)}});
    if (answer.status != 200)
        return {{u"status"_s, answer.status}};
    QJsonObject snapshot = answer.body;
    snapshot.remove(u"parentOperationId"_s);
    return snapshot;
}

void TestGameplay::gameToAWin()
{
    QVERIFY(startServer({defaultTurnTimeoutMs, defaultCleanupDelayMs}, {u"Alice"_s, u"Bob"_s, u"Carol"_s}));
    TestClient &alice = player(0);
    TestClient &bob = player(1);
    TestClient &carol = player(2);

    const QUuid gameId = createGame(alice);
    QVERIFY(!gameId.isNull());
    const QJsonObject game = TestClient::idObject(gameId);

    // The invitation goes to Bob alone.
    const QJsonObject invitation{{u"host"_s, id(alice)},
                                 {u"invited"_s, id(bob)},
                                 {u"game"_s, game},
                                 {u"operationId"_s, TestClient::newIdObject()}};
    alice.send(u"USER_INVITED"_s, invitation);
    QVERIFY(expectMessages(bob, {message(u"USER_INVITED"_s, invitation)}));
    QVERIFY(expectNothing(carol));
    QVERIFY(expectNothing(alice));

    QVERIFY(startGame(gameId, alice, bob));
    QVERIFY(expectNothing(carol));

    QJsonArray board = emptyBoard();
    QVERIFY(playMove(gameId, alice, bob, 0, 0, board));
    QVERIFY(playMove(gameId, bob, alice, 1, 0, board));
    QVERIFY(playMove(gameId, alice, bob, 0, 1, board));
    QVERIFY(playMove(gameId, bob, alice, 2, 0, board));
    QVERIFY(expectNothing(carol));

    // Alice completes the column x = 0.
    const QJsonObject operationId = placeMark(alice, gameId, 0, 2);
    const QJsonArray finalBoard{QJsonArray{id(alice), id(bob), id(bob)},
                                QJsonArray{id(alice), QJsonValue(), QJsonValue()},
                                QJsonArray{id(alice), QJsonValue(), QJsonValue()}};
    const QJsonObject hallOfFame = message(
            u"TOP_THREE_LIST_UPDATED"_s,
            {{u"previous"_s, QJsonObject{{u"topThree"_s, QJsonArray()}}},
             {u"current"_s, QJsonObject{{u"topThree"_s, topThree({{&alice, 100}})}}}});
    const QList<QJsonObject> ending{
            message(u"MARK_PLACED"_s, {{u"gameId"_s, game},
                                       {u"player"_s, id(alice)},
                                       {u"x"_s, 0},
                                       {u"y"_s, 2},
                                       {u"parentOperationId"_s, operationId}}),
            message(u"BOARD_UPDATED"_s, {{u"gameId"_s, game}, {u"board"_s, finalBoard}}),
            message(u"GAME_ENDED"_s,
                    {{u"gameId"_s, game}, {u"result"_s, u"PLAYER_WON"_s}, {u"winner"_s, id(alice)}}),
            hallOfFame,
    };
    QVERIFY(expectMessages(alice, ending));
    QVERIFY(expectMessages(bob, ending));
    QVERIFY(expectMessages(carol, {hallOfFame}));

    const TestClient::HttpAnswer top = m_http->query(u"GetTopThreePlayers"_s);
    QCOMPARE(top.body.value(u"list"), topThree({{&alice, 100}}));
}

void TestGameplay::gameToADraw()
{
    QVERIFY(startServer({defaultTurnTimeoutMs, defaultCleanupDelayMs}, {u"Alice"_s, u"Bob"_s, u"Carol"_s}));
    TestClient &alice = player(0);
    TestClient &bob = player(1);
    TestClient &carol = player(2);

    // Bob hosts and joins first, so Bob moves first.
    const QUuid gameId = createGame(bob);
    QVERIFY(!gameId.isNull());
    QVERIFY(startGame(gameId, bob, alice));
    QJsonArray board = emptyBoard();
    QVERIFY(playMove(gameId, bob, alice, 0, 0, board));
    QVERIFY(playMove(gameId, alice, bob, 1, 0, board));
    QVERIFY(playMove(gameId, bob, alice, 2, 0, board));
    QVERIFY(playMove(gameId, alice, bob, 1, 1, board));
    QVERIFY(playMove(gameId, bob, alice, 0, 1, board));
    QVERIFY(playMove(gameId, alice, bob, 2, 1, board));
    QVERIFY(playMove(gameId, bob, alice, 1, 2, board));
    QVERIFY(playMove(gameId, alice, bob, 0, 2, board));

    // The ninth mark fills the board without a line.
    const QJsonObject game = TestClient::idObject(gameId);
    const QJsonObject operationId = placeMark(bob, gameId, 2, 2);
    mark(board, 2, 2, id(bob));
    const QList<QJsonObject> ending{
            message(u"MARK_PLACED"_s, {{u"gameId"_s, game},
                                       {u"player"_s, id(bob)},
                                       {u"x"_s, 2},
                                       {u"y"_s, 2},
                                       {u"parentOperationId"_s, operationId}}),
            message(u"BOARD_UPDATED"_s, {{u"gameId"_s, game}, {u"board"_s, board}}),
            message(u"GAME_ENDED"_s,
                    {{u"gameId"_s, game}, {u"result"_s, u"DRAW"_s}, {u"winner"_s, QJsonValue()}}),
    };
    QVERIFY(expectMessages(bob, ending));
    QVERIFY(expectMessages(alice, ending));
    // A draw scores nothing: no hall of fame update for anyone.
    QVERIFY(expectNothing(carol));
    QCOMPARE(m_http->query(u"GetTopThreePlayers"_s).body.value(u"list"), QJsonArray());
}

void TestGameplay::firstTurnTimesOut()
{
    const qint64 turnTimeoutMs = 300;
    QVERIFY(startServer({turnTimeoutMs, defaultCleanupDelayMs}, {u"Alice"_s, u"Bob"_s, u"Carol"_s}));
    TestClient &alice = player(0);
    TestClient &bob = player(1);
    TestClient &carol = player(2);

    const QUuid gameId = createGame(alice);
    QVERIFY(!gameId.isNull());
    const QJsonObject game = TestClient::idObject(gameId);
    const QJsonObject aliceJoin = join(alice, gameId);
    QVERIFY(expectMessages(alice, {message(u"PLAYER_JOINED_A_GAME"_s, {{u"gameId"_s, game},
                                                                      {u"playerId"_s, id(alice)},
                                                                      {u"parentOperationId"_s, aliceJoin}})}));
    // The turn starts when the server handles Bob's join, after this.
    QElapsedTimer sinceStart;
    sinceStart.start();
    const QJsonObject bobJoin = join(bob, gameId);
    const QList<QJsonObject> expected{
            message(u"PLAYER_JOINED_A_GAME"_s,
                    {{u"gameId"_s, game}, {u"playerId"_s, id(bob)}, {u"parentOperationId"_s, bobJoin}}),
            message(u"GAME_STARTED"_s, {{u"gameId"_s, game},
                                        {u"players"_s, QJsonArray{id(alice), id(bob)}},
                                        {u"board"_s, emptyBoard()}}),
            message(u"WAITING_FOR_PLAYER_PLAY"_s,
                    {{u"gameId"_s, game}, {u"playerId"_s, id(alice)}, {u"timeout"_s, turnTimeoutMs}}),
            message(u"TURN_TIMEOUT"_s, {{u"gameId"_s, game}, {u"playerId"_s, id(alice)}}),
            message(u"GAME_ENDED"_s,
                    {{u"gameId"_s, game}, {u"result"_s, u"GAME_ABORTED"_s}, {u"winner"_s, QJsonValue()}}),
    };
    QVERIFY(alice.waitForCount(expected.size()));
    // A few milliseconds of slack for clocks that round differently.
    QVERIFY2(sinceStart.elapsed() >= turnTimeoutMs - 5, qPrintable(QString::number(sinceStart.elapsed())));
    QVERIFY(expectMessages(alice, expected));
    QVERIFY(expectMessages(bob, expected));
    QVERIFY(expectNothing(carol));
    QCOMPARE(gameSnapshot(gameId).value(u"stage"), u"ENDED"_s);
    QCOMPARE(m_http->query(u"GetTopThreePlayers"_s).body.value(u"list"), QJsonArray());
}

void TestGameplay::rejectedMoveKeepsTheTurnTimer()
{
    // Long enough for a move and a refused move to land within Bob's turn on a loaded machine.
    const qint64 turnTimeoutMs = 1000;
    QVERIFY(startServer({turnTimeoutMs, defaultCleanupDelayMs}, {u"Alice"_s, u"Bob"_s, u"Carol"_s}));
    TestClient &alice = player(0);
    TestClient &bob = player(1);
    TestClient &carol = player(2);

    const QUuid gameId = createGame(alice);
    QVERIFY(!gameId.isNull());
    QVERIFY(startGame(gameId, alice, bob));
    const QJsonObject game = TestClient::idObject(gameId);
    QJsonArray board = emptyBoard();
    // Bob's turn starts when the server handles Alice's move, after this.
    QElapsedTimer sinceBobsTurn;
    sinceBobsTurn.start();
    QVERIFY(playMove(gameId, alice, bob, 0, 0, board));

    // A refused move neither plays nor cancels Bob's turn.
    const QJsonObject refusedOperation = placeMark(bob, gameId, 0, 0);
    QVERIFY(expectMessages(bob, {message(u"GAME_ERROR_OCCURRED"_s,
                                         {{u"gameId"_s, game},
                                          {u"player"_s, id(bob)},
                                          {u"reason"_s, u"POSITION_ALREADY_FILLED"_s},
                                          {u"parentOperationId"_s, refusedOperation}})}));
    QVERIFY(expectNothing(alice));

    const QList<QJsonObject> timeout{
            message(u"TURN_TIMEOUT"_s, {{u"gameId"_s, game}, {u"playerId"_s, id(bob)}}),
            message(u"GAME_ENDED"_s,
                    {{u"gameId"_s, game}, {u"result"_s, u"GAME_ABORTED"_s}, {u"winner"_s, QJsonValue()}}),
    };
    QVERIFY(bob.waitForCount(timeout.size()));
    QVERIFY2(sinceBobsTurn.elapsed() >= turnTimeoutMs - 5, qPrintable(QString::number(sinceBobsTurn.elapsed())));
    QVERIFY(expectMessages(bob, timeout));
    QVERIFY(expectMessages(alice, timeout));
    QVERIFY(expectNothing(carol));
}

void TestGameplay::gameErrorsReachOnlyTheOffender()
{
    QVERIFY(startServer({defaultTurnTimeoutMs, defaultCleanupDelayMs}, {u"Alice"_s, u"Bob"_s, u"Carol"_s}));
    TestClient &alice = player(0);
    TestClient &bob = player(1);
    TestClient &carol = player(2);
    const QList<TestClient *> everyone{&alice, &bob, &carol};

    const QUuid gameId = createGame(alice);
    QVERIFY(!gameId.isNull());
    QVERIFY(startGame(gameId, alice, bob));
    const QUuid waitingGameId = createGame(carol);
    QVERIFY(!waitingGameId.isNull());
    join(carol, waitingGameId);
    QVERIFY(carol.waitFor(u"PLAYER_JOINED_A_GAME"_s));
    const QUuid unknownGameId = QUuid::createUuid();

    // action sends one refused command and returns its operationId.
    const auto expectError = [&](TestClient &offender, const QUuid &errorGameId, const QString &reason,
                                 const std::function<QJsonObject()> &action) {
        const QJsonObject before = gameSnapshot(gameId);
        const QJsonObject waitingBefore = gameSnapshot(waitingGameId);
        const QJsonObject operationId = action();
        bool ok = expectMessages(offender, {message(u"GAME_ERROR_OCCURRED"_s,
                                                    {{u"gameId"_s, TestClient::idObject(errorGameId)},
                                                     {u"player"_s, id(offender)},
                                                     {u"reason"_s, reason},
                                                     {u"parentOperationId"_s, operationId}})});
        for (TestClient *other : everyone) {
            if (other != &offender)
                ok = expectNothing(*other) && ok;
        }
        return ok && gameSnapshot(gameId) == before && gameSnapshot(waitingGameId) == waitingBefore;
    };
    const auto marking = [&](TestClient &sender, const QUuid &target, int x, int y) {
        return [&sender, target, x, y, this] { return placeMark(sender, target, x, y); };
    };
    const auto joining = [&](TestClient &sender, const QUuid &target) {
        return [&sender, target, this] { return join(sender, target); };
    };

    // In Alice's turn.
    QVERIFY(expectError(bob, gameId, u"PLAYER_CAN_NOT_PLAY"_s, marking(bob, gameId, 1, 1)));
    QVERIFY(expectError(carol, gameId, u"PLAYER_CAN_NOT_PLAY"_s, marking(carol, gameId, 1, 1)));
    QVERIFY(expectError(bob, gameId, u"PLAYER_CAN_NOT_PLAY"_s, marking(bob, gameId, -1, 0)));
    QVERIFY(expectError(alice, gameId, u"POSITION_OFF_LIMITS"_s, marking(alice, gameId, 3, 0)));
    QVERIFY(expectError(alice, gameId, u"POSITION_OFF_LIMITS"_s, marking(alice, gameId, 0, 3)));
    QVERIFY(expectError(alice, gameId, u"POSITION_OFF_LIMITS"_s, marking(alice, gameId, -1, 0)));
    QVERIFY(expectError(alice, gameId, u"POSITION_OFF_LIMITS"_s, marking(alice, gameId, 0, -1)));
    QVERIFY(expectError(alice, gameId, u"POSITION_OFF_LIMITS"_s, marking(alice, gameId, -2147483647 - 1, 1)));
    QVERIFY(expectError(carol, gameId, u"ALL_PLAYERS_ALREADY_JOINED"_s, joining(carol, gameId)));
    QVERIFY(expectError(alice, gameId, u"ALL_PLAYERS_ALREADY_JOINED"_s, joining(alice, gameId)));
    QVERIFY(expectError(carol, waitingGameId, u"ALL_PLAYERS_ALREADY_JOINED"_s, joining(carol, waitingGameId)));
    QVERIFY(expectError(carol, waitingGameId, u"GAME_NOT_STARTED"_s, marking(carol, waitingGameId, 0, 0)));
    QVERIFY(expectError(alice, waitingGameId, u"GAME_NOT_STARTED"_s, marking(alice, waitingGameId, 0, 0)));
    QVERIFY(expectError(carol, unknownGameId, u"GAME_NOT_FOUND"_s, joining(carol, unknownGameId)));
    QVERIFY(expectError(carol, unknownGameId, u"GAME_NOT_FOUND"_s, marking(carol, unknownGameId, 0, 0)));
    QVERIFY(expectError(alice, gameId, u"GAME_ALREADY_EXISTS"_s, [&] {
        const QJsonObject operationId = TestClient::newIdObject();
        alice.send(u"CREATE_GAME"_s, {{u"operationId"_s, operationId},
                                      {u"gameId"_s, TestClient::idObject(gameId)},
                                      {u"creator"_s, id(alice)}});
        return operationId;
    }));

    QJsonArray board = emptyBoard();
    QVERIFY(playMove(gameId, alice, bob, 1, 1, board));
    QVERIFY(expectError(bob, gameId, u"POSITION_ALREADY_FILLED"_s, marking(bob, gameId, 1, 1)));
    QVERIFY(expectError(bob, gameId, u"POSITION_OFF_LIMITS"_s, marking(bob, gameId, 1, 3)));
    QVERIFY(playMove(gameId, bob, alice, 0, 0, board));
    QVERIFY(playMove(gameId, alice, bob, 0, 1, board));
    QVERIFY(playMove(gameId, bob, alice, 1, 0, board));
    placeMark(alice, gameId, 2, 1);
    QVERIFY(alice.waitFor(u"GAME_ENDED"_s));
    QVERIFY(bob.waitFor(u"GAME_ENDED"_s));
    QVERIFY(alice.waitFor(u"TOP_THREE_LIST_UPDATED"_s));
    QVERIFY(bob.waitFor(u"TOP_THREE_LIST_UPDATED"_s));
    QVERIFY(carol.waitFor(u"TOP_THREE_LIST_UPDATED"_s));
    for (TestClient *client : everyone) {
        QVERIFY(settle(*client));
        client->clearReceived();
    }

    // After the end: the turn would have been Bob's; the checks still run in their order.
    QVERIFY(expectError(bob, gameId, u"GAME_ALREADY_ENDED"_s, marking(bob, gameId, 2, 2)));
    QVERIFY(expectError(alice, gameId, u"PLAYER_CAN_NOT_PLAY"_s, marking(alice, gameId, 2, 2)));
    QVERIFY(expectError(bob, gameId, u"POSITION_ALREADY_FILLED"_s, marking(bob, gameId, 0, 0)));
    QVERIFY(expectError(bob, gameId, u"ALL_PLAYERS_ALREADY_JOINED"_s, joining(bob, gameId)));
}

void TestGameplay::hallOfFameKeepsTheThreeBest()
{
    QVERIFY(startServer({defaultTurnTimeoutMs, defaultCleanupDelayMs},
                        {u"Alice"_s, u"Bob"_s, u"Carol"_s, u"Dave"_s}));
    TestClient &alice = player(0);
    TestClient &bob = player(1);
    TestClient &carol = player(2);
    TestClient &dave = player(3);
    const QList<TestClient *> everyone{&alice, &bob, &carol, &dave};

    // winner beats loser; everyone hears the hall of fame change, or nobody does.
    const auto win = [&](TestClient &winner, TestClient &loser, const QJsonArray &previous,
                         const QJsonArray &current) {
        QList<QJsonObject> ending;
        if (!playToWin(winner, loser, &ending))
            return false;
        QList<QJsonObject> update;
        if (previous != current) {
            update.append(message(u"TOP_THREE_LIST_UPDATED"_s,
                                  {{u"previous"_s, QJsonObject{{u"topThree"_s, previous}}},
                                   {u"current"_s, QJsonObject{{u"topThree"_s, current}}}}));
        }
        bool ok = true;
        for (TestClient *client : everyone) {
            const bool played = client == &winner || client == &loser;
            ok = expectMessages(*client, played ? ending + update : update) && ok;
        }
        const TestClient::HttpAnswer top = m_http->query(u"GetTopThreePlayers"_s);
        return ok && top.body.value(u"list") == current;
    };

    QVERIFY(win(alice, bob, {}, topThree({{&alice, 100}})));
    // Equal scores: the most recently admitted ranks higher.
    QVERIFY(win(bob, carol, topThree({{&alice, 100}}), topThree({{&bob, 100}, {&alice, 100}})));
    QVERIFY(win(carol, alice, topThree({{&bob, 100}, {&alice, 100}}),
                topThree({{&carol, 100}, {&bob, 100}, {&alice, 100}})));
    // A listed player's entry moves up.
    QVERIFY(win(alice, bob, topThree({{&carol, 100}, {&bob, 100}, {&alice, 100}}),
                topThree({{&alice, 200}, {&carol, 100}, {&bob, 100}})));
    // A full list takes only a score strictly greater than its last.
    QVERIFY(win(dave, carol, topThree({{&alice, 200}, {&carol, 100}, {&bob, 100}}),
                topThree({{&alice, 200}, {&carol, 100}, {&bob, 100}})));
    QVERIFY(win(dave, bob, topThree({{&alice, 200}, {&carol, 100}, {&bob, 100}}),
                topThree({{&dave, 200}, {&alice, 200}, {&carol, 100}})));

    const QJsonObject operationId = TestClient::newIdObject();
    const TestClient::HttpAnswer top = m_http->query(u"GetTopThreePlayers"_s, {{u"operationId"_s, operationId}});
    QCOMPARE(top.status, 200);
    QCOMPARE(top.body, QJsonObject({{u"list"_s, topThree({{&dave, 200}, {&alice, 200}, {&carol, 100}})},
                                    {u"parentOperationId"_s, operationId}}));
}

void TestGameplay::lateSnapshotShowsBoardAndTurn()
{
    // Long enough to query the ended game before it goes, short enough to see it go.
    const qint64 cleanupDelayMs = 1000;
    QVERIFY(startServer({defaultTurnTimeoutMs, cleanupDelayMs}, {u"Alice"_s, u"Bob"_s}));
    TestClient &alice = player(0);
    TestClient &bob = player(1);

    const QUuid gameId = createGame(alice);
    QVERIFY(!gameId.isNull());
    const QJsonObject game = TestClient::idObject(gameId);
    join(alice, gameId);
    QVERIFY(alice.waitFor(u"PLAYER_JOINED_A_GAME"_s));
    QCOMPARE(gameSnapshot(gameId), QJsonObject({{u"gameId"_s, game},
                                                {u"stage"_s, u"WAITING_FOR_PLAYERS"_s},
                                                {u"players"_s, QJsonArray{id(alice)}},
                                                {u"board"_s, emptyBoard()},
                                                {u"currentPlayer"_s, QJsonValue()},
                                                {u"version"_s, 2},
                                                {u"events"_s, QJsonArray()}}));
    join(bob, gameId);
    QVERIFY(bob.waitFor(u"WAITING_FOR_PLAYER_PLAY"_s));
    QVERIFY(alice.waitFor(u"WAITING_FOR_PLAYER_PLAY"_s));
    alice.clearReceived();
    bob.clearReceived();

    QJsonArray board = emptyBoard();
    QVERIFY(playMove(gameId, alice, bob, 2, 0, board));
    QVERIFY(playMove(gameId, bob, alice, 0, 1, board));
    QVERIFY(playMove(gameId, alice, bob, 1, 1, board));
    const QJsonObject operationId = TestClient::newIdObject();
    const TestClient::HttpAnswer late =
            m_http->query(u"GetGame"_s, {{u"operationId"_s, operationId}, {u"gameId"_s, game}});
    QCOMPARE(late.status, 200);
    const QJsonArray expectedBoard{QJsonArray{QJsonValue(), QJsonValue(), id(alice)},
                                   QJsonArray{id(bob), id(alice), QJsonValue()},
                                   QJsonArray{QJsonValue(), QJsonValue(), QJsonValue()}};
    QCOMPARE(late.body, QJsonObject({{u"gameId"_s, game},
                                     {u"stage"_s, u"IN_PROGRESS"_s},
                                     {u"players"_s, QJsonArray{id(alice), id(bob)}},
                                     {u"board"_s, expectedBoard},
                                     {u"currentPlayer"_s, id(bob)},
                                     {u"parentOperationId"_s, operationId},
                                     // created, two joins, started, first turn: 5; three moves of 3 events
                                     {u"version"_s, 14},
                                     {u"events"_s, QJsonArray()}}));

    QVERIFY(playMove(gameId, bob, alice, 0, 0, board));
    placeMark(alice, gameId, 0, 2);
    QVERIFY(alice.waitFor(u"GAME_ENDED"_s));
    mark(board, 0, 2, id(alice));
    const QJsonObject ended = gameSnapshot(gameId);
    QCOMPARE(ended.value(u"stage"), u"ENDED"_s);
    QCOMPARE(ended.value(u"board"), board);
    QCOMPARE(ended.value(u"currentPlayer"), QJsonValue());

    // The ended game is forgotten after the clean-up delay; commands on it then get a clear error.
    QTRY_COMPARE_WITH_TIMEOUT(gameSnapshot(gameId).value(u"status").toInt(), 404, TestClient::waitTimeoutMs);
    alice.clearReceived();
    QVERIFY(settle(bob));
    bob.clearReceived();
    const QJsonObject lateJoin = join(bob, gameId);
    QVERIFY(expectMessages(bob, {message(u"GAME_ERROR_OCCURRED"_s, {{u"gameId"_s, game},
                                                                   {u"player"_s, id(bob)},
                                                                   {u"reason"_s, u"GAME_NOT_FOUND"_s},
                                                                   {u"parentOperationId"_s, lateJoin}})}));
    QVERIFY(expectNothing(alice));
}

void TestGameplay::invitationDeclinedReachesOnlyTheHost()
{
    QVERIFY(startServer({defaultTurnTimeoutMs, defaultCleanupDelayMs}, {u"Alice"_s, u"Bob"_s, u"Carol"_s}));
    TestClient &alice = player(0);
    TestClient &bob = player(1);
    TestClient &carol = player(2);

    const QUuid gameId = createGame(alice);
    QVERIFY(!gameId.isNull());
    const QJsonObject invitation{{u"host"_s, id(alice)},
                                 {u"invited"_s, id(bob)},
                                 {u"game"_s, TestClient::idObject(gameId)},
                                 {u"operationId"_s, TestClient::newIdObject()}};
    alice.send(u"USER_INVITED"_s, invitation);
    QVERIFY(expectMessages(bob, {message(u"USER_INVITED"_s, invitation)}));

    QJsonObject declined = invitation;
    declined.insert(u"operationId"_s, TestClient::newIdObject());
    bob.send(u"INVITATION_DECLINED"_s, declined);
    QVERIFY(expectMessages(alice, {message(u"INVITATION_DECLINED"_s, declined)}));
    QVERIFY(expectNothing(bob));
    QVERIFY(expectNothing(carol));
}

void TestGameplay::reconnectingPlayerResumesTheGame()
{
    QVERIFY(startServer({defaultTurnTimeoutMs, defaultCleanupDelayMs}, {u"Alice"_s, u"Bob"_s}));
    TestClient &alice = player(0);
    TestClient &bob = player(1);
    const QUuid gameId = createGame(alice);
    QVERIFY(!gameId.isNull());
    QVERIFY(startGame(gameId, alice, bob));
    QJsonArray board = emptyBoard();
    QVERIFY(playMove(gameId, alice, bob, 1, 1, board));

    QVERIFY(alice.closeSocket());
    QVERIFY(expectMessages(bob, {message(u"USER_WENT_OFFLINE"_s,
                                         {{u"userId"_s, id(alice)}, {u"usersOnline"_s, 1}})}));

    // Alice comes back on a new socket with her credential.
    TestClient aliceAgain(m_server->port());
    aliceAgain.setIdentity(alice.userId(), alice.credential());
    QVERIFY(aliceAgain.openSocket());
    QVERIFY(aliceAgain.associate());
    QVERIFY(aliceAgain.announce());
    // Both hear that she is back (her list, which announce() took, came to her alone).
    const QJsonObject back = message(u"USER_CAME_ONLINE"_s, {{u"userId"_s, id(alice)}, {u"usersOnline"_s, 2}});
    QVERIFY(expectMessages(bob, {back}));
    QVERIFY(expectMessages(aliceAgain, {back}));
    const QJsonObject snapshot = gameSnapshot(gameId);
    QCOMPARE(snapshot.value(u"stage"), u"IN_PROGRESS"_s);
    QCOMPARE(snapshot.value(u"board"), board);
    QCOMPARE(snapshot.value(u"currentPlayer"), id(bob));

    // The game goes on with her new socket.
    QVERIFY(playMove(gameId, bob, aliceAgain, 0, 0, board));
    QVERIFY(playMove(gameId, aliceAgain, bob, 2, 2, board));
    QVERIFY(alice.received().isEmpty());
}

// A spectator hears the game's events as its players do, from the WatchGame on; everybody in the
// game hears how many watch; a watcher's move is refused to the watcher alone; one who leaves (by
// closing the socket) is counted out.
void TestGameplay::aWatcherHearsEveryMoveAndCannotPlay()
{
    QVERIFY(startServer({defaultTurnTimeoutMs, defaultCleanupDelayMs}, {u"Alice"_s, u"Bob"_s, u"Carol"_s}));
    TestClient &alice = player(0);
    TestClient &bob = player(1);
    TestClient &carol = player(2);
    const QUuid gameId = createGame(alice);
    QVERIFY(!gameId.isNull());
    QVERIFY(startGame(gameId, alice, bob));
    const QJsonObject game = TestClient::idObject(gameId);

    const QJsonObject watchOperation = TestClient::newIdObject();
    carol.send(u"WATCH_GAME"_s, {{u"operationId"_s, watchOperation}, {u"gameId"_s, game}, {u"watcher"_s, id(carol)}});
    const QJsonObject joined = message(u"WATCHER_JOINED"_s, {{u"gameId"_s, game},
                                                             {u"watcher"_s, id(carol)},
                                                             {u"watchers"_s, 1},
                                                             {u"parentOperationId"_s, watchOperation}});
    QVERIFY(expectMessages(carol, {joined}));
    QVERIFY(expectMessages(alice, {joined}));
    QVERIFY(expectMessages(bob, {joined}));

    QJsonArray board = emptyBoard();
    QVERIFY(playMove(gameId, alice, bob, 1, 1, board));
    QVERIFY(carol.waitForCount(3));
    const QList<QJsonObject> seen = carol.received();
    carol.clearReceived();
    QCOMPARE(seen.at(0).value(u"type").toString(), u"MARK_PLACED"_s);
    QCOMPARE(seen.at(1).value(u"payload").toObject().value(u"board").toArray(), board);
    QCOMPARE(seen.at(2).value(u"payload").toObject().value(u"playerId").toObject(), id(bob));

    const QJsonObject refused = placeMark(carol, gameId, 0, 0);
    QVERIFY(expectMessages(carol, {message(u"GAME_ERROR_OCCURRED"_s, {{u"gameId"_s, game},
                                                                      {u"player"_s, id(carol)},
                                                                      {u"reason"_s, u"PLAYER_CAN_NOT_PLAY"_s},
                                                                      {u"parentOperationId"_s, refused}})}));
    QVERIFY(expectNothing(alice));
    QVERIFY(expectNothing(bob));

    QVERIFY(carol.closeSocket());
    const QJsonObject left{{u"gameId"_s, game}, {u"watcher"_s, id(carol)}, {u"watchers"_s, 0}};
    QCOMPARE(alice.waitFor(u"WATCHER_LEFT"_s).value_or(QJsonObject()), left);
    QCOMPARE(bob.waitFor(u"WATCHER_LEFT"_s).value_or(QJsonObject()), left);
}

QTEST_GUILESS_MAIN(TestGameplay)
#include "tst_gameplay.moc"
