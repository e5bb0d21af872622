// Serialises the list the browser shows (category + filter + search) to CSV (the one CSV writer,
// render/csv.ts) or JSON. Pure.

import type { ExposureContext, Item } from '../model/report.js';
import { toCsv } from '../render/csv.js';
import type { ExposureFilter, SortOrder } from './view-model.js';

export type ExportFormat = 'json' | 'csv';

export interface ExportMeta {
  category: string;
  filter: ExposureFilter;
  sort: SortOrder;
  search: string | null;
  /** ISO timestamp of the export. */
  exportedAt: string;
  context?: ExposureContext | null;
  toolVersion?: string;
}

export function toJson(items: readonly Item[], meta: ExportMeta): string {
  const doc = {
    tool: { name: 'li-exposure', ...(meta.toolVersion ? { version: meta.toolVersion } : {}) },
    exportedAt: meta.exportedAt,
    view: { category: meta.category, filter: meta.filter, sort: meta.sort, search: meta.search },
    ...(meta.context !== undefined ? { context: meta.context } : {}),
    count: items.length,
    items,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

export function serializeList(items: readonly Item[], format: ExportFormat, meta: ExportMeta): string {
  return format === 'csv' ? toCsv(items) : toJson(items, meta);
}

/** "20260512T101530Z" from a date. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** e.g. li-exposure-posts-likely-20260512T101530Z.csv (with "-search" when a search narrowed it). */
export function exportFileName(meta: Pick<ExportMeta, 'category' | 'filter' | 'search'>, format: ExportFormat, now: Date): string {
  const safe = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'items';
  const search = meta.search ? '-search' : '';
  return `li-exposure-${safe(meta.category)}-${meta.filter}${search}-${fileTimestamp(now)}.${format}`;
}
