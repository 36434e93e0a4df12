// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "effect.h"
#include "gameenums.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUuid>

#include <optional>

// What the history keeps of a game that ended: its players, each move with when it was played, and
// how it ended. Built from the game's recorded events, so it replays exactly what was played.

struct HistoryMove
{
    Q_GADGET
    Q_PROPERTY(QUuid player MEMBER player REQUIRED)
    Q_PROPERTY(int x MEMBER x REQUIRED)
    Q_PROPERTY(int y MEMBER y REQUIRED)
    Q_PROPERTY(QDateTime at MEMBER at)
public:
    QUuid player;
    int x = 0;
    int y = 0;
    QDateTime at; // invalid for a move recorded before the history kept times
    friend bool operator==(const HistoryMove &, const HistoryMove &) = default;
};

struct PlayedGame
{
    Q_GADGET
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QList<QUuid> players MEMBER players REQUIRED)
    Q_PROPERTY(Games::Result result MEMBER result REQUIRED)
    Q_PROPERTY(QUuid winner MEMBER winner)
    Q_PROPERTY(QDateTime endedAt MEMBER endedAt)
public:
    QUuid gameId;
    QList<QUuid> players; // X first
    Games::Result result = Games::Result::Draw;
    QUuid winner;
    QDateTime endedAt;
    friend bool operator==(const PlayedGame &, const PlayedGame &) = default;
};

struct GetRecentGames
{
    Q_GADGET
    Q_CLASSINFO("kind", "query")
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
public:
    QUuid operationId;
    friend bool operator==(const GetRecentGames &, const GetRecentGames &) = default;
};

struct RecentGames
{
    Q_GADGET
    Q_PROPERTY(QList<PlayedGame> games MEMBER games REQUIRED)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
public:
    QList<PlayedGame> games; // the most recently ended first
    QUuid parentOperationId;
    friend bool operator==(const RecentGames &, const RecentGames &) = default;
};

struct GetGameHistory
{
    Q_GADGET
    Q_CLASSINFO("kind", "query")
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
public:
    QUuid operationId;
    QUuid gameId;
    friend bool operator==(const GetGameHistory &, const GetGameHistory &) = default;
};

struct GameHistory
{
    Q_GADGET
    Q_PROPERTY(PlayedGame game MEMBER game REQUIRED)
    Q_PROPERTY(QList<HistoryMove> moves MEMBER moves REQUIRED)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
public:
    PlayedGame game;
    QList<HistoryMove> moves; // in the order they were played
    QUuid parentOperationId;
    friend bool operator==(const GameHistory &, const GameHistory &) = default;
};

// One event of a game as stored, with when it happened.
struct RecordedEvent
{
    Effect event;
    QDateTime at;
};

// The history of a game from its recorded events, oldest first: nothing unless it ended.
std::optional<GameHistory> historyFromEvents(const QUuid &gameId, const QList<RecordedEvent> &events);

// Registers the JSON forms of the history's lists; safe to call more than once.
void registerHistoryJsonConverters();
