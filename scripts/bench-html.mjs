#!/usr/bin/env node
// HTML report figures: file size, time to first paint in Chromium, and search response time.
// Usage: node scripts/bench-html.mjs <report.html>... (needs /usr/bin/chromium; not a test).
//
// "first paint" is the page's first-contentful-paint from navigation start (file:// load);
// "search" is from the input event to the frame after the result count is shown (debounce
// included), for a word that matches many items and one that matches few.

import { statSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const files = process.argv.slice(2);
if (!files.length) {
  process.stderr.write('usage: bench-html.mjs <report.html>...\n');
  process.exit(2);
}
if (!existsSync(CHROMIUM)) {
  console.log('chromium not installed (apt-get install chromium): HTML load not measured');
  process.exit(0);
}
const { chromium } = await import('playwright-core');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`;

async function measure(file) {
  const profile = mkdtempSync(path.join(tmpdir(), 'li-exposure-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
    const timing = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const done = (fcp) => {
            const nav = performance.getEntriesByType('navigation')[0];
            resolve({ fcp, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, items: Number(document.getElementById('pages')?.getAttribute('data-total') ?? 0) });
          };
          // The paint entry may be recorded after the load event: wait for it (buffered).
          new PerformanceObserver((list) => {
            const e = list.getEntriesByName('first-contentful-paint')[0];
            if (e) done(e.startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => done(NaN), 10_000);
        }),
    );
    const search = async (term) =>
      page.evaluate(
        (t) =>
          new Promise((resolve) => {
            const q = document.getElementById('q');
            const status = document.getElementById('status');
            const t0 = performance.now();
            const mo = new MutationObserver(() => {
              mo.disconnect();
              requestAnimationFrame(() => resolve({ ms: performance.now() - t0, status: status.textContent }));
            });
            mo.observe(status, { childList: true, characterData: true, subtree: true });
            q.value = t;
            q.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        term,
      );
    const clear = async () => page.evaluate(() => { const q = document.getElementById('q'); q.value = ''; q.dispatchEvent(new Event('input', { bubbles: true })); });
    // The first search right after the load event (the index may still be building), then
    // searches once the idle-time index is complete, as a reader would meet them.
    const cold = await search('conference');
    await clear();
    await page.waitForTimeout(1500);
    const many = await search('data');
    await clear();
    await page.waitForTimeout(100);
    const few = await search('zürich fjord');
    return { ...timing, cold, many, few };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

for (const file of files) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await measure(file));
  const size = statSync(file).size;
  console.log(
    `${path.basename(file).padEnd(40)} ${(size / 2 ** 20).toFixed(1).padStart(6)} MiB  ${String(runs[0].items).padStart(7)} items  ` +
      `first paint ${ms(median(runs.map((r) => r.fcp)))}  DOMContentLoaded ${ms(median(runs.map((r) => r.dcl)))}  load ${ms(median(runs.map((r) => r.load)))}  ` +
      `first search (at load) ${ms(median(runs.map((r) => r.cold.ms)))}  search "data" ${ms(median(runs.map((r) => r.many.ms)))} (${runs[0].many.status})  search "zürich fjord" ${ms(median(runs.map((r) => r.few.ms)))} (${runs[0].few.status})`,
  );
}
