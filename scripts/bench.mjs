#!/usr/bin/env node
// `npm run bench`: performance figures for li-exposure on this machine.
//
//  1. scan on the bundled sample exports;
//  2. scan --json on a heavy synthetic export (generated once into .bench-cache/, deterministic):
//     wall time and peak RSS, with and without the detectors (--no-detect), against the floor
//     `unzip -p` (Debian's unzip) and a straightforward Python zipfile+csv script that only counts records;
//  3. the interactive browser: time to first frame and keypress-to-frame at 500,000 items;
//  4. the HTML report: its size, first paint and search response in Chromium (scripts/bench-html.mjs).
// Each timing is the median of RUNS runs. Nothing here is a pass/fail test.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, '.bench-cache');
const HEAVY = path.join(CACHE, 'heavy-v2.zip'); // bump with HEAVY_GENERATOR_VERSION in make-heavy-export.mjs
const BIN = path.join(ROOT, 'bin', 'li-exposure.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function timed(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return ms;
}

function scanRun(args) {
  const rssFile = path.join(CACHE, `maxrss-${process.pid}`);
  const ms = timed(process.execPath, ['--require', path.join(ROOT, 'scripts', 'max-rss.cjs'), BIN, ...args], {
    env: { ...process.env, LI_EXPOSURE_MAXRSS_FILE: rssFile, NO_COLOR: '1' },
  });
  const rssKiB = Number(readFileSync(rssFile, 'utf8'));
  rmSync(rssFile, { force: true });
  return { ms, rssMB: rssKiB / 1024 };
}

mkdirSync(CACHE, { recursive: true });
console.log(`li-exposure benchmark · ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · node ${process.version} · ${os.platform()} ${os.release()}`);

console.log('\n1. scan of the bundled samples (text output)');
const samples = readdirSync(path.join(ROOT, 'sample-exports')).filter((f) => f.endsWith('.zip')).sort();
for (const sample of samples) {
  const runs = Array.from({ length: RUNS }, () => scanRun(['scan', path.join(ROOT, 'sample-exports', sample), '--region', 'US']));
  console.log(`   ${sample.padEnd(46)} ${seconds(median(runs.map((r) => r.ms)))}  peak RSS ${median(runs.map((r) => r.rssMB)).toFixed(0)} MB`);
}

if (!existsSync(HEAVY)) {
  console.log('\n(generating the heavy export once; it is cached in .bench-cache/)');
  const made = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'make-heavy-export.mjs'), HEAVY], { stdio: 'inherit' });
  if (made.status !== 0) process.exit(1);
}
const compressedMB = statSync(HEAVY).size / 2 ** 20;
console.log(`\n2. heavy export: 5,000 posts, 40,000 comments, 100,000 reactions, 30,000 connections, 250,000 messages, 300 articles (${compressedMB.toFixed(1)} MiB zip, 226 MiB inflated)`);
const scans = Array.from({ length: RUNS }, () => scanRun(['scan', HEAVY, '--json', '--region', 'US']));
const scanMs = median(scans.map((r) => r.ms));
const scanRss = median(scans.map((r) => r.rssMB));
console.log(`   scan --json > /dev/null          ${seconds(scanMs)}   peak RSS ${scanRss.toFixed(0)} MB (target: ≤ ${(compressedMB + 200).toFixed(0)} MB = zip + 200 MB)`);
// The sensitive-content detectors run by default; --no-detect shows what they cost.
const plainMs = median(Array.from({ length: RUNS }, () => scanRun(['scan', HEAVY, '--json', '--region', 'US', '--no-detect']).ms));
console.log(`   scan --json --no-detect          ${seconds(plainMs)}   detection adds ${(100 * (scanMs / plainMs - 1)).toFixed(1)} % (target ≤ 15 %)`);
if (has('unzip')) {
  const unzipMs = median(Array.from({ length: RUNS }, () => timed('sh', ['-c', `unzip -p '${HEAVY}' > /dev/null`])));
  console.log(`   unzip -p > /dev/null (floor)     ${seconds(unzipMs)}   scan/unzip = ${(scanMs / unzipMs).toFixed(2)}× (target ≤ 2×)`);
} else {
  console.log('   unzip not installed (apt-get install unzip) — floor not measured');
}
if (has('python3')) {
  const pyMs = median(Array.from({ length: RUNS }, () => timed('python3', [path.join(ROOT, 'scripts', 'count-records.py'), HEAVY])));
  console.log(`   python zipfile+csv count only    ${seconds(pyMs)}   scan/python = ${(scanMs / pyMs).toFixed(2)}× (target < 1×)`);
}

console.log('\n3. interactive browser (500,000 items)');
const tui = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench-tui.mjs'), '--items', '500000', '--presses', '200'], { encoding: 'utf8' });
process.stdout.write(tui.stdout.split('\n').map((l) => (l ? `   ${l}` : l)).join('\n'));
if (tui.status !== 0) process.stderr.write(tui.stderr);

console.log('\n4. HTML report (li-exposure report --html): file size, first paint and search in Chromium');
const htmlDir = path.join(CACHE, 'html');
mkdirSync(htmlDir, { recursive: true });
const htmlFiles = [];
for (const [name, input] of [...samples.map((s) => [s, path.join(ROOT, 'sample-exports', s)]), ['heavy-v2.zip', HEAVY]]) {
  const out = path.join(htmlDir, name.replace(/\.zip$/, '.html'));
  const ms = timed(process.execPath, [BIN, 'report', input, '--region', 'US', '--html', out]);
  console.log(`   report --html ${name.padEnd(44)} ${seconds(ms)}  ${(statSync(out).size / 2 ** 20).toFixed(1)} MiB`);
  htmlFiles.push(out);
}
const htmlBench = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench-html.mjs'), ...htmlFiles], { encoding: 'utf8', env: { ...process.env, BENCH_RUNS: String(Math.min(RUNS, 3)) } });
process.stdout.write(htmlBench.stdout.split('\n').map((l) => (l ? `   ${l}` : l)).join('\n'));
if (htmlBench.status !== 0) process.stderr.write(htmlBench.stderr);
