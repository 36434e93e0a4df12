// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>

class PlayerClient;

// Two honest players who play whole games against each other, one after the other. The first
// creates each game and joins it first, so it always moves first.
class GamePair : public QObject
{
    Q_OBJECT

public:
    struct Played
    {
        QUuid gameId;
        QString result; // as the first player heard it; empty if it only saw a snapshot
        QUuid winner;
        QUuid winnerForSecond;
        qint64 durationMs = 0;
    };

    GamePair(PlayerClient *first, PlayerClient *second, QObject *parent = nullptr);

    // Plays games more games (0: until stop()), pauseMs apart, as soon as both players are online.
    void start(int games, int pauseMs);
    // The game being played is finished; no other starts.
    void stop();
    bool isDone() const { return m_done; }
    bool isPlaying() const { return m_playing; }
    PlayerClient *first() const { return m_first; }
    PlayerClient *second() const { return m_second; }
    const QList<Played> &played() const { return m_played; }

Q_SIGNALS:
    void gameFinished();
    void done();

private:
    void startGameWhenOnline();
    void recordIfEnded();
    void finish();

    PlayerClient *m_first;
    PlayerClient *m_second;
    int m_gamesWanted = 0;
    int m_pauseMs = 0;
    bool m_stopping = false;
    bool m_waitingToStart = false;
    bool m_playing = false;
    bool m_done = false;
    QUuid m_gameId;
    QElapsedTimer m_gameTimer;
    QList<Played> m_played;
};
