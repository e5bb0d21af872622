// Entry names and messages reach stderr too (progress, warnings, errors, --debug stack traces,
// usage errors): every stream is neutralised, for controls, escapes and invisible characters.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressPrinter } from '../../src/cli/scan.js';
import { sanitizeForTerminal } from '../../src/render/sanitize.js';
import { tempDir } from '../helpers/archive.js';
import { runCli } from '../helpers/cli.js';
import { rawZip } from '../helpers/raw-zip.js';

const RETITLE = '\u001b]0;pwned\u0007';
const HOSTILE_NAME = `Sk${RETITLE}ills\u202e\u200b\u2066\u009b31m\u061c\u2028x.csv`;
// Controls, C1, bidi overrides/isolates/marks, zero-width characters, line separators.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const PROFILE = { name: 'Profile.csv', data: 'First Name,Last Name,Headline\nAna,Berg,Engineer\n' };

async function zipFile(entries: Parameters<typeof rawZip>[0]): Promise<string> {
  const path = join(await tempDir(), 'Complete_LinkedInDataExport_05-12-2026.zip');
  await writeFile(path, rawZip(entries));
  return path;
}

describe('sanitizeForTerminal: invisible and directional characters', () => {
  it.each([
    ['U+200B zero-width space', '\u200b'],
    ['U+200C zero-width non-joiner', '\u200c'],
    ['U+200D zero-width joiner (outside emoji)', '\u200d'],
    ['U+200E left-to-right mark', '\u200e'],
    ['U+200F right-to-left mark', '\u200f'],
    ['U+061C Arabic letter mark', '\u061c'],
    ['U+2066 left-to-right isolate', '\u2066'],
    ['U+2067 right-to-left isolate', '\u2067'],
    ['U+2068 first strong isolate', '\u2068'],
    ['U+2069 pop directional isolate', '\u2069'],
    ['U+202E right-to-left override', '\u202e'],
  ])('%s becomes a visible stand-in', (_, char) => {
    expect(sanitizeForTerminal(`a${char}b`)).toBe('a\ufffdb');
  });

  it('line and paragraph separators break lines like newlines do', () => {
    expect(sanitizeForTerminal('a\u2028b\u2029c')).toBe('a b c');
    expect(sanitizeForTerminal('a\u2028b', { keepNewlines: true })).toBe('a\nb');
  });

  it('keeps the joiner inside emoji sequences, and ordinary text', () => {
    const family = '👩\u200d💻 and 👨\u200d👩\u200d👧 and 🏳️\u200d🌈';
    expect(sanitizeForTerminal(family)).toBe(family);
    expect(sanitizeForTerminal('Zürich 東京 مرحبا')).toBe('Zürich 東京 مرحبا');
  });
});

describe('every terminal stream is neutralised', () => {
  it('warnings on stderr name a hostile entry safely', async () => {
    const zip = await zipFile([PROFILE, { name: HOSTILE_NAME, data: 'a,b\n1,2\n', method: 12 }]);
    const result = runCli(['scan', zip, '--region', 'US']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Sk␛\]0;pwned␇ills/);
    expect(result.stderr).not.toMatch(UNSAFE);
    expect(result.stdout).not.toMatch(UNSAFE);
  });

  it('the error and its --debug stack trace, for a damaged entry with a hostile name', async () => {
    const zip = await zipFile([PROFILE, { name: HOSTILE_NAME, data: 'a,b\n1,2\n', crc: 7 }]);
    for (const args of [['scan', zip], ['scan', zip, '--debug'], ['list', zip, '--debug']]) {
      const result = runCli(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/fails its CRC-32 check/);
      expect(result.stderr).not.toMatch(UNSAFE);
    }
    expect(runCli(['scan', zip, '--debug']).stderr).toMatch(/\n\s+at /);
  });

  it('usage errors quoting the command line', () => {
    const result = runCli(['scan', 'x.zip', `--bogus${RETITLE}\u202e`]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown option '--bogus␛\]0;pwned␇/);
    expect(result.stderr).not.toMatch(UNSAFE);
  });

  it('the progress line', () => {
    let written = '';
    const printer = progressPrinter({ stderr: { write: (s: string) => ((written += s), true) } as unknown as NodeJS.WritableStream }, { after: 0, every: 0 });
    printer.update({ archive: 'a.zip', file: HOSTILE_NAME, filesDone: 0, filesTotal: 2, records: 10 });
    printer.update({ archive: 'a.zip', file: `${'x'.repeat(60)}\u{1f680}${RETITLE}`, filesDone: 1, filesTotal: 2, records: 20 });
    printer.done();
    // Only the line's own control sequence (carriage return, erase line) remains.
    const text = written.replaceAll('\r\u001b[2K', '');
    expect(text).not.toMatch(UNSAFE);
    expect(text).toContain('Reading 1/2 "Sk␛]0;pwned␇ills');
    expect(text).toMatch(/Reading 2\/2 "…x+🚀␛\]0;pwned␇" · 20 records/);
  });

  it('the path given to --out, when echoed', async () => {
    const zip = await zipFile([PROFILE]);
    const out = join(await tempDir(), `report${RETITLE}.json`);
    const result = runCli(['scan', zip, '--out', out, '--region', 'US']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Report written to .*report␛\]0;pwned␇\.json/);
    expect(result.stderr).not.toMatch(UNSAFE);
  });
});
