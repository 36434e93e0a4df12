// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "domainmodule.h"
#include "effect.h"
#include "game.h"
#include "gamerules.h"

class Clock;
class GameRepository;
struct CreateGame;
struct JoinGame;
struct PlaceMark;
struct TurnTimeout;

// Creating, joining and playing games; turn timeouts and the clean-up of ended games; the history
// of the games that ended.
class GamesModule : public DomainModule
{
public:
    GamesModule(const GameRules &rules, GameRepository &games, const Clock &clock);

    void registerHandlers(EffectBus &bus) override;
    // After a restart, every game in progress gets a fresh turn timer.
    QList<Effect> initialEffects() const override;

private:
    QList<Effect> createGame(const CreateGame &command);
    QList<Effect> joinGame(const JoinGame &command);
    QList<Effect> placeMark(const PlaceMark &command);
    QList<Effect> timeOutTurn(const TurnTimeout &event);

    // Gives a game's event the game's next version, and keeps it for resync and for the history.
    template<typename Event>
    Effect record(Game &game, Event event) const;
    QList<Effect> waitForCurrentPlayer(Game &game) const;
    QList<Effect> endGame(Game &game, Games::Result result, const QUuid &winner) const;

    GameRules m_rules;
    GameRepository &m_games;
    const Clock &m_clock;
};
