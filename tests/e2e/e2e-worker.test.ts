import { readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exposureSetup } from '../../src/exposure/setup.js';
import { loadBundledPolicy } from '../../src/exposure/load-policy.js';
import { neverExposedCategories } from '../../src/exposure/never-exposed.js';
import { scan } from '../../src/scan/scan.js';
import type { Item, Report } from '../../src/model/report.js';
import { writeZip } from '../helpers/archive.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { declareSize } from '../helpers/zip-bytes.js';

// Large files that are only counted (messages...) are read in a worker thread by the built CLI.
// Its results must be exactly those of reading on the main thread (which the TypeScript sources
// do under vitest: the compiled worker is not next to them).

const WORDS = ['privacy', 'Oslo', 'café', 'naïve', '東京', '🚀', 'team', 'export', 'model', '"quoted"', 'line,comma'];

function messagesCsv(count: number): string {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const words = (n: number) => Array.from({ length: n }, () => WORDS[next() % WORDS.length]).join(' ');
  const rows = ['"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS"'];
  for (let i = 0; i < count; i++) {
    const content = `${words(8)}\n${words(12)}\r\n${words(6)}`;
    const fields = [`2-${i}==`, '', 'Ana', '', 'Ola', '', `2024-0${(i % 9) + 1}-11 14:56:48 UTC`, '', i % 500 === 0 ? '' : content, 'INBOX', ''];
    rows.push(i % 700 === 0 ? ',,,,,,,,,,' : fields.map((f) => `"${f.replace(/"/g, '""')}"`).join(','));
  }
  rows.push('"x","","A","","B","","2024-01-01 00:00:00 UTC","","one field too many","INBOX","","surplus"');
  return rows.join('\r\n') + '\r\n';
}

const FILES = {
  'Profile.csv': 'First Name,Last Name,Headline,Geo Location\nAna,Berg,Engineer,"Oslo, Norway"\n',
  'Comments.csv': 'Date,Link,Message\n2025-01-02 10:00:00,https://l/1,"Nice \\"post\\""\n2023-05-06 07:08:09,https://l/2,plain\n',
  'Connections.csv': 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nJane,Doe,,,Acme,CEO,16 Dec 2024\n',
  'messages.csv': messagesCsv(26_000),
};

const sortItems = (items: Item[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const withoutTime = ({ generatedAt: _, items, ...rest }: Report) => ({ ...rest, items: sortItems(items) });

async function distModule<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(join(ROOT, 'dist', path)).href)) as T;
}

describe('reading counted files in a worker thread (built CLI)', () => {
  it('sends the large messages file to the worker, and reads it exactly as the main thread does', async () => {
    expect(Buffer.byteLength(FILES['messages.csv'])).toBeGreaterThan(5 * 1024 * 1024);
    const zip = await writeZip(FILES);
    const policy = loadBundledPolicy();

    type Lane = typeof import('../../src/scan/worker-lane.js');
    type Open = typeof import('../../src/archive/open-archive.js');
    type Read = typeof import('../../src/linkedin/readers/read-entry.js');
    const lane = await distModule<Lane>('scan/worker-lane.js');
    const { openArchive } = await distModule<Open>('archive/open-archive.js');
    const { readEntry } = await distModule<Read>('linkedin/readers/read-entry.js');
    const opened = await openArchive(zip);
    const messages = opened.entries.filter((e) => e.path === 'messages.csv');
    expect(lane.worthAWorker(messages)).toBe(true);
    const countOnly = [...neverExposedCategories(policy)];
    const { planReads } = await distModule<typeof import('../../src/scan/read-plan.js')>('scan/read-plan.js');
    expect(planReads(messages, { tracked: new Map() }, { countOnly: new Set(countOnly) }).map((p) => [p.listed, p.lane])).toEqual([[false, 'worker']]);
    const [inWorker] = await lane.readInWorker(
      messages,
      { limits: (await distModule<typeof import('../../src/archive/limits.js')>('archive/limits.js')).DEFAULT_LIMITS, archive: 0, allItems: false, countOnly },
      { starting: () => () => {}, finished: () => {} },
      new AbortController().signal,
    );
    const onThisThread = await readEntry(messages[0]!, { archive: 0, allItems: false, countOnly: new Set(countOnly) });
    expect(inWorker).toEqual(onThisThread);
    expect(inWorker!.records).toBe(26_001);
    expect(inWorker!.emptyRecords).toBe(Math.ceil(26_000 / 700));
    expect(inWorker!.skippedRecords).toBe(1);

    const cli = runCli(['scan', zip, '--json', '--region', 'US', '--opted-out', '2025-01-15', '--as-of', '2026-11-23']);
    expect(cli.status, cli.stderr).toBe(0);
    const fromCli = JSON.parse(cli.stdout) as Report;
    const inProcess = await scan([zip], {
      toolVersion: fromCli.tool.version,
      countOnly: neverExposedCategories(policy),
      exposure: exposureSetup({ region: 'US', optedOut: '2025-01-15', asOf: '2026-11-23' }, policy, new Date()),
      detect: {}, // as the CLI runs them by default
    });
    // actions[] is what the CLI's JSON renderer adds to the core's report (render/actions.ts).
    const { actions, ...core } = fromCli as Report & { actions: unknown[] };
    expect(actions.length).toBeGreaterThan(0);
    expect(withoutTime(core as Report)).toEqual(withoutTime(JSON.parse(JSON.stringify(inProcess)) as Report));
    expect(fromCli.files.find((f) => f.path === 'messages.csv')).toMatchObject({ records: 26_001, skippedRecords: 1 });

    // Where no thread can be started, the same files are read on the main thread instead.
    const noThreads = runCli(['scan', zip, '--json', '--region', 'US', '--opted-out', '2025-01-15', '--as-of', '2026-11-23'], {
      nodeArgs: ['--require', join(ROOT, 'tests', 'fixtures', 'break-workers.cjs')],
    });
    expect(noThreads.status, noThreads.stderr).toBe(0);
    expect(withoutTime(JSON.parse(noThreads.stdout) as Report)).toEqual(withoutTime(fromCli));
  });

  it('stops with the one-line bomb error when a file inflates past its declared size in the worker', async () => {
    const zip = await writeZip(FILES);
    const liar = declareSize(await readFile(zip), 'messages.csv', 5 * 1024 * 1024);
    const path = join(dirname(zip), 'liar.zip');
    await writeFile(path, liar);
    const cli = runCli(['scan', path, '--json']);
    expect(cli.status).toBe(2);
    // Items already streamed may precede the failure: never a complete document, though.
    expect(() => JSON.parse(cli.stdout)).toThrow();
    expect(cli.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^li-exposure: .*messages\.csv inflates to more than the 5\.0 MiB its header declares/)]);

    // --out writes the report only once complete: nothing is left behind.
    const out = join(dirname(zip), 'report.json');
    expect(runCli(['scan', path, '--out', out]).status).toBe(2);
    expect(await readdir(dirname(zip))).toEqual(expect.not.arrayContaining([expect.stringMatching(/report\.json/)]));
  });
});
