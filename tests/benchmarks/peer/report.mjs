// SPDX-FileCopyrightText: 2026 The Tic-Tac-Toe contributors
// SPDX-License-Identifier: MIT

// Prints the side-by-side table of ./run from the JSON files loadgen.mjs wrote, one row a server,
// as Markdown; with --json FILE, also writes them together as one JSON document.
// node report.mjs [--json FILE] [--note TEXT] RESULT.json...
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: options, positionals: files } = parseArgs({
    options: { json: { type: 'string' }, note: { type: 'string', multiple: true, default: [] } },
    allowPositionals: true,
});

const results = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));

const grouped = (number, digits = 0) => number.toLocaleString('en-US', {
    minimumFractionDigits: digits, maximumFractionDigits: digits }).replaceAll(',', ' ');
const milliseconds = (us) => (us < 10000 ? (us / 1000).toFixed(2) : (us / 1000).toFixed(1));

const rows = [
    '| server | moves/s | latency p50 / p99 | server CPU per move | server CPU | generator CPU | other processes\' CPU | games ended | errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((result) => `| ${result.label} | ${grouped(result.movesPerSecond)} `
        + `| ${milliseconds(result.latencyP50Us)} / ${milliseconds(result.latencyP99Us)} ms `
        + `| ${grouped(result.serverCpuPerMoveUs)} µs | ${grouped(result.serverCpuPercent)} % `
        + `| ${grouped(result.generatorCpuPercent)} % | ${grouped(result.othersCpuPercent)} % `
        + `| ${grouped(result.gamesEnded)} | ${result.errors} |`),
];
console.log(rows.join('\n'));
for (const note of options.note)
    console.log(`\n${note}`);

if (options.json)
    writeFileSync(options.json, `${JSON.stringify({ date: new Date().toISOString(), results }, null, 2)}\n`);
