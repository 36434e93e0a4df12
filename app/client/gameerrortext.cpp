// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "gameerrortext.h"

#include <QCoreApplication>

QString gameErrorText(Games::ErrorReason reason)
{
    switch (reason) {
    case Games::ErrorReason::PlayerCanNotPlay:
        return QCoreApplication::translate("GameSession", "It is not your turn.");
    case Games::ErrorReason::PositionOffLimits:
        return QCoreApplication::translate("GameSession", "That square is not on the board.");
    case Games::ErrorReason::PositionAlreadyFilled:
        return QCoreApplication::translate("GameSession", "That square is already taken.");
    case Games::ErrorReason::GameAlreadyEnded:
        return QCoreApplication::translate("GameSession", "The game is already over.");
    case Games::ErrorReason::AllPlayersAlreadyJoined:
        return QCoreApplication::translate("GameSession", "That game already has two players.");
    case Games::ErrorReason::GameNotFound:
        return QCoreApplication::translate("GameSession", "That game no longer exists.");
    case Games::ErrorReason::GameNotStarted:
        return QCoreApplication::translate("GameSession", "The game has not started yet.");
    case Games::ErrorReason::GameAlreadyExists:
        return QCoreApplication::translate("GameSession", "That game already exists.");
    case Games::ErrorReason::TooManyWaitingGames:
        return QCoreApplication::translate(
                "GameSession", "You have too many invitations nobody has answered yet: wait a little.");
    case Games::ErrorReason::AlreadyInTheGame:
        return QCoreApplication::translate("GameSession", "You play in that game: you cannot watch it.");
    }
    return QCoreApplication::translate("GameSession", "The server refused the move.");
}
