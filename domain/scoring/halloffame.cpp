// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "halloffame.h"

#include <algorithm>

bool HallOfFame::admit(const ScoreEntry &entry)
{
    const auto existing = std::find_if(m_entries.begin(), m_entries.end(),
                                       [&](const ScoreEntry &e) { return e.id == entry.id; });
    const bool isListed = existing != m_entries.end();
    if (!isListed && m_entries.size() >= capacity && entry.score <= m_entries.constLast().score)
        return false;
    if (isListed)
        m_entries.erase(existing);
    const auto position = std::find_if(m_entries.begin(), m_entries.end(),
                                       [&](const ScoreEntry &e) { return e.score <= entry.score; });
    m_entries.insert(position, entry);
    if (m_entries.size() > capacity)
        m_entries.removeLast();
    return true;
}
