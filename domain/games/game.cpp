// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "game.h"

QUuid Game::opponentOf(const QUuid &player) const
{
    for (const QUuid &other : players) {
        if (other != player)
            return other;
    }
    return {};
}

std::optional<Games::ErrorReason> Game::refusalOfMark(const QUuid &player, int x, int y) const
{
    using Games::ErrorReason;
    if (stage == Games::Stage::WaitingForPlayers)
        return ErrorReason::GameNotStarted;
    if (player != currentPlayer)
        return ErrorReason::PlayerCanNotPlay;
    if (!Board::contains(x, y))
        return ErrorReason::PositionOffLimits;
    if (board.isFilled(x, y))
        return ErrorReason::PositionAlreadyFilled;
    if (stage == Games::Stage::Ended)
        return ErrorReason::GameAlreadyEnded;
    return std::nullopt;
}
