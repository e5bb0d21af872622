// What li-exposure knows about each file of a LinkedIn export: which names it goes by, how to
// recognise its header, which category it feeds, its date format, and how a record becomes an
// item. One file per area of the export in catalogue/; the facts are in docs/export-format.md.
import type { CategoryId } from '../model/report.js';
import type { Header } from './csv/row.js';
import { hasColumns } from './csv/row.js';
import type { CsvFileSpec } from './catalogue/spec.js';
import { CONTENT_SPECS } from './catalogue/content.js';
import { PROFILE_SPECS } from './catalogue/profile.js';
import { JOB_SPECS } from './catalogue/jobs.js';
import { AI_CHAT_SPECS } from './catalogue/ai-chats.js';
import { PRIVATE_SPECS } from './catalogue/private.js';
import { AD_SPECS } from './catalogue/ads.js';
import { ACTIVITY_SPECS } from './catalogue/activity.js';

export type { CsvFileSpec, ItemDraft } from './catalogue/spec.js';
export { DOWNLOAD_NOTICE, describeRow } from './catalogue/spec.js';

/** In matching order: a file name shared by several specs is matched against them in this order. */
export const CSV_FILE_SPECS: CsvFileSpec[] = [
  ...CONTENT_SPECS,
  ...PROFILE_SPECS,
  ...JOB_SPECS,
  ...AI_CHAT_SPECS,
  ...PRIVATE_SPECS,
  ...AD_SPECS,
  ...ACTIVITY_SPECS,
];

/** Files that are not CSV although they end in .csv, and the articles. */
export interface SpecialFileSpec {
  type: string;
  label: string;
  category: CategoryId;
}

export const LEARNING_COACH_BLOB: SpecialFileSpec = {
  type: 'learning-coach-transcript',
  label: 'LinkedIn Learning coach transcript (text)',
  category: 'ai-conversations',
};
export const LEARNING_COACH_BLOB_KEYS = new Set(['learningcoachmessages']);

export const ARTICLE_SPEC: SpecialFileSpec = { type: 'articles', label: 'Articles (HTML)', category: 'articles' };

const BY_NAME = new Map<string, CsvFileSpec[]>();
for (const spec of CSV_FILE_SPECS) {
  for (const name of spec.names) {
    const list = BY_NAME.get(name) ?? [];
    list.push(spec);
    BY_NAME.set(name, list);
  }
}

export function specsForKey(key: string): CsvFileSpec[] {
  return BY_NAME.get(key) ?? [];
}

/** The first spec one of whose header signatures (of at least minColumns columns) the header has. */
export function matchSpec(header: Header, candidates: CsvFileSpec[], minColumns: number): CsvFileSpec | null {
  for (const spec of candidates) {
    for (const signature of spec.signatures) {
      if (signature.length >= minColumns && hasColumns(header, signature)) return spec;
    }
  }
  return null;
}
