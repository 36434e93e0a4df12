#include "scoringmodule.h"

#include "effectbus.h"
#include "gadgetjson.h"
#include "games/gameeffects.h"
#include "users/usereffects.h"

#include <mutex>

void ScoringModule::registerHandlers(EffectBus &bus)
{
    bus.subscribe<UserCreated>([this](const UserCreated &event) {
        m_scores.insert(event.user.id, 0);
        return QList<Effect>();
    });
    bus.subscribe<GameEnded>([this](const GameEnded &event) {
        if (event.winner.isNull())
            return QList<Effect>();
        int &score = m_scores[event.winner];
        score += pointsPerWin;
        return QList<Effect>{PlayerScoreChanged{event.winner, score}};
    });
    bus.subscribe<PlayerScoreChanged>([this](const PlayerScoreChanged &event) {
        const TopThree previous{m_hallOfFame.entries()};
        if (!m_hallOfFame.admit({event.playerId, event.score}))
            return QList<Effect>();
        return QList<Effect>{TopThreeListUpdated{previous, TopThree{m_hallOfFame.entries()}}};
    });
    bus.answerQuery<GetTopThreePlayers>([this](const GetTopThreePlayers &query) {
        return TopThreePlayers{m_hallOfFame.entries(), query.operationId};
    });
}

void registerScoringJsonConverters()
{
    static std::once_flag once;
    std::call_once(once, [] { GadgetJson::registerListConverter<ScoreEntry>(); });
}
