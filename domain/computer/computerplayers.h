// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include "computereffects.h"

#include <QList>
#include <QUuid>

#include <optional>

// The computer's players, one per level. Their ids are fixed, so every host knows them and a
// client keeps them across restarts; nobody holds their credentials, so nobody acts as them.
class ComputerPlayers
{
public:
    static const QList<ComputerOpponent> &all();
    static std::optional<ComputerOpponent> find(const QUuid &userId);
    static std::optional<Computer::Level> levelOf(const QUuid &userId);
    static bool isComputer(const QUuid &userId) { return levelOf(userId).has_value(); }
};
