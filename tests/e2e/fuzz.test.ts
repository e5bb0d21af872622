import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { specsForKey } from '../../src/linkedin/catalogue.js';
import { readCsvFile } from '../../src/linkedin/csv/read-file.js';
import { scan } from '../../src/scan/scan.js';
import { memoryEntry, tempDir } from '../helpers/archive.js';
import { SAMPLES } from '../helpers/cli.js';
import { InputError } from '../../src/model/errors.js';


const csvAlphabet = fc.constantFrom('"', '\\', ',', '\n', '\r', '\t', 'a', 'Z', ' ', 'é', '😅', '\uFEFF', '""', '\\"', '\r\n');
const csvText = fc.array(csvAlphabet, { maxLength: 400 }).map((parts) => parts.join(''));

/** Fails the test (instead of hanging the suite) when one input takes too long. */
async function withinTime<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`input took more than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('fuzzing the CSV reader', () => {
  it('never throws, never hangs, and accounts for every record (item, empty or skipped)', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, fc.constantFrom('skills', 'comments', 'connections'), fc.integer({ min: 1, max: 64 }), async (body, kind, chunk) => {
        const header = { skills: 'Name\n', comments: 'Date,Link,Message\n', connections: 'First Name,Last Name,Connected On\n' }[kind];
        const name = { skills: 'Skills.csv', comments: 'Comments_12345678.csv', connections: 'Connections.csv' }[kind];
        const entry = memoryEntry(name, Buffer.from(header + body), chunk);
        const result = await withinTime(30_000, readCsvFile(entry, specsForKey(kind === 'comments' ? 'comments' : kind), { archive: 0, allItems: true }));
        expect(result.records).toBe(result.items.length + result.emptyRecords + result.skippedRecords);
        expect(result.warnings.length).toBeGreaterThanOrEqual(result.skippedRecords > 0 ? 1 : 0);
      }),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 300) },
    );
  });

  it('regression inputs found by fuzzing stay handled', async () => {
    // Kept from fuzz runs: a lone escaped quote at EOF, CR-only breaks, a BOM mid-file.
    for (const body of ['"\\', '"a\\"', 'x\r\r\r"', '\uFEFF"\n"', '"""\n', ',,\n"\r\n']) {
      const result = await readCsvFile(memoryEntry('Comments.csv', Buffer.from('Date,Link,Message\n' + body), 3), specsForKey('comments'), { archive: 0, allItems: true });
      expect(result.records).toBe(result.items.length + result.emptyRecords + result.skippedRecords);
    }
  });
});

describe('fuzzing the archive reader', () => {
  const sample = readFileSync(join(SAMPLES, 'Complete_LinkedInDataExport_11-04-2018.zip'));

  it('regression: a corrupted byte inside an entry (found by fuzzing) is an input error naming it, not a crash', async () => {
    const bytes = Buffer.from(sample);
    bytes[40] = 0; // inside the first entry's compressed data
    const path = join(await tempDir(), 'Complete_LinkedInDataExport_11-04-2018.zip');
    writeFileSync(path, bytes);
    await expect(scan([path], { toolVersion: 'fuzz' })).rejects.toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(/is damaged: Shares\.csv has corrupt compressed data .*The other 25 files are intact/),
    });
  });

  it('mutated and truncated ZIPs give a report or a clear input error, never a crash or a hang', async () => {
    const dir = await tempDir();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: sample.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.option(fc.nat({ max: sample.length }), { nil: undefined }),
        async (flips, cut) => {
          const bytes = Buffer.from(sample.subarray(0, cut ?? sample.length));
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          const path = join(dir, `fuzz-${run++}.zip`);
          writeFileSync(path, bytes);
          try {
            const report = await withinTime(60_000, scan([path], { toolVersion: 'fuzz' }));
            expect(report.files.length).toBeGreaterThan(0);
          } catch (error) {
            expect(error, String(error)).toBeInstanceOf(InputError);
          }
        },
      ),
      { numRuns: Number(process.env["FUZZ_RUNS"] ?? 150) },
    );
  }, 900_000);
});
