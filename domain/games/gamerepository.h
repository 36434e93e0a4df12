// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "effect.h"
#include "game.h"
#include "gamehistory.h"

#include <QList>
#include <QUuid>

#include <optional>

// Where the games module keeps its games. A game it forgets (ended a while ago, or never started)
// is no longer found; a stored one that ended stays in storage for the history.
class GameRepository
{
public:
    virtual ~GameRepository() = default;
    virtual std::optional<Game> findGame(const QUuid &id) const = 0;
    virtual void saveGame(const Game &game) = 0;
    virtual void forgetGame(const QUuid &id) = 0;
    // Every versioned event of a game, in order, with when it happened, for the history.
    virtual void recordEvent(const QUuid &gameId, const Effect &event, const QDateTime &at) = 0;
    // The games that ended last, the most recent first, at most limit of them.
    virtual QList<PlayedGame> recentGames(int limit) const = 0;
    // An ended game's history; nothing for a game that did not end or is no longer kept.
    virtual std::optional<GameHistory> historyOf(const QUuid &gameId) const = 0;
    // How many games this user created that are still waiting for players.
    virtual int waitingGamesCreatedBy(const QUuid &userId) const = 0;
    // The games being played, e.g. to restart their turn timers after the host restarted.
    virtual QList<Game> gamesInProgress() const = 0;
};
