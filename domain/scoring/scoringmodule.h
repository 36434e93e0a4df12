#pragma once

#include "domainmodule.h"
#include "halloffame.h"

#include <QHash>

// Scores (+100 a win) and the hall of fame.
class ScoringModule : public DomainModule
{
public:
    static constexpr int pointsPerWin = 100;

    void registerHandlers(EffectBus &bus) override;

private:
    QHash<QUuid, int> m_scores;
    HallOfFame m_hallOfFame;
};
