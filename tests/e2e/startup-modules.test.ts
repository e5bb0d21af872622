// `--version`, `--help` and `completion` load the program's options only: what a command does
// (the scan, the detectors, the renderers) is imported when it runs. Checked on the built CLI by
// recording every module Node loads (a module hook writing each file URL to a log).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/archive.js';
import { runCli, SAMPLES } from '../helpers/cli.js';

let dir: string;
let preload: string;

beforeAll(async () => {
  dir = await tempDir('li-exposure-startup-');
  const hook = [
    "import { appendFileSync } from 'node:fs';",
    'let log;',
    'export function initialize(data) { log = data.log; }',
    "export async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(log, url + '\\n'); return next(url, context); }",
  ].join('\n');
  preload = path.join(dir, 'preload.mjs');
  writeFileSync(
    preload,
    `import { register } from 'node:module';\nregister(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)}, import.meta.url, { data: { log: process.env.MODULE_LOG } });\n`,
  );
});

/** The li-exposure modules (paths under dist/) a run of the built CLI loaded. */
function modulesLoaded(args: string[], name: string): string[] {
  const log = path.join(dir, `${name}.log`);
  writeFileSync(log, '');
  const r = runCli(args, { nodeArgs: ['--import', pathToFileURL(preload).href], env: { MODULE_LOG: log } });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.includes('/dist/'))
    .map((url) => url.slice(url.indexOf('/dist/') + '/dist/'.length));
}

// The limits (for the help text) and the key table (for browse --help) are small and wanted.
const HEAVY = /^(scan|detect|linkedin|tui\/(?!keys\.js)|archive\/(?!limits\.js))|^render\/(html|markdown|json)/;

describe('what the CLI loads before a command runs (built CLI)', () => {
  it('--version, --help and completion load no scan, detector, reader or renderer', () => {
    for (const [name, args] of [['version', ['--version']], ['help', ['report', '--help']], ['completion', ['completion', 'bash']]] as const) {
      const loaded = modulesLoaded([...args], name);
      expect(loaded).toContain('cli/main.js');
      expect(loaded.filter((m) => HEAVY.test(m)), name).toEqual([]);
    }
  });

  it('a scan loads them when it runs', () => {
    const loaded = modulesLoaded(['scan', path.join(SAMPLES, 'Complete_LinkedInDataExport_05-12-2026.zip')], 'scan');
    expect(loaded).toEqual(expect.arrayContaining(['cli/scan.js', 'scan/scan.js', 'detect/index.js', 'linkedin/csv/read-file.js']));
  });
});
