// The first and last names of the member's connections, for the connection-names detector. They
// are read before any post is examined, on their own pass over Connections.csv (the scan itself
// only counts that private file, often in a worker thread), and never become items: they go
// straight into the detector's index and nowhere else.

import type { ArchiveEntry } from '../archive/entry.js';
import { EntryDamagedError } from '../archive/entry.js';
import { DEFAULT_LIMITS, checkFileRecords, type ArchiveLimits } from '../archive/limits.js';
import { specsForKey, type CsvFileSpec } from '../linkedin/catalogue.js';
import { readCsvFile } from '../linkedin/csv/read-file.js';
import { fileKey } from '../linkedin/file-key.js';
import type { ConnectionName } from '../detect/index.js';
import type { MergePlan } from './merge-plan.js';

function connectionsSpec(entry: ArchiveEntry): CsvFileSpec | undefined {
  return specsForKey(fileKey(entry.path).key).find((spec) => spec.type === 'connections');
}

/** The Connections files of the archives whose names are read (copies byte-identical to one read are skipped). */
export function connectionEntries(plan: MergePlan): ArchiveEntry[] {
  return plan.order.flatMap((archive) => archive.opened.entries.filter((entry) => connectionsSpec(entry) && !plan.twins.has(entry)));
}

/**
 * The names in these Connections files (duplicate names are merged by the detector). Problems in
 * the files are not reported here: the scan's own reading of them reports them. Runs on the main
 * thread or in the detecting thread (detect-worker.ts).
 */
export async function readConnectionNames(entries: ArchiveEntry[], limits: ArchiveLimits = DEFAULT_LIMITS): Promise<ConnectionName[]> {
  const names: ConnectionName[] = [];
  for (const entry of entries) {
    const spec = connectionsSpec(entry);
    if (!spec) continue;
    // The same file layout, read into names only: the item's text holds the first name, its title the last.
    const namesOnly: CsvFileSpec = { ...spec, toItems: (row) => [{ text: row.get('First Name'), title: row.get('Last Name') }] };
    const bytes = entry.compressedSize ?? entry.size ?? 0;
    try {
      await readCsvFile(entry, [namesOnly], {
        archive: 0,
        allItems: true,
        onRecords: (records) => checkFileRecords(limits, entry.path, bytes, records),
        onItems: async (items) => {
          for (const item of items) names.push({ first: item.text, last: item.title ?? '' });
        },
      }).then((result) => {
        for (const item of result.items) names.push({ first: item.text, last: item.title ?? '' });
      });
    } catch (error) {
      // A damaged entry stops the scan when it is read for the report, with the archive's diagnosis.
      if (!(error instanceof EntryDamagedError)) throw error;
    }
  }
  return names;
}
