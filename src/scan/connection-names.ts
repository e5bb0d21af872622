// The first and last names of the member's connections, for the connection-names detector. They
// are read before any post is examined, on their own pass over Connections.csv or a renamed copy
// its header identifies (the scan itself only counts that private file, often in a worker
// thread), and never become items: they go straight into the detector's index and nowhere else.

import type { ArchiveEntry } from '../archive/entry.js';
import { EntryDamagedError } from '../archive/entry.js';
import { DEFAULT_LIMITS, checkFileRecords, type ArchiveLimits } from '../archive/limits.js';
import { specsForKey } from '../linkedin/catalogue.js';
import type { Row } from '../linkedin/csv/row.js';
import { readerFor } from '../linkedin/readers/read-entry.js';
import { readCsvFile } from '../linkedin/csv/read-file.js';
import { fileKey } from '../linkedin/file-key.js';
import type { ConnectionName } from '../detect/index.js';
import type { MergePlan } from './merge-plan.js';

/** The Connections files by name, and the CSV files whose name LinkedIn does not use (their header may make them one). */
function mayHoldConnections(entry: ArchiveEntry): boolean {
  const specs = specsForKey(fileKey(entry.path).key);
  return specs.length === 0 ? readerFor(entry.path) === 'csv' : specs.some((spec) => spec.type === 'connections');
}

/** The files of the archives whose names are read (copies byte-identical to one read are skipped). */
export function connectionEntries(plan: MergePlan): ArchiveEntry[] {
  return plan.order.flatMap((archive) => archive.opened.entries.filter((entry) => mayHoldConnections(entry) && !plan.twins.has(entry)));
}

// The item's text holds the first name, its title the last.
const NAMES_ONLY = { type: 'connections', toItems: (row: Row) => [{ text: row.get('First Name'), title: row.get('Last Name') }] };

/**
 * The names in the Connections files among these (renamed ones too, recognised by their header
 * as the scan recognises them; other files give none). Duplicate names are merged by the
 * detector. Problems in the files are not reported here: the scan's own reading of them does.
 */
export async function readConnectionNames(entries: ArchiveEntry[], limits: ArchiveLimits = DEFAULT_LIMITS): Promise<ConnectionName[]> {
  const names: ConnectionName[] = [];
  for (const entry of entries) {
    const bytes = entry.compressedSize ?? entry.size ?? 0;
    try {
      const result = await readCsvFile(entry, specsForKey(fileKey(entry.path).key), {
        archive: 0,
        allItems: true,
        only: NAMES_ONLY,
        onRecords: (records) => checkFileRecords(limits, entry.path, bytes, records),
        onItems: async (items) => {
          for (const item of items) names.push({ first: item.text, last: item.title ?? '' });
        },
      });
      for (const item of result.items) names.push({ first: item.text, last: item.title ?? '' });
    } catch (error) {
      // A damaged entry stops the scan when it is read for the report, with the archive's diagnosis.
      if (!(error instanceof EntryDamagedError)) throw error;
    }
  }
  return names;
}
