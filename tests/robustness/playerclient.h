// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPoint>
#include <QStringList>
#include <QTimer>
#include <QUuid>

#include <array>

class QNetworkAccessManager;
class QWebSocket;

// An honest player driven by the server's messages, so that hundreds of them run at once in one
// thread: it connects, says hello, creates its user once and proves it with its credential on every
// later connection, announces itself, and plays the games it is in by itself. It follows each
// game's versions, and after a reconnection or a gap it catches up with GetGame over HTTP, as
// docs/protocol.md ("Versions and resync") tells clients to.
class PlayerClient : public QObject
{
    Q_OBJECT

public:
    enum class Stage { None, WaitingForPlayers, InProgress, Ended };
    using Board = std::array<QUuid, 9>; // by y * 3 + x

    static constexpr int resyncTimeoutMs = 5000;
    static constexpr int turnCheckMs = 1000;

    PlayerClient(quint16 port, QNetworkAccessManager *network, const QString &alias,
                 QObject *parent = nullptr);
    ~PlayerClient() override;

    // Opens a new socket; online() follows once the server listed this player as online.
    void connectToServer();
    // Leaves at once: abruptly is a reset, as a crash or a lost network gives; else a normal close.
    void dropConnection(bool abruptly);
    bool isOnline() const { return m_online; }
    // Who is online as this player knows it: the list the server sent it when it announced itself,
    // then each arrival and departure since.
    const QList<QUuid> &onlineUsers() const { return m_onlineUsers; }
    QUuid userId() const { return m_userId; }
    QByteArray credential() const { return m_credential; }

    // How the player chooses a move: the first empty cell in this order.
    void setCellOrder(const QList<QPoint> &order) { m_cellOrder = order; }
    // Creates the game and joins it at once, so that this player moves first.
    void createGame(const QUuid &gameId);
    void joinGame(const QUuid &gameId);

    QUuid gameId() const { return m_gameId; }
    Stage stage() const { return m_stage; }
    const Board &board() const { return m_board; }
    int version() const { return m_version; }
    QUuid currentPlayer() const { return m_currentPlayer; }
    // The version at which this player last sent a move on its current connection; -1 if none.
    int moveSentAtVersion() const { return m_moveSentAtVersion; }
    // From GAME_ENDED; empty when only a snapshot told this player the game had ended.
    QString result() const { return m_result; }
    QUuid winner() const { return m_winner; }
    int resyncCount() const { return m_resyncCount; }
    bool isResyncing() const { return m_resyncInFlight; }
    // GetGame requests that got no answer in time and were sent again.
    int unansweredResyncs() const { return m_unansweredResyncs; }
    int messageCount() const { return m_messageCount; }
    // What an honest player should never get (rejections, game errors, timeouts), in words.
    const QStringList &problems() const { return m_problems; }

    static Board boardFromJson(const QJsonValue &rows);
    // The user with three in a row, or a null id.
    static QUuid winnerOf(const Board &board);
    static QJsonObject idObject(const QUuid &id);
    static QUuid idOf(const QJsonValue &idObject);

Q_SIGNALS:
    void online();
    // The server confirmed this player's own join of the current game.
    void joined();
    void gameEnded();

private:
    void send(const QString &type, const QJsonObject &data);
    void handleMessage(const QString &text);
    void receiveGameEvent(const QString &type, const QJsonObject &payload);
    void apply(const QString &type, const QJsonObject &payload);
    void applyPending();
    void resync();
    void takeResyncAnswer(int status, const QJsonObject &answer);
    void playIfMyTurn();
    void resetGame(const QUuid &gameId);

    quint16 m_port;
    QNetworkAccessManager *m_network;
    QString m_alias;
    QWebSocket *m_socket = nullptr;
    bool m_online = false;
    QUuid m_userId = QUuid::createUuid();
    QByteArray m_credential;
    QJsonObject m_announceOperation;
    QList<QUuid> m_onlineUsers;
    QList<QPoint> m_cellOrder;

    QUuid m_gameId;
    Stage m_stage = Stage::None;
    Board m_board;
    QUuid m_currentPlayer;
    int m_version = 0;
    int m_moveSentAtVersion = -1;
    QString m_result;
    QUuid m_winner;
    // Live events that came before one they follow, by version, until the gap is filled.
    QMap<int, std::pair<QString, QJsonObject>> m_pending;
    bool m_resyncInFlight = false;
    bool m_resyncWanted = false;
    int m_resyncCount = 0;
    int m_unansweredResyncs = 0;
    int m_messageCount = 0;
    QStringList m_problems;
    QTimer m_turnCheck;
};
