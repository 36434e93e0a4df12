// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#pragma once

#include <QList>

#include <array>

// Tic-tac-toe solved: the value of every position, and the moves that keep it. A position is the
// nine cells (index y * 3 + x), each Empty, Mine (the player to move) or Theirs.
class PerfectPlay
{
public:
    enum Cell : char { Empty, Mine, Theirs };
    using Cells = std::array<Cell, 9>;

    // For the player to move: positive when they win with best play, the sooner the higher (10
    // minus the marks on the board after the winning move); negative when they lose, the later the
    // closer to zero; zero for a draw. Taking a win at once beats taking it later, and putting off
    // a loss beats meeting it.
    static int value(const Cells &cells);
    // The empty cells where a move keeps the position's value (none on an ended board).
    static QList<int> bestMoves(const Cells &cells);
    // Every empty cell, when the game is not over.
    static QList<int> legalMoves(const Cells &cells);
    static bool hasLine(const Cells &cells, Cell mark);

private:
    static int valueAfter(const Cells &cells, int move);
};
