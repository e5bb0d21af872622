#!/usr/bin/env node
// Benchmarks the interactive browser on a large in-memory report.
//
//   npx tsc -p tsconfig.json && node scripts/bench-tui.mjs [--items 500000] [--presses 200]
//
// NODE_ENV defaults to "production" as in runBrowse(); NODE_ENV=development shows React's dev build.
// The items are streamed into the browser's store (src/tui/item-store.ts) in batches, as
// `li-exposure browse` does while it reads the archives; no Item objects stay in memory.
// Renders the app with ink into a fake 120x40 terminal and measures the time to the first frame
// and from a key press to the frame it produces (j, PgDn, G/g, f, s), reporting median and p95.
// Ink's frame throttle is raised (maxFps 1000) so that presses can follow each other without
// waiting out the default 30 fps window; the figures are the work per key, not the throttle.

import { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

// Like runBrowse(): React's production build unless NODE_ENV says otherwise.
process.env.NODE_ENV ??= 'production';
const { render } = await import('ink');
const React = (await import('react')).default;
const { BrowseApp } = await import('../dist/tui/app.js');
const { ItemStore } = await import('../dist/tui/item-store.js');

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '500000' },
    presses: { type: 'string', default: '200' },
  },
});
const TOTAL = Number(values.items);
const PRESSES = Number(values.presses);

// ---------------------------------------------------------------------------------------------
// A report with TOTAL items: posts, comments, reactions, reposts and profile fields over 2023-2026.

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The report (without items) and the store its items were streamed into, a batch at a time. */
function makeReport(total) {
  const store = new ItemStore();
  let batch = [];
  const random = rng(7);
  const shares = [
    ['posts', 'Posts', 'Shares.csv', 0.45],
    ['comments', 'Comments', 'Comments.csv', 0.3],
    ['reactions', 'Reactions', 'Reactions.csv', 0.15],
    ['reposts', 'Reposts', 'Reposts.csv', 0.08],
    ['profile', 'Profile', 'Profile.csv', 0.02],
  ];
  const words = ['privacy', 'training', 'model', 'career', 'hiring', 'launch', 'team', 'data', 'design', 'cloud'];
  const start = Date.UTC(2023, 0, 1);
  const end = Date.UTC(2026, 4, 1);
  const optOut = Date.UTC(2025, 10, 3);
  const categories = [];
  // The classifier shares one frozen reasons array between the items of a verdict.
  const reasons = Object.freeze([{ text: 'Public content created before the opt-out.', sources: ['li-privacy-2024-09'] }]);
  const totals = { total: 0, listed: 0, likely: 0, possible: 0, unlikely: 0 };
  for (const [id, label, file, share] of shares) {
    const n = Math.round(total * share);
    const c = { id, label, private: false, total: n, listed: n, likely: 0, possible: 0, unlikely: 0, fileGroups: [] };
    for (let i = 0; i < n; i++) {
      const undated = i % 40 === 39;
      const t = start + Math.floor(random() * (end - start));
      const r = random();
      const exposure = t < optOut ? (r < 0.55 ? 'likely' : r < 0.85 ? 'possible' : 'unlikely') : r < 0.1 ? 'possible' : 'unlikely';
      c[exposure]++;
      const word = words[i % words.length];
      batch.push({
        id: `${id}:${file}:${i + 2}:text`,
        category: id,
        date: undated ? null : new Date(t).toISOString(),
        title: null,
        text: `${label} number ${i + 1} about ${word}. Some longer text follows so the row has to be truncated to the width of the terminal like a real post would be.\nSecond line.`,
        url: id === 'posts' ? `https://www.linkedin.com/feed/update/urn:li:activity:${7100000000000000000 + i}` : null,
        source: { file, line: i + 2, archive: 0 },
        exposure,
        reasons,
      });
      if (batch.length === 1000) {
        store.add(batch);
        batch = [];
      }
    }
    categories.push(c);
    for (const k of Object.keys(totals)) totals[k] += c[k];
  }
  store.add(batch);
  store.finish();
  const report = {
    schemaVersion: 1,
    tool: { name: 'li-exposure', version: 'bench' },
    generatedAt: new Date().toISOString(),
    archives: [],
    context: { region: 'EU', regionSource: 'bench', optedOut: '2025-11-03', asOf: '2026-05-12', policyVersion: 'bench' },
    files: [],
    summary: { categories, totals },
    items: [],
    warnings: [],
  };
  return { report, store };
}

// ---------------------------------------------------------------------------------------------
// Fake terminal streams.

class FakeStdin extends EventEmitter {
  isTTY = true;
  data = null;
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
  read() {
    const d = this.data;
    this.data = null;
    return d;
  }
  press(key) {
    this.data = key;
    this.emit('readable');
  }
}

class FakeStdout extends EventEmitter {
  isTTY = true;
  columns = 120;
  rows = 40;
  bytes = 0;
  write(chunk) {
    this.bytes += chunk.length;
    return true;
  }
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
};
const ms = (x) => `${x.toFixed(2)} ms`;

// ---------------------------------------------------------------------------------------------

const t0 = performance.now();
const { report, store } = makeReport(TOTAL);
const built = performance.now() - t0;

const stdin = new FakeStdin();
const stdout = new FakeStdout();
let frames = 0;
let waiting = null;
const onRender = () => {
  frames++;
  if (waiting) {
    const w = waiting;
    waiting = null;
    w();
  }
};

const first0 = performance.now();
const instance = render(React.createElement(BrowseApp, { report, store, color: true }), {
  stdin,
  stdout,
  stderr: stdout,
  exitOnCtrlC: false,
  patchConsole: false,
  maxFps: 1000,
  onRender,
});
if (frames === 0) await new Promise((resolve) => (waiting = resolve));
const firstFrame = performance.now() - first0;

async function pressAndWait(key) {
  const before = frames;
  const start = performance.now();
  const done = new Promise((resolve) => (waiting = resolve));
  stdin.press(key);
  if (frames === before) {
    // Ink parses a lone ESC on the next turn; everything else renders synchronously.
    await Promise.race([done, new Promise((r) => setTimeout(r, 1000))]);
  }
  waiting = null;
  return performance.now() - start;
}

// Let the frame throttle window pass before measuring.
await new Promise((r) => setTimeout(r, 20));

const results = [];
async function measure(label, keys) {
  const times = [];
  for (let i = 0; i < PRESSES; i++) {
    for (const [k, record] of keys(i)) {
      const t = await pressAndWait(k);
      if (record) times.push(t);
    }
    await new Promise((r) => setImmediate(r));
  }
  results.push([label, stats(times), times.length]);
}

await measure('j (down)', () => [['j', true]]);
await measure('PgDn', () => [['\u001B[6~', true]]);
await measure('G (end), g (top)', () => [['G', true], ['g', true]]);
await measure('f (filter)', () => [['f', true]]);
await measure('s (sort)', () => [['s', true]]);
await measure('Tab + j (category)', () => [['\t', false], ['j', true], ['\t', false]]);

// One-off costs.
const oneOff = [];
for (const k of '/privacy') await pressAndWait(k);
oneOff.push(['search all items (Enter)', await pressAndWait('\r')]);
oneOff.push(['next match (n)', await pressAndWait('n')]);
oneOff.push(['timeline (t)', await pressAndWait('t')]);
oneOff.push(['back (t)', await pressAndWait('t')]);
oneOff.push(['open item (Enter)', await pressAndWait('\r')]);

instance.unmount();
instance.cleanup();

const mem = process.memoryUsage();
console.log(`li-exposure TUI benchmark: ${TOTAL.toLocaleString('en-US')} items, 120x40, node ${process.version}, NODE_ENV=${process.env.NODE_ENV}`);
console.log(`report built and streamed into the store: ${ms(built)} (not part of the TUI), store ${(store.bytes / 1e6).toFixed(0)} MB`);
console.log(`first frame (index + first render): ${ms(firstFrame)}`);
console.log(`keypress -> frame, ${PRESSES} presses each:`);
for (const [label, s, n] of results) {
  console.log(`  ${label.padEnd(22)} median ${ms(s.median).padStart(10)}  p95 ${ms(s.p95).padStart(10)}  max ${ms(s.max).padStart(10)}  (n=${n})`);
}
console.log('one-off:');
for (const [label, t] of oneOff) console.log(`  ${label.padEnd(28)} ${ms(t)}`);
console.log(`heap used ${(mem.heapUsed / 1e6).toFixed(0)} MB, rss ${(mem.rss / 1e6).toFixed(0)} MB, frames ${frames}, bytes written ${stdout.bytes.toLocaleString('en-US')}`);
process.exit(0);
