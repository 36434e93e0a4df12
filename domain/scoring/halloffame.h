// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "scoringeffects.h"

// The top three scores. A player enters while there are fewer than three entries or when their
// score beats the last one strictly; their previous entry is replaced; among equal scores the most
// recently admitted ranks higher.
class HallOfFame
{
public:
    explicit HallOfFame(QList<ScoreEntry> entries = {})
        : m_entries(std::move(entries))
    {
    }

    // Returns whether the list changed.
    bool admit(const ScoreEntry &entry);
    const QList<ScoreEntry> &entries() const { return m_entries; }

    static constexpr qsizetype capacity = 3;

private:
    QList<ScoreEntry> m_entries; // best first
};
