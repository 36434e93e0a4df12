// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "domainmodule.h"

#include <QHash>
#include <QList>
#include <QUuid>

class GameRepository;
struct StopWatching;
struct UserWentOffline;
struct WatchGame;

// Spectators: anyone may watch a game in progress and then hears its events as its players do
// (the server routes a game's events to its watchers too), without playing in it. Watching ends
// with StopWatching, when the watcher goes offline, or when the game is forgotten. Lobbies ask for
// the games in progress (GetLiveGames); nothing is pushed to everyone at each game's start and end,
// which would cost every socket a message per game at a thousand games.
class SpectatorsModule : public DomainModule
{
public:
    explicit SpectatorsModule(const GameRepository &games);

    void registerHandlers(EffectBus &bus) override;

private:
    QList<Effect> watch(const WatchGame &command);
    QList<Effect> stopWatching(const StopWatching &command);
    QList<Effect> forgetWatcher(const UserWentOffline &event);

    const GameRepository &m_games;
    QHash<QUuid, QList<QUuid>> m_watchersOfGame;
    QList<QUuid> m_liveGames; // in the order they started
};
