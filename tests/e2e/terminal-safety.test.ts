import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { oneLine, sanitizeForTerminal } from '../../src/render/sanitize.js';
import { writeZip } from '../helpers/archive.js';
import { runCli } from '../helpers/cli.js';

const RETITLE = '\u001b]0;pwned\u0007';
const CLEAR = '\u001b[2J';
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('sanitizeForTerminal', () => {
  it('neutralises ESC, BEL, C1 controls and bidi overrides', () => {
    const out = sanitizeForTerminal(`a${RETITLE}b${CLEAR}c\u009b31md\u202Ee`);
    expect(out).not.toMatch(CONTROL);
    expect(out).not.toContain('\u202E');
    expect(out).toContain('␛]0;pwned');
  });

  it('keeps newlines only when asked, and oneLine cuts to a width', () => {
    expect(sanitizeForTerminal('a\r\nb\tc', { keepNewlines: true })).toBe('a\nb c');
    expect(sanitizeForTerminal('a\nb')).toBe('a b');
    expect(oneLine('x'.repeat(50), 10)).toBe('x'.repeat(9) + '…');
  });
});

describe('archive text never reaches the terminal raw', () => {
  it('scan, list and warnings neutralise escape sequences; JSON keeps them exactly', async () => {
    const zip = await writeZip({
      'Shares.csv': `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n2025-01-01 10:00:00,https://l,"Hello ${RETITLE} world ${CLEAR}",,,MEMBER_NETWORK\n`,
      'Profile.csv': `First Name,Last Name,Geo Location\nJane,Doe,"Paris${CLEAR}, France"\n`,
      [`odd${CLEAR}name.csv`]: 'a,b\n1,2\n',
      'Comments.csv': `Date,Link,Message\nnot-a-date${RETITLE},https://l,hi\n`,
    });
    for (const args of [['scan', zip], ['list', zip], ['list', zip, '--all-items'], ['scan', zip, '--region', 'US']]) {
      const result = runCli(args);
      expect(result.status).toBe(0);
      expect(result.stdout).not.toMatch(CONTROL);
      expect(result.stderr).not.toMatch(CONTROL);
    }
    const list = runCli(['list', zip, '--category', 'posts']).stdout;
    expect(list).toContain('Hello ␛]0;pwned␇ world ␛[2J');
    const report = JSON.parse(runCli(['scan', zip, '--json']).stdout) as Report;
    expect(report.items.find((i) => i.category === 'posts')!.text).toBe(`Hello ${RETITLE} world ${CLEAR}`);
  });

  it('policy output neutralises text from a user-supplied policy file', () => {
    const policy = JSON.parse(readFileSync(new URL('../../src/exposure/policy/linkedin-genai.json', import.meta.url), 'utf8'));
    policy.title = `Edited ${RETITLE}`;
    const file = join(mkdtempSync(join(tmpdir(), 'lix-')), 'p.json');
    writeFileSync(file, JSON.stringify(policy));
    const result = runCli(['policy', '--policy', file]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(CONTROL);
    expect(result.stdout).toContain('Edited ␛]0;pwned');
  });
});
