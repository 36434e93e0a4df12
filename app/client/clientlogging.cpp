// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "clientlogging.h"

Q_LOGGING_CATEGORY(lcClient, "tictactoe.client", QtInfoMsg)
