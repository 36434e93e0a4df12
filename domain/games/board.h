// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>
#include <QMetaType>
#include <QUuid>

#include <array>
#include <optional>

// The 3x3 grid; a cell holds the id of the player who marked it, or a null id. On the wire it is
// rows by y: board[y][x], each cell an id object or null.
class Board
{
public:
    static constexpr int size = 3;

    static bool contains(int x, int y);
    QUuid cell(int x, int y) const;
    bool isFilled(int x, int y) const;
    Board withMark(int x, int y, const QUuid &player) const;
    // The player holding a full row, column or diagonal, or a null id.
    QUuid winner() const;
    // The cells (index y * size + x) of that row, column or diagonal.
    std::optional<std::array<int, size>> winningLine() const;
    bool isFull() const;

    friend bool operator==(const Board &, const Board &) = default;

private:
    std::array<QUuid, size * size> m_cells{};
};

Q_DECLARE_METATYPE(Board)

// Registers the JSON forms of Board and of the games' lists; safe to call more than once.
void registerGamesJsonConverters();
