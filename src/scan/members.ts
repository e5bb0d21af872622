// Exports of two different members must not be merged unnoticed: since 2026 LinkedIn adds the
// member's numeric ID to some file names (Shares_12345678.csv), and Profile.csv holds the name.

import { specsForKey } from '../linkedin/catalogue.js';
import { fileKey } from '../linkedin/file-key.js';
import type { Item } from '../model/report.js';
import type { FileRef, PlannedArchive } from './merge-plan.js';

/** The member IDs of one archive's recognised file names (a renamed file of the user's is not evidence). */
function memberIds(archive: PlannedArchive): Map<string, string> {
  const ids = new Map<string, string>();
  for (const entry of archive.opened.entries) {
    const { key, memberId } = fileKey(entry.path);
    if (memberId && !ids.has(memberId) && specsForKey(key).length > 0) ids.set(memberId, entry.path);
  }
  return ids;
}

/** Why the archives are not one member's, judged by the member IDs in file names; null when they agree. */
export function differentMemberIds(archives: PlannedArchive[]): string | null {
  const seen: Array<{ id: string; file: string; archive: PlannedArchive }> = [];
  for (const archive of archives) {
    for (const [id, file] of memberIds(archive)) {
      const other = seen.find((s) => s.id !== id);
      if (other) {
        return `these exports belong to different members: ${other.file} in ${other.archive.info.path} carries member ID ${other.id}, ${file} in ${archive.info.path} carries ${id}`;
      }
      seen.push({ id, file, archive });
    }
  }
  return null;
}

/** First and last name of each Profile.csv copy whose records are merged, as its items pass. */
export class ProfileNames {
  private readonly names = new Map<FileRef, { first: string; last: string }>();

  observe(file: FileRef, item: Item): void {
    if (item.category !== 'profile') return;
    const field = item.title?.toLowerCase();
    if (field !== 'first name' && field !== 'last name') return;
    const name = this.names.get(file) ?? { first: '', last: '' };
    name[field === 'first name' ? 'first' : 'last'] = item.text;
    this.names.set(file, name);
  }

  /**
   * Why two profiles are not the same member's: different names, unless both archives carry a
   * member ID (they were found equal, so the member changed name). Null when they agree.
   */
  differ(): string | null {
    const known = [...this.names].map(([file, n]) => ({ file, name: normalise(`${n.first} ${n.last}`) })).filter((p) => p.name !== '');
    for (const [i, a] of known.entries()) {
      for (const b of known.slice(i + 1)) {
        if (a.name === b.name || (memberIds(a.file.archive).size > 0 && memberIds(b.file.archive).size > 0)) continue;
        return `these exports belong to different members: First Name and Last Name differ between ${a.file.entry.path} in ${a.file.archive.info.path} and ${b.file.entry.path} in ${b.file.archive.info.path}`;
      }
    }
    return null;
  }
}

function normalise(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
