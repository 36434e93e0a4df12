// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "scoringmodule.h"

#include "computer/computerplayers.h"
#include "effectbus.h"
#include "gadgetjson.h"
#include "games/gameeffects.h"
#include "halloffame.h"
#include "scorerepository.h"
#include "users/usereffects.h"

#include <algorithm>
#include <mutex>

ScoringModule::ScoringModule(ScoreRepository &scores)
    : m_scores(scores)
{
}

void ScoringModule::registerHandlers(EffectBus &bus)
{
    bus.subscribe<UserCreated>([this](const UserCreated &event) {
        m_scores.setScore(event.user.id, 0);
        return QList<Effect>();
    });
    // A win against the computer is not a win for the hall of fame: it would become a farm.
    bus.subscribe<PlayerJoinedAGame>([this](const PlayerJoinedAGame &event) {
        if (ComputerPlayers::isComputer(event.playerId))
            m_gamesAgainstComputer.insert(event.gameId);
        return QList<Effect>();
    });
    bus.subscribe<GameRestored>([this](const GameRestored &event) {
        if (std::any_of(event.players.begin(), event.players.end(), &ComputerPlayers::isComputer))
            m_gamesAgainstComputer.insert(event.gameId);
        return QList<Effect>();
    });
    bus.subscribe<GameEnded>([this](const GameEnded &event) {
        if (m_gamesAgainstComputer.remove(event.gameId) || event.winner.isNull())
            return QList<Effect>();
        const qint64 score = m_scores.scoreOf(event.winner) + pointsPerWin;
        m_scores.setScore(event.winner, score);
        return QList<Effect>{PlayerScoreChanged{event.winner, score}};
    });
    bus.subscribe<PlayerScoreChanged>([this](const PlayerScoreChanged &event) {
        HallOfFame hallOfFame(m_scores.hallOfFame());
        const TopThree previous{hallOfFame.entries()};
        if (!hallOfFame.admit({event.playerId, event.score}))
            return QList<Effect>();
        m_scores.setHallOfFame(hallOfFame.entries());
        return QList<Effect>{TopThreeListUpdated{previous, TopThree{hallOfFame.entries()}}};
    });
    bus.answerQuery<GetTopThreePlayers>([this](const GetTopThreePlayers &query) {
        return TopThreePlayers{m_scores.hallOfFame(), query.operationId};
    });
}

void registerScoringJsonConverters()
{
    static std::once_flag once;
    std::call_once(once, [] { GadgetJson::registerListConverter<ScoreEntry>(); });
}
