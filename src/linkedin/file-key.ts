// File-name normalisation (see docs/export-format.md, "File names"): case, spaces/underscores/dashes, the 2026
// member-ID suffix (Comments_12345678.csv) and split parts (Saved Jobs_2.csv).
import { defined } from '../model/defined.js';

export interface FileKey {
  /** Normalised stem: "saved_jobs", "comments", "receipts_v2". */
  key: string;
  /** Lower-case extension without the dot ("csv", "html"), "" when none. */
  extension: string;
  memberId: string | null;
  part: number | null;
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function fileKey(path: string): FileKey {
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  let stem = dot > 0 ? base.slice(0, dot) : base;
  stem = stem.replace(/\s*\(\d+\)$/, ''); // "Shares (1).csv", a browser's second copy
  let key = stem.toLowerCase().replace(/[\s_\-]+/g, '_').replace(/^_+|_+$/g, '');
  let memberId: string | null = null;
  let part: number | null = null;
  const member = /_(\d{5,})$/.exec(key);
  if (member) {
    memberId = defined(member[1]);
    key = key.slice(0, member.index);
  }
  const split = /_(\d{1,2})$/.exec(key);
  if (split) {
    part = Number(split[1]);
    key = key.slice(0, split.index);
  }
  return { key, extension, memberId, part };
}
