// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// What the browser tests and the screenshots share: a real `tictactoe --server` process, Debian's
// Chromium driven by puppeteer-core, and a Player, one browser page of the web client driven
// through the DOM contract of web/ (see tests/web/README.md). Every wait is bounded and says, when
// it runs out, what it waited for, on whose page, and what that page showed.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const WAIT_MS = 20_000;

// parseArgs(argv, defaults): `--name value` pairs into an object; `--help` prints usage.
export function parseArgs(argv, defaults, usage) {
    const options = { ...defaults };
    for (let i = 0; i < argv.length; ++i) {
        const arg = argv[i];
        if (arg === '-h' || arg === '--help') {
            console.log(usage);
            process.exit(0);
        }
        const name = arg.startsWith('--') ? arg.slice(2) : null;
        if (!name || !(name in defaults) || i + 1 >= argv.length) {
            console.error(`${usage}\n\nunknown option or missing value: ${arg}`);
            process.exit(2);
        }
        options[name] = argv[++i];
    }
    return options;
}

// loadPuppeteer(toolsDir): puppeteer-core as .ci/web-test-tools installed it, outside the source tree.
export function loadPuppeteer(toolsDir) {
    const where = path.resolve(toolsDir);
    if (!existsSync(path.join(where, 'node_modules', 'puppeteer-core'))) {
        throw new Error(`puppeteer-core is not installed in ${where}: run bash .ci/web-test-tools ` +
            `(it installs Debian's chromium and, with npm ci, tests/web/package-lock.json there)`);
    }
    return createRequire(path.join(where, 'package.json'))('puppeteer-core');
}

// A `tictactoe --server` on 127.0.0.1, any free port, a data directory of its own; `url` once started.
export class Server {
    static async start(binary, extraFlags = []) {
        if (!existsSync(binary)) {
            throw new Error(`no server binary at ${binary}: build it (cmake --build build --target tictactoe)`);
        }
        const server = new Server();
        server.dataDir = mkdtempSync(path.join(tmpdir(), 'tictactoe-web-'));
        const args = ['--server', '--host', '127.0.0.1', '--port', '0', '--data-dir', server.dataDir,
            '--discovery-target', '127.0.0.1', ...extraFlags];
        server.process = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
        server.stderr = '';
        server.process.stderr.on('data', chunk => { server.stderr += chunk; });
        server.exited = new Promise(resolve => server.process.once('exit', (code, signal) => resolve({ code, signal })));
        const lines = createInterface({ input: server.process.stdout });
        const firstLine = new Promise(resolve => lines.once('line', resolve));
        const outcome = await Promise.race([
            firstLine.then(line => ({ line })),
            server.exited.then(exit => ({ exit })),
            delay(10_000).then(() => ({ timedOut: true })),
        ]);
        if (!outcome.line) {
            server.process.kill('SIGKILL');
            rmSync(server.dataDir, { recursive: true, force: true });
            const why = outcome.exit ? `exited with ${outcome.exit.code ?? outcome.exit.signal}` : 'said nothing for 10 s';
            throw new Error(`tictactoe ${args.join(' ')} ${why}: ${server.stderr.trim()}`);
        }
        const match = /^listening on (http:\/\/\S+)$/.exec(outcome.line);
        if (!match) {
            await server.stop();
            throw new Error(`the server's first line is not "listening on URL": ${outcome.line}`);
        }
        server.url = match[1].replace(/\/$/, '') + '/';
        return server;
    }

    // Stops it with SIGTERM (SIGKILL after 5 s) and removes its data; throws when it did not stop
    // cleanly, since a crash at the end of a test is a failure too.
    async stop() {
        if (!this.process) return;
        const process = this.process;
        this.process = null;
        if (process.exitCode === null && process.signalCode === null) process.kill('SIGTERM');
        const exit = await Promise.race([this.exited, delay(5_000).then(() => null)]);
        rmSync(this.dataDir, { recursive: true, force: true });
        if (!exit) {
            process.kill('SIGKILL');
            throw new Error('the server did not stop within 5 s of SIGTERM');
        }
        if (exit.code !== 0) {
            throw new Error(`the server ended with ${exit.code ?? exit.signal}: ${this.stderr.trim()}`);
        }
    }
}

// The desktop app's client without its window (tests/webclient/desktopplayer.cpp), as an opponent:
// it accepts every invitation and plays the first free cell of its order; `line(prefix)` waits for
// the first line it printed that starts so ("online", "playing", "result WON|LOST|DRAW|ABORTED").
export class DesktopPlayer {
    static start(binary, server, alias, extraFlags = []) {
        if (!existsSync(binary)) {
            throw new Error(`no desktop player at ${binary}: build it (cmake --build build --target tictactoe-desktop-player)`);
        }
        const player = new DesktopPlayer();
        player.alias = alias;
        const port = new URL(server.url).port;
        player.process = spawn(binary, ['--port', port, '--alias', alias, '--time-limit-ms', '60000', ...extraFlags], {
            stdio: ['ignore', 'pipe', 'pipe'],
            env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' },
        });
        player.lines = [];
        player.stderr = '';
        player.waiters = [];
        player.process.stderr.on('data', chunk => { player.stderr += chunk; });
        createInterface({ input: player.process.stdout }).on('line', line => {
            player.lines.push(line);
            player.waiters = player.waiters.filter(waiter => !waiter(line));
        });
        // 'close': after it exited and its output was read to the end.
        player.exited = new Promise(resolve => player.process.once('close', (code, signal) => resolve(code ?? signal)));
        return player;
    }

    async line(prefix, timeout = WAIT_MS) {
        const seen = this.lines.find(line => line.startsWith(prefix));
        if (seen) return seen;
        let timer;
        const found = new Promise(resolve => this.waiters.push(line => line.startsWith(prefix) && (resolve(line), true)));
        const outcome = await Promise.race([
            found,
            this.exited.then(code => ({ code })),
            new Promise(resolve => { timer = setTimeout(() => resolve(null), timeout); }),
        ]);
        clearTimeout(timer);
        if (typeof outcome === 'string') return outcome;
        const why = outcome ? `it exited with ${outcome.code}` : `not within ${timeout} ms`;
        throw new Error(`desktop player ${this.alias}: waited for a line "${prefix}…", ${why}; ` +
            `it said: ${JSON.stringify(this.lines)} ${this.stderr.trim()}`);
    }

    async stop() {
        if (this.process.exitCode === null && this.process.signalCode === null) this.process.kill('SIGTERM');
        await this.exited;
    }
}

// Debian's Chromium, headless, with nothing that reaches beyond loopback by itself.
export async function launchChromium(puppeteer, executablePath) {
    if (!existsSync(executablePath)) {
        throw new Error(`no Chromium at ${executablePath}: install Debian's chromium (bash .ci/web-test-tools)`);
    }
    const args = [
        '--no-first-run', '--no-default-browser-check', '--disable-background-networking',
        '--disable-component-update', '--disable-default-apps', '--disable-sync', '--disable-extensions',
        '--disable-domain-reliability', '--disable-client-side-phishing-detection', '--no-pings',
        '--metrics-recording-only', '--disable-breakpad', '--disable-features=Translate,MediaRouter',
        '--disable-dev-shm-usage', '--disable-gpu',
        '--disable-background-timer-throttling', '--disable-renderer-backgrounding',
        '--disable-backgrounding-occluded-windows',
    ];
    // Chromium's sandbox refuses to run as root (as in CI, or mapped to root by unshare).
    if (process.getuid?.() === 0) args.push('--no-sandbox');
    return puppeteer.launch({ executablePath, headless: true, args, protocolTimeout: 30_000 });
}

export async function newContext(browser) {
    return browser.createBrowserContext ? browser.createBrowserContext() : browser.createIncognitoBrowserContext();
}

export const PHONE = { width: 360, height: 640, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false };

export function delay(ms) {
    return new Promise(resolve => setTimeout(resolve, ms).unref());
}

// One player: a page of the web client in a browser context of its own (its own localStorage, so
// its own credential).
export class Player {
    static all = [];

    static async open(browser, server, name, viewport = DESKTOP) {
        const context = await newContext(browser);
        const page = await context.newPage();
        await page.setViewport(viewport);
        const player = new Player(name, context, page, viewport);
        const response = await page.goto(server.url, { waitUntil: 'load', timeout: WAIT_MS });
        if (!response?.ok()) {
            throw new Error(`${name}: GET ${server.url} answered ${response?.status()} ${response?.statusText()}, ` +
                'not the web client');
        }
        return player;
    }

    constructor(name, context, page, viewport) {
        this.name = name;
        this.alias = null;
        this.userId = null;
        this.context = context;
        this.page = page;
        this.touch = viewport.hasTouch;
        this.pageErrors = [];
        Player.all.push(this);
        page.on('pageerror', error => this.pageErrors.push(String(error?.message ?? error)));
    }

    async close() {
        this.closed = true;
        await this.context.close();
    }

    // What the page shows, in one line, for a failure's message.
    async describe() {
        try {
            return await this.page.evaluate(() => {
                const text = selector => document.querySelector(selector)?.textContent?.trim().replace(/\s+/g, ' ') ?? '(none)';
                const data = (selector, key) => document.querySelector(selector)?.dataset[key] ?? '(none)';
                const board = [...document.querySelectorAll('#board .cell')]
                    .map(cell => cell.dataset.mark || '.').join('');
                return `stage=${document.body.dataset.stage} connection=${data('#connection', 'state')} ` +
                    `"${text('#connection')}" notice="${text('#notice')}" alias-error="${text('#alias-error')}" ` +
                    `my-alias="${text('#my-alias')}" online=[${[...document.querySelectorAll('#online-players li .alias')].map(e => e.textContent.trim()).join(', ')}] ` +
                    `invitation=${document.querySelector('#invitation')?.open ?? '(none)'} ` +
                    `turn=${data('#turn', 'myTurn')} board=${board} result=${data('#result', 'result')} "${text('#result')}"`;
            });
        } catch (error) {
            return `(the page could not be read: ${error.message})`;
        }
    }

    // waitFor(description, predicate, ...args): until predicate(...args) is truthy in the page.
    async waitFor(description, predicate, args = [], timeout = WAIT_MS) {
        try {
            const handle = await this.page.waitForFunction(predicate, { timeout, polling: 50 }, ...args);
            return await handle.jsonValue();
        } catch (error) {
            if (error?.name !== 'TimeoutError') throw error;
            throw new Error(`${this.name}: ${description}, not within ${timeout} ms. The page: ${await this.describe()}`);
        }
    }

    async value(fn, ...args) {
        return this.page.evaluate(fn, ...args);
    }

    async waitStage(stage, timeout = WAIT_MS) {
        await this.waitFor(`waited for the ${stage} page`, stage => document.body.dataset.stage === stage &&
            !document.querySelector(`#${stage}-page`)?.hidden, [stage], timeout);
    }

    async press(selector) {
        await this.waitFor(`waited for ${selector} to be there and enabled`, selector => {
            const element = document.querySelector(selector);
            return element && !element.disabled && element.getClientRects().length > 0;
        }, [selector]);
        if (this.touch) await this.page.tap(selector);
        else await this.page.click(selector);
    }

    async chooseAlias(alias) {
        await this.waitStage('alias');
        await this.page.type('#alias-input', alias);
        await this.press('#alias-submit');
        await this.waitStage('lobby');
        await this.waitFor(`waited for #my-alias to say ${alias}`,
            alias => document.querySelector('#my-alias')?.textContent.trim() === alias, [alias]);
        // My own entry may say so after the alias ("Ann (you)").
        this.userId = await this.waitFor('waited for my own entry (li.me) in #online-players', alias => {
            const me = document.querySelector('#online-players li.me');
            const shown = me?.querySelector('.alias')?.textContent.trim();
            return (shown === alias || shown?.startsWith(`${alias} (`)) && me.dataset.userId;
        }, [alias]);
        await this.waitFor('waited for #connection to be online once in the lobby',
            () => document.querySelector('#connection')?.dataset.state === 'online');
        this.alias = alias;
    }

    // The other player's entry in #online-players, by alias, with its invite button.
    async waitOnline(other) {
        await this.waitFor(`waited for ${other.alias} in #online-players, with an invite button`, (id, alias) => {
            const entry = document.querySelector(`#online-players li[data-user-id="${id}"]`);
            return entry && !entry.classList.contains('me') &&
                entry.querySelector('.alias')?.textContent.trim() === alias && !!entry.querySelector('button.invite');
        }, [other.userId, other.alias]);
    }

    async invite(other) {
        await this.waitOnline(other);
        await this.press(`#online-players li[data-user-id="${other.userId}"] button.invite`);
    }

    async waitInvitation(from) {
        await this.waitFor(`waited for the invitation of ${from.alias} (dialog#invitation open)`, alias => {
            const dialog = document.querySelector('dialog#invitation');
            return dialog?.open && document.querySelector('#invitation-text')?.textContent.includes(alias);
        }, [from.alias]);
    }

    async answerInvitation(from, accept) {
        await this.waitInvitation(from);
        await this.press(accept ? '#accept-invitation' : '#decline-invitation');
        await this.waitFor('waited for the invitation dialog to close',
            () => !document.querySelector('dialog#invitation')?.open);
    }

    // On the game page against `opponent`, with `mark`, and an empty board whose every cell is
    // enabled exactly when it is my turn.
    async waitNewGame(opponent, mark) {
        await this.waitStage('game');
        const myTurn = mark === 'X';
        await this.waitFor(`waited for a new game against ${opponent.alias} as ${mark}, ` +
            `${myTurn ? 'moving first' : 'waiting for the first move'}`, (alias, mark, myTurn) => {
            const cells = [...document.querySelectorAll('#board button.cell')];
            return document.querySelector('#opponent')?.textContent.trim() === alias &&
                document.querySelector('#my-mark')?.textContent.trim() === mark &&
                document.querySelector('#turn')?.dataset.myTurn === String(myTurn) &&
                (document.querySelector('#result')?.dataset.result ?? '') === '' &&
                cells.length === 9 && cells.every(cell => !cell.dataset.mark && cell.disabled === !myTurn);
        }, [opponent.alias, mark, myTurn]);
    }

    // The board as 3 strings, one per row (y), '.' for an empty cell.
    async board() {
        return this.value(() => {
            const rows = ['', '', ''];
            for (const cell of document.querySelectorAll('#board button.cell')) {
                rows[Number(cell.dataset.y)] += cell.dataset.mark || '.';
            }
            return rows;
        });
    }

    async waitMark(x, y, mark) {
        await this.waitFor(`waited for ${mark} at x=${x} y=${y}`, (x, y, mark) =>
            document.querySelector(`#board .cell[data-x="${x}"][data-y="${y}"]`)?.dataset.mark === mark,
        [x, y, mark]);
    }

    // My move: waits for my turn and the cell to be enabled, presses it, waits for my mark there.
    async play(x, y) {
        const mark = await this.value(() => document.querySelector('#my-mark')?.textContent.trim());
        await this.waitFor(`waited for my turn (#turn[data-my-turn=true]) to play x=${x} y=${y}`, () =>
            document.querySelector('#turn')?.dataset.myTurn === 'true');
        await this.press(`#board .cell[data-x="${x}"][data-y="${y}"]`);
        await this.waitMark(x, y, mark);
    }

    async waitResult(result) {
        await this.waitFor(`waited for the result "${result}"`, result => {
            const element = document.querySelector('#result');
            return element?.dataset.result === result && element.textContent.trim().length > 0 &&
                element.getClientRects().length > 0;
        }, [result]);
    }

    // The cells marked as the winning line, as "x,y" strings in board order.
    async winningCells() {
        return this.value(() => [...document.querySelectorAll('#board .cell.winning')]
            .map(cell => `${cell.dataset.x},${cell.dataset.y}`).sort());
    }

    async backToLobby() {
        await this.press('#back-to-lobby');
        await this.waitStage('lobby');
    }

    // The hall of fame shows `player` with `score` (in the lobby).
    async waitHallOfFame(player, score) {
        await this.waitFor(`waited for ${player.alias} with ${score} in #hall-of-fame`, (id, alias, score) => {
            const entry = document.querySelector(`#hall-of-fame li[data-user-id="${id}"]`);
            return entry && entry.dataset.score === String(score) &&
                entry.querySelector('.alias')?.textContent.trim() === alias &&
                entry.querySelector('.score')?.textContent.includes(String(score)) &&
                entry.getClientRects().length > 0;
        }, [player.userId, player.alias, score]);
    }
}

// playMoves(x, o, moves, from): the moves [[x, y], ...] of a game that X begins, from the one at
// index `from` on, each made by the player whose turn it is; after each, both pages show it.
export async function playMoves(xPlayer, oPlayer, moves, from = 0) {
    for (const [index, [x, y]] of moves.entries()) {
        if (index < from) continue;
        const [mover, other] = index % 2 === 0 ? [xPlayer, oPlayer] : [oPlayer, xPlayer];
        await mover.play(x, y);
        await other.waitMark(x, y, index % 2 === 0 ? 'X' : 'O');
    }
}

// invitedGame(host, guest): host invites guest, guest accepts, both on a new game (host is X).
export async function invitedGame(host, guest) {
    await host.invite(guest);
    await guest.answerInvitation(host, true);
    await host.waitNewGame(guest, 'X');
    await guest.waitNewGame(host, 'O');
}
