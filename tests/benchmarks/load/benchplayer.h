// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUuid>
#include <QWebSocket>

#include <array>

// What all the players of one run add up to.
struct BenchFigures
{
    QList<qint64> latenciesUs; // a move sent -> its opponent receiving MARK_PLACED
    qint64 moves = 0;
    qint64 gamesEnded = 0;
    qint64 errors = 0;
};

// One user of the benchmark, as a real client is: its own WebSocket (CLIENT_HELLO, then
// CREATE_USER), moves over that socket or over its own keep-alive HTTP connection. Two players make
// a pair: the first creates each game, and both play random legal moves as soon as it is their turn
// (or at a pace, one move per game every paceMs).
class BenchPlayer : public QObject
{
    Q_OBJECT

public:
    enum class Transport { WebSocket, Http };

    BenchPlayer(quint16 port, Transport transport, BenchFigures &figures, quint32 seed,
                QObject *parent = nullptr);

    void connectToServer();
    bool isReady() const { return !m_credential.isEmpty(); }
    // Makes this player the creator of a pair's games, against opponent.
    void pairWith(BenchPlayer *opponent);
    void setPaceMs(int paceMs) { m_paceMs = paceMs; }
    // Starts the pair's first game (creator only); games follow one another until stop().
    void startPlaying();
    void stop() { m_playing = false; }
    QUuid userId() const { return m_userId; }

Q_SIGNALS:
    void ready();
    void failed(const QString &why);

private:
    void send(const QString &type, const QJsonObject &data);
    void sendCommand(const QString &type, const QString &httpType, const QJsonObject &data);
    void handleMessage(const QString &text);
    void startGame();
    void join(const QUuid &gameId);
    void play();
    void readHttpAnswers();

    quint16 m_port;
    Transport m_transport;
    BenchFigures &m_figures;
    QRandomGenerator m_random;
    QWebSocket m_socket;
    QTcpSocket m_http;
    QByteArray m_httpAnswers;
    QUuid m_userId = QUuid::createUuid();
    QByteArray m_credential;
    BenchPlayer *m_opponent = nullptr;
    bool m_creator = false;
    bool m_playing = false;
    int m_paceMs = 0;
    QUuid m_gameId;
    std::array<bool, 9> m_taken{};
    QElapsedTimer m_sinceMoveSent; // runs from this player's last move
    QElapsedTimer m_sinceGameMove; // paces the game
};
