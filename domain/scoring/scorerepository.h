// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "scoringeffects.h"

#include <QList>
#include <QUuid>

// Where the scoring module keeps every player's score and the hall of fame.
class ScoreRepository
{
public:
    virtual ~ScoreRepository() = default;
    // 0 for a player who never won.
    virtual qint64 scoreOf(const QUuid &playerId) const = 0;
    virtual void setScore(const QUuid &playerId, qint64 score) = 0;
    // Best first.
    virtual QList<ScoreEntry> hallOfFame() const = 0;
    virtual void setHallOfFame(const QList<ScoreEntry> &entries) = 0;
};
