// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "board.h"
#include "effect.h"
#include "gameenums.h"

#include <QList>
#include <QUuid>

#include <optional>

// The state of one game. Its stage decides what a command means: joining while waiting for
// players, marking while in progress, nothing once ended.
struct Game
{
    QUuid id;
    QUuid creator;
    Games::Stage stage = Games::Stage::WaitingForPlayers;
    QList<QUuid> players; // in joining order
    Board board;
    QUuid currentPlayer;
    int version = 0; // of its last event
    QList<Effect> recentEvents; // the last ones, oldest first, for clients that missed them

    bool hasPlayer(const QUuid &player) const { return players.contains(player); }
    bool isWaitingForPlayers() const { return stage == Games::Stage::WaitingForPlayers; }
    QUuid opponentOf(const QUuid &player) const;
    // Why player may not mark (x, y), checked in the original's order; nothing when the move is legal.
    std::optional<Games::ErrorReason> refusalOfMark(const QUuid &player, int x, int y) const;
};
