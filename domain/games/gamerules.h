// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QtGlobal>

struct GameRules
{
    qint64 turnTimeoutMs = 20000;
    qint64 cleanupDelayMs = 10000;
    // A game nobody completes (an invitation never answered) is forgotten after this long.
    qint64 waitingForPlayersTimeoutMs = 5 * 60 * 1000;
    // How many of a game's last events it keeps for GetGame's resync; a client further behind
    // gets the snapshot alone.
    int resyncEventLimit = 16;
    // Games a user may have created that nobody has joined yet (each an unanswered invitation).
    int waitingGamesPerUser = 5;
};
