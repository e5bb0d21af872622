#!/usr/bin/env node
// `npm run bench`: performance figures for li-exposure on this machine.
//
//  1. scan on the bundled sample exports;
//  2. two heavy synthetic exports (generated once into .bench-cache/, deterministic): a
//     message-heavy one and a content-heavy one (more of the work is listed content). On each:
//     scan --json, the text scan, list, report --html and browse (to its first frame), wall time and
//     peak RSS, with and without the detectors (--no-detect), against the floor `unzip -p` (Debian's unzip) and a straightforward Python
//     zipfile+csv script that only counts records; the ratios are printed;
//  3. the interactive browser: time to first frame and keypress-to-frame at 500,000 items;
//  4. the HTML report: its size, first paint and search response in Chromium (scripts/bench-html.mjs).
// Each timing is the median of BENCH_RUNS runs (default 5), with the fastest and slowest run (the
// machine's noise). BENCH_SCALE=3 uses exports three times as large; BENCH_ONLY=heavy runs part 2
// alone; BENCH_SHAPES=content-heavy measures one shape. Nothing here is a pass/fail test.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEAVY_GENERATOR_VERSION, SHAPES } from './heavy-shapes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, '.bench-cache');
const BIN = path.join(ROOT, 'bin', 'li-exposure.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** BENCH_SCALE=3: heavy exports three times as large (the scaling check). */
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const ONLY_HEAVY = process.env.BENCH_ONLY === 'heavy';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Wall time (ms) of a command; with GNU time, also its CPU time (user + system, its children's too). */
function timedCpu(command, args, options = {}) {
  const cpuFile = path.join(CACHE, `cpu-${process.pid}`);
  const [cmd, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%U %S', '-o', cpuFile, command, ...args]] : [command, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(cmd, argv, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  let cpuMs = null;
  if (GNU_TIME) {
    const [user, system] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    cpuMs = (user + system) * 1000;
    rmSync(cpuFile, { force: true });
  }
  return { ms, cpuMs };
}

function timed(command, args, options = {}) {
  return timedCpu(command, args, options).ms;
}

function scanRun(args) {
  const rssFile = path.join(CACHE, `maxrss-${process.pid}`);
  const ms = timed(process.execPath, ['--require', path.join(ROOT, 'scripts', 'max-rss.cjs'), BIN, ...args], {
    env: { ...process.env, LI_EXPOSURE_MAXRSS_FILE: rssFile, NO_COLOR: '1' },
  });
  return { ms, ...usageFrom(rssFile) };
}

/** Peak RSS (MB) and CPU time (ms, all threads) that max-rss.cjs wrote. */
function usageFrom(rssFile) {
  const [rssKiB, cpuMicros] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
  rmSync(rssFile, { force: true });
  return { rssMB: rssKiB / 1024, cpuMs: cpuMicros / 1000 };
}

mkdirSync(CACHE, { recursive: true });
console.log(`li-exposure benchmark · ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length} · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · node ${process.version} · ${os.platform()} ${os.release()} · load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

// 1. The bundled samples, text output.
const samples = readdirSync(path.join(ROOT, 'sample-exports')).filter((f) => f.endsWith('.zip')).sort();
if (!ONLY_HEAVY) console.log('\n1. scan of the bundled samples (text output)');
for (const sample of ONLY_HEAVY ? [] : samples) {
  const runs = Array.from({ length: RUNS }, () => scanRun(['scan', path.join(ROOT, 'sample-exports', sample), '--region', 'US']));
  console.log(`   ${sample.padEnd(46)} ${seconds(median(runs.map((r) => r.ms)))}  peak RSS ${median(runs.map((r) => r.rssMB)).toFixed(0)} MB`);
}

// 2. The heavy exports, one per shape (scripts/heavy-shapes.mjs), every command on each.

/** Peak RSS and wall time of `browse` until its first frame (in a 120x40 tmux window), then q. */
async function browseRun(input) {
  const rssFile = path.join(CACHE, `maxrss-${process.pid}`);
  const done = path.join(CACHE, `browse-done-${process.pid}`);
  rmSync(done, { force: true });
  // Without CI in the environment: ink would draw only the last frame.
  const env = `-u CI LI_EXPOSURE_MAXRSS_FILE='${rssFile}' NO_COLOR=1 TERM=xterm-256color`;
  const command = `env ${env} '${process.execPath}' --require '${path.join(ROOT, 'scripts', 'max-rss.cjs')}' '${BIN}' browse '${input}' --region US; echo $? > '${done}'`;
  const socket = `li-exposure-bench-${process.pid}`;
  const tmux = (...args) => spawnSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  const started = process.hrtime.bigint();
  tmux('new-session', '-d', '-s', 'bench', '-x', '120', '-y', '40', command);
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  let ms = null;
  try {
    // The key hint ends the first frame; the pane is polled every 10 ms.
    for (let waited = 0; ms === null && waited < 600_000; waited += 10) {
      if (tmux('capture-pane', '-t', 'bench', '-p').stdout?.includes('q quit')) ms = Number(process.hrtime.bigint() - started) / 1e6;
      else if (existsSync(done)) break; // it ended without a frame
      else await sleep(10);
    }
    if (ms === null) throw new Error(`browse ${input}: no first frame`);
    tmux('send-keys', '-t', 'bench', 'q');
    while (!existsSync(done)) await sleep(20);
    const code = readFileSync(done, 'utf8').trim();
    if (code !== '0') throw new Error(`browse ${input}: exit code ${code}`);
  } finally {
    tmux('kill-server');
    rmSync(done, { force: true });
  }
  return { ms, ...usageFrom(rssFile) };
}

const SHAPE_NAMES = (process.env.BENCH_SHAPES ?? 'message-heavy,content-heavy').split(',');
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
// Wall time, then CPU time (all threads and children): on a busy shared machine the CPU time
// varies much less than the wall time.
const row = (label, m, rssMB, note = '') =>
  console.log(
    `   ${label.padEnd(34)} ${seconds(m.ms).padStart(8)}  cpu ${m.cpuMs === null ? '   -   ' : seconds(m.cpuMs).padStart(8)}${rssMB === null ? '' : `   peak RSS ${rssMB.toFixed(0).padStart(4)} MB`}${note ? `   ${note}` : ''}`,
  );
/** Median time and peak RSS over RUNS runs, and the spread of the times (the machine's noise). */
async function medianOf(run) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run());
  const times = runs.map((r) => r.ms);
  const cpu = runs.every((r) => typeof r.cpuMs === 'number') ? median(runs.map((r) => r.cpuMs)) : null;
  return { ms: median(times), cpuMs: cpu, rssMB: median(runs.map((r) => r.rssMB ?? 0)), min: Math.min(...times), max: Math.max(...times) };
}
const spread = (m) => `(runs ${seconds(m.min)}–${seconds(m.max)})`;
const heavyOf = (shape) => path.join(CACHE, `${shape}-v${HEAVY_GENERATOR_VERSION}${SCALE === 1 ? '' : `-x${SCALE}`}.zip`);
const heavyInputs = [];
/** The inflated size of a ZIP's entries, from its central directory (`unzip -l`'s total). */
function zipInflatedBytes(input) {
  const listing = spawnSync('unzip', ['-l', input], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const last = listing.stdout?.trim().split('\n').pop() ?? '';
  return Number(/^\s*(\d+)/.exec(last)?.[1] ?? NaN);
}

for (const [n, shape] of SHAPE_NAMES.entries()) {
  const input = heavyOf(shape);
  heavyInputs.push([shape, input]);
  if (!existsSync(input)) {
    console.log(`\n(generating the ${shape} export once; it is cached in .bench-cache/)`);
    const made = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'make-heavy-export.mjs'), input, String(SCALE), '--shape', shape], { stdio: 'inherit' });
    if (made.status !== 0) process.exit(1);
  }
  const compressedMB = statSync(input).size / 2 ** 20;
  const inflatedMB = zipInflatedBytes(input) / 2 ** 20;
  const m = SHAPES[shape];
  const mix = [`${m.posts} posts`, `${m.comments} comments`, `${m.reactions} reactions`, `${m.connections} connections`, `${m.messages} ${m.messageParagraphs ? 'multi-line' : 'short'} messages`, `${m.articles} articles`]
    .map((part) => part.replace(/^\d+/, (d) => Number(Number(d) * SCALE).toLocaleString('en-US')))
    .join(', ');
  const bound = compressedMB + 200;
  console.log(`\n2${'abc'[n]}. ${shape} export: ${mix} (${compressedMB.toFixed(1)} MiB zip, ${inflatedMB.toFixed(0)} MiB inflated); RSS bound zip + 200 MB = ${bound.toFixed(0)} MB`);
  const floor = has('unzip') ? await medianOf(() => ({ ...timedCpu('sh', ['-c', `unzip -p '${input}' > /dev/null`]), rssMB: null })) : null;
  const python = has('python3') ? await medianOf(() => ({ ...timedCpu('python3', [path.join(ROOT, 'scripts', 'count-records.py'), input]), rssMB: null })) : null;
  // Ratios of wall times, and of CPU times in brackets.
  const cpuRatio = (m, base) => (m.cpuMs !== null && base.cpuMs !== null ? ` [cpu ${ratio(m.cpuMs, base.cpuMs)}]` : '');
  const versus = (m, target) =>
    [floor && `${ratio(m.ms, floor.ms)}${cpuRatio(m, floor)} unzip`, python && `${ratio(m.ms, python.ms)}${cpuRatio(m, python)} python`].filter(Boolean).join(', ') +
    (target ? ` (target ${target})` : '');
  const commands = [
    ['scan --json > /dev/null', ['scan', input, '--json', '--region', 'US'], '≤ 1.5× unzip, ≤ 0.5× python'],
    // The sensitive-content detectors run by default; this row shows what they cost.
    ['scan --json --no-detect', ['scan', input, '--json', '--region', 'US', '--no-detect'], ''],
    ['scan (text)', ['scan', input, '--region', 'US'], '≤ 1.2× unzip'],
    ['list > /dev/null', ['list', input, '--region', 'US'], ''],
    ['report --html', ['report', input, '--region', 'US', '--html', path.join(CACHE, `${shape}.html`)], ''],
  ];
  if (floor) row('unzip -p > /dev/null (the floor)', floor, null, spread(floor));
  else console.log('   unzip not installed (apt-get install unzip): floor not measured');
  if (python) row('python zipfile+csv, count only', python, null, `${spread(python)}   ${floor ? ratio(python.ms, floor.ms) + ' unzip' : ''}`);
  const measured = new Map();
  for (const [label, args, target] of commands) {
    const r = await medianOf(() => scanRun(args));
    measured.set(label, r);
    row(label, r, r.rssMB, `${versus(r, target)} ${spread(r)}${r.rssMB > bound ? '  RSS OVER BOUND' : ''}`);
  }
  const [withDetect, noDetect] = [measured.get('scan --json > /dev/null'), measured.get('scan --json --no-detect')];
  const cpuShare = withDetect.cpuMs !== null && noDetect.cpuMs !== null ? `, cpu +${(100 * (withDetect.cpuMs / noDetect.cpuMs - 1)).toFixed(0)} %` : '';
  console.log(`   detection adds ${(100 * (withDetect.ms / noDetect.ms - 1)).toFixed(0)} % wall${cpuShare} to scan --json (target ≤ 15 %)`);
  if (has('tmux')) {
    const r = await medianOf(() => browseRun(input));
    row('browse: first frame', { ...r, cpuMs: null }, r.rssMB, `${spread(r)}${r.rssMB > bound ? '  RSS OVER BOUND' : ''}`);
  } else {
    console.log('   browse not measured (needs tmux for a terminal)');
  }
}

if (ONLY_HEAVY) process.exit(0);
console.log('\n3. interactive browser (500,000 items)');
const tui = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench-tui.mjs'), '--items', '500000', '--presses', '200'], { encoding: 'utf8' });
process.stdout.write(tui.stdout.split('\n').map((l) => (l ? `   ${l}` : l)).join('\n'));
if (tui.status !== 0) process.stderr.write(tui.stderr);

console.log('\n4. HTML report (li-exposure report --html): file size, first paint and search in Chromium');
const htmlDir = path.join(CACHE, 'html');
mkdirSync(htmlDir, { recursive: true });
const htmlFiles = [];
for (const [name, input] of [...samples.map((s) => [s, path.join(ROOT, 'sample-exports', s)]), ...heavyInputs.map(([shape, input]) => [path.basename(input), input])]) {
  const out = path.join(htmlDir, name.replace(/\.zip$/, '.html'));
  const ms = timed(process.execPath, [BIN, 'report', input, '--region', 'US', '--html', out]);
  console.log(`   report --html ${name.padEnd(44)} ${seconds(ms)}  ${(statSync(out).size / 2 ** 20).toFixed(1)} MiB`);
  htmlFiles.push(out);
}
const htmlBench = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'bench-html.mjs'), ...htmlFiles], { encoding: 'utf8', env: { ...process.env, BENCH_RUNS: String(Math.min(RUNS, 3)) } });
process.stdout.write(htmlBench.stdout.split('\n').map((l) => (l ? `   ${l}` : l)).join('\n'));
if (htmlBench.status !== 0) process.stderr.write(htmlBench.stderr);
