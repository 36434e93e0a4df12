// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QObject>

// Enum keys are CamelCase here and UPPER_SNAKE on the wire (PlayerWon -> PLAYER_WON).
namespace Games {
Q_NAMESPACE

enum class Stage { WaitingForPlayers, InProgress, Ended };
Q_ENUM_NS(Stage)

enum class Result { PlayerWon, Draw, GameAborted };
Q_ENUM_NS(Result)

enum class ErrorReason {
    PlayerCanNotPlay,
    PositionOffLimits,
    PositionAlreadyFilled,
    GameAlreadyEnded,
    AllPlayersAlreadyJoined,
    GameNotFound,
    GameNotStarted,
    GameAlreadyExists,
    TooManyWaitingGames,
    AlreadyInTheGame, // a player who asks to watch their own game
};
Q_ENUM_NS(ErrorReason)

} // namespace Games
