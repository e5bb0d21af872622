// The browser's share of the summary work: the actions pane (a), filters both ways (f/F),
// search matches highlighted with the counter kept, a header that never cuts a word, the key
// bar with t, e and a at 80 columns, and the timeline caption.
import { describe, expect, it } from 'vitest';
import { loadBundledPolicy } from '../../../src/exposure/load-policy.js';
import { tailoredActions } from '../../../src/render/actions.js';
import { buildFrame, highlighted } from '../../../src/tui/frame.js';
import { commandOf } from '../../../src/tui/keys.js';
import { computeLayout } from '../../../src/tui/layout.js';
import { initialState, reduceKey, type KeyContext, type UiState } from '../../../src/tui/state.js';
import type { Line } from '../../../src/tui/types.js';
import { ReportView } from '../../../src/tui/view-model.js';
import { makeReport, TEST_TIMELINE } from '../../helpers/make-report.js';

const policy = loadBundledPolicy();
const report = makeReport({
  counts: { posts: 60, comments: 20 },
  context: { region: 'EU', regionName: 'Germany (EU, EEA and Switzerland)', country: 'DE', regionSource: '--region DE', optedOut: null, asOf: '2026-11-23', policyVersion: policy.version, birthYear: null },
  extra: [{ category: 'posts', text: 'Coffee with the Privacy team, then more coffee', exposure: 'likely', date: '2026-05-01T10:00:00Z' }],
});
const view = new ReportView(report);
const actions = tailoredActions(report, policy);
const text = (lines: Line[]) => lines.map((l) => l.map((s) => s.text).join('')).join('\n');
const frame = (s: UiState, columns = 80, rows = 24) => buildFrame(view, s, computeLayout(columns, rows), { timeline: TEST_TIMELINE, actions, color: false });
const ctx = (columns = 80): KeyContext => ({ view, layout: computeLayout(columns, 24), detailLength: () => 0, actionsLength: () => 200 });
const press = (s: UiState, input: string, key = {}) => reduceKey(s, input, key, ctx()).state;

describe('browse: actions, filters, search, header, key bar', () => {
  it('a opens the actions pane with the same actions as the scan; j scrolls; a or Esc goes back', () => {
    const open = press(initialState(view), 'a');
    expect(open.mode).toBe('actions');
    const shown = text(frame(open));
    expect(shown).toContain('What you can do now');
    expect(shown).toContain('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    expect(actions.map((a) => a.id)).toContain('rights-eu-uk');
    expect(press(open, 'j').actionsTop).toBe(1);
    expect(press(open, 'a').mode).toBe('list');
    expect(press(open, '', { escape: true }).mode).toBe('list');
  });

  it('f and F cycle the filter both ways', () => {
    let s = initialState(view);
    const forward = ['likely', 'possible', 'unlikely', 'findings', 'all'].map(() => (s = press(s, 'f')).filter);
    expect(forward).toEqual(['likely', 'possible', 'unlikely', 'findings', 'all']);
    const back = ['findings', 'unlikely', 'possible', 'likely', 'all'].map(() => (s = press(s, 'F')).filter);
    expect(back).toEqual(['findings', 'unlikely', 'possible', 'likely', 'all']);
    expect(commandOf('F', {})).toBe('prevFilter');
  });

  it('search matches are highlighted in the rows, and the match counter stays', () => {
    const parts = highlighted('Coffee with the team, then more coffee', 'coffee', false);
    expect(parts.filter((p) => p.inverse).map((p) => p.text)).toEqual(['Coffee', 'coffee']);
    expect(parts.map((p) => p.text).join('')).toBe('Coffee with the team, then more coffee');
    let s = press(initialState(view), '/');
    for (const ch of 'coffee') s = press(s, ch);
    s = press(s, '', { return: true });
    const lines = frame(s, 100);
    expect(lines.some((l) => l.some((seg) => seg.inverse && /coffee/i.test(seg.text) && !seg.text.includes(' ')))).toBe(true);
    expect(text(lines)).toMatch(/match 1\/1/);
  });

  it('the header shortens its fields instead of cutting a word, at any width', () => {
    const [fullFirst, fullSecond] = text(frame(initialState(view), 300)).split('\n');
    const words = new Set(`${fullFirst} ${fullSecond} likely ${report.context!.region}`.split(/\s+/));
    expect(fullFirst).toContain('(--region DE) · opted out no · policy');
    for (const columns of [40, 50, 60, 70, 80, 100, 140]) {
      const [first, second] = text(frame(initialState(view), columns)).split('\n');
      for (const line of [first!, second!]) {
        expect(line.trimEnd().length).toBeLessThanOrEqual(columns);
        // Every word shown is a whole word of the full header.
        for (const word of line.trim().split(/\s+/)) expect(words, `${columns}: ${word}`).toContain(word);
      }
    }
  });

  it('the key bar shows t, e and a at 80 columns', () => {
    const bar = text(frame(initialState(view), 80)).split('\n').at(-1)!;
    for (const hint of ['t timeline', 'e export', 'a actions', '? help', 'q quit']) expect(bar).toContain(hint);
  });

  it('the timeline says it plots items by the date they were created and shades the training windows', () => {
    const t = text(frame({ ...initialState(view), mode: 'timeline' }, 120, 30));
    expect(t).toContain('by the date they were created');
    expect(t).toContain('training windows (shaded)');
  });
});

describe('browse: request letters (L)', () => {
  const letters = ['object', 'access', 'erasure'].map((kind) => ({
    title: `Letter ${kind}`,
    command: `li-exposure letter export.zip --kind ${kind} --out letter-${kind}.txt`,
    text: `Dear Data Protection Officer,\n\nThis is the ${kind} draft.\x1b]0;evil\x07\n\nYours,\n[Your name]`,
  }));
  const withLetters = (s: UiState) => buildFrame(view, s, computeLayout(80, 24), { timeline: TEST_TIMELINE, actions, letters, color: false });
  const lettersCtx: KeyContext = { ...ctx(), lettersStart: () => 40, actionsLength: () => 200 };

  it('L opens the actions pane at its letters, from the list, the timeline and the actions pane', () => {
    for (const from of [initialState(view), press(initialState(view), 't'), press(initialState(view), 'a')]) {
      const open = reduceKey(from, 'L', {}, lettersCtx).state;
      expect(open.mode).toBe('actions');
      expect(open.actionsTop).toBe(40);
    }
    expect(commandOf('L', {})).toBe('letters');
  });

  it('shows each draft with its title, the command that saves it and its text, neutralised', () => {
    const open = reduceKey(initialState(view), 'L', {}, { ...lettersCtx, lettersStart: () => 0 }).state;
    // Scroll through the whole pane and read every line.
    let s = open;
    const seen: string[] = [];
    for (let i = 0; i < 30; i++) {
      seen.push(text(withLetters(s)));
      s = reduceKey(s, '', { pageDown: true }, { ...lettersCtx, actionsLength: () => 400 }).state;
    }
    const all = seen.join('\n');
    expect(all).toContain('Request letters');
    for (const kind of ['object', 'access', 'erasure']) {
      expect(all).toContain(`── Letter ${kind}`);
      expect(all).toMatch(new RegExp(`\\$ li-exposure letter export\\.zip --kind ${kind} --out\\s+letter-${kind}\\.txt`));
      expect(all).toContain(`This is the ${kind} draft.`);
    }
    expect(all).not.toContain('\x1b');
    expect(all).not.toContain('\x07');
  });
});
