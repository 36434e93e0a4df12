#pragma once

#include "effect.h"
#include "game.h"

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
    // Every versioned event of a game, in order, for the history.
    virtual void recordEvent(const QUuid &gameId, const Effect &event) = 0;
    // How many games this user created that are still waiting for players.
    virtual int waitingGamesCreatedBy(const QUuid &userId) const = 0;
    // The games being played, e.g. to restart their turn timers after the host restarted.
    virtual QList<Game> gamesInProgress() const = 0;
};
