// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "effect.h"

#include <QList>
#include <QObject>
#include <QUuid>

// Commands, events and queries of the spectators subdomain: who watches which game in progress.

struct WatchGame
{
    Q_GADGET
    Q_CLASSINFO("kind", "command")
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QUuid watcher MEMBER watcher REQUIRED)
public:
    QUuid operationId;
    QUuid gameId;
    QUuid watcher;
    friend bool operator==(const WatchGame &, const WatchGame &) = default;
};

struct StopWatching
{
    Q_GADGET
    Q_CLASSINFO("kind", "command")
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QUuid watcher MEMBER watcher REQUIRED)
public:
    QUuid operationId;
    QUuid gameId;
    QUuid watcher;
    friend bool operator==(const StopWatching &, const StopWatching &) = default;
};

// Someone watches the game: to its players and watchers, with how many watch now.
struct WatcherJoined
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QUuid watcher MEMBER watcher REQUIRED)
    Q_PROPERTY(int watchers MEMBER watchers REQUIRED)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
public:
    QUuid gameId;
    QUuid watcher;
    int watchers = 0;
    QUuid parentOperationId;
    friend bool operator==(const WatcherJoined &, const WatcherJoined &) = default;
};

struct WatcherLeft
{
    Q_GADGET
    Q_CLASSINFO("kind", "event")
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QUuid watcher MEMBER watcher REQUIRED)
    Q_PROPERTY(int watchers MEMBER watchers REQUIRED)
public:
    QUuid gameId;
    QUuid watcher;
    int watchers = 0;
    friend bool operator==(const WatcherLeft &, const WatcherLeft &) = default;
};

struct LiveGame
{
    Q_GADGET
    Q_PROPERTY(QUuid gameId MEMBER gameId REQUIRED)
    Q_PROPERTY(QList<QUuid> players MEMBER players REQUIRED)
    Q_PROPERTY(int moves MEMBER moves REQUIRED)
    Q_PROPERTY(int watchers MEMBER watchers REQUIRED)
public:
    QUuid gameId;
    QList<QUuid> players;
    int moves = 0;
    int watchers = 0;
    friend bool operator==(const LiveGame &, const LiveGame &) = default;
};

struct GetLiveGames
{
    Q_GADGET
    Q_CLASSINFO("kind", "query")
    Q_PROPERTY(QUuid operationId MEMBER operationId REQUIRED)
public:
    QUuid operationId;
    friend bool operator==(const GetLiveGames &, const GetLiveGames &) = default;
};

struct LiveGames
{
    Q_GADGET
    Q_PROPERTY(QList<LiveGame> games MEMBER games REQUIRED)
    Q_PROPERTY(QUuid parentOperationId MEMBER parentOperationId)
public:
    // The games that started last, when more are in progress.
    static constexpr qsizetype maximumListed = 20;

    QList<LiveGame> games; // the oldest first
    QUuid parentOperationId;
    friend bool operator==(const LiveGames &, const LiveGames &) = default;
};

// Registers the JSON form of the live games' list; safe to call more than once.
void registerSpectatorsJsonConverters();
