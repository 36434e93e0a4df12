// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "domainmodule.h"

#include <QSet>
#include <QUuid>

class ScoreRepository;

// Scores (+100 a win, except against the computer) and the hall of fame.
class ScoringModule : public DomainModule
{
public:
    static constexpr int pointsPerWin = 100;

    explicit ScoringModule(ScoreRepository &scores);

    void registerHandlers(EffectBus &bus) override;

private:
    ScoreRepository &m_scores;
    QSet<QUuid> m_gamesAgainstComputer; // until they end
};
