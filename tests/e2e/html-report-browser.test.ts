// The HTML report in a real Chromium (Debian's package, driven by playwright-core): opened from
// file://, with every URL routed and refused, and every console message, dialog and page error
// counted as a failure. Skips itself locally without /usr/bin/chromium; fails in CI.

import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { countOf } from '../../src/render/category-nouns.js';
import { writeZip } from '../helpers/archive.js';
import { launchChromium, runBrowserTests, watchedPage, type Browser, type Watched } from '../helpers/browser.js';
import { ROOT, runCli, SAMPLES } from '../helpers/cli.js';

// The page callbacks below run in Chromium, but the project compiles without the DOM lib: they are
// typed with the little of the DOM they use.
interface PageElement {
  getAttribute(name: string): string | null;
}
interface PageDocument {
  body: { append(...nodes: object[]): void };
  createElement(tag: 'script'): { textContent: string | null };
  createElement(tag: 'img'): { src: string };
}
declare const document: PageDocument;

const ARTIFACTS = join(ROOT, '.ci', 'artifacts');
const SAMPLE = join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip');
const CONTEXT = ['--region', 'DE', '--as-of', '2026-05-20', '--opted-out', '2025-12-01'];

/** scan --json --html: the report model and the page made from it in one run. */
async function makeReport(input: string, args: string[]): Promise<{ report: Report; url: string; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'li-exposure-html-'));
  const file = join(dir, 'report.html');
  const result = runCli(['scan', input, '--json', '--html', file, ...args]);
  expect(result.status, result.stderr).toBe(0);
  return { report: JSON.parse(result.stdout) as Report, url: pathToFileURL(file).href, file };
}

function expectQuiet(w: Watched, url: string): void {
  expect(w.routed, 'requests other than the report file').toEqual([]);
  expect(w.requests.filter((r) => r !== url)).toEqual([]);
  expect(w.consoleEvents).toEqual([]);
  expect(w.dialogs).toEqual([]);
  expect(w.pageErrors).toEqual([]);
}

const exposed = (report: Report) => report.items.filter((i) => i.exposure === 'likely' || i.exposure === 'possible');

describe.runIf(runBrowserTests)('HTML report in Chromium', () => {
  let browser: Browser;
  let sample: { report: Report; url: string; file: string };

  beforeAll(async () => {
    browser = await launchChromium();
    sample = await makeReport(SAMPLE, CONTEXT);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('makes no network request, logs nothing, and shows the headline and counts of the model', async () => {
    const w = await watchedPage(browser, sample.url);
    await w.page.goto(sample.url);
    const { report } = sample;
    const likely = report.summary.categories.filter((c) => c.likely).map((c) => countOf(c.id, c.likely));
    const possible = report.summary.categories.filter((c) => c.possible).map((c) => countOf(c.id, c.possible));
    expect(await w.page.locator('#headline-likely').innerText()).toBe(`● Likely used to train LinkedIn's AI: ${likely.join(', ')}.`);
    expect(await w.page.locator('#headline-possible').innerText()).toBe(`◐ Possibly: ${possible.join(', ')}.`);
    expect(likely).toContain('54 comments');
    for (const c of report.summary.categories.filter((x) => x.total > 0)) {
      const row = w.page.locator(`#categories tr[data-category="${c.id}"]`);
      expect(await row.locator('td[data-level=likely]').innerText()).toBe(c.likely.toLocaleString('en-US'));
      expect(await row.locator('td[data-level=possible]').innerText()).toBe(c.possible.toLocaleString('en-US'));
      expect(await row.locator('td[data-level=unlikely]').innerText()).toBe(c.unlikely.toLocaleString('en-US'));
    }
    const facts = await w.page.locator('dl.facts').innerText();
    expect(facts).toContain('Germany (EU, EEA and Switzerland)');
    expect(facts).toContain('turned off on 2025-12-01');
    expect(facts).toContain('2026-05-20');
    expect(facts).toContain(report.context!.policyVersion);
    // The CSP allows nothing remote.
    const csp = await w.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+';/);
    mkdirSync(ARTIFACTS, { recursive: true });
    await w.page.screenshot({ path: join(ARTIFACTS, 'html-report.png') });
    await w.page.emulateMedia({ colorScheme: 'dark' });
    await w.page.screenshot({ path: join(ARTIFACTS, 'html-report-dark.png') });
    expectQuiet(w, sample.url);
    await w.page.close();
  });

  it('enforces its Content-Security-Policy: an injected inline script does not run and a remote image is not fetched', async () => {
    const w = await watchedPage(browser, sample.url);
    await w.page.goto(sample.url);
    await w.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "ran"';
      document.body.append(script);
      const img = document.createElement('img');
      img.src = 'https://example.invalid/pixel.png';
      document.body.append(img);
    });
    await expect.poll(() => w.consoleEvents.filter((e) => e.includes('Content Security Policy')).length).toBeGreaterThanOrEqual(2);
    expect(await w.page.title()).not.toBe('ran');
    expect(w.routed).toEqual([]);
    expect(w.dialogs).toEqual([]);
    await w.page.close();
  });

  it("draws one bar per month and verdict with the model's counts, the region's windows and the opt-out day", async () => {
    const w = await watchedPage(browser, sample.url);
    await w.page.goto(sample.url);
    const bars = await w.page.locator('svg.timeline rect.bar').evaluateAll((rects: Array<SVGElement & PageElement>) =>
      rects.map((r) => `${r.getAttribute('data-verdict')} ${r.getAttribute('data-month')} ${r.getAttribute('data-count')}`),
    );
    const expected = new Map<string, number>();
    for (const item of sample.report.items) {
      if (!item.date) continue;
      const key = `${item.exposure} ${item.date.slice(0, 7)}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    expect(bars.sort()).toEqual([...expected].map(([k, n]) => `${k.split(' ')[0]} ${k.split(' ')[1]} ${n}`).sort());
    const windows = await w.page.locator('svg.timeline g.win:not(.legend)').evaluateAll((gs: Array<SVGElement & PageElement>) => gs.map((g) => `${g.getAttribute('data-window')} ${g.getAttribute('data-status')}`));
    expect(windows).toEqual(['EU-none not_used', 'EU-2025 used']);
    expect(await w.page.locator('svg.timeline g.optout').getAttribute('data-day')).toBe('2025-12-01');
    expect(await w.page.locator('svg.timeline desc').textContent()).toContain('Opted out on 2025-12-01');
    expectQuiet(w, sample.url);
    await w.page.close();
  });

  it('searches and filters by category and verdict', async () => {
    const w = await watchedPage(browser, sample.url);
    await w.page.goto(sample.url);
    const status = w.page.locator('#status');
    const all = exposed(sample.report);
    await w.page.fill('#q', 'félicitations');
    await expect.poll(() => status.innerText()).toBe(`${all.filter((i) => i.text.toLowerCase().includes('félicitations')).length} of ${all.length} items match`);
    expect(await w.page.locator('#results tbody tr').first().innerText()).toContain('Félicitations');
    await w.page.fill('#q', '');
    const reactions = sample.report.summary.categories.find((c) => c.id === 'reactions')!;
    await w.page.selectOption('#category', { label: `Reactions (${reactions.likely + reactions.possible})` });
    await expect.poll(() => status.innerText()).toBe(`${reactions.likely + reactions.possible} of ${all.length} items match`);
    expect(await w.page.locator('#results tbody tr').count()).toBe(Math.min(200, reactions.likely + reactions.possible));
    await w.page.uncheck('input[name=verdict][value=p]');
    await expect.poll(() => status.innerText()).toBe(`${reactions.likely} of ${all.length} items match`);
    await w.page.selectOption('#category', '');
    await w.page.check('input[name=verdict][value=p]');
    await expect.poll(() => w.page.locator('#results').isHidden()).toBe(true);
    expectQuiet(w, sample.url);
    await w.page.close();
  });

  it('shows every page without scripts: only search and filters need them', async () => {
    const noJs = await launchChromium({ javaScriptEnabled: false });
    try {
      const big = await makeReport(SAMPLE, ['--region', 'US', '--as-of', '2026-05-20']);
      const w = await watchedPage(noJs, big.url);
      await w.page.goto(big.url);
      expect(await w.page.locator('#headline-likely').innerText()).toContain('Likely used to train');
      expect(await w.page.locator('#filters').isHidden()).toBe(true);
      const rows = await w.page.locator('#pages tbody tr').count();
      expect(rows).toBe(exposed(big.report).length);
      expect(await w.page.locator('svg.timeline rect.bar').count()).toBeGreaterThan(10);
      expectQuiet(w, big.url);
    } finally {
      await noJs.close();
    }
  });

  it('builds later pages on demand and searches them (a page size of 500 over many items)', async () => {
    // 1,200 posts and the profile fields: three pages, two of them as noscript text.
    const lines = ['Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility'];
    for (let i = 0; i < 1200; i++) {
      const day = new Date(Date.UTC(2025, 0, 1) + i * 3600_000 * 6).toISOString().replace('T', ' ').slice(0, 19);
      lines.push(`${day},https://www.linkedin.com/feed/update/urn:li:activity:${7000000000000000000n + BigInt(i)},"Post number ${i} ${i === 7 ? 'needle' : 'hay'}",,,PUBLIC`);
    }
    const zip = await writeZip({ 'Shares.csv': lines.join('\n') + '\n', 'Profile.csv': 'First Name,Last Name,Geo Location\nJane,Doe,"Oslo, Norway"\n' });
    const many = await makeReport(zip, ['--region', 'US', '--as-of', '2026-05-20']);
    const w = await watchedPage(browser, many.url);
    await w.page.goto(many.url);
    const pages = w.page.locator('#pages details.page');
    expect(await pages.count()).toBe(3);
    expect(await pages.nth(2).locator('tbody tr').count()).toBe(0);
    await pages.nth(2).locator('summary').click();
    const total = exposed(many.report).length;
    expect(total).toBeGreaterThan(1200);
    await expect.poll(() => pages.nth(2).locator('tbody tr').count()).toBe(total - 1000);
    await w.page.fill('#q', 'needle');
    await expect.poll(() => w.page.locator('#status').innerText()).toBe(`1 of ${total.toLocaleString('en-US')} items match`);
    expect(await w.page.locator('#results tbody tr').innerText()).toContain('Post number 7 needle');
    await w.page.fill('#q', 'post number');
    await expect.poll(() => w.page.locator('#status').innerText()).toBe(`1,200 of ${total.toLocaleString('en-US')} items match`);
    await w.page.click('#more');
    expect(await w.page.locator('#results tbody tr').count()).toBe(400);
    expectQuiet(w, many.url);
    await w.page.close();
  });

  it('keeps hostile archive text as text: nothing runs, links or reorders', async () => {
    const payloads = [
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(2)>',
      "'><svg onload=alert(3)>",
      '[click](javascript:alert(4)) <a href="javascript:alert(5)">x</a>',
      'bidi \u202Eevil\u202C and \u2066isolate\u2069 and a bell \u0007 and ESC \u001b[2J',
      '</noscript><script>alert(6)</script>',
    ];
    const lines = ['Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility'];
    payloads.forEach((p, i) => lines.push(`2025-0${i + 1}-10 10:00:00,${i === 0 ? 'javascript:alert(7)' : i === 1 ? 'https://evil.example/x' : 'https://www.linkedin.com/feed/update/1'},"${p.replace(/"/g, '""')}",,,PUBLIC`));
    const zip = await writeZip(
      {
        'Shares.csv': lines.join('\n') + '\n',
        'Profile.csv': 'First Name,Last Name,Geo Location\nJane,Doe,"Oslo, Norway"\n',
        'Articles/Articles/<img src=x onerror=alert(8)>\u202Egnp.html': '<html><head><title>t</title></head><body><h1>Title <script>alert(9)</script></h1><p>Created on 2025-03-01 10:00</p><p>Published on 2025-03-02 10:00</p><div>Body &lt;img src=x onerror=alert(10)&gt;</div></body></html>',
      },
      'Complete_LinkedInDataExport_05-12-2026 <img src=x onerror=alert(11)>.zip',
    );
    const hostile = await makeReport(zip, ['--region', 'US', '--as-of', '2026-05-20']);
    const html = await readFile(hostile.file, 'utf8');
    const w = await watchedPage(browser, hostile.url);
    await w.page.goto(hostile.url);
    // Search over the hostile rows too: results are built from the page's markup.
    await w.page.fill('#q', 'alert');
    await expect.poll(() => w.page.locator('#status').innerText()).toMatch(/items match$/);
    await w.page.waitForTimeout(300);
    const text = await w.page.locator('body').innerText();
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('"><img src=x onerror=alert(2)>');
    expect(text).toContain('<img src=x onerror=alert(11)>');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0007\u001b]/);
    expect(await w.page.locator('img').count()).toBe(0);
    expect(await w.page.locator('body svg:not(.timeline)').count()).toBe(0);
    expect(await w.page.locator('script').count()).toBe(1);
    const hrefs = await w.page.locator('a[href]').evaluateAll((as: Array<HTMLElement & PageElement>) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) expect(href.startsWith('#') || href.startsWith('https://')).toBe(true);
    const itemLinks = await w.page.locator('#items td a[href^="https:"]').evaluateAll((as: Array<HTMLElement & PageElement>) => as.map((a) => a.getAttribute('href')!));
    expect(itemLinks.length).toBeGreaterThan(0);
    for (const href of itemLinks) expect(href.startsWith('https://www.linkedin.com/')).toBe(true);
    expect(html).not.toContain('evil.example/x"');
    expect(html).not.toContain('javascript:alert(7)"');
    mkdirSync(ARTIFACTS, { recursive: true });
    await w.page.screenshot({ path: join(ARTIFACTS, 'html-report-hostile.png'), fullPage: false });
    expectQuiet(w, hostile.url);
    await w.page.close();
  });
});
