// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "benchplayer.h"

#include "protocolcatalogue.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QTimer>

namespace {

QJsonObject idObject(const QUuid &id)
{
    return {{QStringLiteral("id"), id.toString(QUuid::WithoutBraces)}};
}

QUuid idOf(const QJsonValue &value)
{
    return QUuid::fromString(value.toObject().value(u"id").toString());
}

} // namespace

BenchPlayer::BenchPlayer(quint16 port, Transport transport, BenchFigures &figures, quint32 seed,
                         QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_transport(transport)
    , m_figures(figures)
    , m_random(seed)
{
    m_socket.setProxy(QNetworkProxy::NoProxy);
    m_http.setProxy(QNetworkProxy::NoProxy);
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        send(QStringLiteral("CLIENT_HELLO"), {{QStringLiteral("protocolVersion"), protocolVersion}});
        send(QStringLiteral("CREATE_USER"), {{QStringLiteral("id"), idObject(m_userId)},
                                              {QStringLiteral("alias"), QStringLiteral("bench")},
                                              {QStringLiteral("operationId"), idObject(QUuid::createUuid())}});
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &BenchPlayer::handleMessage);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_playing)
            ++m_figures.errors;
        Q_EMIT failed(QStringLiteral("the socket closed: %1").arg(m_socket.closeReason()));
    });
    connect(&m_http, &QTcpSocket::readyRead, this, &BenchPlayer::readHttpAnswers);
}

void BenchPlayer::connectToServer()
{
    m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_port)));
    if (m_transport == Transport::Http)
        m_http.connectToHost(QHostAddress::LocalHost, m_port);
}

void BenchPlayer::pairWith(BenchPlayer *opponent)
{
    m_opponent = opponent;
    m_creator = true;
    opponent->m_opponent = this;
}

void BenchPlayer::startPlaying()
{
    m_playing = true;
    m_opponent->m_playing = true;
    startGame();
}

void BenchPlayer::send(const QString &type, const QJsonObject &data)
{
    const QJsonObject message{{QStringLiteral("type"), QStringLiteral("server/") + type},
                              {QStringLiteral("data"), data}};
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void BenchPlayer::sendCommand(const QString &type, const QString &httpType, const QJsonObject &data)
{
    if (m_transport == Transport::WebSocket) {
        send(type, data);
        return;
    }
    const QByteArray body = QJsonDocument(QJsonObject{
            {QStringLiteral("command"), QJsonObject{{QStringLiteral("type"), httpType},
                                                    {QStringLiteral("payload"), data}}}})
                                    .toJson(QJsonDocument::Compact);
    m_http.write("POST /commands HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Authorization: Bearer " + m_credential + "\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
}

void BenchPlayer::readHttpAnswers()
{
    m_httpAnswers += m_http.readAll();
    // Each answer: a status line, headers with Content-Length, then that many bytes of JSON.
    while (true) {
        const qsizetype headerEnd = m_httpAnswers.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray headers = m_httpAnswers.first(headerEnd).toLower();
        const qsizetype lengthAt = headers.indexOf("content-length:");
        const qsizetype length = lengthAt < 0 ? 0
                : headers.mid(lengthAt + 15, headers.indexOf("\r\n", lengthAt) - lengthAt - 15).trimmed().toLongLong();
        if (m_httpAnswers.size() < headerEnd + 4 + length)
            return;
        if (!m_httpAnswers.startsWith("HTTP/1.1 200"))
            ++m_figures.errors;
        m_httpAnswers.remove(0, headerEnd + 4 + length);
    }
}

void BenchPlayer::handleMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(u"type").toString();
    const QJsonObject payload = message.value(u"payload").toObject();
    if (type == u"CREDENTIAL_ISSUED") {
        m_credential = payload.value(u"credential").toString().toUtf8();
        Q_EMIT ready();
    } else if (type == u"COMMAND_REJECTED" || type == u"GAME_ERROR_OCCURRED") {
        ++m_figures.errors;
        qWarning().noquote() << "refused:" << text;
    } else if (idOf(payload.value(u"gameId")) != m_gameId) {
        return;
    } else if (type == u"PLAYER_JOINED_A_GAME") {
        // The creator has joined: the game exists, the opponent may join it.
        if (m_creator && idOf(payload.value(u"playerId")) == m_userId)
            m_opponent->join(m_gameId);
    } else if (type == u"WAITING_FOR_PLAYER_PLAY") {
        if (idOf(payload.value(u"playerId")) != m_userId || !m_playing)
            return;
        const qint64 waitMs = m_paceMs > 0 ? qMax<qint64>(0, m_paceMs - m_sinceGameMove.elapsed()) : 0;
        if (waitMs > 0)
            QTimer::singleShot(int(waitMs), this, &BenchPlayer::play);
        else
            play();
    } else if (type == u"MARK_PLACED") {
        const int x = payload.value(u"x").toInt(), y = payload.value(u"y").toInt();
        m_taken[y * 3 + x] = true;
        m_sinceGameMove.start();
        if (idOf(payload.value(u"player")) != m_userId) {
            m_figures.latenciesUs.append(m_opponent->m_sinceMoveSent.nsecsElapsed() / 1000);
            ++m_figures.moves;
        }
    } else if (type == u"GAME_ENDED" && m_creator) {
        ++m_figures.gamesEnded;
        if (m_playing)
            startGame();
    }
}

void BenchPlayer::startGame()
{
    const QUuid gameId = QUuid::createUuid();
    m_sinceGameMove.start();
    send(QStringLiteral("CREATE_GAME"), {{QStringLiteral("operationId"), idObject(QUuid::createUuid())},
                                         {QStringLiteral("gameId"), idObject(gameId)},
                                         {QStringLiteral("creator"), idObject(m_userId)}});
    join(gameId);
}

void BenchPlayer::join(const QUuid &gameId)
{
    // Each player follows the new game from its own join: the opponent may still have the last
    // move of the previous game to read, and must count it.
    m_gameId = gameId;
    m_taken.fill(false);
    send(QStringLiteral("JOIN_GAME"), {{QStringLiteral("operationId"), idObject(QUuid::createUuid())},
                                       {QStringLiteral("gameId"), idObject(gameId)},
                                       {QStringLiteral("playerId"), idObject(m_userId)}});
}

void BenchPlayer::play()
{
    if (!m_playing)
        return;
    int free[9];
    int freeCount = 0;
    for (int cell = 0; cell < 9; ++cell) {
        if (!m_taken[cell])
            free[freeCount++] = cell;
    }
    if (freeCount == 0)
        return;
    const int cell = free[m_random.bounded(freeCount)];
    m_sinceMoveSent.start();
    sendCommand(QStringLiteral("PLACE_MARK"), QStringLiteral("PlaceMark"),
                {{QStringLiteral("operationId"), idObject(QUuid::createUuid())},
                 {QStringLiteral("gameId"), idObject(m_gameId)},
                 {QStringLiteral("player"), idObject(m_userId)},
                 {QStringLiteral("x"), cell % 3},
                 {QStringLiteral("y"), cell / 3}});
}
