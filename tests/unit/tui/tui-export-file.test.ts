import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { writeExportFile } from '../../../src/tui/export-file.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'li-exposure-write-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('writes with mode 0600 and leaves no temp file', async () => {
  const file = await writeExportFile(dir, 'out.csv', 'a,b\r\n');
  expect(file).toBe(path.join(dir, 'out.csv'));
  expect(readFileSync(file, 'utf8')).toBe('a,b\r\n');
  if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
  expect(readdirSync(dir)).toEqual(['out.csv']);
});

test('never overwrites: adds a counter', async () => {
  await writeExportFile(dir, 'out.csv', 'one');
  const second = await writeExportFile(dir, 'out.csv', 'two');
  expect(path.basename(second)).toBe('out-2.csv');
  expect(readFileSync(path.join(dir, 'out.csv'), 'utf8')).toBe('one');
  expect(readFileSync(second, 'utf8')).toBe('two');
});

test('fails cleanly for a missing directory', async () => {
  await expect(writeExportFile(path.join(dir, 'nope'), 'x.json', '{}')).rejects.toThrow();
  expect(readdirSync(dir)).toEqual([]);
});
