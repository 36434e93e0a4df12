// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "playerclient.h"

#include "protocolcatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace {

// GetGame's events travel by their HTTP names (MarkPlaced); live ones by their socket names.
QString socketName(const QString &httpName)
{
    static const QRegularExpression wordStart(u"(?<=[a-z])(?=[A-Z])"_s);
    return QString(httpName).replace(wordStart, u"_"_s).toUpper();
}

} // namespace

PlayerClient::PlayerClient(quint16 port, QNetworkAccessManager *network, const QString &alias,
                           QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_network(network)
    , m_alias(alias)
{
    // A second look at whose turn it is, once a second: in the chaos scenario a player that knew
    // it was its turn sometimes had not played, for a reason not found yet (client side: the server
    // and the player agreed whose turn it was).
    m_turnCheck.setInterval(turnCheckMs);
    connect(&m_turnCheck, &QTimer::timeout, this, &PlayerClient::playIfMyTurn);
    m_turnCheck.start();
}

PlayerClient::~PlayerClient()
{
    if (m_socket)
        m_socket->abort();
}

void PlayerClient::connectToServer()
{
    dropConnection(true);
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    QWebSocket *socket = m_socket;
    connect(socket, &QWebSocket::textMessageReceived, this, &PlayerClient::handleMessage);
    // Only a connection this player did not drop itself ends here: the server never should.
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_online = false;
        m_problems.append(u"disconnected by the server: %1 %2 (%3)"_s.arg(socket->closeCode())
                                  .arg(socket->closeReason(), socket->errorString()));
    });
    connect(socket, &QWebSocket::connected, this, [this] {
        // The hello and the authentication go out together, as the protocol allows.
        send(u"CLIENT_HELLO"_s, {{u"protocolVersion"_s, protocolVersion}});
        if (m_credential.isEmpty()) {
            send(u"CREATE_USER"_s, {{u"id"_s, idObject(m_userId)},
                                    {u"alias"_s, m_alias},
                                    {u"operationId"_s, idObject(QUuid::createUuid())}});
        } else {
            send(u"ASSOCIATE_USER_TO_SESSION"_s,
                 {{u"userId"_s, idObject(m_userId)}, {u"credential"_s, QString::fromUtf8(m_credential)}});
        }
    });
    m_socket->open(QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_port)));
}

void PlayerClient::dropConnection(bool abruptly)
{
    m_online = false;
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    if (abruptly)
        m_socket->abort();
    else
        m_socket->close();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void PlayerClient::createGame(const QUuid &gameId)
{
    resetGame(gameId);
    send(u"CREATE_GAME"_s, {{u"operationId"_s, idObject(QUuid::createUuid())},
                            {u"gameId"_s, idObject(gameId)},
                            {u"creator"_s, idObject(m_userId)}});
    joinGame(gameId);
}

void PlayerClient::joinGame(const QUuid &gameId)
{
    if (m_gameId != gameId)
        resetGame(gameId);
    send(u"JOIN_GAME"_s, {{u"operationId"_s, idObject(QUuid::createUuid())},
                          {u"gameId"_s, idObject(gameId)},
                          {u"playerId"_s, idObject(m_userId)}});
}

PlayerClient::Board PlayerClient::boardFromJson(const QJsonValue &rows)
{
    Board board;
    for (int y = 0; y < 3; ++y) {
        const QJsonArray row = rows.toArray().at(y).toArray();
        for (int x = 0; x < 3; ++x)
            board[y * 3 + x] = idOf(row.at(x));
    }
    return board;
}

QUuid PlayerClient::winnerOf(const Board &board)
{
    static constexpr int lines[8][3] = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6},
                                        {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};
    for (const auto &line : lines) {
        const QUuid &first = board[line[0]];
        if (!first.isNull() && board[line[1]] == first && board[line[2]] == first)
            return first;
    }
    return {};
}

QJsonObject PlayerClient::idObject(const QUuid &id)
{
    return {{u"id"_s, id.toString(QUuid::WithoutBraces)}};
}

QUuid PlayerClient::idOf(const QJsonValue &idObject)
{
    return QUuid::fromString(idObject.toObject().value(u"id").toString());
}

void PlayerClient::send(const QString &type, const QJsonObject &data)
{
    if (!m_socket)
        return;
    const QJsonObject message{{u"type"_s, u"server/"_s + type}, {u"data"_s, data}};
    m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void PlayerClient::handleMessage(const QString &text)
{
    ++m_messageCount;
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(u"type").toString();
    const QJsonObject payload = message.value(u"payload").toObject();
    if (type == u"CREDENTIAL_ISSUED") {
        m_credential = payload.value(u"credential").toString().toUtf8();
    } else if (type == u"SESSION_ASSOCIATED") {
        m_announceOperation = idObject(QUuid::createUuid());
        send(u"USER_CONNECTED"_s, {{u"id"_s, idObject(m_userId)}, {u"operationId"_s, m_announceOperation}});
    } else if (type == u"USER_CAME_ONLINE") {
        const QUuid arrived = idOf(payload.value(u"userId"));
        if (!m_onlineUsers.contains(arrived))
            m_onlineUsers.append(arrived);
    } else if (type == u"USER_WENT_OFFLINE") {
        m_onlineUsers.removeOne(idOf(payload.value(u"userId")));
    } else if (type == u"USERS_ONLINE_UPDATED") {
        if (m_online || payload.value(u"parentOperationId") != m_announceOperation)
            return;
        m_onlineUsers.clear();
        for (const QJsonValue &user : payload.value(u"onlineUsers").toArray())
            m_onlineUsers.append(idOf(user));
        m_online = true;
        // Whatever happened to the game while this player was away is caught up first.
        m_moveSentAtVersion = -1;
        if (!m_gameId.isNull() && m_stage != Stage::Ended)
            resync();
        Q_EMIT online();
    } else if (type == u"COMMAND_REJECTED" || type == u"GAME_ERROR_OCCURRED" || type == u"TURN_TIMEOUT") {
        m_problems.append(type + u' ' + QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    } else if (payload.contains(u"version") && idOf(payload.value(u"gameId")) == m_gameId) {
        receiveGameEvent(type, payload);
    }
}

void PlayerClient::receiveGameEvent(const QString &type, const QJsonObject &payload)
{
    const int version = payload.value(u"version").toInt();
    // The first event a player hears of a game is its base: the joiner's first is its own join.
    if (m_version == 0)
        m_version = version - 1;
    if (version <= m_version)
        return;
    m_pending.insert(version, {type, payload});
    if (version > m_version + 1) {
        resync();
        return;
    }
    applyPending();
    playIfMyTurn();
}

void PlayerClient::applyPending()
{
    while (!m_pending.isEmpty() && m_pending.firstKey() <= m_version + 1) {
        const int version = m_pending.firstKey();
        const std::pair<QString, QJsonObject> event = m_pending.first();
        m_pending.erase(m_pending.begin());
        if (version == m_version + 1) {
            m_version = version;
            apply(event.first, event.second);
        }
    }
}

void PlayerClient::apply(const QString &type, const QJsonObject &payload)
{
    if (type == u"GAME_CREATED") {
        m_stage = Stage::WaitingForPlayers;
    } else if (type == u"PLAYER_JOINED_A_GAME") {
        if (idOf(payload.value(u"playerId")) == m_userId)
            Q_EMIT joined();
    } else if (type == u"GAME_STARTED") {
        m_stage = Stage::InProgress;
        m_board = boardFromJson(payload.value(u"board"));
    } else if (type == u"WAITING_FOR_PLAYER_PLAY") {
        m_currentPlayer = idOf(payload.value(u"playerId"));
    } else if (type == u"MARK_PLACED") {
        // Nobody's turn until the next WAITING_FOR_PLAYER_PLAY says whose.
        m_currentPlayer = QUuid();
        m_board[payload.value(u"y").toInt() * 3 + payload.value(u"x").toInt()] = idOf(payload.value(u"player"));
    } else if (type == u"BOARD_UPDATED") {
        m_board = boardFromJson(payload.value(u"board"));
    } else if (type == u"GAME_ENDED") {
        m_stage = Stage::Ended;
        m_currentPlayer = QUuid();
        m_result = payload.value(u"result").toString();
        m_winner = idOf(payload.value(u"winner"));
        Q_EMIT gameEnded();
    }
}

void PlayerClient::resync()
{
    if (m_resyncInFlight || !m_online) {
        m_resyncWanted = true;
        return;
    }
    m_resyncInFlight = true;
    m_resyncWanted = false;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/queries"_s.arg(m_port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // A request that gets no answer at all (a kept-alive connection the server closed as the
    // request went out) must not leave the player waiting for it forever.
    request.setTransferTimeout(resyncTimeoutMs);
    const QJsonObject query{{u"type"_s, u"GetGame"_s},
                            {u"payload"_s, QJsonObject{{u"operationId"_s, idObject(QUuid::createUuid())},
                                                       {u"gameId"_s, idObject(m_gameId)},
                                                       {u"sinceVersion"_s, m_version}}}};
    QNetworkReply *reply = m_network->post(
            request, QJsonDocument(QJsonObject{{u"query"_s, query}}).toJson(QJsonDocument::Compact));
    const QUuid gameId = m_gameId;
    connect(reply, &QNetworkReply::finished, this, [this, reply, gameId] {
        reply->deleteLater();
        m_resyncInFlight = false;
        if (gameId != m_gameId)
            return;
        takeResyncAnswer(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                         QJsonDocument::fromJson(reply->readAll()).object());
    });
}

void PlayerClient::takeResyncAnswer(int status, const QJsonObject &answer)
{
    ++m_resyncCount;
    if (status == 0) {
        ++m_unansweredResyncs;
        resync();
        return;
    }
    if (status != 200) {
        m_problems.append(u"GetGame answered %1"_s.arg(status));
        return;
    }
    const QJsonArray events = answer.value(u"events").toArray();
    const int version = answer.value(u"version").toInt();
    for (const QJsonValue &event : events) {
        const QJsonObject payload = event.toObject().value(u"payload").toObject();
        const int eventVersion = payload.value(u"version").toInt();
        if (eventVersion > m_version)
            m_pending.insert(eventVersion, {socketName(event.toObject().value(u"type").toString()), payload});
    }
    if (events.isEmpty() && version > m_version) {
        // Too far behind for the events: the snapshot as it is.
        m_version = version;
        m_board = boardFromJson(answer.value(u"board"));
        m_currentPlayer = idOf(answer.value(u"currentPlayer"));
        const QString stage = answer.value(u"stage").toString();
        m_stage = stage == u"ENDED" ? Stage::Ended
                : stage == u"IN_PROGRESS" ? Stage::InProgress
                                          : Stage::WaitingForPlayers;
        if (m_stage == Stage::Ended) {
            m_winner = winnerOf(m_board);
            Q_EMIT gameEnded();
        }
    }
    applyPending();
    // Live events still wait behind a gap the answer did not cover: ask again.
    if (m_resyncWanted || !m_pending.isEmpty())
        resync();
    playIfMyTurn();
}

void PlayerClient::playIfMyTurn()
{
    if (!m_online || m_resyncInFlight || m_stage != Stage::InProgress || m_currentPlayer != m_userId
        || m_moveSentAtVersion == m_version) {
        return;
    }
    for (const QPoint &cell : std::as_const(m_cellOrder)) {
        if (!m_board[cell.y() * 3 + cell.x()].isNull())
            continue;
        m_moveSentAtVersion = m_version;
        send(u"PLACE_MARK"_s, {{u"operationId"_s, idObject(QUuid::createUuid())},
                               {u"gameId"_s, idObject(m_gameId)},
                               {u"player"_s, idObject(m_userId)},
                               {u"x"_s, cell.x()},
                               {u"y"_s, cell.y()}});
        return;
    }
}

void PlayerClient::resetGame(const QUuid &gameId)
{
    m_gameId = gameId;
    m_stage = Stage::None;
    m_board = {};
    m_currentPlayer = QUuid();
    m_version = 0;
    m_moveSentAtVersion = -1;
    m_result.clear();
    m_winner = QUuid();
    m_pending.clear();
    m_resyncWanted = false;
}
