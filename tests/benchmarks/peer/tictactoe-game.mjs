// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// Tic-tac-toe as a boardgame.io game, for the side-by-side benchmark: a 3x3 board, two players who
// alternate (player "0" first, as the creator moves first on tictactoe --server), one mark a turn,
// a line of three wins, a full board is a draw. The server and every client load the same definition.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { INVALID_MOVE } = require('boardgame.io/core');

const lines = [
    [0, 1, 2], [3, 4, 5], [6, 7, 8], // rows
    [0, 3, 6], [1, 4, 7], [2, 5, 8], // columns
    [0, 4, 8], [2, 4, 6], // diagonals
];

export const ticTacToe = {
    name: 'tictactoe',
    minPlayers: 2,
    maxPlayers: 2,
    setup: () => ({ cells: Array(9).fill(null) }),
    turn: { minMoves: 1, maxMoves: 1 },
    moves: {
        // cell: 0..8, row by row.
        mark: ({ G, playerID }, cell) => {
            if (!Number.isInteger(cell) || cell < 0 || cell > 8 || G.cells[cell] !== null)
                return INVALID_MOVE;
            G.cells[cell] = playerID;
        },
    },
    endIf: ({ G }) => {
        for (const [a, b, c] of lines) {
            if (G.cells[a] !== null && G.cells[a] === G.cells[b] && G.cells[a] === G.cells[c])
                return { winner: G.cells[a] };
        }
        if (G.cells.every((cell) => cell !== null))
            return { draw: true };
    },
};
