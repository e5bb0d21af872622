// The first and last names of the member's connections, for the connection-names detector. They
// are read before any post is classified, on their own pass over Connections.csv (the scan itself
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

/**
 * The names in every Connections file of the archives (copies that are byte-identical to one
 * read are skipped; duplicate names are merged by the detector). Problems in the file are not
 * reported here: the scan's own reading of it reports them.
 */
export async function readConnectionNames(plan: MergePlan, limits: ArchiveLimits = DEFAULT_LIMITS): Promise<ConnectionName[]> {
  const names: ConnectionName[] = [];
  for (const archive of plan.order) {
    for (const entry of archive.opened.entries) {
      const spec = connectionsSpec(entry);
      if (!spec || plan.twins.has(entry)) continue;
      // The same file layout, read into names only: the item's text holds the first name, its title the last.
      const namesOnly: CsvFileSpec = { ...spec, toItems: (row) => [{ text: row.get('First Name'), title: row.get('Last Name') }] };
      const bytes = entry.compressedSize ?? entry.size ?? 0;
      try {
        await readCsvFile(entry, [namesOnly], {
          archive: archive.index,
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
  }
  return names;
}
