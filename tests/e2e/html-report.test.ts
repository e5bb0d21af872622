// The HTML report file itself (the browser tests open it in Chromium): written 0600, a CSP
// whose hashes match the one style and script, no remote reference of any kind, no private
// record, and the command-line errors of report / scan --html.

import { createHash } from 'node:crypto';
import { readFileSync, statSync, mkdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { ROOT, runCli } from '../helpers/cli.js';

const SAMPLE = 'sample-exports/Complete_LinkedInDataExport_05-12-2026.zip';
const policy = JSON.parse(readFileSync(join(ROOT, 'src/exposure/policy/linkedin-genai.json'), 'utf8')) as { allowedHosts: string[] };
const sha = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

async function outDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'li-exposure-html-'));
}

describe('HTML report file', () => {
  it('is written 0600 with a CSP that allows only its own style and script, by hash, and nothing remote', async () => {
    const file = join(await outDir(), 'r.html');
    const result = runCli(['report', SAMPLE, '--region', 'US', '--html', file]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`HTML report written to ${file}`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const html = readFileSync(file, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    expect(csp).toBe(
      `default-src 'none'; style-src ${sha(styles[0]!)}; script-src ${sha(scripts[0]!)}; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`,
    );
    // Nothing that could load: no src, no <link>, no CSS url(), no @import, no inline handlers or style attributes.
    expect(html).not.toMatch(/\ssrc=|<link|url\(|@import|\son[a-z]+=|\sstyle=/i);
    // Every link is an anchor in the page or an https address on the policy's allow-list.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(hrefs.length).toBeGreaterThan(100);
    for (const href of hrefs) {
      if (href.startsWith('#')) continue;
      const host = new URL(href).hostname;
      expect(href.startsWith('https://'), href).toBe(true);
      expect(policy.allowedHosts.some((h) => host === h || host.endsWith(`.${h}`)), href).toBe(true);
    }
  });

  it('leaves out private records unless --all-items, and never shows unlikely items in the table', async () => {
    const all = runCli(['scan', SAMPLE, '--json', '--all-items', '--region', 'US']);
    const report = JSON.parse(all.stdout) as Report;
    const privateTexts = report.items
      .filter((i) => ['messages', 'connections', 'contacts', 'invitations', 'account'].includes(i.category))
      .map((i) => i.text.replace(/\s+/g, ' ').trim())
      .filter((t) => t.length >= 16)
      .map((t) => t.slice(0, 30).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    expect(privateTexts.length).toBeGreaterThan(100);
    const dir = await outDir();
    const result = runCli(['report', SAMPLE, '--region', 'US', '--html', join(dir, 'r.html'), '--md', join(dir, 'r.md')]);
    expect(result.status, result.stderr).toBe(0);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    for (const t of privateTexts) expect(html.includes(t), t).toBe(false);
    const rows = [...html.matchAll(/<tr class="([^" ]+) (c\d+)">/g)];
    const listed = JSON.parse(runCli(['scan', SAMPLE, '--json', '--region', 'US']).stdout) as Report;
    const exposed = listed.items.filter((i) => i.exposure === 'likely' || i.exposure === 'possible');
    expect(rows).toHaveLength(exposed.length);
    for (const [, v] of rows) expect(['l', 'p']).toContain(v);
    expect(statSync(join(dir, 'r.md')).mode & 0o777).toBe(0o600);
  });

  it('scan --html also prints the summary; scan --html --out writes the JSON report as scan does', async () => {
    const dir = await outDir();
    const result = runCli(['scan', SAMPLE, '--region', 'US', '--html', join(dir, 'r.html'), '--out', join(dir, 'r.json')]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('HTML report written to');
    const fromScan = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as Report;
    const plain = JSON.parse(runCli(['scan', SAMPLE, '--region', 'US', '--json']).stdout) as Report;
    // Items stream in reading order, which can interleave differently from run to run on a busy
    // machine (two reading lanes): compare them as a set, everything else exactly.
    const byId = (r: Report) => [...r.items].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    expect({ ...fromScan, generatedAt: '', items: byId(fromScan) }).toEqual({ ...plain, generatedAt: '', items: byId(plain) });
    const text = runCli(['scan', SAMPLE, '--region', 'US', '--md', join(dir, 'r.md')]);
    expect(text.stdout).toContain("Likely used to train LinkedIn's AI:");
  });

  it('refuses bad outputs with exit code 2 and one line, leaving the export untouched', async () => {
    const dir = await outDir();
    mkdirSync(join(dir, 'folder'));
    const before = statSync(join(ROOT, SAMPLE)).mtimeMs;
    const cases: Array<[string[], RegExp]> = [
      [['report', SAMPLE], /--html FILE and\/or --md FILE/],
      [['report', SAMPLE, '--html', SAMPLE], /would damage your export/],
      [['report', SAMPLE, '--html', join(dir, 'x'), '--md', join(dir, 'x')], /the same file as --html/],
      [['report', SAMPLE, '--html', join(dir, 'folder')], /is a folder/],
      [['report', SAMPLE, '--md', join(dir, 'missing', 'r.md')], /cannot write the file/],
      [['report', SAMPLE, '--html', join(dir, 'r.html'), '--law', 'nope'], /--law: unknown law/],
    ];
    for (const [args, message] of cases) {
      const result = runCli(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(statSync(join(ROOT, SAMPLE)).mtimeMs).toBe(before);
  });
});
