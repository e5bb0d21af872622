// When one entry of a ZIP does not read intact, the scan stops (a partial export would
// undercount); the message says which entries are damaged and how many are intact.

import type { ArchiveEntry } from '../archive/entry.js';
import { EntryDamagedError } from '../archive/entry.js';
import { InputError } from '../model/errors.js';

const SHOWN = 3;

export async function describeDamage(archive: string, entries: ArchiveEntry[], first: EntryDamagedError): Promise<InputError> {
  const damaged = [first.entryPath];
  let intact = 0;
  for (const entry of entries) {
    if (entry.path === first.entryPath) continue;
    try {
      await entry.verify?.();
      intact++;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      damaged.push(entry.path);
    }
  }
  const rest = intact === 1 ? 'the other file is intact' : `the other ${intact} files are intact`;
  const others =
    damaged.length === 1
      ? rest.charAt(0).toUpperCase() + rest.slice(1)
      : `${damaged.length} of ${entries.length} files do not read intact (${damaged.slice(0, SHOWN).join(', ')}${damaged.length > SHOWN ? ', ...' : ''}); ${rest}`;
  return new InputError(
    `${archive} is damaged: ${first.entryPath} ${first.reason}. ${others}, but a partial export would undercount, so li-exposure stops here. Download the export again from LinkedIn.`,
  );
}
