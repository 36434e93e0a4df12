// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The web client's logic, with no page and no socket of its own: it follows the host's messages
// into a state the page draws (stage, players online, hall of fame, invitation, current game) and
// turns the player's actions into protocol messages. The page gives it a connection, the HTTP
// queries, the browser's storage and a clock, so tests drive it with fixtures.

import {newId, sameId} from './protocol.js';

const identityKey = 'tictactoe.identity';
const gameKey = 'tictactoe.game';
const initialReconnectDelayMs = 500;
const maximumReconnectDelayMs = 8000;
const noticeDurationMs = 6000;
const maximumAliasLength = 32;

const gameErrorText = {
    PLAYER_CAN_NOT_PLAY: 'It is not your turn.',
    POSITION_OFF_LIMITS: 'That cell is not on the board.',
    POSITION_ALREADY_FILLED: 'That cell is taken.',
    GAME_ALREADY_ENDED: 'The game is over.',
    ALL_PLAYERS_ALREADY_JOINED: 'That game already has its two players.',
    GAME_NOT_FOUND: 'That game is over: the host no longer has it.',
    GAME_NOT_STARTED: 'The game has not started yet.',
    GAME_ALREADY_EXISTS: 'That game already exists.',
    TOO_MANY_WAITING_GAMES: 'You have too many invitations waiting for an answer.',
    ALREADY_IN_THE_GAME: 'You play in that game: you cannot watch it.',
};

export class Session {
    // connection: {open(), close(), send(frame)}; the session is told of it through
    // handleOpen(), handleFrame(frame) and handleClose({code, reason}).
    // query(body): a promise of {status, body} for POST /queries.
    // environment: {storage, now(), setTimeout, clearTimeout}.
    constructor(catalogue, connection, query, environment) {
        this.catalogue = catalogue;
        this.connection = connection;
        this.query = query;
        this.environment = environment;
        this.onChange = () => {};

        this.stage = 'alias';
        this.connectionState = 'offline'; // connecting, online, reconnecting, incompatible
        this.connectionProblem = '';
        this.aliasError = '';
        this.joining = false;
        this.me = null; // {userId, credential, alias}
        this.online = []; // ids, in order of first connection
        this.aliases = new Map(); // id → alias
        this.hallOfFame = []; // [{id, score}], best first
        this.hallOfFameKnown = false; // until the host's answer or a push: an empty list may be "not yet"
        this.computerOpponents = []; // [{id, alias, level}], easiest first
        this.liveGames = []; // games in progress to watch: [{gameId, players, moves, watchers}]
        this.recentGames = []; // the games that ended last: [{gameId, players, result, winner, endedAt}]
        this.replay = null; // the ended game being replayed: {game, moves, step}
        this.invitation = null; // received: {host, game}
        this.sentInvitation = null; // {invited, game}, until answered
        this.notice = '';
        this.game = null;

        this.pendingAlias = '';
        this.authentication = 'none'; // creating, associating, done
        this.reconnectDelayMs = initialReconnectDelayMs;
        this.reconnectTimer = null;
        this.noticeTimer = null;
        this.aliasesAsked = new Set();
    }

    start() {
        this.me = this.#load(identityKey);
        if (this.me) {
            this.stage = 'lobby';
            this.#connect();
        }
        this.#changed();
    }

    // --- The player's actions ---

    chooseAlias(text) {
        const alias = text.trim();
        if (alias.length === 0 || [...alias].length > maximumAliasLength) {
            this.aliasError = `Choose an alias of 1 to ${maximumAliasLength} characters.`;
            this.#changed();
            return;
        }
        this.aliasError = '';
        this.pendingAlias = alias;
        this.joining = true;
        this.#connect();
        this.#changed();
    }

    invite(userId) {
        const invited = {id: userId};
        if (this.authentication !== 'done' || sameId(invited, this.me.userId))
            return;
        const game = newId();
        const me = this.me.userId;
        // One socket keeps the order: the game exists and the inviter has joined it, so plays X,
        // before the invitation reaches anyone; an invited player who answers at once cannot join first.
        this.#send('CreateGame', {operationId: newId(), gameId: game, creator: me});
        this.#send('JoinGame', {operationId: newId(), gameId: game, playerId: me});
        this.#send('UserInvited', {host: me, invited, game, operationId: newId()});
        this.sentInvitation = {invited, game};
        this.#changed();
    }

    acceptInvitation() {
        if (!this.invitation)
            return;
        this.#send('JoinGame', {operationId: newId(), gameId: this.invitation.game, playerId: this.me.userId});
        this.invitation = null;
        this.#changed();
    }

    declineInvitation() {
        if (!this.invitation)
            return;
        this.#decline(this.invitation);
        this.invitation = null;
        this.#changed();
    }

    play(x, y) {
        const game = this.game;
        if (!game || !this.isPlayable(x, y))
            return;
        game.moveInFlight = true;
        this.#send('PlaceMark', {operationId: newId(), gameId: game.id, player: this.me.userId, x, y});
        this.#changed();
    }

    playAgain() {
        const opponent = this.opponent();
        this.backToLobby();
        if (opponent && (this.isComputer(opponent) || this.online.some(id => sameId(id, opponent))))
            this.invite(opponent.id);
        else if (opponent)
            this.#showNotice(`${this.aliasOf(opponent)} is no longer online.`);
    }

    backToLobby() {
        if (this.game?.watching && this.game.result === '')
            this.#send('StopWatching', {operationId: newId(), gameId: this.game.id, watcher: this.me.userId});
        this.game = null;
        this.environment.storage.removeItem(gameKey);
        if (this.stage === 'game')
            this.stage = 'lobby';
        this.refreshGameLists();
        this.#changed();
    }

    // Watches a game in progress: the host answers WatcherJoined, then the game comes as a
    // snapshot and its events as a player gets them.
    watch(gameId) {
        if (this.authentication !== 'done' || this.game)
            return;
        this.game = newGame({id: gameId}, [], emptyBoard());
        this.game.watching = true;
        this.game.restoring = {id: {id: gameId}, deadline: null, turnVersion: 0, watching: true};
        this.stage = 'game';
        this.#send('WatchGame', {operationId: newId(), gameId: {id: gameId}, watcher: this.me.userId});
        this.#changed();
    }

    // The lobby's lists of games: those in progress to watch, and those that ended, to replay.
    async refreshGameLists() {
        if (this.authentication !== 'done')
            return;
        const [live, recent] = await Promise.all([this.#ask('GetLiveGames', {operationId: newId()}),
                                                  this.#ask('GetRecentGames', {operationId: newId()})]);
        // Games one plays in are not to watch.
        if (live.status === 200)
            this.liveGames = (live.body.games ?? []).filter(game => !game.players.some(id => this.isMe(id)));
        if (recent.status === 200)
            this.recentGames = recent.body.games ?? [];
        this.#changed();
    }

    async openReplay(gameId) {
        const answer = await this.#ask('GetGameHistory', {operationId: newId(), gameId: {id: gameId}});
        if (answer.status !== 200) {
            this.#showNotice('That game is no longer kept by the host.');
            return;
        }
        this.replay = {game: answer.body.game, moves: answer.body.moves ?? [], step: (answer.body.moves ?? []).length};
        this.stage = 'replay';
        this.#changed();
    }

    // Shows the replayed board after step moves (0: empty, all of them: the end).
    replayTo(step) {
        if (!this.replay)
            return;
        this.replay.step = Math.max(0, Math.min(this.replay.moves.length, step));
        this.#changed();
    }

    closeReplay() {
        this.replay = null;
        if (this.stage === 'replay')
            this.stage = 'lobby';
        this.#changed();
    }

    replayBoard() {
        const board = emptyBoard();
        for (const move of this.replay?.moves.slice(0, this.replay.step) ?? [])
            board[move.y][move.x] = move.player;
        return board;
    }

    replayMarkOf(id) {
        const index = this.replay?.game.players.findIndex(player => sameId(player, id)) ?? -1;
        return index === 0 ? 'X' : index === 1 ? 'O' : '';
    }

    // The page became visible again (a phone woke up): do not wait for the next retry.
    wake() {
        if (this.connectionState === 'reconnecting')
            this.#reconnectNow();
    }

    // --- What the page reads ---

    aliasOf(id) {
        if (id == null)
            return '';
        if (this.me && sameId(id, this.me.userId))
            return this.me.alias;
        const alias = this.aliases.get(id.id);
        if (alias === undefined)
            this.#askAlias(id);
        return alias ?? '…';
    }

    isInvited(id) {
        return this.sentInvitation != null && sameId(this.sentInvitation.invited, id);
    }

    // The computer is never online; it joins whatever it is invited to.
    isComputer(id) {
        return this.computerOpponents.some(opponent => sameId(opponent.id, id));
    }

    isMe(id) {
        return this.me != null && sameId(id, this.me.userId);
    }

    opponent() {
        return this.game?.players.find(id => !this.isMe(id)) ?? null;
    }

    // False while the opponent of a running game has no connection: their turn's time runs on.
    isOpponentConnected() {
        const opponent = this.opponent();
        return !opponent || this.game.watching || this.isComputer(opponent) || this.game.result !== ''
                || this.online.length === 0 || this.online.some(id => sameId(id, opponent));
    }

    markOf(id) {
        if (!this.game || id == null)
            return '';
        const index = this.game.players.findIndex(player => sameId(player, id));
        return index === 0 ? 'X' : index === 1 ? 'O' : '';
    }

    isMyTurn() {
        const game = this.game;
        return game != null && game.result === '' && this.isMe(game.current);
    }

    isPlayable(x, y) {
        return this.isMyTurn() && !this.game.moveInFlight && this.game.board[y][x] == null;
    }

    // Whole seconds left in the turn, or null while nobody here knows (after a reload, until the
    // next turn; or while the host cannot be reached).
    secondsLeft() {
        const deadline = this.game?.deadline;
        if (deadline == null || this.connectionState !== 'online')
            return null;
        return Math.max(0, Math.ceil((deadline - this.environment.now()) / 1000));
    }

    winningCells() {
        return this.game ? winningLine(this.game.board) : [];
    }

    // --- The connection ---

    handleOpen() {
        this.#sendFrame(this.catalogue.socketFrame('ClientHello', {protocolVersion: this.catalogue.version}));
        if (this.me) {
            this.authentication = 'associating';
            this.#send('AssociateUserToSession', {userId: this.me.userId, credential: this.me.credential});
        } else {
            this.authentication = 'creating';
            this.#send('CreateUser', {id: newId(), alias: this.pendingAlias, operationId: newId()});
        }
    }

    handleClose({code, reason}) {
        const wasOnline = this.authentication === 'done';
        this.authentication = 'none';
        if (this.connectionState === 'incompatible' || this.connectionState === 'offline')
            return;
        if (!this.me) {
            // Choosing an alias: say why, and let the player try again.
            this.joining = false;
            this.connectionState = 'offline';
            this.aliasError ||= 'The host cannot be reached. Try again in a moment.';
            this.#changed();
            return;
        }
        this.connectionState = 'reconnecting';
        this.connectionProblem = code === 1001 ? 'The host stopped hosting'
                : wasOnline ? 'The connection to the host was lost'
                : 'The host cannot be reached';
        if (reason && code !== 1001 && code !== 1006)
            this.connectionProblem += ` (${reason})`;
        this.#scheduleReconnect();
        this.#changed();
    }

    handleFrame(frame) {
        this.#handle(this.catalogue.nameOf(frame), frame.payload ?? {}, false);
    }

    #handle(name, payload, replayed) {
        const handler = name && Object.hasOwn(this.#handlers, name) ? this.#handlers[name] : null;
        if (handler)
            handler.call(this, payload, replayed);
    }

    // --- Messages from the host, by the catalogue's names ---

    #handlers = {
        CredentialIssued(payload) {
            this.me = {userId: payload.userId, credential: payload.credential, alias: this.pendingAlias};
            this.environment.storage.setItem(identityKey, JSON.stringify(this.me));
            this.#authenticated();
        },
        SessionAssociated() {
            this.#authenticated();
        },
        CommandRejected(payload) {
            this.#handleRejection(payload);
        },
        UsersOnlineUpdated(payload) {
            if (!this.isMe(payload.userId))
                return;
            this.online = payload.onlineUsers ?? [];
            this.#changed();
        },
        UserCameOnline(payload) {
            if (!this.online.some(id => sameId(id, payload.userId)))
                this.online = [...this.online, payload.userId];
            this.#changed();
        },
        UserWentOffline(payload) {
            this.online = this.online.filter(id => !sameId(id, payload.userId));
            if (this.invitation && sameId(this.invitation.host, payload.userId))
                this.invitation = null;
            if (this.isInvited(payload.userId))
                this.sentInvitation = null;
            this.#changed();
        },
        TopThreeListUpdated(payload) {
            this.hallOfFame = payload.current?.topThree ?? [];
            this.hallOfFameKnown = true;
            this.#changed();
        },
        UserInvited(payload) {
            if (!this.isMe(payload.invited))
                return;
            if (this.game && this.game.result === '') {
                this.#decline(payload);
                return;
            }
            // A newer invitation replaces one not answered yet.
            if (this.invitation)
                this.#decline(this.invitation);
            this.invitation = {host: payload.host, game: payload.game};
            this.#changed();
        },
        InvitationDeclined(payload) {
            if (!this.isMe(payload.host))
                return;
            if (sameId(this.sentInvitation?.game, payload.game))
                this.sentInvitation = null;
            this.#showNotice(`${this.aliasOf(payload.invited)} declined your invitation.`);
        },
        GameStarted(payload) {
            if (!payload.players.some(id => this.isMe(id)))
                return;
            if (this.invitation && sameId(this.invitation.game, payload.gameId))
                this.invitation = null;
            this.sentInvitation = null;
            this.notice = '';
            this.game = newGame(payload.gameId, payload.players, payload.board);
            this.game.version = payload.version;
            this.stage = 'game';
            this.#saveGame();
            this.#changed();
        },
        WaitingForPlayerPlay(payload, replayed) {
            this.#inGame(payload, replayed, game => {
                game.current = payload.playerId;
                // A turn heard of only afterwards (in a GetGame answer) started at a time nobody
                // here knows.
                game.deadline = replayed ? null : this.environment.now() + payload.timeout;
                game.turnVersion = payload.version;
            });
        },
        MarkPlaced(payload, replayed) {
            this.#inGame(payload, replayed, game => {
                game.board[payload.y][payload.x] = payload.player;
                // The turn passes with the mark, before WaitingForPlayerPlay confirms it: a cell
                // pressed in between would be a move out of turn.
                game.current = game.players.find(player => !sameId(player, payload.player)) ?? null;
                game.deadline = null;
                if (this.isMe(payload.player))
                    game.moveInFlight = false;
            });
        },
        BoardUpdated(payload, replayed) {
            this.#inGame(payload, replayed, game => {
                game.board = payload.board;
            });
        },
        TurnTimeout(payload, replayed) {
            this.#inGame(payload, replayed, game => {
                game.timedOut = payload.playerId;
            });
        },
        GameEnded(payload, replayed) {
            this.#inGame(payload, replayed, game => {
                this.#finish(game, payload.result, payload.winner);
            });
        },
        WatcherJoined(payload) {
            const game = this.game;
            if (!game || !sameId(game.id, payload.gameId))
                return;
            game.watchers = payload.watchers;
            // Our own watching confirmed: the game as it is now, then its events.
            if (this.isMe(payload.watcher) && game.watching)
                this.#resync(game.restoring ? 0 : game.version);
            this.#changed();
        },
        WatcherLeft(payload) {
            if (this.game && sameId(this.game.id, payload.gameId)) {
                this.game.watchers = payload.watchers;
                this.#changed();
            }
        },
        GameErrorOccurred(payload) {
            if (this.game && sameId(this.game.id, payload.gameId))
                this.game.moveInFlight = false;
            // A game that ended before we could watch it: nothing to show.
            if (this.game?.watching && this.game.restoring && sameId(this.game.id, payload.gameId)) {
                this.game = null;
                this.environment.storage.removeItem(gameKey);
                this.stage = 'lobby';
                this.refreshGameLists();
            }
            this.#showNotice(gameErrorText[payload.reason] ?? `The host refused: ${payload.reason}.`);
        },
    };

    #authenticated() {
        this.authentication = 'done';
        this.connectionState = 'online';
        this.connectionProblem = '';
        this.joining = false;
        this.reconnectDelayMs = initialReconnectDelayMs;
        this.#send('UserConnected', {id: this.me.userId, operationId: newId()});
        this.#askTopThree();
        this.#askComputerOpponents();
        this.refreshGameLists();
        if (!this.game) {
            const stored = this.#load(gameKey);
            if (stored) {
                this.game = newGame(stored.id, [], emptyBoard());
                this.game.restoring = stored;
                this.game.watching = stored.watching === true;
                this.stage = 'game';
            }
        }
        if (this.game?.watching && this.game.result === '') {
            // A watcher who was away watches again; WatcherJoined then resyncs.
            this.#send('WatchGame', {operationId: newId(), gameId: this.game.id, watcher: this.me.userId});
        } else if (this.game) {
            this.#resync(this.game.restoring ? 0 : this.game.version);
        }
        if (this.stage === 'alias')
            this.stage = 'lobby';
        this.#changed();
    }

    #handleRejection(payload) {
        if (payload.reason === 'INCOMPATIBLE_PROTOCOL') {
            this.connectionState = 'incompatible';
            this.connectionProblem = `The host was updated: reload the page to play (${payload.message}).`;
            this.#stopConnection();
            this.#changed();
            return;
        }
        if (this.authentication === 'creating') {
            this.aliasError = payload.message;
            this.joining = false;
            this.connectionState = 'offline';
            this.#stopConnection();
            this.#changed();
            return;
        }
        if (this.authentication === 'associating') {
            // The host does not know the player kept here (its data was deleted, say): never
            // replace an identity silently; the player chooses an alias again.
            this.environment.storage.removeItem(identityKey);
            this.environment.storage.removeItem(gameKey);
            this.aliasError = `This host no longer knows ${this.me.alias} (${payload.message}). `
                    + 'Choose an alias to play as a new player.';
            this.pendingAlias = '';
            this.me = null;
            this.game = null;
            this.stage = 'alias';
            this.connectionState = 'offline';
            this.#stopConnection();
            this.#changed();
            return;
        }
        if (this.game)
            this.game.moveInFlight = false;
        this.#showNotice(payload.message);
    }

    // Applies a versioned game event only when it is the next one; a gap asks the host for what
    // came between.
    #inGame(payload, replayed, apply) {
        const game = this.game;
        if (!game || !sameId(game.id, payload.gameId) || game.restoring)
            return;
        if (payload.version !== undefined) {
            if (payload.version <= game.version)
                return;
            if (payload.version > game.version + 1 && !replayed) {
                this.#resync(game.version);
                return;
            }
            game.version = payload.version;
        }
        apply(game);
        this.#saveGame();
        if (!replayed)
            this.#changed();
    }

    async #resync(sinceVersion) {
        const game = this.game;
        const answer = await this.#ask('GetGame', {operationId: newId(), gameId: game.id, sinceVersion});
        if (this.game !== game)
            return;
        if (answer.status === 404) {
            game.restoring = null;
            if (game.result === '')
                this.#finish(game, 'GAME_ABORTED', null);
            this.#changed();
            return;
        }
        if (answer.status !== 200)
            return;
        const snapshot = answer.body;
        if (snapshot.events?.length > 0) {
            for (const event of snapshot.events)
                this.#handle(event.type, event.payload ?? {}, true);
        } else if (snapshot.version > game.version || game.restoring) {
            this.#takeSnapshot(game, snapshot);
        }
        this.#changed();
    }

    #takeSnapshot(game, snapshot) {
        // After a reload the page knows the turn only from what it stored.
        const known = game.restoring ?? game;
        game.restoring = null;
        game.players = snapshot.players;
        game.board = snapshot.board;
        game.version = snapshot.version;
        game.moveInFlight = false;
        if (snapshot.stage === 'IN_PROGRESS') {
            // A turn that is still the last thing that happened keeps the deadline it had.
            const sameTurn = snapshot.version === known.turnVersion;
            game.current = snapshot.currentPlayer;
            game.deadline = sameTurn ? known.deadline : null;
            game.turnVersion = sameTurn ? known.turnVersion : 0;
        } else if (snapshot.stage === 'ENDED' && game.result === '') {
            const winner = winnerOf(game.board);
            const full = game.board.every(row => row.every(cell => cell != null));
            this.#finish(game, winner ? 'PLAYER_WON' : full ? 'DRAW' : 'GAME_ABORTED', winner);
        }
        this.#saveGame();
    }

    #finish(game, result, winner) {
        const won = game.watching ? 'over' : this.isMe(winner) ? 'won' : 'lost';
        game.result = result === 'PLAYER_WON' ? won : result === 'DRAW' ? 'draw' : 'aborted';
        game.winner = winner ?? null;
        game.current = null;
        game.deadline = null;
        game.moveInFlight = false;
        this.environment.storage.removeItem(gameKey);
    }

    #saveGame() {
        const game = this.game;
        if (!game || game.result !== '')
            return;
        this.environment.storage.setItem(gameKey, JSON.stringify(
                {id: game.id, deadline: game.deadline, turnVersion: game.turnVersion, watching: game.watching}));
    }

    #decline({host, game}) {
        this.#send('InvitationDeclined', {host, invited: this.me.userId, game, operationId: newId()});
    }

    async #askTopThree() {
        const answer = await this.#ask('GetTopThreePlayers', {operationId: newId()});
        // A push that came first is newer than this answer (the catalogue's supersededBy).
        if (answer.status === 200 && !this.hallOfFameKnown) {
            this.hallOfFame = answer.body.list ?? [];
            this.hallOfFameKnown = true;
            this.#changed();
        }
    }

    async #askComputerOpponents() {
        const answer = await this.#ask('GetComputerOpponents', {operationId: newId()});
        if (answer.status !== 200)
            return;
        this.computerOpponents = answer.body.opponents ?? [];
        for (const opponent of this.computerOpponents)
            this.aliases.set(opponent.id.id, opponent.alias);
        this.#changed();
    }

    async #askAlias(id) {
        if (this.aliasesAsked.has(id.id))
            return;
        this.aliasesAsked.add(id.id);
        const answer = await this.#ask('GetUser', {operationId: newId(), id});
        if (answer.status === 200 && answer.body.user) {
            this.aliases.set(id.id, answer.body.user.alias);
            this.#changed();
        } else {
            this.aliasesAsked.delete(id.id);
        }
    }

    async #ask(name, payload) {
        try {
            return await this.query(this.catalogue.queryBody(name, payload));
        } catch (error) {
            return {status: 0, body: {}};
        }
    }

    #send(name, data) {
        this.#sendFrame(this.catalogue.socketFrame(name, data));
    }

    #sendFrame(frame) {
        this.connection.send(frame);
    }

    #connect() {
        this.connectionState = this.connectionState === 'reconnecting' ? 'reconnecting' : 'connecting';
        this.connection.open();
    }

    #scheduleReconnect() {
        const delay = this.reconnectDelayMs;
        this.reconnectDelayMs = Math.min(delay * 2, maximumReconnectDelayMs);
        this.environment.clearTimeout(this.reconnectTimer);
        this.reconnectTimer = this.environment.setTimeout(() => this.#reconnectNow(), delay);
    }

    #reconnectNow() {
        this.environment.clearTimeout(this.reconnectTimer);
        this.reconnectTimer = null;
        this.#connect();
    }

    #stopConnection() {
        this.environment.clearTimeout(this.reconnectTimer);
        this.reconnectTimer = null;
        this.authentication = 'none';
        this.connection.close();
    }

    #showNotice(text) {
        this.notice = text;
        this.environment.clearTimeout(this.noticeTimer);
        this.noticeTimer = this.environment.setTimeout(() => {
            this.notice = '';
            this.#changed();
        }, noticeDurationMs);
        this.#changed();
    }

    #load(key) {
        try {
            return JSON.parse(this.environment.storage.getItem(key) ?? 'null');
        } catch {
            return null;
        }
    }

    #changed() {
        this.onChange();
    }
}

const lines = [
    [[0, 0], [1, 0], [2, 0]], [[0, 1], [1, 1], [2, 1]], [[0, 2], [1, 2], [2, 2]],
    [[0, 0], [0, 1], [0, 2]], [[1, 0], [1, 1], [1, 2]], [[2, 0], [2, 1], [2, 2]],
    [[0, 0], [1, 1], [2, 2]], [[2, 0], [1, 1], [0, 2]],
];

function winningLine(board) {
    return lines.find(line => {
        const [first, ...rest] = line.map(([x, y]) => board[y][x]);
        return first != null && rest.every(cell => sameId(cell, first));
    }) ?? [];
}

function winnerOf(board) {
    const line = winningLine(board);
    return line.length > 0 ? board[line[0][1]][line[0][0]] : null;
}

function emptyBoard() {
    return [[null, null, null], [null, null, null], [null, null, null]];
}

function newGame(id, players, board) {
    return {
        id, players, board: board ?? emptyBoard(), version: 0, current: null, deadline: null,
        turnVersion: 0, result: '', winner: null, timedOut: null, moveInFlight: false, restoring: null,
        watching: false, watchers: 0,
    };
}
