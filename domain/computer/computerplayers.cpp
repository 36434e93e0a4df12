// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "computerplayers.h"

const QList<ComputerOpponent> &ComputerPlayers::all()
{
    using Computer::Level;
    static const QList<ComputerOpponent> opponents{
            {QUuid(u"c0a1c0a1-0000-4000-8000-000000000001"), QStringLiteral("Computer (easy)"), Level::Easy},
            {QUuid(u"c0a1c0a1-0000-4000-8000-000000000002"), QStringLiteral("Computer (medium)"), Level::Medium},
            {QUuid(u"c0a1c0a1-0000-4000-8000-000000000003"), QStringLiteral("Computer (perfect)"), Level::Perfect},
    };
    return opponents;
}

std::optional<ComputerOpponent> ComputerPlayers::find(const QUuid &userId)
{
    for (const ComputerOpponent &opponent : all()) {
        if (opponent.id == userId)
            return opponent;
    }
    return std::nullopt;
}

std::optional<Computer::Level> ComputerPlayers::levelOf(const QUuid &userId)
{
    const std::optional<ComputerOpponent> opponent = find(userId);
    return opponent ? std::optional(opponent->level) : std::nullopt;
}
