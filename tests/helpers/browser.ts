// Real Chromium (Debian's package) driven by playwright-core, for the HTML report tests.
// Locally the tests skip themselves when /usr/bin/chromium is absent; in CI (CI=true) they fail.

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const inCi = process.env['CI'] === 'true' || process.env['CI'] === '1';
/** Run the browser tests: always in CI (where a missing chromium is a failure), locally only with chromium. */
export const runBrowserTests = hasChromium || inCi;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh profile (its own --user-data-dir) each time. */
export async function launchChromium(options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}): Promise<Browser> {
  if (!hasChromium) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium (apt-get install chromium)`);
  const { chromium } = await import('playwright-core');
  const profile = await mkdtemp(join(tmpdir(), 'li-exposure-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 1600 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: 'block',
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export interface Watched {
  page: Page;
  /** Every request the page made (the file itself included), and every one routed to the network. */
  requests: string[];
  routed: string[];
  consoleEvents: string[];
  dialogs: string[];
  pageErrors: string[];
}

/**
 * Opens a page that records everything it does: every URL is routed, and all but the report
 * file itself are refused and kept; every request, console message, dialog and uncaught error
 * is kept for the test to assert on.
 */
export async function watchedPage(browser: Browser, reportUrl: string): Promise<Watched> {
  const w: Omit<Watched, 'page'> = { requests: [], routed: [], consoleEvents: [], dialogs: [], pageErrors: [] };
  await browser.context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === reportUrl) return route.continue();
    w.routed.push(url);
    await route.abort();
  });
  const page = await browser.context.newPage();
  page.setDefaultTimeout(120_000); // a loaded 2-core machine, not a slow page: speed is measured by the bench
  page.on('request', (r) => w.requests.push(r.url()));
  page.on('console', (m) => w.consoleEvents.push(`${m.type()}: ${m.text()}`));
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.pageErrors.push(String(e)));
  return { page, ...w } as Watched;
}
