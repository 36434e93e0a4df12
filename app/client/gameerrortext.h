// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "games/gameenums.h"

#include <QString>

// GAME_ERROR_OCCURRED's reason as a sentence for the player.
QString gameErrorText(Games::ErrorReason reason);
