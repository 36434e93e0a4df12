// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The peer of the side-by-side benchmark: a boardgame.io server hosting tictactoe-game.mjs, with its
// default storage (in memory), its lobby REST API and its socket.io transport on one port of
// 127.0.0.1. Usage: node bgio-server.mjs [port]; port 0 (the default) takes a free one. Prints
// "listening on http://127.0.0.1:PORT" as tictactoe --server does, and stops on SIGTERM or SIGINT.
import { createRequire } from 'node:module';
import { ticTacToe } from './tictactoe-game.mjs';

const require = createRequire(import.meta.url);
const { Server, Origins } = require('boardgame.io/server');

const server = Server({ games: [ticTacToe], origins: [Origins.LOCALHOST] });

// run() listens on every interface; the benchmark keeps to loopback.
const listenEverywhere = server.app.listen.bind(server.app);
server.app.listen = (port, callback) => listenEverywhere(port, '127.0.0.1', callback);

const { appServer } = await server.run(Number(process.argv[2] ?? 0));
console.log(`listening on http://127.0.0.1:${appServer.address().port}`);

const stop = () => {
    server.kill({ appServer });
    process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
