// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// The web client in a real browser: Debian's Chromium, headless, driven by puppeteer-core, against a
// real `tictactoe --server`. Registered with CTest as web_client_in_chromium (tests/web/CMakeLists.txt).
//
// node tests/web/browsertest.mjs --server build/app/tictactoe
//      --desktop-player build/tests/webclient/tictactoe-desktop-player [--tools build/web-tools]
//                                [--chromium /usr/bin/chromium] [--only NAME] [--failures DIR]
//
// Run it inside a loopback-only network namespace (.ci/loopback-only does, for ctest).

import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
    DEFAULT_CHROMIUM, DESKTOP, DesktopPlayer, PHONE, Player, Server, invitedGame, launchChromium, loadPuppeteer, parseArgs,
    playMoves,
} from './harness.mjs';

const usage = 'usage: node browsertest.mjs --server PATH --desktop-player PATH [--tools DIR] [--chromium PATH]\n' +
    '                          [--only NAME]\n' +
    '                          [--failures DIR (screenshots of the pages when a scenario fails)]';
const options = parseArgs(process.argv.slice(2),
    { server: '', 'desktop-player': '', tools: 'build/web-tools', chromium: DEFAULT_CHROMIUM, only: '', failures: '' },
    usage);
if (!options.server || !options['desktop-player']) {
    console.error(usage);
    process.exit(2);
}

// The whole run is bounded too: a hang anywhere ends it.
const watchdog = setTimeout(() => {
    console.error('web_client_in_chromium: the run took over 150 s; stopping');
    process.exit(1);
}, 150_000);
watchdog.unref();

// X wins the top row (y = 0); O never gets three.
const X_WINS_TOP_ROW = [[0, 0], [0, 1], [1, 0], [1, 1], [2, 0]];
// Nine moves and no line: X O X / X O O / O X X.
const DRAW = [[0, 0], [1, 0], [2, 0], [1, 1], [1, 2], [2, 1], [0, 1], [0, 2], [2, 2]];
// O takes the middle column (x = 1) on its third move.
const O_WINS_MIDDLE_COLUMN = [[0, 0], [1, 0], [2, 2], [1, 1], [0, 2], [1, 2]];

async function bothSee(a, b, resultA, resultB) {
    await Promise.all([a.waitResult(resultA), b.waitResult(resultB)]);
}

// Scenarios a to d share one server and their players; e has a server with a short turn.
const scenarios = [];
// Scenarios a to d go on with the same players: after one fails, the rest of them are not run.
const scenario = (name, run, { independent = false } = {}) => scenarios.push({ name, run, independent });
const shared = {};

scenario('lobby, a declined invitation, then a game won by the inviter', async ({ browser, server }) => {
    const alice = shared.alice = await Player.open(browser, server, 'Alice');
    const bob = shared.bob = await Player.open(browser, server, 'Bob');
    for (const player of [alice, bob]) await player.waitStage('alias');
    await alice.chooseAlias('Alice');
    await bob.chooseAlias('Bob');
    await alice.waitOnline(bob);
    await bob.waitOnline(alice);

    await alice.invite(bob);
    await bob.answerInvitation(alice, false);
    await alice.waitFor('waited for a notice that Bob declined',
        () => /declined/i.test(document.querySelector('#notice')?.textContent ?? ''));
    assert.equal(await alice.value(() => document.body.dataset.stage), 'lobby', 'Alice stays in the lobby');

    await invitedGame(alice, bob);
    await playMoves(alice, bob, X_WINS_TOP_ROW);
    await bothSee(alice, bob, 'won', 'lost');
    const line = ['0,0', '1,0', '2,0'];
    assert.deepEqual(await alice.winningCells(), line, "Alice's page marks the winning row");
    assert.deepEqual(await bob.winningCells(), line, "Bob's page marks the winning row");
    for (const player of [alice, bob]) {
        assert.equal(await player.value(() =>
            [...document.querySelectorAll('#board .cell')].every(cell => cell.disabled)), true,
        `${player.name}: no cell is enabled once the game ended`);
    }
    // Bob goes back to the lobby and finds Alice's win there; Alice stays, to play again.
    await bob.backToLobby();
    await bob.waitHallOfFame(alice, 100);
});

scenario('play again: a new game, to a draw', async () => {
    const { alice, bob } = shared;
    await alice.press('#play-again');
    await bob.answerInvitation(alice, true);
    await alice.waitNewGame(bob, 'X');
    await bob.waitNewGame(alice, 'O');
    await playMoves(alice, bob, DRAW);
    await bothSee(alice, bob, 'draw', 'draw');
    assert.deepEqual(await alice.winningCells(), [], 'a draw marks no winning cell');
    await alice.backToLobby();
    await bob.backToLobby();
    await alice.waitHallOfFame(alice, 100);
    await bob.waitHallOfFame(alice, 100);
});

scenario('a reload mid-game comes back to the same game', async () => {
    const { alice, bob } = shared;
    await invitedGame(alice, bob);
    await playMoves(alice, bob, O_WINS_MIDDLE_COLUMN.slice(0, 3));
    // Bob's turn: he reloads.
    const before = await bob.board();
    await bob.page.reload({ waitUntil: 'load' });
    await bob.waitStage('game');
    await bob.waitFor('waited for the board as it was before the reload, and my turn', (rows) => {
        const cells = [...document.querySelectorAll('#board button.cell')];
        return cells.length === 9 && document.querySelector('#turn')?.dataset.myTurn === 'true' &&
            cells.every(cell => (cell.dataset.mark || '.') === rows[Number(cell.dataset.y)][Number(cell.dataset.x)]);
    }, [before]);
    assert.equal(await bob.value(() => document.querySelector('#my-mark')?.textContent.trim()), 'O',
        'Bob is still O after the reload');
    assert.equal(await bob.value(() => document.querySelector('#opponent')?.textContent.trim()), 'Alice',
        'Bob still plays Alice after the reload');
    await playMoves(alice, bob, O_WINS_MIDDLE_COLUMN, 3);
    await bothSee(alice, bob, 'lost', 'won');
    assert.deepEqual(await bob.winningCells(), ['1,0', '1,1', '1,2'], "Bob's page marks the middle column");
    await alice.backToLobby();
    await bob.backToLobby();
    for (const viewer of [alice, bob]) {
        await viewer.waitHallOfFame(alice, 100);
        await viewer.waitHallOfFame(bob, 100);
    }
});

scenario('a phone-sized page, played with taps', async ({ browser, server }) => {
    const { alice } = shared;
    const carol = await Player.open(browser, server, 'Carol (phone)', PHONE);
    const fitsTheWidth = async (where) => {
        const widths = await carol.value(() => ({
            scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
        }));
        assert.ok(widths.scroll <= 360 && widths.inner === 360,
            `Carol's ${where} scrolls sideways on a 360 px wide phone: scrollWidth ${widths.scroll}, innerWidth ${widths.inner}`);
    };
    await fitsTheWidth('alias page');
    await carol.chooseAlias('Carol');
    await fitsTheWidth('lobby');
    await carol.waitOnline(alice);

    await alice.invite(carol);
    await carol.waitInvitation(alice);
    await fitsTheWidth('lobby with the invitation open');
    const dialog = await carol.value(() => {
        const box = document.querySelector('dialog#invitation').getBoundingClientRect();
        return { left: box.left, right: box.right };
    });
    assert.ok(dialog.left >= 0 && dialog.right <= 360, `the invitation does not fit the phone: ${JSON.stringify(dialog)}`);
    await carol.answerInvitation(alice, true);
    await alice.waitNewGame(carol, 'X');
    await carol.waitNewGame(alice, 'O');
    await fitsTheWidth('game page');
    const cells = await carol.value(() => [...document.querySelectorAll('#board .cell')].map(cell => {
        const box = cell.getBoundingClientRect();
        return { x: cell.dataset.x, y: cell.dataset.y, left: box.left, right: box.right, width: box.width, height: box.height };
    }));
    for (const cell of cells) {
        assert.ok(cell.width >= 44 && cell.height >= 44,
            `cell x=${cell.x} y=${cell.y} is ${cell.width}×${cell.height} px on the phone, under 44 px`);
        assert.ok(cell.left >= 0 && cell.right <= 360, `cell x=${cell.x} y=${cell.y} is outside the phone's width`);
    }
    // Carol's moves are taps (Player.press taps on a touch page).
    await playMoves(alice, carol, O_WINS_MIDDLE_COLUMN);
    await bothSee(alice, carol, 'lost', 'won');
    await fitsTheWidth('result');
    await carol.backToLobby();
    await carol.waitHallOfFame(carol, 100);
    await alice.backToLobby();
    await carol.close();
});

scenario('the countdown runs, and a turn that runs out aborts the game', async ({ browser, turnServer }) => {
    const dave = await Player.open(browser, turnServer, 'Dave');
    const erin = await Player.open(browser, turnServer, 'Erin');
    await dave.chooseAlias('Dave');
    await erin.chooseAlias('Erin');
    await invitedGame(dave, erin);
    await dave.play(1, 1);
    await erin.waitMark(1, 1, 'X');
    // Erin's turn: both countdowns show it, and count down.
    await Promise.all([dave, erin].map(async player => {
        const first = await player.waitFor('waited for #countdown to show whole seconds, 1 to 5', () => {
            const seconds = document.querySelector('#countdown')?.dataset.seconds;
            return /^\d+$/.test(seconds ?? '') && Number(seconds) >= 1 && Number(seconds) <= 5 &&
                document.querySelector('#countdown').getClientRects().length > 0 && Number(seconds);
        });
        await player.waitFor(`waited for #countdown to go below ${first}`,
            first => Number(document.querySelector('#countdown')?.dataset.seconds) < first, [first], 2_500);
    }));
    await bothSee(dave, erin, 'aborted', 'aborted');
    await dave.close();
    await erin.close();
}, { independent: true });

// After a failure, what each open page showed, in --failures DIR.
async function saveScreenshots(scenarioNumber) {
    if (!options.failures) return;
    mkdirSync(options.failures, { recursive: true });
    for (const player of Player.all.filter(player => !player.closed)) {
        const file = path.join(options.failures,
            `${scenarioNumber}-${player.name.replace(/[^A-Za-z0-9]+/g, '-')}.png`);
        try {
            await player.page.screenshot({ path: file, fullPage: true });
            console.log(`  ${player.name}'s page: ${file}`);
        } catch (error) {
            console.log(`  ${player.name}'s page could not be saved: ${error.message}`);
        }
    }
}

scenario("a browser player against the desktop app's client", async ({ browser, server }) => {
    const fay = await Player.open(browser, server, 'Fay');
    await fay.chooseAlias('Fay');
    // It accepts every invitation and plays the first free cell row by row: 1,0 then 2,0 here.
    const desk = DesktopPlayer.start(options['desktop-player'], server, 'Desk');
    try {
        await desk.line('online');
        desk.userId = await fay.waitFor('waited for Desk in #online-players', () =>
            [...document.querySelectorAll('#online-players li')]
                .find(li => li.querySelector('.alias')?.textContent.trim() === 'Desk')?.dataset.userId);
        await fay.invite(desk);
        await desk.line('playing');
        await fay.waitNewGame(desk, 'X');
        for (const [mine, theirs] of [[[0, 0], [1, 0]], [[0, 1], [2, 0]], [[0, 2], null]]) {
            await fay.play(...mine);
            if (theirs) await fay.waitMark(...theirs, 'O');
        }
        await fay.waitResult('won');
        assert.equal(await desk.line('result'), 'result LOST', 'the desktop client saw its loss');
        await fay.backToLobby();
    } finally {
        await desk.stop();
        await fay.close();
    }
}, { independent: true });

// The test's own perfect player for X: a plain minimax over the board read from the page.
function drawingMove(rows) {
    const cells = rows.join('').split('');
    const lines = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]];
    const winner = () => lines.map(([a, b, c]) => cells[a] !== '.' && cells[a] === cells[b] && cells[b] === cells[c] ? cells[a] : null)
        .find(mark => mark) ?? null;
    const score = mark => {
        const won = winner();
        if (won) return won === 'X' ? 1 : -1;
        const free = cells.flatMap((cell, index) => cell === '.' ? [index] : []);
        if (free.length === 0) return 0;
        const outcomes = free.map(index => {
            cells[index] = mark;
            const outcome = score(mark === 'X' ? 'O' : 'X');
            cells[index] = '.';
            return outcome;
        });
        return mark === 'X' ? Math.max(...outcomes) : Math.min(...outcomes);
    };
    const free = cells.flatMap((cell, index) => cell === '.' ? [index] : []);
    const best = free.map(index => {
        cells[index] = 'X';
        const outcome = score('O');
        cells[index] = '.';
        return { index, outcome };
    }).sort((a, b) => b.outcome - a.outcome)[0].index;
    return [best % 3, Math.floor(best / 3)];
}

scenario('a browser player against the computer (perfect), to a draw that scores nothing', async ({ browser, server }) => {
    const gus = await Player.open(browser, server, 'Gus');
    await gus.chooseAlias('Gus');
    const hallOfFame = () => gus.value(() => [...document.querySelectorAll('#hall-of-fame li')]
        .map(li => `${li.dataset.userId}:${li.dataset.score}`));
    // Other scenarios' winners may be in it: read it once the host has said who they are.
    await gus.waitFor('waited for the hall of fame', () =>
        document.querySelector('#hall-of-fame')?.getAttribute('aria-busy') === 'false');
    const before = await hallOfFame();
    await gus.press('#computer-opponents button.play-computer[data-level="PERFECT"]');
    await gus.waitNewGame({ alias: 'Computer (perfect)' }, 'X');
    for (let move = 0; move < 5; ++move) {
        const [x, y] = drawingMove(await gus.board());
        await gus.play(x, y);
        if (move < 4) {
            await gus.waitFor('waited for the computer to answer', count =>
                (document.querySelector('#result')?.dataset.result ?? '') !== '' ||
                [...document.querySelectorAll('#board .cell')].filter(cell => cell.dataset.mark === 'O').length > count,
            [move]);
        }
    }
    await gus.waitResult('draw');
    await gus.backToLobby();
    assert.deepEqual(await hallOfFame(), before, 'a game against the computer does not score');
    await gus.close();
}, { independent: true });

scenario('a spectator watches a game live and cannot play in it, then replays it', async ({ browser, server }) => {
    const hal = await Player.open(browser, server, 'Hal');
    const ida = await Player.open(browser, server, 'Ida');
    const jo = await Player.open(browser, server, 'Jo', PHONE);
    try {
        await hal.chooseAlias('Hal');
        await ida.chooseAlias('Ida');
        await jo.chooseAlias('Jo');
        await hal.waitOnline(ida);
        await ida.waitOnline(hal);
        await invitedGame(hal, ida);
        await playMoves(hal, ida, X_WINS_TOP_ROW.slice(0, 1));
        await jo.press('#refresh-live-games');
        await jo.waitFor('waited for the game of Hal and Ida in #live-games', () =>
            [...document.querySelectorAll('#live-games li')].some(li => li.textContent.includes('Hal (X) against Ida (O)')));
        await jo.press('#live-games li button.watch');
        await jo.waitStage('game');
        await jo.waitMark(0, 0, 'X');
        await hal.waitFor('waited for the players to see one watcher', () =>
            document.querySelector('#watchers')?.textContent.includes('One person is watching'));
        for (let index = 1; index < X_WINS_TOP_ROW.length; ++index) {
            const [x, y] = X_WINS_TOP_ROW[index];
            await (index % 2 === 0 ? hal : ida).play(x, y);
            await jo.waitMark(x, y, index % 2 === 0 ? 'X' : 'O');
            assert.equal(await jo.value(() => [...document.querySelectorAll('#board .cell')].every(cell => cell.disabled)), true,
                'a spectator has no cell to press');
        }
        await jo.waitResult('over');
        assert.match(await jo.value(() => document.querySelector('#result').textContent), /Hal won/);
        assert.equal(await jo.value(() => document.querySelector('#play-again').hidden), true, 'a spectator plays nothing again');
        await jo.backToLobby();

        // The game is in the recent games; its replay steps through the same five moves.
        await jo.waitFor('waited for the game of Hal and Ida in #recent-games', () =>
            document.querySelector('#recent-games li')?.textContent.includes('Hal against IdaHal won'));
        await jo.press('#recent-games li button.replay');
        await jo.waitStage('replay');
        const replayed = () => jo.value(() => [...document.querySelectorAll('#replay-board .cell')]
            .map(cell => cell.dataset.mark || '.').join(''));
        assert.equal(await replayed(), 'XXXOO....', 'the replay opens on the final board');
        for (let step = 0; step < 5; ++step) await jo.press('#replay-previous');
        assert.equal(await replayed(), '.........');
        await jo.press('#replay-next');
        assert.equal(await replayed(), 'X........');
        assert.match(await jo.value(() => document.querySelector('#replay-move').textContent), /Move 1 of 5: Hal \(X\)/);
        await jo.press('#replay-back');
        await jo.waitStage('lobby');
    } finally {
        for (const player of [hal, ida, jo]) await player.close();
    }
}, { independent: true });

// --- running them ---------------------------------------------------------------------------------

let browser;
const servers = [];
let passed = 0;
let failed = 0;
const started = Date.now();
try {
    const puppeteer = loadPuppeteer(options.tools);
    // The computer thinks 100 ms instead of 700: the same path, sooner.
    const server = await Server.start(options.server, ['--computer-think-ms', '100']);
    servers.push(server);
    // A 5 s turn: the countdown is seen going down, and the game aborted soon after.
    const turnServer = await Server.start(options.server, ['--turn-timeout-ms', '5000']);
    servers.push(turnServer);
    browser = await launchChromium(puppeteer, options.chromium);
    console.log(`${await browser.version()} against ${server.url} and ${turnServer.url}`);

    let skipRest = false;
    for (const { name, run, independent } of scenarios) {
        if (options.only && !name.includes(options.only)) continue;
        const t0 = Date.now();
        if (skipRest && !independent) {
            console.log(`FAIL ${name}: not run, an earlier scenario it builds on failed`);
            ++failed;
            continue;
        }
        try {
            await run({ browser, server, turnServer });
            const errors = Player.all.flatMap(player => player.pageErrors.splice(0).map(e => `${player.name}: ${e}`));
            assert.deepEqual(errors, [], 'uncaught errors in the web client');
            console.log(`PASS ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
            ++passed;
        } catch (error) {
            console.log(`FAIL ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s): ${error.message}`);
            ++failed;
            await saveScreenshots(scenarios.findIndex(s => s.name === name) + 1);
            if (!independent) skipRest = true;
        }
    }
} catch (error) {
    console.log(`FAIL setting up: ${error.message}`);
    ++failed;
} finally {
    await browser?.close().catch(() => {});
    for (const server of servers) {
        await server.stop().catch(error => {
            console.log(`FAIL stopping the server: ${error.message}`);
            ++failed;
        });
    }
}
console.log(`web_client_in_chromium took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
