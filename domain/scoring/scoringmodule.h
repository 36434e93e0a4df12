#pragma once

#include "domainmodule.h"

class ScoreRepository;

// Scores (+100 a win) and the hall of fame.
class ScoringModule : public DomainModule
{
public:
    static constexpr int pointsPerWin = 100;

    explicit ScoringModule(ScoreRepository &scores);

    void registerHandlers(EffectBus &bus) override;

private:
    ScoreRepository &m_scores;
};
