// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The web client's session driven directly with the host's catalogue and recorded server frames
// (fixtures/), with a manual clock and timers: what it sends, what it keeps, what the page shows.
// tst_protocol checks that the fixtures are what this host publishes and sends.

import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';

import {Catalogue} from '../../web/protocol.js';
import {Session} from '../../web/session.js';

const fixture = name => JSON.parse(readFileSync(new URL(`fixtures/${name}.json`, import.meta.url)));
const catalogue = new Catalogue(fixture('catalogue'));
const frames = fixture('frames');

const alice = {id: '11111111-1111-4111-8111-111111111111'};
const bob = {id: '22222222-2222-4222-8222-222222222222'};
const carol = {id: '33333333-3333-4333-8333-333333333333'};
const gameId = {id: '55555555-5555-4555-8555-555555555555'};
const storedAlice = JSON.stringify({userId: alice, credential: 'alice-secret', alias: 'Alice'});

class Harness {
    constructor(stored = {}) {
        this.sent = [];
        this.queries = [];
        this.answers = new Map(); // query name → [{status, body}]
        this.opened = 0;
        this.closed = 0;
        this.nowMs = 1_000_000;
        this.timers = [];
        this.storage = new Map(Object.entries(stored));
        const connection = {
            open: () => this.opened++,
            close: () => this.closed++,
            send: frame => this.sent.push(frame),
        };
        const query = async body => {
            this.queries.push(body.query);
            const queued = this.answers.get(body.query.type) ?? [];
            return queued.shift() ?? {status: 200, body: {}};
        };
        this.session = new Session(catalogue, connection, query, {
            storage: {
                getItem: key => this.storage.get(key) ?? null,
                setItem: (key, value) => this.storage.set(key, value),
                removeItem: key => this.storage.delete(key),
            },
            now: () => this.nowMs,
            setTimeout: (callback, milliseconds) => this.timers.push({callback, at: this.nowMs + milliseconds}) - 1,
            clearTimeout: id => {
                if (id != null && this.timers[id])
                    this.timers[id].callback = null;
            },
        });
    }

    answer(name, reply) {
        this.answers.set(name, [...(this.answers.get(name) ?? []), reply]);
    }

    receive(...names) {
        for (const name of names)
            this.session.handleFrame(structuredClone(frames[name]));
    }

    advance(milliseconds) {
        this.nowMs += milliseconds;
        for (const timer of this.timers) {
            if (timer.callback && timer.at <= this.nowMs) {
                const callback = timer.callback;
                timer.callback = null;
                callback();
            }
        }
    }

    sentTypes() {
        return this.sent.map(frame => frame.type);
    }

    takeSent() {
        const sent = this.sent;
        this.sent = [];
        return sent;
    }
}

const settle = () => new Promise(resolve => setImmediate(resolve));

// Alice, known to the host, online in the lobby with Bob.
function aliceInLobby(stored = {}) {
    const harness = new Harness({'tictactoe.identity': storedAlice, ...stored});
    harness.session.start();
    harness.session.handleOpen();
    harness.receive('aliceAssociated', 'onlineForAlice');
    harness.takeSent();
    return harness;
}

function aliceInGame() {
    const harness = aliceInLobby();
    harness.receive('gameStarted', 'aliceToPlay');
    harness.takeSent();
    return harness;
}

test('a new player chooses an alias, and the host issues a credential that is kept', () => {
    const harness = new Harness();
    const session = harness.session;
    session.start();
    assert.equal(session.stage, 'alias');
    assert.equal(harness.opened, 0);

    session.chooseAlias('   ');
    assert.match(session.aliasError, /1 to 32 characters/);
    assert.equal(harness.opened, 0);
    session.chooseAlias('x'.repeat(33));
    assert.equal(harness.opened, 0);

    session.chooseAlias('  Alice ');
    assert.equal(harness.opened, 1);
    assert.equal(session.joining, true);
    session.handleOpen();
    assert.deepEqual(harness.sentTypes(), ['server/CLIENT_HELLO', 'server/CREATE_USER']);
    assert.deepEqual(harness.sent[0].data, {protocolVersion: catalogue.version});
    assert.equal(harness.sent[1].data.alias, 'Alice');
    harness.takeSent();

    harness.receive('aliceCredential');
    assert.deepEqual(JSON.parse(harness.storage.get('tictactoe.identity')),
                     {userId: alice, credential: 'alice-secret', alias: 'Alice'});
    assert.equal(session.stage, 'lobby');
    assert.equal(session.connectionState, 'online');
    assert.deepEqual(harness.sentTypes(), ['server/USER_CONNECTED']);
    assert.deepEqual(harness.sent[0].data.id, alice);
    assert.deepEqual(harness.queries.map(query => query.type), ['GetTopThreePlayers', 'GetComputerOpponents', 'GetLiveGames', 'GetRecentGames']);
});

test('a refused alias is shown and the player may try again', () => {
    const harness = new Harness();
    harness.session.start();
    harness.session.chooseAlias('Alice');
    harness.session.handleOpen();
    harness.session.handleFrame({type: 'COMMAND_REJECTED',
                                 payload: {operationId: null, reason: 'INVALID_PAYLOAD', message: 'the alias is too long'}});
    assert.equal(harness.session.aliasError, 'the alias is too long');
    assert.equal(harness.session.stage, 'alias');
    assert.equal(harness.session.joining, false);
    assert.equal(harness.closed, 1);
    assert.equal(harness.storage.has('tictactoe.identity'), false);
});

test('a returning player authenticates with the kept credential', () => {
    const harness = new Harness({'tictactoe.identity': storedAlice});
    harness.session.start();
    assert.equal(harness.session.stage, 'lobby');
    assert.equal(harness.session.connectionState, 'connecting');
    harness.session.handleOpen();
    assert.deepEqual(harness.sent.map(frame => [frame.type, frame.data]), [
        ['server/CLIENT_HELLO', {protocolVersion: catalogue.version}],
        ['server/ASSOCIATE_USER_TO_SESSION', {userId: alice, credential: 'alice-secret'}],
    ]);
});

test('an identity the host no longer knows is never replaced silently', () => {
    const harness = new Harness({'tictactoe.identity': storedAlice, 'tictactoe.game': '{"id": {"id": "x"}}'});
    harness.session.start();
    harness.session.handleOpen();
    harness.receive('identityRefused');
    assert.equal(harness.session.stage, 'alias');
    assert.match(harness.session.aliasError, /no longer knows Alice/);
    assert.equal(harness.storage.size, 0);
    assert.equal(harness.session.me, null);
});

test('the online list comes whole to its user, then as arrivals and departures', () => {
    const harness = aliceInLobby();
    const session = harness.session;
    assert.deepEqual(session.online, [bob, alice]);
    harness.receive('onlineForBob');
    assert.deepEqual(session.online, [bob, alice], 'a list for another user is not ours');
    harness.receive('carolCameOnline', 'carolCameOnline');
    assert.deepEqual(session.online, [bob, alice, carol]);
    harness.receive('bobWentOffline');
    assert.deepEqual(session.online, [alice, carol]);
});

test('aliases are asked once per user, over HTTP', async () => {
    const harness = aliceInLobby();
    harness.answer('GetUser', {status: 200, body: {user: {id: bob, alias: 'Bob'}}});
    assert.equal(harness.session.aliasOf(bob), '…');
    assert.equal(harness.session.aliasOf(bob), '…');
    await settle();
    assert.equal(harness.session.aliasOf(bob), 'Bob');
    assert.equal(harness.session.aliasOf(alice), 'Alice');
    assert.deepEqual(harness.queries.filter(query => query.type === 'GetUser').map(query => query.payload.id), [bob]);
});

test('the hall of fame follows the host, and an answer older than a push is dropped', async () => {
    const harness = new Harness({'tictactoe.identity': storedAlice});
    harness.answer('GetTopThreePlayers', {status: 200, body: {list: [], parentOperationId: null}});
    harness.session.start();
    assert.equal(harness.session.hallOfFameKnown, false);
    harness.session.handleOpen();
    harness.receive('aliceAssociated', 'topThree');
    assert.equal(harness.session.hallOfFameKnown, true);
    await settle();
    assert.deepEqual(harness.session.hallOfFame, [{id: alice, score: 100}]);
});

test('inviting creates the game, joins it, then invites, in that order, so the inviter moves first', () => {
    const harness = aliceInLobby();
    harness.session.invite(bob.id);
    const sent = harness.takeSent();
    assert.deepEqual(sent.map(frame => frame.type), ['server/CREATE_GAME', 'server/JOIN_GAME', 'server/USER_INVITED']);
    const game = sent[0].data.gameId;
    assert.deepEqual(sent[0].data.creator, alice);
    assert.deepEqual(sent[1].data, {...sent[1].data, gameId: game, playerId: alice});
    assert.deepEqual(sent[2].data, {...sent[2].data, host: alice, invited: bob, game});
    assert.equal(harness.session.isInvited(bob), true);

    harness.session.handleFrame({type: 'INVITATION_DECLINED', payload: {host: alice, invited: bob, game, operationId: null}});
    assert.equal(harness.session.isInvited(bob), false);
    assert.match(harness.session.notice, /declined your invitation/);
    harness.advance(6000);
    assert.equal(harness.session.notice, '');
});

test('nobody invites themselves', () => {
    const harness = aliceInLobby();
    harness.session.invite(alice.id);
    assert.deepEqual(harness.sent, []);
});

test('an invitation is accepted by joining its game', () => {
    const harness = aliceInLobby();
    harness.receive('bobInvitesAlice');
    assert.deepEqual(harness.session.invitation.host, bob);
    harness.session.acceptInvitation();
    assert.deepEqual(harness.sent.map(frame => [frame.type, frame.data.gameId, frame.data.playerId]),
                     [['server/JOIN_GAME', {id: '66666666-6666-4666-8666-666666666666'}, alice]]);
    assert.equal(harness.session.invitation, null);
});

test('a newer invitation declines the one not answered yet', () => {
    const harness = aliceInLobby();
    harness.receive('bobInvitesAlice', 'carolInvitesAlice');
    assert.deepEqual(harness.sent.map(frame => [frame.type, frame.data.host]), [['server/INVITATION_DECLINED', bob]]);
    assert.deepEqual(harness.session.invitation.host, carol);
    harness.takeSent();
    harness.session.declineInvitation();
    assert.deepEqual(harness.sent.map(frame => [frame.type, frame.data.host, frame.data.invited]),
                     [['server/INVITATION_DECLINED', carol, alice]]);
});

test('someone in a game declines every invitation by itself', () => {
    const harness = aliceInGame();
    harness.receive('bobInvitesAlice');
    assert.equal(harness.session.invitation, null);
    assert.deepEqual(harness.sentTypes(), ['server/INVITATION_DECLINED']);
});

test('an invitation from someone who left goes away', () => {
    const harness = aliceInLobby();
    harness.receive('bobInvitesAlice', 'bobWentOffline');
    assert.equal(harness.session.invitation, null);
});

test('a game is played from the host\'s events, with a live countdown', () => {
    const harness = aliceInGame();
    const session = harness.session;
    assert.equal(session.stage, 'game');
    assert.equal(session.markOf(alice), 'X');
    assert.equal(session.markOf(bob), 'O');
    assert.deepEqual(session.opponent(), bob);
    assert.equal(session.isMyTurn(), true);
    assert.equal(session.secondsLeft(), 20);
    harness.advance(7400);
    assert.equal(session.secondsLeft(), 13);

    session.play(0, 0);
    assert.deepEqual(harness.sent.map(frame => [frame.type, frame.data.x, frame.data.y, frame.data.player]),
                     [['server/PLACE_MARK', 0, 0, alice]]);
    session.play(1, 0);
    assert.equal(harness.sent.length, 1, 'one move at a time');
    harness.takeSent();

    harness.receive('aliceMarks00');
    assert.equal(session.isMyTurn(), false, 'the turn passes with the mark');
    assert.equal(session.isPlayable(1, 0), false);
    harness.receive('boardAfter00', 'bobToPlay');
    assert.equal(session.isMyTurn(), false);
    assert.equal(session.isPlayable(1, 0), false);
    session.play(1, 0);
    assert.deepEqual(harness.sent, [], 'not my turn: nothing sent');
    assert.equal(session.markOf(session.game.board[0][0]), 'X');
    assert.equal(session.secondsLeft(), 20);
});

test('an opponent without a connection is shown as such while the game runs', () => {
    const harness = aliceInGame();
    assert.equal(harness.session.isOpponentConnected(), true);
    harness.receive('bobWentOffline');
    assert.equal(harness.session.isOpponentConnected(), false);
    harness.session.handleFrame({type: 'USER_CAME_ONLINE', payload: {userId: bob, usersOnline: 2}});
    assert.equal(harness.session.isOpponentConnected(), true);
});

test('a win shows the winning line and forgets the stored game', () => {
    const harness = aliceInGame();
    assert.equal(harness.storage.has('tictactoe.game'), true);
    // Versions 6 to 15 are played out here as the final board (skipping them asks for a resync).
    harness.session.game.version = 15;
    harness.receive('boardWon', 'aliceWon');
    assert.equal(harness.session.game.result, 'won');
    assert.deepEqual(harness.session.winningCells(), [[0, 0], [1, 0], [2, 0]]);
    assert.equal(harness.session.isMyTurn(), false);
    assert.equal(harness.session.secondsLeft(), null);
    assert.equal(harness.storage.has('tictactoe.game'), false);
});

test('a turn that runs out ends the game as aborted, naming who ran out', () => {
    const harness = aliceInGame();
    harness.receive('aliceTimedOut', 'abortedAt6');
    assert.equal(harness.session.game.result, 'aborted');
    assert.deepEqual(harness.session.game.timedOut, alice);
});

test('a refused move lets the player try again and says why', () => {
    const harness = aliceInGame();
    harness.session.play(0, 0);
    assert.equal(harness.session.isPlayable(1, 1), false);
    harness.receive('notYourTurn');
    assert.equal(harness.session.isPlayable(1, 1), true);
    assert.equal(harness.session.notice, 'It is not your turn.');
});

test('an event after a gap asks for what was missed and applies it in order', async () => {
    const harness = aliceInGame();
    harness.answer('GetGame', {status: 200, body: {
        gameId, stage: 'IN_PROGRESS', players: [alice, bob], version: 8, currentPlayer: bob, board: frames.boardAfter00.payload.board,
        events: [frames.aliceMarks00, frames.boardAfter00, frames.bobToPlay].map(frame => ({
            type: catalogue.nameOf(frame), payload: frame.payload})),
    }});
    harness.receive('bobMarks11');
    assert.deepEqual(harness.queries.at(-1), {type: 'GetGame', payload: {...harness.queries.at(-1).payload, gameId, sinceVersion: 5}});
    await settle();
    const game = harness.session.game;
    assert.equal(game.version, 8);
    assert.deepEqual(game.current, bob);
    assert.equal(harness.session.markOf(game.board[0][0]), 'X');
    assert.equal(harness.session.secondsLeft(), null, 'a turn heard of afterwards has no known deadline');
});

test('a reloaded page resumes its game from a snapshot, keeping the turn\'s deadline', async () => {
    const first = aliceInGame();
    first.advance(5000);
    const stored = Object.fromEntries(first.storage);

    const harness = new Harness(stored);
    harness.nowMs = first.nowMs;
    harness.answer('GetGame', {status: 200, body: {
        gameId, stage: 'IN_PROGRESS', players: [alice, bob], version: 5, currentPlayer: alice,
        board: [[null, null, null], [null, null, null], [null, null, null]], events: []}});
    harness.session.start();
    harness.session.handleOpen();
    harness.receive('aliceAssociated');
    assert.equal(harness.session.stage, 'game');
    assert.equal(harness.queries.find(query => query.type === 'GetGame').payload.sinceVersion, 0);
    await settle();
    assert.deepEqual(harness.session.game.players, [alice, bob]);
    assert.equal(harness.session.isMyTurn(), true);
    assert.equal(harness.session.secondsLeft(), 15);
    harness.receive('aliceMarks00');
    assert.equal(harness.session.game.version, 6);
});

test('a resumed game that ended meanwhile shows how it ended', async () => {
    const harness = new Harness({'tictactoe.identity': storedAlice,
                                 'tictactoe.game': JSON.stringify({id: gameId, deadline: null, turnVersion: 5})});
    harness.answer('GetGame', {status: 200, body: {
        gameId, stage: 'ENDED', players: [alice, bob], version: 17, currentPlayer: null,
        board: frames.boardWon.payload.board, events: []}});
    harness.session.start();
    harness.session.handleOpen();
    harness.receive('aliceAssociated');
    await settle();
    assert.equal(harness.session.game.result, 'won');
    assert.equal(harness.storage.has('tictactoe.game'), false);
});

test('a game the host forgot while the page was away ends it', async () => {
    const harness = new Harness({'tictactoe.identity': storedAlice,
                                 'tictactoe.game': JSON.stringify({id: gameId, deadline: null, turnVersion: 5})});
    harness.answer('GetGame', {status: 404, body: {}});
    harness.session.start();
    harness.session.handleOpen();
    harness.receive('aliceAssociated');
    await settle();
    assert.equal(harness.session.game.result, 'aborted');
    harness.session.backToLobby();
    assert.equal(harness.session.stage, 'lobby');
});

test('a lost connection is retried with growing delays, and resyncs the game', () => {
    const harness = aliceInGame();
    harness.session.handleClose({code: 1006, reason: ''});
    assert.equal(harness.session.connectionState, 'reconnecting');
    assert.match(harness.session.connectionProblem, /lost/);
    assert.equal(harness.session.secondsLeft(), null, 'nobody here knows how the turn runs meanwhile');
    assert.equal(harness.opened, 1);
    harness.advance(499);
    assert.equal(harness.opened, 1);
    harness.advance(1);
    assert.equal(harness.opened, 2);
    harness.session.handleClose({code: 1006, reason: ''});
    harness.advance(999);
    assert.equal(harness.opened, 2);
    harness.advance(1);
    assert.equal(harness.opened, 3);

    harness.session.handleOpen();
    harness.receive('aliceAssociated');
    assert.equal(harness.session.connectionState, 'online');
    assert.deepEqual(harness.queries.at(-1).payload.sinceVersion, 5);
});

test('a host that stops is told apart, and a woken page retries at once', () => {
    const harness = aliceInLobby();
    harness.session.handleClose({code: 1001, reason: 'the host stopped'});
    assert.match(harness.session.connectionProblem, /stopped hosting/);
    harness.session.wake();
    assert.equal(harness.opened, 2);
});

test('a host of another protocol version stops the retries and asks for a reload', () => {
    const harness = aliceInLobby();
    harness.receive('incompatible');
    assert.equal(harness.session.connectionState, 'incompatible');
    assert.match(harness.session.connectionProblem, /reload the page/);
    harness.session.handleClose({code: 1008, reason: ''});
    harness.advance(60_000);
    assert.equal(harness.opened, 1);
});

test('the computer\'s players are asked for, named, and played again without being online', async () => {
    const computer = {id: 'c0a1c0a1-0000-4000-8000-000000000003'};
    const harness = new Harness({'tictactoe.identity': storedAlice});
    harness.answer('GetComputerOpponents', {status: 200, body: {opponents: [
        {id: {id: 'c0a1c0a1-0000-4000-8000-000000000001'}, alias: 'Computer (easy)', level: 'EASY'},
        {id: computer, alias: 'Computer (perfect)', level: 'PERFECT'}]}});
    harness.session.start();
    harness.session.handleOpen();
    harness.receive('aliceAssociated', 'onlineForAlice');
    await settle();
    assert.deepEqual(harness.session.computerOpponents.map(opponent => opponent.level), ['EASY', 'PERFECT']);
    assert.equal(harness.session.aliasOf(computer), 'Computer (perfect)');
    assert.equal(harness.queries.some(query => query.type === 'GetUser'), false);

    harness.takeSent();
    harness.session.invite(computer.id);
    assert.deepEqual(harness.sent.map(frame => frame.type), ['server/CREATE_GAME', 'server/JOIN_GAME', 'server/USER_INVITED']);
    assert.deepEqual(harness.sent[2].data.invited, computer);
    const game = harness.sent[0].data.gameId;
    harness.session.handleFrame({type: 'GAME_STARTED', payload: {gameId: game, players: [alice, computer],
                                                                board: [[null, null, null], [null, null, null], [null, null, null]], version: 4}});
    assert.equal(harness.session.isOpponentConnected(), true, 'the computer is never online, and never away');
    harness.session.handleFrame({type: 'GAME_ENDED', payload: {gameId: game, result: 'DRAW', winner: null, version: 5}});
    harness.takeSent();
    harness.session.playAgain();
    assert.deepEqual(harness.sent.map(frame => frame.type), ['server/CREATE_GAME', 'server/JOIN_GAME', 'server/USER_INVITED']);
    assert.deepEqual(harness.sent[2].data.invited, computer);
});

test('a spectator watches a game from its snapshot on, cannot play, and watches again after a drop', async () => {
    const harness = new Harness({'tictactoe.identity': storedAlice});
    const board = [[{id: bob.id}, null, null], [null, null, null], [null, null, null]];
    harness.answer('GetLiveGames', {status: 200, body: {games: [
        {gameId, players: [bob, carol], moves: 1, watchers: 0},
        {gameId: {id: '99999999-0000-4000-8000-000000000000'}, players: [alice, carol], moves: 0, watchers: 0}]}});
    harness.session.start();
    harness.session.handleOpen();
    harness.receive('aliceAssociated', 'onlineForAlice');
    await settle();
    assert.deepEqual(harness.session.liveGames.map(game => game.gameId), [gameId], 'not the games one plays in');

    harness.takeSent();
    harness.session.watch(gameId.id);
    assert.equal(harness.session.stage, 'game');
    assert.deepEqual(harness.sent.map(frame => [frame.type, frame.data.gameId, frame.data.watcher]),
                     [['server/WATCH_GAME', gameId, alice]]);
    harness.answer('GetGame', {status: 200, body: {gameId, stage: 'IN_PROGRESS', players: [bob, carol], version: 8,
                                                   currentPlayer: carol, board, events: []}});
    harness.session.handleFrame({type: 'WATCHER_JOINED', payload: {gameId, watcher: alice, watchers: 1, parentOperationId: null}});
    await settle();
    const session = harness.session;
    assert.equal(session.game.watchers, 1);
    assert.equal(session.markOf(session.game.board[0][0]), 'X');
    assert.equal(session.isMyTurn(), false);
    assert.equal(session.isPlayable(1, 1), false);
    session.handleFrame({type: 'MARK_PLACED', payload: {gameId, player: carol, x: 1, y: 1, parentOperationId: null, version: 9}});
    assert.equal(session.markOf(session.game.board[1][1]), 'O');

    harness.takeSent();
    session.handleClose({code: 1006, reason: ''});
    harness.advance(500);
    session.handleOpen();
    harness.receive('aliceAssociated');
    assert.deepEqual(harness.sent.filter(frame => frame.type === 'server/WATCH_GAME').map(frame => frame.data.gameId), [gameId]);

    session.handleFrame({type: 'GAME_ENDED', payload: {gameId, result: 'PLAYER_WON', winner: bob, version: 10}});
    assert.equal(session.game.result, 'over');
    harness.takeSent();
    session.backToLobby();
    assert.deepEqual(harness.sent, [], 'an ended game needs no StopWatching');
});

test('leaving a game one watches stops watching it', () => {
    const harness = aliceInLobby();
    harness.session.watch(gameId.id);
    harness.takeSent();
    harness.session.backToLobby();
    assert.deepEqual(harness.sent.map(frame => [frame.type, frame.data.gameId, frame.data.watcher]),
                     [['server/STOP_WATCHING', gameId, alice]]);
    assert.equal(harness.session.stage, 'lobby');
});

test('an ended game is replayed move by move from its history', async () => {
    const harness = new Harness({'tictactoe.identity': storedAlice});
    const ended = {gameId, players: [alice, bob], result: 'PLAYER_WON', winner: alice, endedAt: '2026-12-04T12:00:05.000Z'};
    harness.answer('GetRecentGames', {status: 200, body: {games: [ended]}});
    harness.session.start();
    harness.session.handleOpen();
    harness.receive('aliceAssociated');
    await settle();
    assert.deepEqual(harness.session.recentGames, [ended]);

    const moves = [[0, 0, alice], [0, 1, bob], [1, 0, alice]].map(([x, y, player], index) =>
        ({player, x, y, at: `2026-12-04T12:00:0${index + 1}.000Z`}));
    harness.answer('GetGameHistory', {status: 200, body: {game: ended, moves}});
    await harness.session.openReplay(gameId.id);
    const session = harness.session;
    assert.equal(session.stage, 'replay');
    assert.equal(harness.queries.at(-1).type, 'GetGameHistory');
    assert.equal(session.replay.step, 3, 'it opens on the final board');
    assert.equal(session.replayMarkOf(session.replayBoard()[0][1]), 'X');
    session.replayTo(1);
    assert.deepEqual(session.replayBoard(), [[alice, null, null], [null, null, null], [null, null, null]]);
    session.replayTo(-4);
    assert.equal(session.replay.step, 0);
    session.replayTo(99);
    assert.equal(session.replay.step, 3);
    session.closeReplay();
    assert.equal(session.stage, 'lobby');

    harness.answer('GetGameHistory', {status: 404, body: {}});
    await session.openReplay(gameId.id);
    assert.equal(session.stage, 'lobby');
    assert.match(session.notice, /no longer kept/);
});

test('the catalogue builds only the messages the host accepts', () => {
    assert.throws(() => catalogue.socketFrame('GetUser', {operationId: null, id: alice}), /does not travel over websocket/);
    assert.throws(() => catalogue.socketFrame('PlaceMark', {gameId}), /needs operationId/);
    assert.throws(() => catalogue.socketFrame('MakeCoffee', {}), /does not accept MakeCoffee/);
    assert.throws(() => catalogue.queryBody('CreateGame', {operationId: alice, gameId, creator: alice}), /not a query/);
    assert.equal(catalogue.nameOf({type: 'MARK_PLACED'}), 'MarkPlaced');
    assert.equal(catalogue.nameOf({type: 'SOMETHING_NEWER'}), null);
});
