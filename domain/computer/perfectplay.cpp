// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

#include "perfectplay.h"

#include <algorithm>
#include <mutex>
#include <vector>

namespace {

constexpr int lines[8][3] = {{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6},
                             {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}};
constexpr int unknown = 100;
constexpr int positions = 19683; // 3^9

int indexOf(const PerfectPlay::Cells &cells)
{
    int index = 0;
    for (PerfectPlay::Cell cell : cells)
        index = index * 3 + cell;
    return index;
}

// The player to move and the one who just moved swap places.
PerfectPlay::Cells swapped(PerfectPlay::Cells cells)
{
    for (PerfectPlay::Cell &cell : cells) {
        if (cell != PerfectPlay::Empty)
            cell = cell == PerfectPlay::Mine ? PerfectPlay::Theirs : PerfectPlay::Mine;
    }
    return cells;
}

int marksOn(const PerfectPlay::Cells &cells)
{
    return int(std::count_if(cells.begin(), cells.end(),
                             [](PerfectPlay::Cell cell) { return cell != PerfectPlay::Empty; }));
}

// Values already worked out, by position: the whole game has fewer than 20 000 of them, so the
// first question fills what later ones need.
std::vector<int> &memory()
{
    static std::vector<int> values(positions, unknown);
    return values;
}

std::mutex memoryMutex;

} // namespace

bool PerfectPlay::hasLine(const Cells &cells, Cell mark)
{
    return std::any_of(std::begin(lines), std::end(lines), [&](const int(&line)[3]) {
        return cells[line[0]] == mark && cells[line[1]] == mark && cells[line[2]] == mark;
    });
}

QList<int> PerfectPlay::legalMoves(const Cells &cells)
{
    QList<int> moves;
    if (hasLine(cells, Mine) || hasLine(cells, Theirs))
        return moves;
    for (int cell = 0; cell < 9; ++cell) {
        if (cells[cell] == Empty)
            moves.append(cell);
    }
    return moves;
}

int PerfectPlay::valueAfter(const Cells &cells, int move)
{
    Cells next = cells;
    next[move] = Mine;
    if (hasLine(next, Mine))
        return 10 - marksOn(next);
    if (marksOn(next) == 9)
        return 0;
    return -value(swapped(next));
}

int PerfectPlay::value(const Cells &cells)
{
    const QList<int> moves = legalMoves(cells);
    if (moves.isEmpty())
        return 0;
    const int index = indexOf(cells);
    {
        std::lock_guard lock(memoryMutex);
        if (memory()[index] != unknown)
            return memory()[index];
    }
    int best = -unknown;
    for (int move : moves)
        best = std::max(best, valueAfter(cells, move));
    std::lock_guard lock(memoryMutex);
    memory()[index] = best;
    return best;
}

QList<int> PerfectPlay::bestMoves(const Cells &cells)
{
    const int best = value(cells);
    QList<int> moves;
    for (int move : legalMoves(cells)) {
        if (valueAfter(cells, move) == best)
            moves.append(move);
    }
    return moves;
}
