// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "games/board.h"
#include "games/gameeffects.h"
#include "spectators/spectatoreffects.h"
#include "movelogmodel.h"
#include "systemclock.h"

#include <QAbstractListModel>
#include <QList>
#include <QTimer>
#include <QUuid>
#include <QtQml/qqmlregistration.h>

#include <array>

class AliasDirectory;

// The game the local player is in, or watches, as the game page shows it: the nine cells (index = y * 3 + x) as
// a list model, whose turn it is, the countdown, the moves so far and the result. It follows the
// server's game events; play() only asks, the board changes when the server says so. The first
// player of GAME_STARTED plays X, the second O.
class CurrentGame : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GameSession owns the current game")
    Q_PROPERTY(bool active READ isActive NOTIFY activeChanged)
    Q_PROPERTY(QString myMark READ myMark NOTIFY myMarkChanged)
    Q_PROPERTY(QString opponentAlias READ opponentAlias NOTIFY opponentAliasChanged)
    Q_PROPERTY(bool myTurn READ isMyTurn NOTIFY myTurnChanged)
    Q_PROPERTY(QString turnAlias READ turnAlias NOTIFY turnAliasChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    // False while the server cannot be reached: nobody here knows how the turn's time runs then.
    // Nor does a watcher, until the next turn starts.
    Q_PROPERTY(bool countdownKnown READ isCountdownKnown NOTIFY countdownKnownChanged)
    // False while the opponent of a running game has no connection (its turn timer runs on).
    Q_PROPERTY(bool opponentConnected READ isOpponentConnected NOTIFY opponentConnectedChanged)
    Q_PROPERTY(Result result READ result NOTIFY resultChanged)
    Q_PROPERTY(QString resultText READ resultText NOTIFY resultTextChanged)
    Q_PROPERTY(MoveLogModel *moves READ moves CONSTANT)
    // Watching someone else's game: nothing to play, and its result is nobody's win or loss here.
    Q_PROPERTY(bool watching READ isWatching NOTIFY watchingChanged)
    // "Alice (X) against Bob (O)"
    Q_PROPERTY(QString playersText READ playersText NOTIFY playersTextChanged)
    // How many watch the game, as WATCHER_JOINED and WATCHER_LEFT count them.
    Q_PROPERTY(int watchers READ watchers NOTIFY watchersChanged)

public:
    enum Role {
        MarkRole = Qt::UserRole + 1,
        PlayableRole,
        WinningRole,
    };
    Q_ENUM(Role)

    // SomeoneWon: a player of the game watched won.
    enum Result { None, Won, Lost, Draw, Aborted, SomeoneWon };
    Q_ENUM(Result)

    explicit CurrentGame(AliasDirectory *aliases, QObject *parent = nullptr);
    ~CurrentGame() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isActive() const { return m_active; }
    QString myMark() const;
    QString opponentAlias() const;
    bool isMyTurn() const;
    QString turnAlias() const;
    int secondsLeft() const { return m_secondsLeft; }
    bool isCountdownKnown() const;
    bool isOpponentConnected() const { return m_opponentConnected; }
    void setServerReachable(bool reachable);
    Result result() const { return m_result; }
    QString resultText() const;
    MoveLogModel *moves() const { return m_moves; }
    // The texts again, in the language just installed.
    void retranslate();
    bool isWatching() const { return m_watching; }
    QString playersText() const;
    int watchers() const { return m_watchers; }

    QUuid gameId() const { return m_gameId; }
    // The game's version as far as this client has followed it.
    int version() const { return m_version; }
    QUuid opponentId() const;

    // The countdown reads this clock and refreshes every tickIntervalMs; tests inject a ManualClock.
    void setClock(const Clock *clock);
    void setTickInterval(int milliseconds);
    void setMyUserId(const QUuid &userId);

    // Follows gameId as a watcher, from nothing: the snapshot comes once the server counts us in.
    void watch(const QUuid &gameId);
    // Asks to mark the cell; does nothing unless it is playable.
    Q_INVOKABLE void play(int index);

    void handleGameStarted(const GameStarted &event);
    void handleWaitingForPlayerPlay(const WaitingForPlayerPlay &event);
    void handleMarkPlaced(const MarkPlaced &event);
    void handleBoardUpdated(const BoardUpdated &event);
    void handleTurnTimeout(const TurnTimeout &event);
    void handleGameEnded(const GameEnded &event);
    void handleGameErrorOccurred(const GameErrorOccurred &event);
    void handleWatcherJoined(const WatcherJoined &event);
    void handleWatcherLeft(const WatcherLeft &event);
    // Resynchronises from a snapshot, when the events missed are no longer to be had.
    void handleGameSnapshot(const GameSnapshot &snapshot);
    // The game the server no longer knows (forgotten after its end while we were away).
    void handleGameLost(const QUuid &gameId);
    // Who is online now: whether the opponent of a running game still has a connection.
    void handleUsersOnline(const QList<QUuid> &userIds);
    // The host's computer players: never online, yet always there to play.
    void setComputerPlayers(const QList<QUuid> &userIds);
    // Back to no game at all.
    void reset();

Q_SIGNALS:
    void moveRequested(const QUuid &gameId, int x, int y);
    void countdownKnownChanged();
    void opponentConnectedChanged();
    // An event arrived after a gap: ask for what came after version.
    void resyncNeeded(const QUuid &gameId, int version);
    void activeChanged();
    void myMarkChanged();
    void opponentAliasChanged();
    void myTurnChanged();
    void turnAliasChanged();
    void secondsLeftChanged();
    void resultChanged();
    void resultTextChanged();
    void watchingChanged();
    void playersTextChanged();
    void watchersChanged();

private:
    struct CellView
    {
        QString mark;
        bool playable = false;
        bool winning = false;
        friend bool operator==(const CellView &, const CellView &) = default;
    };
    struct View
    {
        bool active = false;
        QString myMark;
        QString opponentAlias;
        bool myTurn = false;
        QString turnAlias;
        Result result = None;
        QString resultText;
        bool countdownKnown = true;
        bool watching = false;
        QString playersText;
        std::array<CellView, 9> cells;
    };

    View currentView() const;
    // Emits every change since the last publish: the property signals and dataChanged per cell.
    void publish();
    void updateOpponentConnected();
    CellView cellView(int index) const;
    QString markOf(const QUuid &player) const;
    void startCountdown(qint64 timeoutMs);
    void stopCountdown();
    void updateSecondsLeft();
    void finish(Result result, const QUuid &winner);
    // Won or Lost for a player, SomeoneWon for a watcher.
    Result outcomeFor(const QUuid &winner) const;
    void setWatchers(int watchers);
    bool isMine(const QUuid &gameId) const { return !m_gameId.isNull() && gameId == m_gameId; }
    // Whether a versioned event of gameId is the next one to apply (resyncs after a gap).
    bool takesVersion(const QUuid &gameId, int version);

    AliasDirectory *m_aliases;
    MoveLogModel *m_moves;
    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    QTimer m_tickTimer;

    QUuid m_myUserId;
    QUuid m_gameId;
    QList<QUuid> m_players;
    Board m_board;
    QUuid m_currentPlayer;
    QUuid m_timedOutPlayer;
    bool m_opponentConnected = true;
    bool m_serverReachable = true;
    QList<QUuid> m_usersOnline;
    QList<QUuid> m_computerPlayers;
    int m_version = 0;
    bool m_active = false;
    bool m_watching = false;
    int m_watchers = 0;
    bool m_moveInFlight = false;
    Result m_result = None;
    QUuid m_winner;
    qint64 m_deadlineMs = -1;
    int m_secondsLeft = 0;
    View m_published;
};
