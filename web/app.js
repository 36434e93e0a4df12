// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The page: loads the host's protocol catalogue, starts the session and draws its state. Every
// decision is the session's; this file only shows it and passes clicks on.

import {Catalogue} from './protocol.js';
import {Connection, webSocketUrl} from './connection.js';
import {Session} from './session.js';

const catalogueRetryMs = 2000;
const gameListsRefreshMs = 15000;
const levelNames = {EASY: 'Easy', MEDIUM: 'Medium', PERFECT: 'Perfect'};

const element = id => document.getElementById(id);

async function postQuery(body) {
    const response = await fetch('/queries', {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify(body),
    });
    return {status: response.status, body: await response.json()};
}

async function loadCatalogue() {
    for (;;) {
        try {
            const response = await fetch('/protocol', {cache: 'no-store'});
            if (response.ok)
                return new Catalogue(await response.json());
        } catch {
            // The host is not answering: say so and try again.
        }
        showConnection('reconnecting', 'The host cannot be reached. Trying again…');
        await new Promise(resolve => setTimeout(resolve, catalogueRetryMs));
    }
}

function showConnection(state, text) {
    const connection = element('connection');
    connection.dataset.state = state;
    connection.textContent = text;
}

function connectionText(session) {
    switch (session.connectionState) {
    case 'online':
        return 'Online';
    case 'connecting':
        return 'Connecting…';
    case 'reconnecting':
        return `${session.connectionProblem}. Reconnecting…`;
    case 'incompatible':
        return session.connectionProblem;
    default:
        return 'Not connected';
    }
}

// Keeps list's items in the order of keys, reusing the item of each key that is still there, so
// that focus and hover stay where they are while the list changes.
function reconcile(list, keys, create, update) {
    const existing = new Map([...list.children].map(item => [item.dataset.key, item]));
    keys.forEach((key, index) => {
        const item = existing.get(key) ?? create(key);
        existing.delete(key);
        item.dataset.key = key;
        update(item, key);
        if (list.children[index] !== item)
            list.insertBefore(item, list.children[index] ?? null);
    });
    existing.forEach(item => item.remove());
}

function turnText(session) {
    const game = session.game;
    if (game.players.length === 0)
        return game.watching ? 'Joining the game as a spectator…' : 'Resuming the game…';
    if (game.current == null)
        return '';
    return session.isMyTurn() ? 'Your turn' : `${session.aliasOf(game.current)}'s turn`;
}

function resultText(session) {
    const game = session.game;
    const opponent = session.aliasOf(session.opponent());
    if (game.watching && game.result === 'aborted' && game.timedOut != null)
        return `${session.aliasOf(game.timedOut)} ran out of time: the game is over, nobody won.`;
    switch (game.result) {
    case 'over':
        return `${session.aliasOf(game.winner)} won.`;
    case 'won':
        return `You won against ${opponent}!`;
    case 'lost':
        return `${opponent} won.`;
    case 'draw':
        return 'A draw: nobody won.';
    case 'aborted':
        if (game.timedOut != null)
            return session.isMe(game.timedOut) ? 'You ran out of time: the game is over, nobody won.'
                                               : `${opponent} ran out of time: the game is over, nobody won.`;
        return 'The game was stopped: nobody won.';
    default:
        return '';
    }
}

// How an ended game came out, for someone who did not play it.
function outcomeText(session, game) {
    switch (game.result) {
    case 'PLAYER_WON':
        return `${session.aliasOf(game.winner)} won`;
    case 'DRAW':
        return 'a draw';
    default:
        return 'stopped, nobody won';
    }
}

class PageView {
    constructor(session) {
        this.session = session;
        element('alias-form').addEventListener('submit', event => {
            event.preventDefault();
            session.chooseAlias(element('alias-input').value);
        });
        element('computer-opponents').addEventListener('click', event => {
            const button = event.target.closest('button.play-computer');
            if (button)
                session.invite(button.dataset.userId);
        });
        element('live-games').addEventListener('click', event => {
            const button = event.target.closest('button.watch');
            if (button)
                session.watch(button.closest('li').dataset.gameId);
        });
        element('refresh-live-games').addEventListener('click', () => session.refreshGameLists());
        element('recent-games').addEventListener('click', event => {
            const button = event.target.closest('button.replay');
            if (button)
                session.openReplay(button.closest('li').dataset.gameId);
        });
        element('replay-slider').addEventListener('input', event => session.replayTo(Number(event.target.value)));
        element('replay-previous').addEventListener('click', () => session.replayTo(session.replay.step - 1));
        element('replay-next').addEventListener('click', () => session.replayTo(session.replay.step + 1));
        element('replay-back').addEventListener('click', () => session.closeReplay());
        element('online-players').addEventListener('click', event => {
            const button = event.target.closest('button.invite');
            if (button)
                session.invite(button.closest('li').dataset.userId);
        });
        for (const cell of element('board').querySelectorAll('.cell'))
            cell.addEventListener('click', () => session.play(Number(cell.dataset.x), Number(cell.dataset.y)));
        element('play-again').addEventListener('click', () => session.playAgain());
        element('back-to-lobby').addEventListener('click', () => session.backToLobby());
        // Escape closes the dialog with no button: that is a "no".
        element('invitation').addEventListener('close', () => {
            if (element('invitation').open)
                return; // shown again, for a newer invitation, before this closing was reported
            if (element('invitation').returnValue === 'accept')
                session.acceptInvitation();
            else
                session.declineInvitation();
        });
        document.addEventListener('visibilitychange', () => {
            if (!document.hidden)
                session.wake();
        });
    }

    render() {
        const session = this.session;
        document.body.dataset.stage = session.stage;
        element('loading').hidden = true;
        for (const page of ['alias', 'lobby', 'game', 'replay'])
            element(`${page}-page`).hidden = session.stage !== page;
        showConnection(session.connectionState, connectionText(session));
        element('my-alias').textContent = session.me?.alias ?? '';

        element('alias-error').textContent = session.aliasError;
        element('alias-submit').disabled = session.joining;
        element('alias-submit').textContent = session.joining ? 'Joining…' : 'Play';

        this.renderLobby();
        this.renderInvitation();
        if (session.game)
            this.renderGame();
        if (session.replay)
            this.renderReplay();
        const notice = element('notice');
        notice.textContent = session.notice;
        notice.hidden = session.notice === '';
    }

    renderLobby() {
        const session = this.session;
        reconcile(element('online-players'), session.online.map(id => id.id), () => {
            const item = document.createElement('li');
            item.innerHTML = '<span class="presence" aria-hidden="true"></span><span class="alias"></span>';
            return item;
        }, (item, userId) => {
            const isMe = session.isMe({id: userId});
            const alias = session.aliasOf({id: userId});
            item.dataset.userId = userId;
            item.classList.toggle('me', isMe);
            item.querySelector('.alias').textContent = alias;
            if (isMe && !item.querySelector('.you'))
                item.querySelector('.alias').after(Object.assign(document.createElement('span'), {className: 'you', textContent: '(you)'}));
            let button = item.querySelector('button.invite');
            if (!isMe && !button) {
                button = document.createElement('button');
                button.type = 'button';
                button.className = 'invite';
                item.append(button);
            }
            if (button) {
                const invited = session.isInvited({id: userId});
                button.disabled = invited || session.connectionState !== 'online';
                button.textContent = invited ? 'Invited…' : 'Invite';
                button.setAttribute('aria-label', invited ? `Waiting for ${alias} to answer` : `Invite ${alias}`);
            }
        });
        element('nobody-else').hidden = session.online.some(id => !session.isMe(id));

        reconcile(element('computer-opponents'), session.computerOpponents.map(opponent => opponent.id.id), () => {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'play-computer';
            return button;
        }, (button, userId) => {
            const opponent = session.computerOpponents.find(candidate => candidate.id.id === userId);
            const level = levelNames[opponent.level] ?? opponent.level;
            button.dataset.userId = userId;
            button.dataset.level = opponent.level;
            button.textContent = level;
            button.disabled = session.connectionState !== 'online' || session.isInvited(opponent.id);
            button.setAttribute('aria-label', `Play the computer, ${level.toLowerCase()}`);
        });

        reconcile(element('live-games'), session.liveGames.map(game => game.gameId.id), () => {
            const item = document.createElement('li');
            item.innerHTML = '<span class="alias"></span><button type="button" class="watch">Watch</button>';
            return item;
        }, (item, gameId) => {
            const game = session.liveGames.find(candidate => candidate.gameId.id === gameId);
            const [x, o] = game.players.map(id => session.aliasOf(id));
            const watching = game.watchers > 0 ? ` · ${game.watchers} watching` : '';
            item.dataset.gameId = gameId;
            item.querySelector('.alias').textContent =
                    `${x} (X) against ${o} (O) · ${game.moves} ${game.moves === 1 ? 'move' : 'moves'}${watching}`;
            item.querySelector('button.watch').disabled = session.connectionState !== 'online';
            item.querySelector('button.watch').setAttribute('aria-label', `Watch ${x} against ${o}`);
        });
        element('no-live-games').hidden = session.liveGames.length > 0;

        reconcile(element('recent-games'), session.recentGames.map(game => game.gameId.id), () => {
            const item = document.createElement('li');
            item.innerHTML = '<span class="alias"><span class="title"></span><span class="detail"></span></span>'
                    + '<button type="button" class="replay">Replay</button>';
            return item;
        }, (item, gameId) => {
            const game = session.recentGames.find(candidate => candidate.gameId.id === gameId);
            const [x, o] = game.players.map(id => session.aliasOf(id));
            item.dataset.gameId = gameId;
            item.querySelector('.title').textContent = `${x} against ${o}`;
            item.querySelector('.detail').textContent = outcomeText(session, game) + (game.endedAt
                    ? ` · ${new Date(game.endedAt).toLocaleString([], {dateStyle: 'short', timeStyle: 'short'})}` : '');
            item.querySelector('button.replay').setAttribute('aria-label', `Replay ${x} against ${o}`);
        });
        element('no-recent-games').hidden = session.recentGames.length > 0;

        const champions = session.hallOfFame;
        reconcile(element('hall-of-fame'), champions.map(entry => entry.id.id), () => {
            const item = document.createElement('li');
            item.innerHTML = '<span class="alias"></span><span class="score"></span>';
            return item;
        }, (item, userId) => {
            const entry = champions.find(champion => champion.id.id === userId);
            item.dataset.userId = userId;
            item.dataset.score = entry.score;
            item.classList.toggle('me', session.isMe(entry.id));
            item.querySelector('.alias').textContent = session.aliasOf(entry.id);
            item.querySelector('.score').textContent = `${entry.score} points`;
        });
        element('hall-of-fame').setAttribute('aria-busy', String(!session.hallOfFameKnown));
        element('no-champions').hidden = !session.hallOfFameKnown || champions.length > 0;
    }

    renderInvitation() {
        const session = this.session;
        const dialog = element('invitation');
        if (session.invitation) {
            element('invitation-text').textContent =
                    `${session.aliasOf(session.invitation.host)} invites you to play. You would play O.`;
            if (!dialog.open) {
                dialog.returnValue = '';
                dialog.showModal();
            }
        } else if (dialog.open) {
            dialog.returnValue = 'answered';
            dialog.close();
        }
    }

    renderGame() {
        const session = this.session;
        const game = session.game;
        element('matchup').hidden = game.watching;
        element('watching').hidden = !game.watching;
        if (game.watching && game.players.length === 2) {
            element('watching').textContent = `You are watching ${session.aliasOf(game.players[0])} (X) ` +
                    `against ${session.aliasOf(game.players[1])} (O).`;
        }
        element('watchers').hidden = game.watchers === 0;
        element('watchers').textContent = game.watchers === 1 ? 'One person is watching.' : `${game.watchers} people are watching.`;
        element('opponent').textContent = session.aliasOf(session.opponent());
        const myMark = session.markOf(session.me.userId);
        element('my-mark').textContent = myMark;
        element('my-mark').dataset.mark = myMark;
        const away = element('opponent-away');
        away.hidden = session.isOpponentConnected();
        away.textContent = `${session.aliasOf(session.opponent())} lost their connection. Their turn's time runs on.`;
        const turn = element('turn');
        turn.textContent = turnText(session);
        turn.dataset.myTurn = String(session.isMyTurn());
        this.renderCountdown();
        element('game-status').hidden = game.result !== '';

        const winning = session.winningCells();
        for (const cell of element('board').querySelectorAll('.cell')) {
            const x = Number(cell.dataset.x);
            const y = Number(cell.dataset.y);
            const mark = session.markOf(game.board[y][x]);
            cell.dataset.mark = mark;
            cell.textContent = mark;
            cell.disabled = !session.isPlayable(x, y);
            cell.classList.toggle('winning', winning.some(([wx, wy]) => wx === x && wy === y));
            cell.setAttribute('aria-label', `row ${y + 1}, column ${x + 1}, ${mark || 'empty'}`);
        }
        const result = element('result');
        result.dataset.result = game.result;
        result.textContent = resultText(session);
        element('result-panel').hidden = game.result === '';
        element('play-again').disabled = session.connectionState !== 'online';
        element('play-again').hidden = game.watching;
    }

    renderReplay() {
        const session = this.session;
        const {game, moves, step} = session.replay;
        const [x, o] = game.players.map(id => session.aliasOf(id));
        element('replay-title').textContent = `${x} (X) against ${o} (O)`;
        const slider = element('replay-slider');
        slider.max = String(moves.length);
        slider.value = String(step);
        element('replay-previous').disabled = step === 0;
        element('replay-next').disabled = step === moves.length;
        const move = moves[step - 1];
        element('replay-move').textContent = step === 0 ? `Before the first move (${moves.length} in all)`
                : `Move ${step} of ${moves.length}: ${session.aliasOf(move.player)} (${session.replayMarkOf(move.player)})` +
                  (move.at ? ` at ${new Date(move.at).toLocaleTimeString()}` : '');
        const board = session.replayBoard();
        for (const cell of element('replay-board').querySelectorAll('.cell')) {
            const mark = session.replayMarkOf(board[Number(cell.dataset.y)][Number(cell.dataset.x)]);
            cell.dataset.mark = mark;
            cell.textContent = mark;
            cell.setAttribute('aria-label', `row ${Number(cell.dataset.y) + 1}, column ${Number(cell.dataset.x) + 1}, ${mark || 'empty'}`);
        }
        element('replay-result').textContent = step === moves.length ? `${outcomeText(session, game)}.` : '';
    }

    renderCountdown() {
        const countdown = element('countdown');
        const seconds = this.session.game ? this.session.secondsLeft() : null;
        countdown.dataset.seconds = seconds ?? '';
        countdown.textContent = seconds == null ? '' : `${seconds} s left`;
        countdown.classList.toggle('urgent', seconds != null && seconds <= 5);
    }
}

async function main() {
    const catalogue = await loadCatalogue();
    const connection = new Connection(webSocketUrl(location));
    const session = new Session(catalogue, connection, postQuery, {
        storage: localStorage,
        now: () => Date.now(),
        setTimeout: (callback, milliseconds) => setTimeout(callback, milliseconds),
        clearTimeout: id => clearTimeout(id),
    });
    connection.session = session;
    const view = new PageView(session);
    session.onChange = () => view.render();
    session.start();
    setInterval(() => view.renderCountdown(), 250);
    // Nothing is pushed when other people's games start and end: a lobby in view asks now and then
    // (not at each push everyone gets, which would make every lobby ask at once).
    setInterval(() => {
        if (session.stage === 'lobby' && !document.hidden)
            session.refreshGameLists();
    }, gameListsRefreshMs);
}

main();
