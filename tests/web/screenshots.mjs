// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// Screenshots of the web client at phone (360×640, 2× pixels) and desktop (1280×800) sizes, from
// real sessions against a real `tictactoe --server`, in Debian's Chromium: the alias page, the
// lobby with players and the hall of fame, an invitation, a game in progress and a result.
//
// node tests/web/screenshots.mjs --server build/app/tictactoe --out docs/screenshots
//                                [--tools build/web-tools] [--chromium /usr/bin/chromium]
//
// Run it in a loopback-only network namespace:
//   unshare -n sh -c 'ip link set lo up && node tests/web/screenshots.mjs --server … --out …'

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
    DEFAULT_CHROMIUM, DESKTOP, PHONE, Player, Server, invitedGame, launchChromium, loadPuppeteer, parseArgs,
    playMoves,
} from './harness.mjs';

const usage = 'usage: node screenshots.mjs --server PATH --out DIR [--tools DIR] [--chromium PATH]';
const options = parseArgs(process.argv.slice(2),
    { server: '', out: '', tools: 'build/web-tools', chromium: DEFAULT_CHROMIUM }, usage);
if (!options.server || !options.out) {
    console.error(usage);
    process.exit(2);
}
mkdirSync(options.out, { recursive: true });

async function shoot(player, name) {
    // No caret blinking in the picture, and nothing half-way through a transition.
    await player.page.evaluate(() => document.activeElement?.blur?.());
    await player.page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const file = path.join(options.out, `${name}.png`);
    await player.page.screenshot({ path: file });
    console.log(`wrote ${file}`);
}

let browser;
let server;
try {
    const puppeteer = loadPuppeteer(options.tools);
    server = await Server.start(options.server);
    browser = await launchChromium(puppeteer, options.chromium);

    const alice = await Player.open(browser, server, 'Alice (desktop)', DESKTOP);
    const bob = await Player.open(browser, server, 'Bob (phone)', PHONE);
    // Two more players, so that the lobby has company and the hall of fame has scores.
    const carol = await Player.open(browser, server, 'Carol');
    const dave = await Player.open(browser, server, 'Dave');

    await alice.waitStage('alias');
    await bob.waitStage('alias');
    await alice.page.type('#alias-input', 'Alice');
    await bob.page.type('#alias-input', 'Bob');
    await shoot(bob, '30-web-phone-alias');
    await shoot(alice, '35-web-desktop-alias');
    await alice.page.$eval('#alias-input', input => { input.value = ''; });
    await bob.page.$eval('#alias-input', input => { input.value = ''; });

    await carol.chooseAlias('Carol');
    await dave.chooseAlias('Dave');
    await alice.chooseAlias('Alice');
    await bob.chooseAlias('Bob');

    // Carol wins twice and Dave once: three names in the hall of fame.
    const xWins = [[0, 0], [0, 1], [1, 0], [1, 1], [2, 0]];
    await invitedGame(carol, dave);
    await playMoves(carol, dave, xWins);
    await carol.waitResult('won');
    await carol.press('#play-again');
    await dave.answerInvitation(carol, true);
    await carol.waitNewGame(dave, 'X');
    await playMoves(carol, dave, xWins);
    await dave.press('#play-again');
    await carol.answerInvitation(dave, true);
    await dave.waitNewGame(carol, 'X');
    await playMoves(dave, carol, xWins);
    await dave.waitResult('won');
    await carol.backToLobby();
    await dave.backToLobby();

    for (const viewer of [alice, bob]) {
        for (const other of [carol, dave, alice, bob]) if (other !== viewer) await viewer.waitOnline(other);
        await viewer.waitHallOfFame(carol, 200);
        await viewer.waitHallOfFame(dave, 100);
    }
    for (const viewer of [alice, bob]) {
        await viewer.press('#refresh-live-games');
        await viewer.waitFor('waited for the recent games', () => document.querySelectorAll('#recent-games li').length === 3);
    }
    await shoot(bob, '31-web-phone-lobby');
    await shoot(alice, '36-web-desktop-lobby');

    // Bob invites Alice (the desktop's invitation), she declines; then Alice invites Bob (the phone's).
    await bob.invite(alice);
    await alice.waitInvitation(bob);
    await shoot(alice, '37-web-desktop-invitation');
    await alice.answerInvitation(bob, false);
    // Bob's notice that Alice declined passes before her invitation comes.
    await bob.waitFor('waited for the notice that Alice declined',
        () => /declined/.test(document.querySelector('#notice')?.textContent));
    await bob.waitFor('waited for the notice to pass', () => document.querySelector('#notice')?.hidden);
    await alice.invite(bob);
    await bob.waitInvitation(alice);
    await shoot(bob, '32-web-phone-invitation');
    await bob.answerInvitation(alice, true);
    await alice.waitNewGame(bob, 'X');
    await bob.waitNewGame(alice, 'O');

    // Three moves: Bob's turn, his board ready for a tap.
    const aliceWinsDiagonal = [[0, 0], [1, 0], [1, 1], [2, 1], [2, 2]];
    await playMoves(alice, bob, aliceWinsDiagonal.slice(0, 3));
    // Carol watches: the players see it, and she sees the board without a cell to press.
    await carol.press('#refresh-live-games');
    await carol.press('#live-games li button.watch');
    await carol.waitMark(1, 1, 'X');
    await bob.waitFor('waited for the watcher to be counted', () => !document.querySelector('#watchers')?.hidden);
    await shoot(carol, '40-web-desktop-watching');
    await shoot(bob, '33-web-phone-game');
    await shoot(alice, '38-web-desktop-game');
    await playMoves(alice, bob, aliceWinsDiagonal, 3);
    await alice.waitResult('won');
    await bob.waitResult('lost');
    await shoot(bob, '34-web-phone-result');
    await shoot(alice, '39-web-desktop-result');

    // Carol replays that game from her lobby's recent games, stopped at its third move.
    await carol.backToLobby();
    await carol.waitFor('waited for the recent game of Alice and Bob', () =>
        document.querySelector('#recent-games li')?.textContent.includes('Alice against Bob'));
    await carol.press('#recent-games li button.replay');
    await carol.waitStage('replay');
    await carol.press('#replay-previous');
    await carol.press('#replay-previous');
    await shoot(carol, '41-web-desktop-replay');
} catch (error) {
    console.error(`screenshots: ${error.message}`);
    process.exitCode = 1;
} finally {
    await browser?.close().catch(() => {});
    await server?.stop().catch(error => {
        console.error(`screenshots: ${error.message}`);
        process.exitCode = 1;
    });
}
