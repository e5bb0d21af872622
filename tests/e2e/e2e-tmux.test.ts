import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, SAMPLES } from '../helpers/cli.js';
import { tempDir } from '../helpers/archive.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const session = `lix-test-${process.pid}`;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', session, ...args], { encoding: 'utf8' });
}

/**
 * Escape followed at once by another key reads as Alt+key, as in any terminal: after it, wait until
 * the app has redrawn (it has read the Escape on its own), however slow the machine is.
 */
async function press(...keys: string[]): Promise<void> {
  for (const key of keys) {
    const before = key === 'Escape' ? screen() : '';
    tmux('send-keys', '-t', session, key);
    if (key !== 'Escape') {
      await new Promise((r) => setTimeout(r, 50));
      continue;
    }
    const until = Date.now() + 5_000; // an Escape that changes nothing (already closed) redraws nothing
    do await new Promise((r) => setTimeout(r, 100));
    while (screen() === before && Date.now() < until);
    await new Promise((r) => setTimeout(r, 300));
  }
}

function screen(): string {
  return tmux('capture-pane', '-t', session, '-p');
}

async function waitFor(pattern: RegExp, ms = 120_000): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  while (Date.now() < until) {
    last = screen();
    if (pattern.test(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`screen never matched ${pattern}:\n${last}`);
}

describe.skipIf(!hasTmux)('browse in a real terminal (tmux)', () => {
  afterAll(() => {
    spawnSync('tmux', ['-L', session, 'kill-server']);
  });

  it.each([
    ['', true],
    ['--no-color', false],
  ])('browse %s: colours follow the one colour decision (--no-color is obeyed)', async (flag, coloured) => {
    const name = `${session}-colour${flag}`;
    const sample = join(SAMPLES, 'Basic_LinkedInDataExport_05-11-2026.zip');
    const command = `env -u CI -u NO_COLOR -u FORCE_COLOR TERM=xterm-256color ${process.execPath} ${BIN} browse ${sample} --region US ${flag}; sleep 60`;
    tmux('new-session', '-d', '-s', name, '-x', '100', '-y', '30', command);
    try {
      const until = Date.now() + 120_000;
      let withCodes = '';
      while (Date.now() < until) {
        withCodes = tmux('capture-pane', '-t', name, '-p', '-e');
        if (/Categories/.test(withCodes)) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(withCodes).toMatch(/Categories/);
      // eslint-disable-next-line no-control-regex
      expect(/\u001b\[(?:[0-9;]*;)?(?:3[0-7]|9[0-7])(?:;[0-9;]*)?m/.test(withCodes)).toBe(coloured);
    } finally {
      spawnSync('tmux', ['-L', session, 'kill-session', '-t', name]);
    }
  });

  it('f reaches the items with findings; their found spans are in inverse video in the detail view', async () => {
    const name = `${session}-findings`;
    const sample = join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip');
    const command = `env -u CI -u NO_COLOR -u FORCE_COLOR TERM=xterm-256color ${process.execPath} ${BIN} browse ${sample} --region US; sleep 60`;
    tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '36', command);
    const capture = (codes: boolean) => tmux('capture-pane', '-t', name, '-p', ...(codes ? ['-e'] : []));
    const until = async (pattern: RegExp) => {
      const end = Date.now() + 20_000;
      let last = '';
      while (Date.now() < end) {
        last = capture(false);
        if (pattern.test(last)) return last;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`screen never matched ${pattern}:\n${last}`);
    };
    try {
      await until(/Categories/);
      await new Promise((r) => setTimeout(r, 500));
      for (const key of ['f', 'f', 'f', 'f']) {
        tmux('send-keys', '-t', name, key);
        await new Promise((r) => setTimeout(r, 100));
      }
      const list = await until(/filter ! with findings/);
      // Every row listed carries the marker.
      const rows = list.split('\n').filter((l) => /\d{4}-\d\d-\d\d [●◐○·]/.test(l));
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r).toMatch(/\d{4}-\d\d-\d\d [●◐○·]! /);
      tmux('send-keys', '-t', name, 'Enter');
      const detail = await until(/Found/);
      expect(detail).toMatch(/marked in the text/);
      // tmux reports inverse video as ESC[7m: the spans are there, and they hold text of the item.
      const coded = capture(true);
      // eslint-disable-next-line no-control-regex
      const spans = [...coded.matchAll(/\u001b\[(?:\d*;)*7(?:;\d*)*m(?:\u001b\[[\d;]*m)*([^\u001b]+)/g)].map((m) => m[1]!.trim()).filter(Boolean);
      // The newest post with a finding is the planted hiring post (sample-exports/manifest.json).
      expect(spans).toContain('+47 555 01 234');
      for (const span of spans) expect(detail).toContain(span);
    } finally {
      spawnSync('tmux', ['-L', session, 'kill-session', '-t', name]);
    }
  }, 60_000);

  it('navigates, opens details, searches, filters, exports and quits', async () => {
    const exportDir = await tempDir();
    const sample = join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip');
    const command = `cd ${exportDir} && env -u CI NO_COLOR=1 ${process.execPath} ${BIN} browse ${sample} --region US --opted-out 2025-06-01 --as-of 2026-11-01; echo EXITED $?; sleep 60`;
    tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '36', command);

    const first = await waitFor(/Categories/);
    expect(first).toMatch(/items likely exposed/);
    expect(first).toMatch(/region United States \(other regions\) \(--region US\)/);
    expect(first.trimEnd().split('\n').length).toBeLessThanOrEqual(36);

    await new Promise((r) => setTimeout(r, 500)); // let the app switch the terminal to raw mode
    await press('j', 'j', 'Enter'); // the item list has the focus at start
    const detail = await waitFor(/Why/);
    expect(detail).toMatch(/Source\s+Shares_12345678\.csv, line \d+/);
    expect(detail).toMatch(/↳ [LHRP]\d+: \S/);

    await press('Escape', '/', 'pwned', 'Enter');
    const found = await waitFor(/match 1\//);
    expect(found).toContain('␛]0;pwned');
    expect(found).not.toContain('\u001b');

    await press('Escape', 'Escape', 'f');
    await waitFor(/filter (● )?likely/);
    await press('e');
    await waitFor(/JSON or CSV|j\/c|\(j\)/i);
    await press('c');
    const exported = await waitFor(/Exported \d+ items to/);
    expect(exported).toMatch(/\.csv/);
    const files = readdirSync(exportDir).filter((f) => f.endsWith('.csv'));
    expect(files).toHaveLength(1);
    expect(statSync(join(exportDir, files[0]!)).mode & 0o777).toBe(0o600);

    await press('q');
    const end = await waitFor(/EXITED \d+/);
    expect(end).toMatch(/EXITED 0/);
    expect(existsSync(exportDir)).toBe(true);
  });
});
