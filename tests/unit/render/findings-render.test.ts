import { describe, expect, it } from 'vitest';
import type { Item, Report } from '../../../src/model/report.js';
import { renderFindingsText } from '../../../src/render/findings-text.js';
import { considerDeletingHtml } from '../../../src/render/html-report-findings.js';
import { excerptPieces } from '../../../src/render/consider-deleting.js';
import { ReportItems } from '../../../src/render/report-items.js';
import { PLAIN_STYLE } from '../../../src/render/style.js';
import { makeReport } from '../../helpers/make-report.js';

const HOSTILE = 'Ring <script>alert(1)</script> me: +47 555 01 234 \u001b]0;x\u0007 & about my diabetes "now"';
const at = (text: string, found: string) => ({ start: text.indexOf(found), end: text.indexOf(found) + found.length });

function reportWithFindings(): Report {
  const report = makeReport({
    counts: { posts: 4 },
    extra: [
      { category: 'posts', text: HOSTILE, exposure: 'likely', findings: [{ detector: 'phone', kind: 'phone', ...at(HOSTILE, '+47 555 01 234') }, { detector: 'special-categories', kind: 'health', ...at(HOSTILE, 'diabetes') }] },
      { category: 'comments', text: 'Thanks Kari Nordmann', exposure: 'possible', findings: [{ detector: 'connection-names', kind: 'connection-name', ...at('Thanks Kari Nordmann', 'Kari Nordmann') }] },
      { category: 'posts', text: 'Old: +47 555 01 234', exposure: 'unlikely', findings: [{ detector: 'phone', kind: 'phone', ...at('Old: +47 555 01 234', '+47 555 01 234') }] },
      { category: 'posts', text: 'Two phones +47 555 01 234 and +47 555 01 235', exposure: 'likely', findings: [{ detector: 'phone', kind: 'phone', start: 11, end: 25 }, { detector: 'phone', kind: 'phone', start: 30, end: 44 }, { detector: 'special-categories', kind: 'health', start: 0, end: 3 }] },
    ],
  });
  const count = (kind: string) => {
    const items = report.items.filter((i) => i.findings?.some((f) => f.kind === kind));
    const by = (list: Item[]) => ({ items: list.length, likely: list.filter((i) => i.exposure === 'likely').length, possible: list.filter((i) => i.exposure === 'possible').length, unlikely: list.filter((i) => i.exposure === 'unlikely').length });
    const categories = [...new Set(items.map((i) => i.category))].map((id) => ({ id, ...by(items.filter((i) => i.category === id)) }));
    return { kind, findings: items.reduce((n, i) => n + i.findings!.filter((f) => f.kind === kind).length, 0), ...by(items), categories };
  };
  report.summary.findings = {
    detectors: ['phone', 'special-categories', 'connection-names'],
    withFindings: { items: 4, likely: 2, possible: 1, unlikely: 1 },
    kinds: [count('phone'), count('health'), count('connection-name')] as never,
    people: 1,
  };
  return report;
}

describe('findings in the text summary', () => {
  it('counts exposed items per kind and category in sentences, and the others on a line of their own', () => {
    const lines = renderFindingsText(reportWithFindings(), PLAIN_STYLE, 100);
    expect(lines).toEqual([
      '',
      'Sensitive details in exposed items',
      '  2 likely-exposed posts contain a phone number.',
      '  2 likely-exposed posts mention health.',
      '  1 possibly exposed comment names people in your network (1 person in all your items).',
      '  1 other item with sensitive details was probably not exposed.',
      '  To list them with their links:',
      '$ li-exposure list Complete_LinkedInDataExport_05-12-2026.zip --finding phone,health,connection-name',
    ]);
  });

  it('wraps its sentences to the width with a hanging indent', () => {
    const lines = renderFindingsText(reportWithFindings(), PLAIN_STYLE, 60);
    expect(lines.filter((l) => !l.startsWith('$ ')).every((l) => l.length <= 60)).toBe(true);
    expect(lines).toContain('  1 possibly exposed comment names people in your network (1');
    expect(lines).toContain('    person in all your items).');
  });

  it('says nothing when the detectors did not run', () => {
    expect(renderFindingsText(makeReport(), PLAIN_STYLE, 100)).toEqual([]);
  });
});

describe('Consider deleting', () => {
  it('orders by verdict, then number of findings', () => {
    const order = ReportItems.of(reportWithFindings()).consideredItems().items.map((i) => [i.exposure, i.findings!.length]);
    expect(order).toEqual([['likely', 3], ['likely', 2], ['possible', 1], ['unlikely', 1]]);
  });

  it('escapes the excerpt, marks exactly the found spans and neutralises control characters', () => {
    const html = considerDeletingHtml(reportWithFindings(), ReportItems.of(reportWithFindings()).consideredItems(), 140);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/[\u0000-\u0008\u001b\u007f]/);
    expect([...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1])).toContain('+47 555 01 234');
    expect(html).toContain('<mark>diabetes</mark> &quot;now&quot;');
  });

  it('cuts a long text around its first finding, between words', () => {
    const text = `${'word '.repeat(100)}call +47 555 01 234 ${'tail '.repeat(100)}`;
    const item = { text, findings: [{ detector: 'phone', kind: 'phone', ...at(text, '+47 555 01 234') }] } as unknown as Item;
    const pieces = excerptPieces(item, 60);
    expect(pieces.map((p) => p.found)).toEqual([false, true, false]);
    expect(pieces[0]!.text).toMatch(/^…word /);
    expect(pieces[1]!.text).toBe('+47 555 01 234');
    expect(pieces[2]!.text).toMatch(/ tail…$/);
  });
});
