import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exposureSetup } from '../../src/exposure/setup.js';
import { loadBundledPolicy } from '../../src/exposure/load-policy.js';
import { neverExposedCategories } from '../../src/exposure/never-exposed.js';
import { scan } from '../../src/scan/scan.js';
import type { ExposureContext, Item, Report } from '../../src/model/report.js';
import { writeZip } from '../helpers/archive.js';
import { ROOT, runCli } from '../helpers/cli.js';
import { declareSize } from '../helpers/zip-bytes.js';

// On a large export the built CLI runs the detectors in a worker thread while it reads on. The
// findings, their counts and the order of the items must be exactly those of detecting on the
// main thread (which the TypeScript sources do under vitest: the compiled worker is not there).

const PEOPLE = [
  ['Sigrid', 'Holm'],
  ['Pål', 'Østby'],
  ['Élodie', 'Martin'],
  ['Kenji', 'Sato'],
];
const PLANTED = [
  'write to sigrid.holm@example.org about it',
  'call me on +1 415 555 0134 tomorrow',
  'thanks Sigrid Holm and Élodie Martin for the review',
  'after my diabetes diagnosis I changed teams',
  'IBAN NO93 8601 1117 947 for the invoice',
  'proud union member of Unite since 2015',
  'naïve café ❤️ 東京 with Kenji Sato',
];
const FILLER = 'We shipped the quarterly release of the data platform and the migration went smoothly across regions. ';

function commentsCsv(count: number): string {
  const rows = ['Date,Link,Message'];
  for (let i = 0; i < count; i++) {
    const planted = i % 7 === 0 ? ` ${PLANTED[(i / 7) % PLANTED.length]}.` : '';
    const text = `${FILLER.repeat(3)}Item ${i}.${planted}`;
    rows.push(`2024-0${(i % 9) + 1}-11 14:56:48,https://www.linkedin.com/feed/update/urn:li:activity:${7_000_000 + i},"${text.replace(/"/g, '""')}"`);
  }
  return rows.join('\n') + '\n';
}

const FILES = {
  'Profile.csv': 'First Name,Last Name,Headline,Geo Location\nOla,Hansen,Engineer,"Oslo, Norway"\n',
  'Connections.csv':
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' + PEOPLE.map(([first, last]) => `${first},${last},,,Acme,Engineer,12 Mar 2021`).join('\n') + '\n',
  'Comments.csv': commentsCsv(14_000),
};

const policy = loadBundledPolicy();
const EXPOSURE = { region: 'EU', optedOut: '2025-01-15', asOf: '2026-11-23' } as const;
const byId = (items: Item[]) => new Map(items.map((item) => [item.id, item.findings]));

async function dist<T>(path: string): Promise<T> {
  return (await import(pathToFileURL(join(ROOT, 'dist', path)).href)) as T;
}

describe('the detectors in a worker thread (built CLI)', () => {
  it('finds in a large export exactly what the main thread finds, items in reading order', async () => {
    expect(Buffer.byteLength(FILES['Comments.csv'])).toBeGreaterThan(4 * 1024 * 1024);
    const zip = await writeZip(FILES);
    const args = ['scan', zip, '--json', '--region', EXPOSURE.region, '--opted-out', EXPOSURE.optedOut, '--as-of', EXPOSURE.asOf];
    const cli = runCli(args);
    expect(cli.status, cli.stderr).toBe(0);
    const fromCli = JSON.parse(cli.stdout) as Report;
    const inProcess = await scan([zip], {
      toolVersion: fromCli.tool.version,
      countOnly: neverExposedCategories(policy),
      exposure: exposureSetup(EXPOSURE, policy, new Date()),
      detect: {},
    });
    const comments = fromCli.items.filter((item) => item.category === 'comments');
    expect(comments).toHaveLength(14_000);
    // Streamed in the order they were read, batch after batch.
    expect(comments.map((item) => item.source.line)).toEqual(comments.map((_, i) => i + 2));
    expect(byId(fromCli.items)).toEqual(byId(JSON.parse(JSON.stringify(inProcess.items)) as Item[]));
    expect(fromCli.summary.findings).toEqual(inProcess.summary.findings);
    // Every kind planted was found (so the comparison above compared findings, not empty lists).
    expect(fromCli.summary.findings!.kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['email', 'phone', 'iban', 'health', 'trade-union', 'connection-name']));
    expect(fromCli.summary.findings!.people).toBe(3);

    // Where no thread can be started, the detectors run on the main thread: the same report.
    const noThreads = runCli(args, { nodeArgs: ['--require', join(ROOT, 'tests', 'fixtures', 'break-workers.cjs')] });
    expect(noThreads.status, noThreads.stderr).toBe(0);
    const masked = (json: string) => json.replace(/"generatedAt": "[^"]*"/, '');
    expect(masked(noThreads.stdout)).toBe(masked(cli.stdout));
  });

  it('stops with the one-line error, the thread with it, when a later file of a large export is a bomb', async () => {
    const shares = 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n' + '2024-05-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:1,"Hello",,,MEMBER_NETWORK\n'.repeat(20_000);
    const zip = await writeZip({ ...FILES, 'Shares.csv': shares });
    const liar = join(await mkdtemp(join(tmpdir(), 'li-exposure-detect-')), 'liar.zip');
    await writeFile(liar, declareSize(await readFile(zip), 'Shares.csv', 1024 * 1024));
    const cli = runCli(['scan', liar, '--json', '--region', 'EU']);
    expect(cli.status).toBe(2);
    expect(cli.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^li-exposure: .*Shares\.csv inflates to more than the 1\.0 MiB its header declares/)]);
  });

  type Detections = typeof import('../../src/scan/detection.js');
  type Lanes = typeof import('../../src/scan/detect-lane.js');
  const context = { region: 'EU', country: 'NO' } as ExposureContext;
  const itemsOf = (texts: string[]): Item[] =>
    texts.map((text, i) => ({ id: `c${i}`, category: 'comments', date: null, title: null, text, url: null, source: { file: 'Comments.csv', line: i + 2, archive: 0 }, exposure: 'likely', reasons: [] }) as Item);
  const texts = [...PLANTED, 'lone \ud800 surrogate, mail sigrid.holm@example.org', '', 'nothing here'];
  const names = PEOPLE.map(([first, last]) => ({ first: first!, last: last! }));

  it('gives a batch through the thread the findings and counts the main thread gives it, lone surrogates too', async () => {
    const { Detection } = await dist<Detections>('scan/detection.js');
    const { DetectLane } = await dist<Lanes>('scan/detect-lane.js');
    const here = new Detection({}, async () => names);
    await here.loadConnections();
    here.prepare(context);
    const local = itemsOf(texts);
    expect(here.examineBatch(local)).toBeNull();
    const threaded = new Detection({}, async () => names, (member) => new DetectLane(member, { names }));
    threaded.prepare(context);
    const remote = itemsOf(texts);
    const pending = threaded.examineBatch(remote);
    expect(pending).toBeInstanceOf(Promise);
    await pending;
    threaded.close();
    expect(remote.map((item) => item.findings)).toEqual(local.map((item) => item.findings));
    expect(local.filter((item) => item.findings!.length > 0).length).toBeGreaterThanOrEqual(7);
    expect(threaded.summary()).toEqual(here.summary());
  });

  it('examines the batches on the main thread when the worker dies', async () => {
    const { Detection } = await dist<Detections>('scan/detection.js');
    const { DetectLane } = await dist<Lanes>('scan/detect-lane.js');
    const dir = await mkdtemp(join(tmpdir(), 'li-exposure-detect-'));
    const crashing = join(dir, 'crash.mjs');
    await writeFile(crashing, "throw new Error('the worker cannot start');\n");
    const here = new Detection({}, async () => names);
    await here.loadConnections();
    here.prepare(context);
    const local = itemsOf(texts);
    here.examineBatch(local);
    // The names are read on this thread only when the thread has failed.
    let reads = 0;
    const broken = new Detection({}, async () => (reads++, names), (member) => new DetectLane(member, { names }, pathToFileURL(crashing)));
    broken.prepare(context);
    const batches = [itemsOf(texts), itemsOf(texts)];
    await Promise.all(batches.map((batch) => broken.examineBatch(batch)));
    broken.close();
    expect(reads).toBe(1);
    for (const batch of batches) expect(batch.map((item) => item.findings)).toEqual(local.map((item) => item.findings));
  });
});
