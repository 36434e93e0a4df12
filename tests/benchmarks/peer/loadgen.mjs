// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The load generator of the side-by-side benchmark (./run): plays the same games the same way
// against boardgame.io (--server bgio, bgio-server.mjs) or tictactoe --server (--server tictactoe),
// both on 127.0.0.1, and writes what it measured as JSON.
//
// Each user is one client with one socket, kept from game to game. Users play in pairs, games back
// to back: the first user of a pair creates each game and moves first, both play random legal moves
// as soon as it is their turn. Latency is a move sent -> the opponent's client having it. The
// server's CPU comes from /proc/<pid>/stat (utime + stime) over the measured window.
//
// node loadgen.mjs --server bgio|tictactoe --port P --pid PID [--games 50] [--seconds 10]
//                  [--warmup 2] [--label TEXT] [--json FILE] [--clk-tck 100]
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { ticTacToe } from './tictactoe-game.mjs';

const require = createRequire(import.meta.url);

const { values: options } = parseArgs({
    options: {
        server: { type: 'string' },
        port: { type: 'string' },
        pid: { type: 'string' },
        games: { type: 'string', default: '50' },
        seconds: { type: 'string', default: '10' },
        warmup: { type: 'string', default: '2' },
        label: { type: 'string' },
        json: { type: 'string' },
        'clk-tck': { type: 'string', default: '100' },
    },
});

const clamp = (text, low, high) => Math.min(high, Math.max(low, Math.trunc(Number(text)) || low));
const kind = options.server;
const port = clamp(options.port, 1, 65535);
const pid = clamp(options.pid, 1, 2 ** 31);
const games = clamp(options.games, 1, 5000);
const seconds = clamp(options.seconds, 1, 600);
const warmupSeconds = clamp(options.warmup, 0, 60);
const clockTicks = clamp(options['clk-tck'], 1, 1e6);
if (kind !== 'bgio' && kind !== 'tictactoe' || !options.port || !options.pid) {
    console.error('usage: node loadgen.mjs --server bgio|tictactoe --port P --pid PID [--games N] [--seconds S]');
    process.exit(2);
}
const origin = `http://127.0.0.1:${port}`;

// What the run adds up to. Moves, games and latencies count inside the measured window only;
// errors count from the first connection to the end.
const figures = { moves: 0, gamesEnded: 0, latenciesUs: [], errors: 0 };
const errorKinds = new Map();
let measuring = false;
let playing = false;

function moveArrived(sentAt) {
    if (!measuring)
        return;
    figures.moves += 1;
    figures.latenciesUs.push(Math.round((performance.now() - sentAt) * 1000));
}

function gameEnded() {
    if (measuring)
        figures.gamesEnded += 1;
}

function error(what) {
    figures.errors += 1;
    errorKinds.set(what, (errorKinds.get(what) ?? 0) + 1);
}

function withTimeout(promise, ms, what) {
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(what)), ms);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function randomFreeCell(isFree) {
    const free = [];
    for (let cell = 0; cell < 9; ++cell) {
        if (isFree(cell))
            free.push(cell);
    }
    return free.length ? free[Math.floor(Math.random() * free.length)] : -1;
}

// --- tictactoe --server: the protocol of docs/protocol.md over ws://HOST:PORT/ws ----------------

const idObject = (id) => ({ id });

class TicTacToeUser {
    constructor(WebSocket, protocolVersion, pair) {
        this.pair = pair;
        this.userId = randomUUID();
        this.opponent = null;
        this.creator = false;
        this.gameId = null;
        this.taken = Array(9).fill(false);
        this.sentAt = 0;
        this.ready = new Promise((resolve, reject) => {
            this.becameReady = resolve;
            this.failed = reject;
        });
        this.socket = new WebSocket(`ws://127.0.0.1:${port}/ws`, { perMessageDeflate: false });
        this.socket.on('open', () => {
            this.send('CLIENT_HELLO', { protocolVersion });
            this.send('CREATE_USER', { id: idObject(this.userId), alias: 'bench', operationId: idObject(randomUUID()) });
        });
        this.socket.on('message', (data) => this.handle(JSON.parse(data)));
        this.socket.on('error', (reason) => this.failed(reason));
        this.socket.on('close', (code, reason) => {
            if (playing)
                error(`socket closed (${code} ${reason})`);
            this.failed(new Error(`socket closed (${code} ${reason})`));
        });
    }

    send(type, data) {
        this.socket.send(JSON.stringify({ type: `server/${type}`, data }));
    }

    handle({ type, payload = {} }) {
        if (type === 'CREDENTIAL_ISSUED') {
            this.becameReady();
            return;
        }
        if (type === 'COMMAND_REJECTED' || type === 'GAME_ERROR_OCCURRED') {
            error(`${type} ${payload.reason}`);
            this.failed(new Error(`${type} ${payload.reason}: ${payload.message ?? ''}`)); // before it is ready
            return;
        }
        if (this.gameId === null || payload.gameId?.id !== this.gameId)
            return;
        switch (type) {
        case 'PLAYER_JOINED_A_GAME':
            // The creator is in: the game exists, the opponent may join it.
            if (this.creator && payload.playerId?.id === this.userId)
                this.opponent.join(this.gameId);
            break;
        case 'WAITING_FOR_PLAYER_PLAY':
            if (playing && payload.playerId?.id === this.userId)
                this.play();
            break;
        case 'MARK_PLACED':
            this.taken[payload.y * 3 + payload.x] = true;
            if (payload.player?.id !== this.userId) {
                moveArrived(this.opponent.sentAt);
                this.pair.lastProgress = performance.now();
            }
            break;
        case 'GAME_ENDED':
            if (this.creator) {
                gameEnded();
                if (playing)
                    this.startGame();
            }
            break;
        }
    }

    startGame() {
        const gameId = randomUUID();
        this.pair.lastProgress = performance.now();
        this.send('CREATE_GAME', { operationId: idObject(randomUUID()), gameId: idObject(gameId), creator: idObject(this.userId) });
        this.join(gameId);
    }

    // Each user follows the game it joined, and only it: the opponent may still have the last move
    // of the previous game to read when the creator, told that game ended, starts the next one.
    join(gameId) {
        this.gameId = gameId;
        this.taken.fill(false);
        this.send('JOIN_GAME', { operationId: idObject(randomUUID()), gameId: idObject(gameId), playerId: idObject(this.userId) });
    }

    play() {
        const cell = randomFreeCell((index) => !this.taken[index]);
        if (cell < 0)
            return;
        this.sentAt = performance.now();
        this.send('PLACE_MARK', {
            operationId: idObject(randomUUID()),
            gameId: idObject(this.gameId),
            player: idObject(this.userId),
            x: cell % 3,
            y: Math.floor(cell / 3),
        });
    }

    close() {
        this.socket.close();
    }
}

class TicTacToePair {
    constructor(WebSocket, protocolVersion) {
        this.lastProgress = performance.now();
        this.creator = new TicTacToeUser(WebSocket, protocolVersion, this);
        this.opponent = new TicTacToeUser(WebSocket, protocolVersion, this);
        this.creator.creator = true;
        this.creator.opponent = this.opponent;
        this.opponent.opponent = this.creator;
        this.ready = Promise.all([this.creator.ready, this.opponent.ready]);
    }

    start() {
        this.creator.startGame();
    }

    close() {
        this.creator.close();
        this.opponent.close();
    }
}

async function setUpTicTacToe() {
    const WebSocket = require('ws');
    // The host speaks one protocol version and publishes it; a client must say the same one.
    const { protocolVersion } = await (await fetch(`${origin}/protocol`)).json();
    const pairs = [];
    // A few hundred handshakes at a time: the listen backlog is not a queue of thousands.
    for (let index = 0; index < games; ++index) {
        pairs.push(new TicTacToePair(WebSocket, protocolVersion));
        if (index % 100 === 99)
            await Promise.all(pairs.map((pair) => pair.ready));
    }
    await Promise.all(pairs.map((pair) => pair.ready));
    return { pairs, version: `protocol ${protocolVersion}` };
}

// --- boardgame.io: its own client (boardgame.io/client over socket.io) and its lobby API --------

// The lobby's REST API over keep-alive connections. (Its LobbyClient does the same with fetch, which
// cost the generator more CPU than all of boardgame.io's client code.)
const lobbyAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function lobbyPost(path, body) {
    return new Promise((resolve, reject) => {
        const text = JSON.stringify(body);
        const request = http.request({
            host: '127.0.0.1',
            port,
            path: `/games/${ticTacToe.name}/${path}`,
            method: 'POST',
            agent: lobbyAgent,
            headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) },
        }, (response) => {
            let answer = '';
            response.setEncoding('utf8');
            response.on('data', (chunk) => {
                answer += chunk;
            });
            response.on('end', () => {
                if (response.statusCode === 200)
                    resolve(JSON.parse(answer));
                else
                    reject(new Error(`${path}: HTTP ${response.statusCode}`));
            });
        });
        request.on('error', reject);
        request.end(text);
    });
}

class BgioPlayer {
    constructor(pair, playerID) {
        this.pair = pair;
        this.playerID = playerID;
        this.opponent = null;
        this.client = null;
        this.state = null; // the client's state, as it last told its subscribers
        this.synced = false;
        this.pendingCell = null; // a move sent that the opponent has not seen yet
        this.sentAt = 0;
        this.movedAt = -Infinity; // the state a move was last made from, in this match
        this.disconnected = false;
    }

    // The first match: a client of its own, as a player's browser has, with one socket.
    start(matchID, credentials) {
        const { Client } = require('boardgame.io/client');
        const { SocketIO } = require('boardgame.io/multiplayer');
        this.client = Client({
            game: ticTacToe,
            numPlayers: 2,
            multiplayer: SocketIO({ server: origin, socketOpts: { transports: ['websocket'] } }),
            matchID,
            playerID: this.playerID,
            credentials,
            debug: false,
        });
        this.client.subscribe((state) => {
            this.state = state;
            this.pair.schedule();
        });
        this.client.start();
    }

    // The next matches: the same client and socket, told the new match and credentials.
    switchTo(matchID, credentials) {
        this.synced = false;
        this.movedAt = -Infinity;
        this.client.matchData = undefined; // set again by the new match's sync
        this.client.updateCredentials(credentials);
        this.client.updateMatchID(matchID);
    }

    close() {
        this.client?.stop();
    }
}

class BgioPair {
    constructor() {
        this.first = new BgioPlayer(this, '0');
        this.second = new BgioPlayer(this, '1');
        this.first.opponent = this.second;
        this.second.opponent = this.first;
        this.players = [this.first, this.second];
        this.scheduled = false;
        this.switching = false;
        this.broken = false; // the lobby refused it a match: it plays no more
        this.lastProgress = performance.now();
        this.ready = new Promise((resolve) => {
            this.becameReady = resolve;
        });
    }

    // A new match through the lobby API, as players of a boardgame.io site get one: the first player
    // creates it and joins as "0", the second joins as "1"; each gets its credentials.
    async newMatch() {
        const { matchID } = await lobbyPost('create', { numPlayers: 2 });
        const first = await lobbyPost(`${matchID}/join`, { playerID: '0', playerName: 'bench' });
        const second = await lobbyPost(`${matchID}/join`, { playerID: '1', playerName: 'bench' });
        return { matchID, credentials: [first.playerCredentials, second.playerCredentials] };
    }

    async setUp() {
        const { matchID, credentials } = await this.newMatch();
        this.first.start(matchID, credentials[0]);
        this.second.start(matchID, credentials[1]);
    }

    start() {
        this.lastProgress = performance.now();
        this.schedule();
    }

    async nextGame() {
        this.switching = true;
        try {
            const { matchID, credentials } = await this.newMatch();
            this.first.switchTo(matchID, credentials[0]);
            this.second.switchTo(matchID, credentials[1]);
        } catch (reason) {
            error(`lobby: ${reason.message}`);
            this.broken = true;
        }
        this.switching = false;
        this.lastProgress = performance.now();
        this.schedule();
    }

    // Clients call back from inside their own dispatching; the pair looks at both once they are done.
    schedule() {
        if (this.scheduled)
            return;
        this.scheduled = true;
        queueMicrotask(() => {
            this.scheduled = false;
            this.step();
        });
    }

    step() {
        if (this.switching || this.broken)
            return;
        const states = this.players.map((player) => player.state);
        if (states.includes(null))
            return;
        this.players.forEach((player, index) => {
            // A client is in its match once the match's sync has arrived (it brings matchData).
            if (!player.synced && player.client.matchData !== undefined && states[index]._stateID === 0)
                player.synced = true;
            if (playing && !states[index].isConnected && !player.disconnected) {
                player.disconnected = true;
                error('socket disconnected');
            }
        });
        if (!this.first.synced || !this.second.synced)
            return;
        this.becameReady();
        this.players.forEach((player, index) => {
            const opponent = player.opponent;
            if (opponent.pendingCell !== null && states[index].G.cells[opponent.pendingCell] !== null) {
                moveArrived(opponent.sentAt);
                opponent.pendingCell = null;
                this.lastProgress = performance.now();
            }
        });
        if (!playing)
            return;
        const anyPending = this.players.some((player) => player.pendingCell !== null);
        if (states.every((state) => state.ctx.gameover) && !anyPending) {
            gameEnded();
            this.nextGame();
            return;
        }
        this.players.forEach((player, index) => {
            const { G, ctx, _stateID: stateID } = states[index];
            // Until the server's answer to its last move has come back (and the opponent's move after
            // it), a client's state may still show the turn it has played.
            if (ctx.gameover || ctx.currentPlayer !== player.playerID || anyPending || stateID < player.movedAt + 2)
                return;
            const cell = randomFreeCell((at) => G.cells[at] === null);
            if (cell < 0)
                return;
            player.pendingCell = cell;
            player.movedAt = stateID;
            player.sentAt = performance.now();
            player.client.moves.mark(cell);
        });
    }

    close() {
        this.first.close();
        this.second.close();
    }
}

async function setUpBgio() {
    const pairs = [];
    for (let index = 0; index < games; ++index) {
        const pair = new BgioPair();
        pairs.push(pair);
        await pair.setUp();
        if (index % 100 === 99)
            await Promise.all(pairs.map((each) => each.ready));
    }
    await Promise.all(pairs.map((pair) => pair.ready));
    return { pairs, version: `boardgame.io ${require('boardgame.io/package.json').version}` };
}

// --- the run ------------------------------------------------------------------------------------

function serverCpuUs() {
    let stat;
    try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
        error('the server exited');
        return NaN;
    }
    // The command name may hold spaces: count the fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 1e6 / clockTicks; // utime + stime
}

// The whole machine's busy CPU (all cores, all processes), in microseconds: less the server's and
// the generator's, what else ran beside the measurement.
function machineBusyUs() {
    const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = ticks;
    return (user + nice + system + irq + softirq + steal) * 1e6 / clockTicks;
}

function serverResidentBytes() {
    try {
        const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((each) => each.startsWith('VmRSS:'));
        return line ? Number(line.split(/\s+/)[1]) * 1024 : -1;
    } catch {
        return -1;
    }
}

function percentile(sorted, fraction) {
    return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] : 0;
}

let setUp;
try {
    setUp = await withTimeout(kind === 'bgio' ? setUpBgio() : setUpTicTacToe(), 60000,
        'the players did not connect within 60 s');
} catch (reason) {
    console.error(`loadgen: ${kind}: ${reason.message ?? reason}`);
    process.exit(1);
}
const { pairs, version } = setUp;

playing = true;
for (const pair of pairs)
    pair.start();
await sleep(warmupSeconds * 1000);

measuring = true;
const cpuBefore = serverCpuUs();
const machineBefore = machineBusyUs();
const ownCpuBefore = process.cpuUsage();
const startedAt = performance.now();
await sleep(seconds * 1000);
const wallSeconds = (performance.now() - startedAt) / 1000;
const serverCpu = serverCpuUs() - cpuBefore;
const machineBusy = machineBusyUs() - machineBefore;
const ownCpu = process.cpuUsage(ownCpuBefore);
measuring = false;
playing = false;

// A pair that has not moved for a while is stuck: a lost message, a refused move nobody was told of.
const stallMs = Math.min(5000, (warmupSeconds + seconds) * 500);
for (const pair of pairs) {
    if (performance.now() - pair.lastProgress > stallMs)
        error('a game stalled');
}
const residentBytes = serverResidentBytes();
for (const pair of pairs)
    pair.close();

const latencies = Float64Array.from(figures.latenciesUs).sort();
const result = {
    server: kind,
    label: options.label ?? kind,
    version,
    games,
    seconds: wallSeconds,
    warmupSeconds,
    moves: figures.moves,
    gamesEnded: figures.gamesEnded,
    movesPerSecond: figures.moves / wallSeconds,
    latencyP50Us: percentile(latencies, 0.5),
    latencyP99Us: percentile(latencies, 0.99),
    latencyMaxUs: latencies.length ? latencies[latencies.length - 1] : 0,
    serverCpuPerMoveUs: figures.moves ? serverCpu / figures.moves : 0,
    serverCpuPercent: 100 * serverCpu / (wallSeconds * 1e6),
    serverResidentBytes: residentBytes,
    generatorCpuPercent: 100 * (ownCpu.user + ownCpu.system) / (wallSeconds * 1e6),
    othersCpuPercent: Math.max(0, 100 * (machineBusy - serverCpu - ownCpu.user - ownCpu.system) / (wallSeconds * 1e6)),
    errors: figures.errors,
    errorKinds: Object.fromEntries(errorKinds),
    node: process.version,
};
if (options.json)
    writeFileSync(options.json, `${JSON.stringify(result, null, 2)}\n`);
console.error(`loadgen: ${result.label}: ${result.moves} moves in ${wallSeconds.toFixed(1)} s `
    + `(${result.movesPerSecond.toFixed(0)}/s), ${result.gamesEnded} games, p50 ${result.latencyP50Us} us, `
    + `p99 ${result.latencyP99Us} us, server CPU ${result.serverCpuPerMoveUs.toFixed(0)} us per move `
    + `(${result.serverCpuPercent.toFixed(0)} %), generator CPU ${result.generatorCpuPercent.toFixed(0)} %, `
    + `other processes ${result.othersCpuPercent.toFixed(0)} %, `
    + `errors ${result.errors}${figures.errors ? ` ${JSON.stringify(result.errorKinds)}` : ''}`);
process.exit(figures.errors === 0 && figures.moves > 0 ? 0 : 1);
