// The Markdown report: goldens for the bundled samples (built CLI, fixed dates and regions) and
// hostile archive text rendered by a real GFM implementation (micromark + its GFM extension,
// raw HTML allowed so that injected HTML would show): no injected link, autolink, HTML or cell.

import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../helpers/archive.js';
import { ROOT, runCli } from '../helpers/cli.js';

const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const GOLDEN = join(ROOT, 'tests', 'golden', 'markdown');

/** One run per sample: a region and opt-out chosen to exercise different windows. */
const CASES: Array<{ sample: string; args: string[] }> = [
  { sample: 'Complete_LinkedInDataExport_05-12-2026.zip', args: ['--region', 'DE', '--opted-out', '2025-12-01'] },
  { sample: 'Complete_LinkedInDataExport_12-23-2024.zip', args: ['--region', 'US', '--opted-out', '2025-01-15'] },
  { sample: 'Complete_LinkedInDataExport_11-04-2018.zip', args: ['--region', 'GB'] },
  { sample: 'Basic_LinkedInDataExport_05-11-2026.zip', args: ['--region', 'CA'] },
];

async function markdown(input: string, args: string[], cwd = ROOT): Promise<{ text: string; file: string }> {
  const file = join(await mkdtemp(join(tmpdir(), 'li-exposure-md-')), 'report.md');
  const result = runCli(['report', input, '--md', file, '--as-of', '2026-11-30', ...args], { cwd });
  expect(result.status, result.stderr).toBe(0);
  // The tool's version is the only thing that changes without the output being wrong.
  return { text: readFileSync(file, 'utf8').replace(/li-exposure \d+\.\d+\.\d+\S*/g, 'li-exposure VERSION'), file };
}

const render = (md: string): string => micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

describe('Markdown report', () => {
  for (const { sample, args } of CASES) {
    it(`matches the golden file for ${sample} (${args.join(' ')})`, async () => {
      const { text, file } = await markdown(`sample-exports/${sample}`, args);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const golden = join(GOLDEN, sample.replace(/\.zip$/, '.md'));
      if (UPDATE || !existsSync(golden)) writeFileSync(golden, text);
      expect(text).toBe(readFileSync(golden, 'utf8'));
      // Every link GitHub would render goes to LinkedIn or to a source on the policy's allow-list.
      const hrefs = [...render(text).matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!);
      expect(hrefs.length).toBeGreaterThan(10);
      for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    });
  }

  it('escapes hostile archive text: no link, autolink, HTML, emphasis or extra table cell', async () => {
    const payloads = [
      '[click](javascript:alert(1)) ![img](https://evil.example/p.png)',
      '<script>alert(2)</script> <img src=x onerror=alert(3)>',
      'see https://evil.example/a and www.evil.example and mail attacker@evil.example',
      'pipes | break | cells \\| and `code` and **bold** and _em_ ~~strike~~ $x^2$',
      '&lt;b&gt; entity &#60;i&#62; and <https://evil.example/auto>',
      '# heading\n- list\n> quote',
    ];
    const lines = ['Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility'];
    payloads.forEach((p, i) => lines.push(`2025-0${i + 1}-10 10:00:00,${i === 0 ? 'javascript:alert(9)' : `https://www.linkedin.com/feed/update/${i}`},"${p.replace(/"/g, '""')}",,,PUBLIC`));
    const zip = await writeZip(
      { 'Shares.csv': lines.join('\n') + '\n', 'Profile.csv': 'First Name,Last Name,Geo Location\nJane,Doe,"Oslo, Norway"\n' },
      'Complete_LinkedInDataExport_05-12-2026 [x](https:evil.example) <b>.zip',
    );
    const { text } = await markdown(zip, ['--region', 'US']);
    const html = render(text);
    const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!);
    for (const href of hrefs) expect(href).not.toMatch(/evil|javascript|mailto/i);
    expect(html).not.toMatch(/<script|<img|<b>|<i>|<del>|<h1>heading/);
    // The only emphasis is the report's own: the record's file and line under each text.
    for (const m of html.matchAll(/<em>(.*?)<\/em>/g)) expect(m[1]).toMatch(/^(Shares|Profile)\.csv line \d+$/);
    expect(html).not.toContain('<strong>bold');
    // The payloads are there, as text.
    expect(html).toContain('[click](javascript:alert(1))');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('www.evil.example');
    expect(html).toContain('attacker@evil.example');
    expect(html).toContain('**bold**');
    // Every row of the item table keeps its six cells.
    const items = html.slice(html.indexOf('Items likely or possibly exposed'));
    const table = items.slice(items.indexOf('<table>'), items.indexOf('</table>'));
    const rows = table.split('<tr>').slice(2);
    expect(rows.length).toBe(9); // 6 posts and 3 profile fields
    for (const row of rows) expect(row.match(/<td/g)?.length).toBe(6);
  });
});
