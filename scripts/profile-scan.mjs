#!/usr/bin/env node
// `npm run profile -- <li-exposure args>`: runs the built CLI under `node --cpu-prof` and prints,
// per thread (main, the reading worker, the detecting worker), how long it was busy and where
// that time went (self time per function, the top 15). The profiles stay in a temporary folder
// that is removed afterwards; output of the command goes to /dev/null.
//   npm run profile -- scan .bench-cache/content-heavy-v2.zip --json --region US

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: npm run profile -- <li-exposure arguments>');
  process.exit(2);
}
const dir = mkdtempSync(path.join(os.tmpdir(), 'li-exposure-profile-'));
try {
  const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, path.join(ROOT, 'bin', 'li-exposure.js'), ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) process.exit(run.status ?? 1);
  // One profile per thread, in the order the threads started: main first.
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort();
  for (const file of files) summarise(file, JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function summarise(file, profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let total = 0;
  let idle = 0;
  let gc = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodes.get(id).callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    if (frame.functionName === '(idle)') idle += ms;
    if (frame.functionName === '(garbage collector)') gc += ms;
    const where = frame.url ? `${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    self.set(key, (self.get(key) ?? 0) + ms);
  });
  const thread = /\.(\d+)\.\d+\.cpuprofile$/.exec(file)?.[1] === '0' ? 'main thread' : 'worker thread';
  console.log(`\n${thread} (${file}): ${total.toFixed(0)} ms profiled, busy ${(total - idle).toFixed(0)} ms, garbage collection ${gc.toFixed(0)} ms`);
  for (const [key, ms] of [...self].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 15)) {
    console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${key}`);
  }
}
